#pragma once

#include "chartexport.h"

#include <QFrame>
#include <QMap>
#include <QString>

class QCustomPlot;
class QHBoxLayout;
class QLabel;

/// One dashboard chart: a title, a "simulated" badge, an Export button (PNG, PDF, CSV; the
/// plot's context menu offers the same), the plot, and a note on what the numbers are.
/// Hover text comes from points set with setHoverPoints(): the one nearest the cursor's key.
class DashboardChart : public QFrame
{
    Q_OBJECT

public:
    DashboardChart(const QString &title, const QString &baseName, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    QString title() const;
    /// Extra controls next to the title (e.g. a toggle).
    void addHeaderWidget(QWidget *widget);

    void setSimulated(bool simulated);
    bool isSimulatedShown() const;
    void setNote(const QString &text);
    QString note() const;
    /// The numbers the CSV export writes.
    void setTable(const ChartTable &table) { m_table = table; }
    const ChartTable &table() const { return m_table; }
    /// key (x coordinate) -> text; the nearest within `reach` of the cursor is shown.
    void setHoverPoints(const QMap<double, QString> &points, double reach);
    QString hoverTextAt(double key) const;

    /// Clears every plottable and item, keeping the axes' setup.
    void clear();
    /// Uses a date/time ticker on the x axis (keys in seconds since the epoch, UTC).
    void useTimeAxis(const QString &format);
    /// Categories 1..n on the x axis.
    void useCategoryAxis(const QStringList &names);

private:
    QCustomPlot *m_plot;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_note;
    QHBoxLayout *m_header;
    ChartTable m_table;
    QMap<double, QString> m_hover;
    double m_reach = 0.5;
};
