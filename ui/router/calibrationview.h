#pragma once

#include "routing/calibration.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class CalibrationChart;
class Prompter;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class RequestSource;

/// Calibration: the thresholds that send a target share of the loaded requests to the heavy
/// (and light) class, the share-versus-threshold curves with the chosen points, and Apply,
/// which edits the policy through its undo stack.
class CalibrationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationView)

public:
    /// `router` returns the edited policy on the current config; `apply` writes the thresholds
    /// into the policy (one undo step).
    CalibrationView(RequestSource *source, std::function<ModelRouter()> router,
                    std::function<void(const ComplexityThresholds &)> apply, Prompter *prompter,
                    QWidget *parent = nullptr);
    ~CalibrationView() override;

    /// Calibrates the loaded requests for the targets set; false when there is nothing to do.
    bool calibrate();
    bool isRunning() const { return m_watcher.isRunning(); }
    bool hasResult() const { return m_hasResult; }
    const CalibrationResult &result() const { return m_result; }
    /// Applies the last result's thresholds to the policy.
    bool apply();

    QCheckBox *heavyEnabled() const { return m_heavyOn; }
    QDoubleSpinBox *heavyTarget() const { return m_heavy; }
    QCheckBox *lightEnabled() const { return m_lightOn; }
    QDoubleSpinBox *lightTarget() const { return m_light; }
    QPushButton *calibrateButton() const { return m_run; }
    QPushButton *applyButton() const { return m_apply; }
    CalibrationChart *chart() const { return m_chart; }
    QLabel *resultLabel() const { return m_resultLabel; }
    bool showsEmptyState() const;

signals:
    void finished();

private:
    void onFinished();
    void showEmpty();
    std::optional<double> target(const QCheckBox *on, const QDoubleSpinBox *box) const;

    RequestSource *m_source;
    std::function<ModelRouter()> m_router;
    std::function<void(const ComplexityThresholds &)> m_applyFn;
    QFutureWatcher<CalibrationResult> m_watcher;
    CalibrationResult m_result;
    std::optional<double> m_heavyAsked, m_lightAsked;
    bool m_hasResult = false;

    QCheckBox *m_heavyOn;
    QDoubleSpinBox *m_heavy;
    QCheckBox *m_lightOn;
    QDoubleSpinBox *m_light;
    QPushButton *m_run;
    QPushButton *m_apply;
    QLabel *m_resultLabel;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    CalibrationChart *m_chart;
};
