// ComparePage: starting runs and following the runner's signals.
#include "comparepage.h"

#include "blindvoteview.h"
#include "elidedlabel.h"
#include "cellgridmodel.h"
#include "prompteditor.h"
#include "runcontrols.h"
#include "runhistory.h"
#include "streampane.h"
#include "targetpicker.h"

#include "experiments/cellcodec.h"
#include "experiments/runsummary.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

bool ComparePage::run()
{
    if (m_runner->status() == RunStatus::Running || m_runner->status() == RunStatus::Paused) {
        setMessage(tr("A run is in progress: cancel it or wait for it to finish."), true);
        return false;
    }
    if (m_context.configs)
        refreshConfigs(); // what the editor holds right now, unsaved edits included
    Experiment experiment = m_editor->experiment();
    experiment.targets = m_picker->checkedTargets();
    if (experiment.targets.isEmpty()) {
        setMessage(tr("Tick at least one target on the left (two or more to compare)."), true);
        return false;
    }
    if (experiment.promptTemplate.text().trimmed().isEmpty()) {
        setMessage(tr("Write a prompt first."), true);
        return false;
    }
    experiment.name = experiment.promptTemplate.text().simplified().left(60);
    const QString runId = QStringLiteral("run-")
                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"));
    const CompareConfig *config = chosenConfig();
    const bool routed = std::any_of(experiment.targets.cbegin(), experiment.targets.cend(),
                                    [](const Target &t) { return t.isRouter; });
    if (routed && config) {
        m_routerConfig = config->config;
        if (m_context.routeOver)
            m_context.routeOver(m_routerConfig);
    }
    buildPanes(experiment.targets);
    m_grid->setExperiment(experiment);
    fitGridColumns();
    QString error;
    if (!m_runner->start(experiment, runId, &error)) {
        setMessage(tr("Could not start: %1").arg(error), true);
        return false;
    }
    QString header = runId;
    if (config)
        header += QStringLiteral(" · ")
                  + (routed ? tr("router over %1 (%2)") : tr("config %1 (%2)")).arg(chosenLabel(), config->notes());
    m_runHeader->setText(header + QStringLiteral(" · ")
                         + tr("%n target(s)", nullptr, int(experiment.targets.size())));
    setMessage(tr("Running %1: %n cell(s).", nullptr, experiment.cellCount()).arg(runId));
    if (experiment.cases.size() > 1 && m_tabs->currentIndex() == int(Tab::History))
        showTab(Tab::Grid);
    else if (m_tabs->currentIndex() > int(Tab::Grid))
        showTab(Tab::Panes);
    m_controls->setProgress(m_runner->progress());
    m_flushTimer.start();
    return true;
}

bool ComparePage::retryFailed()
{
    QString error;
    if (!m_runner->retryFailed(&error)) {
        setMessage(tr("Could not retry: %1").arg(error), true);
        return false;
    }
    setMessage(tr("Retrying the failed cells of %1.").arg(m_runner->runId()));
    m_controls->setProgress(m_runner->progress());
    m_flushTimer.start();
    return true;
}

bool ComparePage::runRemaining()
{
    if (m_runner->status() != RunStatus::Cancelled) {
        setMessage(tr("Only a cancelled run has cells left to run."), true);
        return false;
    }
    QString error;
    if (!m_runner->resume(m_runner->experiment(), m_runner->runId(), false, &error)) {
        setMessage(tr("Could not run the remaining cells: %1").arg(error), true);
        return false;
    }
    const RunProgress p = m_runner->progress();
    setMessage(tr("Running the %n remaining cell(s) of %1.", nullptr, p.total - p.done).arg(m_runner->runId()));
    m_controls->setProgress(p);
    m_flushTimer.start();
    return true;
}

void ComparePage::onStatusChanged(RunStatus status)
{
    m_controls->setStatus(status);
    const bool active = status == RunStatus::Running || status == RunStatus::Paused;
    m_runAction->setEnabled(!active);
    m_cancelAction->setEnabled(active);
    const RunProgress p = m_runner->progress();
    if (status == RunStatus::Paused)
        setMessage(tr("Paused %1 at %2 of %3 cells: the cells in flight finish, no new ones start. "
                      "Resume to go on.").arg(m_runner->runId()).arg(p.done).arg(p.total));
    else if (status == RunStatus::Running && m_lastStatus == RunStatus::Paused)
        setMessage(tr("Running %1 again: %n cell(s) left.", nullptr, p.total - p.done).arg(m_runner->runId()));
    m_lastStatus = status;
}

bool ComparePage::openRun(const QString &runId)
{
    const std::optional<RunInfo> info = m_context.store->findRun(runId);
    QString error;
    const std::optional<Experiment> experiment = info ? Experiment::fromJson(info->experiment, &error)
                                                      : std::nullopt;
    if (!experiment) {
        setMessage(tr("Cannot open run %1: %2").arg(runId, info ? error : tr("not stored")), true);
        return false;
    }
    const QList<CellResult> cells = m_context.store->loadCells(runId);
    m_grid->setCells(*experiment, cells);
    fitGridColumns();
    buildPanes(experiment->targets);
    for (const CellResult &c : cells)
        if (c.key.caseIndex == 0 && c.key.repeat == 0 && c.key.targetIndex < int(m_panes.size()))
            m_panes.at(c.key.targetIndex)->showResult(c, c.key.targetIndex < int(experiment->targets.size())
                                                             ? experiment->targets.at(c.key.targetIndex).prices
                                                             : TokenPrices{});
    m_blind->setCells(cells);
    m_runHeader->setText(tr("%1 (stored, %2) · %n target(s)", nullptr, int(experiment->targets.size()))
                             .arg(runId, info->status));
    setMessage(tr("Opened %1 (%2, %3 stored cells).").arg(runId, info->status).arg(cells.size()));
    showTab(experiment->cases.size() > 1 ? Tab::Grid : Tab::Panes);
    return true;
}

void ComparePage::onCellStarted(const CellKey &key, const QString &provider, const QString &model)
{
    m_grid->updateCell(m_runner->cell(key));
    if (key.targetIndex >= int(m_panes.size()))
        return;
    const auto current = m_paneKey.constFind(key.targetIndex);
    if (current != m_paneKey.cend() && m_runner->cell(*current).state == CellState::Running)
        return; // the pane is following another cell of this target
    m_paneKey.insert(key.targetIndex, key);
    StreamPane *pane = m_panes.at(key.targetIndex);
    pane->beginCell(caseCaption(key), provider, model);
    pane->setDecision(m_runner->cell(key).decision);
}

void ComparePage::onCellDelta(const CellKey &key, const QString &delta)
{
    if (m_paneKey.value(key.targetIndex, CellKey{-1, -1, -1}) == key)
        m_panes.at(key.targetIndex)->appendDelta(delta);
}

void ComparePage::onCellStateChanged(const CellKey &key, CellState state)
{
    if (state == CellState::RateLimited || state == CellState::Pending)
        m_grid->updateCell(m_runner->cell(key));
    if (m_paneKey.value(key.targetIndex, CellKey{-1, -1, -1}) == key)
        m_panes.at(key.targetIndex)->setState(state);
}

void ComparePage::onCellFinished(const CellResult &cell)
{
    m_grid->updateCell(cell);
    const int t = cell.key.targetIndex;
    if (t < int(m_panes.size()) && m_paneKey.value(t, CellKey{-1, -1, -1}) == cell.key)
        m_panes.at(t)->showResult(cell, pricesFor(cell));
}

void ComparePage::flushPanes()
{
    for (StreamPane *pane : std::as_const(m_panes))
        pane->flush();
    if (m_runner->status() == RunStatus::Running)
        m_controls->setProgress(m_runner->progress());
}

void ComparePage::onFinished(RunStatus status)
{
    m_flushTimer.stop();
    flushPanes();
    // Cells cancelled in flight end without cellFinished: show their state in grid and panes.
    for (const CellResult &c : m_runner->cells()) {
        if (c.isFinal())
            continue;
        m_grid->updateCell(c);
        if (m_paneKey.value(c.key.targetIndex, CellKey{-1, -1, -1}) == c.key)
            m_panes.at(c.key.targetIndex)->showResult(c, pricesFor(c));
    }
    const RunProgress p = m_runner->progress();
    m_controls->setProgress(p);
    setMessage(tr("%1 %2: %3 of %4 cells done, %5 failed, %6 with failed assertions.")
                   .arg(m_runner->runId(), runStatusName(status))
                   .arg(p.done).arg(p.total).arg(p.failed).arg(p.assertionFailures));
    // The run's last cells may still be queued on the store's writer: list the runs once they
    // are committed rather than waiting for the writer on the GUI thread.
    if (m_context.store)
        m_context.store->whenFlushed(this, [this] { m_history->refresh(); });
    m_blind->setCells(m_runner->cells());
}

void ComparePage::showDiff(const QString &runA, const QString &runB)
{
    m_history->showDiff(m_context.store->loadCells(runA), m_context.store->loadCells(runB));
}

bool ComparePage::exportCells(const QString &path, QString *error)
{
    QList<CellResult> cells = m_grid->cells();
    std::sort(cells.begin(), cells.end(),
              [](const CellResult &a, const CellResult &b) { return a.key < b.key; });
    QString text;
    if (path.endsWith(u".csv", Qt::CaseInsensitive))
        text = CellCodec::toCsv(cells);
    else if (path.endsWith(u".jsonl", Qt::CaseInsensitive))
        text = CellCodec::toJsonl(cells);
    else if (path.endsWith(u".md", Qt::CaseInsensitive))
        text = RunSummary(cells).toMarkdown(m_runner->runId(), std::nullopt);
    else {
        *error = tr("Choose a file ending in .csv, .jsonl or .md.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ComparePage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export cells"), m_runner->runId() + QStringLiteral(".csv"),
        tr("CSV (*.csv);;JSON lines (*.jsonl);;Markdown summary (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCells(path, &error))
        setMessage(tr("Exported %1 cells to %2.").arg(m_grid->cells().size()).arg(path));
    else
        setMessage(error, true);
}
