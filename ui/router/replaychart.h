#pragma once

#include "chartexport.h"
#include "routing/replay.h"

#include <QWidget>

class QCPBars;
class QCustomPlot;

/// Share of the requests per tier, before and after (grouped bars, legend, hover values,
/// right-click export).
class ReplayChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayChart)

public:
    explicit ReplayChart(QWidget *parent = nullptr);

    void setResult(const ReplayResult &result);
    QCustomPlot *plot() const { return m_plot; }
    ChartTable table() const;
    QString hoverText(const QPoint &pixel) const;

    QSize sizeHint() const override { return {420, 260}; }

private:
    QCustomPlot *m_plot;
    QCPBars *m_before;
    QCPBars *m_after;
    ReplayResult m_result;
};
