#include "runcontrols.h"

#include "elidedlabel.h"
#include "formatting.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

RunControls::RunControls(QWidget *parent)
    : QWidget(parent)
    , m_run(new QPushButton(tr("Run"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_remaining(new QPushButton(tr("Run remaining"), this))
    , m_bar(new QProgressBar(this))
    , m_label(new ElidedLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_run->setToolTip(tr("Run the comparison (Ctrl+Enter)"));
    m_run->setDefault(true);
    m_pause->setToolTip(tr("Start no new cells; the ones in flight finish"));
    m_resume->setToolTip(tr("Start the waiting cells again"));
    m_cancel->setToolTip(tr("Abort every request in flight"));
    m_retry->setToolTip(tr("Run the failed cells of this run again; the others are kept"));
    m_remaining->setToolTip(tr("Run the cells the cancel left undone; finished cells are kept"));
    for (QPushButton *b : {m_run, m_pause, m_resume, m_cancel, m_retry, m_remaining})
        row->addWidget(b);
    // The count is in the label: text painted on the bar is garbled where the fill ends.
    m_bar->setTextVisible(false);
    m_bar->setMinimumWidth(60);
    m_bar->setMaximumHeight(m_run->sizeHint().height() * 2 / 3);
    row->addWidget(m_bar, 1);
    layout->addLayout(row);
    layout->addWidget(m_label);
    connect(m_run, &QPushButton::clicked, this, &RunControls::runRequested);
    connect(m_pause, &QPushButton::clicked, this, &RunControls::pauseRequested);
    connect(m_resume, &QPushButton::clicked, this, &RunControls::resumeRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RunControls::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &RunControls::retryFailedRequested);
    connect(m_remaining, &QPushButton::clicked, this, &RunControls::runRemainingRequested);
    refresh();
}

void RunControls::setProgress(const RunProgress &p)
{
    m_progress = p;
    m_hasRun = m_hasRun || p.total > 0;
    refresh();
}

void RunControls::setStatus(RunStatus status)
{
    m_status = status;
    m_hasRun = m_hasRun || status != RunStatus::Idle;
    refresh();
}

void RunControls::setPlan(int cells, const QString &detail)
{
    m_planCells = cells;
    m_planDetail = detail;
    refresh();
}

void RunControls::refresh()
{
    const RunProgress &p = m_progress;
    const bool running = m_status == RunStatus::Running;
    const bool active = running || m_status == RunStatus::Paused;
    const bool stopped = m_status == RunStatus::Completed || m_status == RunStatus::Cancelled;
    m_run->setEnabled(!active);
    m_pause->setEnabled(running);
    m_pause->setVisible(running);
    m_resume->setEnabled(m_status == RunStatus::Paused);
    m_resume->setVisible(m_status == RunStatus::Paused);
    m_cancel->setEnabled(active);
    m_cancel->setVisible(active);
    m_retry->setEnabled(stopped && p.failed > 0);
    m_retry->setVisible(m_retry->isEnabled());
    m_remaining->setEnabled(m_status == RunStatus::Cancelled && p.done < p.total);
    m_remaining->setVisible(m_remaining->isEnabled());

    m_bar->setMaximum(std::max(1, m_hasRun ? p.total : m_planCells));
    m_bar->setValue(m_hasRun ? p.done : 0);
    QStringList parts;
    if (!m_hasRun) {
        parts << (m_planCells > 0 ? tr("Ready: %n cell(s)", nullptr, m_planCells) : tr("Nothing to run yet"));
        if (!m_planDetail.isEmpty())
            parts << m_planDetail;
        m_label->setText(parts.join(QStringLiteral(" · ")));
        return;
    }
    if (m_status == RunStatus::Paused)
        parts << tr("Paused");
    else if (m_status == RunStatus::Cancelled)
        parts << tr("Cancelled");
    parts << tr("%1 of %2 cells").arg(p.done).arg(p.total);
    if (p.running > 0)
        parts << tr("%1 running").arg(p.running);
    if (running && p.etaMs && p.done < p.total)
        parts << tr("ETA %1").arg(CompareFormat::ms(*p.etaMs));
    parts << tr("%1 so far").arg(Cost::format(p.costSoFar));
    if (p.failed > 0)
        parts << tr("%1 failed").arg(p.failed);
    if (p.assertionFailures > 0)
        parts << tr("%1 with failed assertions").arg(p.assertionFailures);
    if (p.rateLimited > 0)
        parts << tr("%1 waiting after 429").arg(p.rateLimited);
    m_label->setText(parts.join(QStringLiteral(" · ")));
}

QString RunControls::progressText() const
{
    return m_label->text();
}
