#pragma once

#include "chartexport.h"
#include "routing/calibration.h"

#include <QWidget>

class QCPGraph;
class QCustomPlot;

/// Share of requests versus threshold: the heavy share as the heavy threshold moves and the
/// light share as the standard threshold moves, with the chosen points marked.
class CalibrationChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationChart)

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    void setResult(const CalibrationResult &result, std::optional<double> heavyTarget,
                   std::optional<double> lightTarget);
    QCustomPlot *plot() const { return m_plot; }
    ChartTable table() const;
    QString hoverText(const QPoint &pixel) const;

    QSize sizeHint() const override { return {520, 320}; }

private:
    QCustomPlot *m_plot;
    QCPGraph *m_heavy;
    QCPGraph *m_light;
    QCPGraph *m_chosen;
    CalibrationResult m_result;
};
