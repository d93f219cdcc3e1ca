#pragma once

#include "chartexport.h"
#include "routing/complexityestimator.h"

#include <QWidget>

class QCPBars;
class QCustomPlot;

/// One row per factor: its value (0..1) and its weighted contribution to the score
/// (weight × value / sum of weights, so the contributions add up to the score).
/// Hover shows the exact numbers; right-click exports PNG, PDF or CSV.
class FactorChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactorChart)

public:
    explicit FactorChart(QWidget *parent = nullptr);

    void setFactors(const ComplexityFactors &factors, const ComplexityWeights &weights);

    QCustomPlot *plot() const { return m_plot; }
    /// The numbers shown, as exported: factor, weight, value, contribution.
    ChartTable table() const;
    /// Tooltip text at a plot pixel (empty outside the bars).
    QString hoverText(const QPoint &pixel) const;

    QSize sizeHint() const override { return {420, 230}; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QCustomPlot *m_plot;
    QCPBars *m_value;
    QCPBars *m_contribution;
    ComplexityFactors m_factors;
    ComplexityWeights m_weights;
    int m_oneRowLegendWidth = 0;
};
