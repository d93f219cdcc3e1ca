#include "runcontrols.h"

#include "formatting.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

RunControls::RunControls(QWidget *parent)
    : QWidget(parent)
    , m_run(new QPushButton(tr("Run"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_run->setToolTip(tr("Run the comparison (Ctrl+Enter)"));
    m_run->setDefault(true);
    m_pause->setToolTip(tr("Start no new cells; the ones in flight finish"));
    m_cancel->setToolTip(tr("Abort every request in flight"));
    layout->addWidget(m_run);
    layout->addWidget(m_pause);
    layout->addWidget(m_resume);
    layout->addWidget(m_cancel);
    m_retry->setToolTip(tr("Run the failed cells of this run again; the others are kept"));
    layout->addWidget(m_retry);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);
    m_bar->setTextVisible(true);
    m_bar->setFormat(QStringLiteral("%v / %m"));
    connect(m_run, &QPushButton::clicked, this, &RunControls::runRequested);
    connect(m_pause, &QPushButton::clicked, this, &RunControls::pauseRequested);
    connect(m_resume, &QPushButton::clicked, this, &RunControls::resumeRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RunControls::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &RunControls::retryFailedRequested);
    setStatus(RunStatus::Idle);
    setProgress({});
}

void RunControls::setProgress(const RunProgress &p)
{
    m_bar->setMaximum(std::max(1, p.total));
    m_bar->setValue(p.done);
    QStringList parts;
    parts << tr("%1 of %2 cells").arg(p.done).arg(p.total);
    if (p.running > 0)
        parts << tr("%1 running").arg(p.running);
    if (p.etaMs && p.done < p.total)
        parts << tr("ETA %1").arg(CompareFormat::ms(*p.etaMs));
    parts << tr("%1 so far").arg(Cost::format(p.costSoFar));
    if (p.failed > 0)
        parts << tr("%1 failed").arg(p.failed);
    if (p.assertionFailures > 0)
        parts << tr("%1 with failed assertions").arg(p.assertionFailures);
    if (p.rateLimited > 0)
        parts << tr("%1 waiting after 429").arg(p.rateLimited);
    m_label->setText(parts.join(QStringLiteral(" · ")));
    m_failed = p.failed;
    updateRetry();
}

void RunControls::updateRetry()
{
    m_retry->setEnabled(m_failed > 0
                        && (m_status == RunStatus::Completed || m_status == RunStatus::Cancelled));
}

void RunControls::setStatus(RunStatus status)
{
    const bool active = status == RunStatus::Running || status == RunStatus::Paused;
    m_run->setEnabled(!active);
    m_pause->setEnabled(status == RunStatus::Running);
    m_resume->setEnabled(status == RunStatus::Paused);
    m_cancel->setEnabled(active);
    m_status = status;
    updateRetry();
}

QString RunControls::progressText() const
{
    return m_label->text();
}
