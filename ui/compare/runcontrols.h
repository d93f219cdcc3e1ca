#pragma once

#include "experiments/experimentrunner.h"

#include <QWidget>

class ElidedLabel;
class QProgressBar;
class QPushButton;

/// Run / pause / resume / cancel / retry / run remaining, and the progress of the run:
/// count, ETA and cost so far. Only the buttons that apply now are shown; the figures sit
/// in a label beside the bar (never painted over its fill).
class RunControls final : public QWidget
{
    Q_OBJECT
public:
    explicit RunControls(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RunControls)

    void setProgress(const RunProgress &progress);
    void setStatus(RunStatus status);
    /// What Run would start now ("24 cells: 4 targets × 6 cases"), shown before any run.
    void setPlan(int cells, const QString &detail);

    QPushButton *runButton() const { return m_run; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *remainingButton() const { return m_remaining; }
    QProgressBar *progressBar() const { return m_bar; }
    QString progressText() const;

signals:
    void runRequested();
    void pauseRequested();
    void resumeRequested();
    void cancelRequested();
    void retryFailedRequested();
    void runRemainingRequested();

private:
    void refresh();

    QPushButton *m_run;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_remaining;
    QProgressBar *m_bar;
    ElidedLabel *m_label;
    RunStatus m_status = RunStatus::Idle;
    RunProgress m_progress;
    bool m_hasRun = false;
    int m_planCells = 0;
    QString m_planDetail;
};
