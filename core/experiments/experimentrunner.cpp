#include "experimentrunner.h"

#include <QSet>

#include <algorithm>

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Idle: return QStringLiteral("idle");
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Paused: return QStringLiteral("paused");
    case RunStatus::Completed: return QStringLiteral("completed");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

ExperimentRunner::ExperimentRunner(CellExecutor *executor, CellStore *store, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_store(store)
{
    qRegisterMetaType<CellKey>();
    qRegisterMetaType<CellResult>();
    qRegisterMetaType<RunProgress>();
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &ExperimentRunner::dispatch);
    m_lockTimer.setInterval(RunLockRenewMs);
    connect(&m_lockTimer, &QTimer::timeout, this, [this] {
        if (!m_lockedRun.isEmpty())
            m_store->refreshRunLock(m_lockedRun);
    });
    m_clock.start();
    m_store->setWriteFailureHandler([this](const StoreWriteFailure &failure) {
        ++m_storeFailures;
        if (failure.cell && failure.runId == m_runId && m_cells.contains(*failure.cell)) {
            m_cells[*failure.cell].storeFailed = true;
            emit cellStoreFailed(*failure.cell);
        }
        emit storeError(failure.message);
    });
}

bool ExperimentRunner::acquireLock(const QString &runId, QString *error)
{
    if (m_lockedRun == runId)
        return true;
    releaseLock();
    if (!m_store->lockRun(runId, error))
        return false;
    m_lockedRun = runId;
    m_lockTimer.start();
    return true;
}

void ExperimentRunner::releaseLock()
{
    if (m_lockedRun.isEmpty())
        return;
    m_lockTimer.stop();
    m_store->unlockRun(m_lockedRun);
    m_lockedRun.clear();
}

ExperimentRunner::~ExperimentRunner()
{
    releaseLock();
    m_store->setWriteFailureHandler({});
    const QList<CellJob *> jobs = m_flights.keys();
    m_flights.clear();
    for (CellJob *job : jobs) {
        job->disconnect(this);
        job->abort();
    }
}

bool ExperimentRunner::begin(const Experiment &experiment, const QString &runId, QString *error)
{
    if (m_status == RunStatus::Running || m_status == RunStatus::Paused || !m_flights.isEmpty()) {
        if (error)
            *error = tr("A run is already in progress.");
        return false;
    }
    const QString problem = experiment.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_experiment = experiment;
    m_runId = runId;
    m_cells.clear();
    m_queue.clear();
    m_routes.clear();
    m_limits.clear();
    for (const CellKey &key : experiment.cellKeys()) {
        CellResult c;
        c.runId = runId;
        c.key = key;
        c.caseId = experiment.cases[key.caseIndex].id;
        const Target &t = experiment.targets[key.targetIndex];
        c.targetId = t.id;
        c.tier = t.tier;
        c.prompt = experiment.renderPrompt(key.caseIndex).text;
        m_cells.insert(key, c);
    }
    return true;
}

bool ExperimentRunner::start(const Experiment &experiment, const QString &runId, QString *error)
{
    if (!begin(experiment, runId, error) || !acquireLock(runId, error))
        return false;
    RunInfo info{runId, experiment.name, experiment.fingerprint(), experiment.toJson(),
                 runStatusName(RunStatus::Running), QDateTime::currentDateTimeUtc()};
    if (!m_store->createRun(info, error))
        return false;
    m_queue = m_cells.keys();
    beginSession();
    setStatus(RunStatus::Running);
    QTimer::singleShot(0, this, &ExperimentRunner::dispatch);
    return true;
}

bool ExperimentRunner::resume(const Experiment &experiment, const QString &runId, bool retryFailed,
                              QString *error)
{
    const std::optional<RunInfo> info = m_store->findRun(runId);
    if (!info) {
        if (error)
            *error = tr("No stored run %1.").arg(runId);
        return false;
    }
    if (info->fingerprint != experiment.fingerprint()) {
        if (error)
            *error = tr("Run %1 was started with different prompts, test cases, targets, "
                        "parameters or repeats; resume it with the same ones.").arg(runId);
        return false;
    }
    if (!begin(experiment, runId, error) || !acquireLock(runId, error))
        return false;
    const QList<CellResult> stored = m_store->loadCells(runId);
    for (const CellResult &c : stored) {
        if (!m_cells.contains(c.key) || !c.isFinal())
            continue;
        if (c.state == CellState::Failed && retryFailed)
            continue;
        m_cells.insert(c.key, c);
    }
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        if (!it->isFinal())
            m_queue.append(it.key());
    beginSession();
    m_store->setRunStatus(runId, runStatusName(RunStatus::Running), nullptr);
    setStatus(RunStatus::Running);
    QTimer::singleShot(0, this, &ExperimentRunner::dispatch);
    return true;
}

bool ExperimentRunner::retryFailed(QString *error)
{
    if (m_status != RunStatus::Completed && m_status != RunStatus::Cancelled) {
        if (error)
            *error = tr("Failed cells can be retried once the run has stopped.");
        return false;
    }
    if (!m_flights.isEmpty()) {
        if (error)
            *error = tr("The run is still stopping.");
        return false;
    }
    if (!acquireLock(m_runId, error))
        return false;
    m_queue.clear();
    for (auto it = m_cells.begin(); it != m_cells.end(); ++it) {
        if (it->state == CellState::Failed || !it->isFinal()) {
            it->state = CellState::Pending;
            m_queue.append(it.key());
        }
    }
    beginSession();
    m_store->setRunStatus(m_runId, runStatusName(RunStatus::Running), nullptr);
    setStatus(RunStatus::Running);
    QTimer::singleShot(0, this, &ExperimentRunner::dispatch);
    return true;
}

void ExperimentRunner::beginSession()
{
    m_toDoThisSession = int(m_queue.size());
    m_doneThisSession = 0;
    m_sessionStartMs = m_clock.elapsed();
    m_finishEmitted = false;
}

void ExperimentRunner::pause()
{
    if (m_status != RunStatus::Running)
        return;
    m_store->setRunStatus(m_runId, runStatusName(RunStatus::Paused), nullptr);
    setStatus(RunStatus::Paused);
}

void ExperimentRunner::unpause()
{
    if (m_status != RunStatus::Paused)
        return;
    m_store->setRunStatus(m_runId, runStatusName(RunStatus::Running), nullptr);
    setStatus(RunStatus::Running);
    dispatch();
    checkFinished();
}

void ExperimentRunner::cancel()
{
    if (m_status != RunStatus::Running && m_status != RunStatus::Paused)
        return;
    m_wakeTimer.stop();
    m_store->setRunStatus(m_runId, runStatusName(RunStatus::Cancelled), nullptr);
    setStatus(RunStatus::Cancelled);
    const QList<CellJob *> jobs = m_flights.keys();
    for (CellJob *job : jobs)
        job->abort();
    checkFinished();
}

void ExperimentRunner::setStatus(RunStatus status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

int ExperimentRunner::endpointLimit(const QString &endpointKey) const
{
    const auto it = m_limits.constFind(endpointKey);
    return it == m_limits.constEnd() ? 0 : it->limit();
}

AdaptiveLimit &ExperimentRunner::limitFor(const Target &target)
{
    const QString key = target.endpointKey();
    auto it = m_limits.find(key);
    if (it == m_limits.end()) {
        int ceiling = m_policy.perEndpoint.value(
            key, target.isLocal() ? m_policy.localPerEndpoint : m_policy.cloudPerEndpoint);
        ceiling = std::clamp(ceiling, 1, std::max(1, m_policy.total));
        it = m_limits.insert(key, AdaptiveLimit(ceiling, m_policy.growAfter));
    }
    return *it;
}

bool ExperimentRunner::resolveTarget(const CellKey &key, Target *target)
{
    const Target &t = m_experiment.targets[key.targetIndex];
    if (!t.isRouter) {
        *target = t;
        return true;
    }
    auto it = m_routes.find(key);
    if (it == m_routes.end()) {
        TargetRouter::Route route;
        if (m_router)
            route = m_router->route(m_experiment.systemPrompt, m_cells[key].prompt);
        else
            route.error = tr("No router is configured for the \"router\" target.");
        it = m_routes.insert(key, route);
    }
    if (!it->error.isEmpty()) {
        CellResult &cell = m_cells[key];
        cell.decision = it->decision;
        CellOutcome outcome;
        outcome.errorClass = QStringLiteral("routing");
        outcome.errorMessage = it->error;
        finalizeCell(cell, outcome);
        return false;
    }
    *target = it->target;
    return true;
}
