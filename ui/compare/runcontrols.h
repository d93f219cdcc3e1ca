#pragma once

#include "experiments/experimentrunner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

/// Run / pause / resume / cancel, and the progress of the run: count, ETA and cost so far.
class RunControls final : public QWidget
{
    Q_OBJECT
public:
    explicit RunControls(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RunControls)

    void setProgress(const RunProgress &progress);
    void setStatus(RunStatus status);

    QPushButton *runButton() const { return m_run; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QString progressText() const;

signals:
    void runRequested();
    void pauseRequested();
    void resumeRequested();
    void cancelRequested();
    void retryFailedRequested();

private:
    QPushButton *m_run;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QProgressBar *m_bar;
    QLabel *m_label;
    RunStatus m_status = RunStatus::Idle;
    int m_failed = 0;

    void updateRetry();
};
