#pragma once

#include "routing/complexityestimator.h"

#include <QWidget>

/// A 0..1 bar with the light / standard / heavy zones, both thresholds drawn and labelled,
/// and a marker at the score.
class ScoreGauge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreGauge)

public:
    explicit ScoreGauge(QWidget *parent = nullptr);

    void setScore(double score, RouteClass byScore);
    void setThresholds(const ComplexityThresholds &thresholds);
    double score() const { return m_score; }
    ComplexityThresholds thresholds() const { return m_thresholds; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateToolTip();

    double m_score = 0;
    RouteClass m_class = RouteClass::Light;
    ComplexityThresholds m_thresholds;
};
