// ExperimentRunner: scheduling, cell completion and progress.
#include "experimentrunner.h"

#include <QSet>

#include <algorithm>
#include <limits>

void ExperimentRunner::dispatch()
{
    if (m_status != RunStatus::Running)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 wakeAt = std::numeric_limits<qint64>::max();
    QSet<QString> saturated; // endpoints that cannot take more in this pass
    for (qsizetype i = 0; i < m_queue.size() && m_flights.size() < m_policy.total;) {
        const CellKey key = m_queue[i];
        Target target;
        if (!resolveTarget(key, &target)) { // routing failed: the cell is final already
            m_queue.removeAt(i);
            continue;
        }
        const QString endpoint = target.endpointKey();
        if (saturated.contains(endpoint)) {
            ++i;
            continue;
        }
        AdaptiveLimit &limit = limitFor(target);
        if (!limit.canStart(now)) {
            if (limit.blockedUntil() > now)
                wakeAt = std::min(wakeAt, limit.blockedUntil());
            saturated.insert(endpoint);
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        limit.started();
        startCell(key, target);
        if (m_status != RunStatus::Running)
            return;
    }
    if (wakeAt != std::numeric_limits<qint64>::max())
        scheduleWake(wakeAt);
    checkFinished();
}

void ExperimentRunner::scheduleWake(qint64 atMs)
{
    const qint64 delay = std::max<qint64>(0, atMs - m_clock.elapsed());
    if (m_wakeTimer.isActive() && m_wakeTimer.remainingTime() <= delay)
        return;
    m_wakeTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void ExperimentRunner::startCell(const CellKey &key, const Target &target)
{
    CellResult &cell = m_cells[key];
    cell.state = CellState::Running;
    ++cell.attempts;
    if (target.isRouter == false && m_experiment.targets[key.targetIndex].isRouter) {
        cell.decision = m_routes.value(key).decision;
        cell.tier = target.tier;
    }
    CellRequest request{target, m_experiment.systemPrompt, cell.prompt, m_experiment.params};
    if (target.maxTokens && !request.params.maxTokens)
        request.params.maxTokens = target.maxTokens;
    CellJob *job = m_executor->start(request, this);
    m_flights.insert(job, Flight{key, target.endpointKey(), m_clock.elapsed()});
    connect(job, &CellJob::textDelta, this, [this, key](const QString &delta) {
        emit cellDelta(key, delta);
    });
    connect(job, &CellJob::finished, this, [this, job](const CellOutcome &outcome) {
        onJobFinished(job, outcome);
    });
    emit cellStarted(key, target.provider, target.model);
    emit cellStateChanged(key, CellState::Running);
}

void ExperimentRunner::onJobFinished(CellJob *job, const CellOutcome &outcome)
{
    const auto it = m_flights.find(job);
    if (it == m_flights.end())
        return;
    const Flight flight = *it;
    m_flights.erase(it);
    job->disconnect(this);
    job->deleteLater();
    AdaptiveLimit &limit = m_limits[flight.endpointKey];
    CellResult &cell = m_cells[flight.key];

    if (m_status == RunStatus::Cancelled
        && (outcome.errorClass == u"cancelled" || outcome.isBackOff())) {
        limit.finished(false);
        cell.state = CellState::Cancelled; // not stored: a resume runs it again
        emit cellStateChanged(flight.key, cell.state);
        checkFinished();
        return;
    }
    if (outcome.isBackOff() && cell.attempts <= m_policy.maxRateLimitRetries) {
        limit.rateLimited(m_clock.elapsed(), flight.sentAtMs, outcome.retryAfterMs);
        cell.state = CellState::RateLimited;
        cell.outcome.retryAfterMs = outcome.retryAfterMs;
        m_queue.prepend(flight.key);
        emit cellStateChanged(flight.key, cell.state);
        emit progressChanged(progress());
        dispatch();
        checkFinished();
        return;
    }
    limit.finished(!outcome.isError());
    finalizeCell(cell, outcome);
    dispatch();
    checkFinished();
}

void ExperimentRunner::finalizeCell(CellResult &cell, const CellOutcome &outcome)
{
    const Target &target = m_experiment.targets[cell.key.targetIndex];
    cell.outcome = outcome;
    if (cell.outcome.provider.isEmpty() && !target.isRouter)
        cell.outcome.provider = target.provider;
    if (cell.outcome.model.isEmpty() && !target.isRouter)
        cell.outcome.model = target.model;
    cell.state = outcome.isError() ? CellState::Failed : CellState::Succeeded;
    cell.assertions.clear();
    if (cell.state == CellState::Succeeded) {
        for (const Assertion &a : m_experiment.cases[cell.key.caseIndex].assertions)
            cell.assertions.append(a.evaluate(cell.outcome));
    }
    QString error;
    if (!m_store->saveCell(cell, &error)) {
        ++m_storeFailures;
        cell.storeFailed = true;
        emit storeError(tr("Could not store cell %1/%2: %3").arg(cell.caseId, cell.targetId, error));
    }
    ++m_doneThisSession;
    emit cellStateChanged(cell.key, cell.state);
    emit cellFinished(cell);
    emit progressChanged(progress());
}

void ExperimentRunner::checkFinished()
{
    if (!m_flights.isEmpty() || m_finishEmitted)
        return;
    if (m_status == RunStatus::Cancelled) {
        for (CellResult &c : m_cells)
            if (!c.isFinal())
                c.state = CellState::Cancelled;
        m_queue.clear();
        m_wakeTimer.stop();
        m_finishEmitted = true;
        // Reported once the writes are durable, without blocking this (the GUI) thread on them.
        m_store->whenFlushed(this, [this] {
            releaseLock();
            emit progressChanged(progress());
            emit finished(RunStatus::Cancelled);
        });
        return;
    }
    if (m_status != RunStatus::Running || !m_queue.isEmpty())
        return;
    m_wakeTimer.stop();
    m_finishEmitted = true;
    m_store->setRunStatus(m_runId, runStatusName(RunStatus::Completed), nullptr);
    // The run is reported finished only once every cell is durable; the wait does not block
    // this (the GUI) thread.
    m_store->whenFlushed(this, [this] {
        releaseLock();
        setStatus(RunStatus::Completed);
        emit progressChanged(progress());
        emit finished(RunStatus::Completed);
    });
}

RunProgress ExperimentRunner::progress() const
{
    RunProgress p;
    p.total = int(m_cells.size());
    for (const CellResult &c : m_cells) {
        switch (c.state) {
        case CellState::Succeeded:
            ++p.succeeded;
            if (c.failedAssertions() > 0)
                ++p.assertionFailures;
            break;
        case CellState::Failed: ++p.failed; break;
        case CellState::Running: ++p.running; break;
        case CellState::RateLimited: ++p.rateLimited; break;
        case CellState::Pending:
        case CellState::Cancelled: break;
        }
        if (c.isFinal() && c.outcome.cost)
            p.costSoFar += *c.outcome.cost;
    }
    p.done = p.succeeded + p.failed;
    p.elapsedMs = m_clock.elapsed() - m_sessionStartMs;
    if (m_doneThisSession > 0) {
        const int remaining = m_toDoThisSession - m_doneThisSession;
        p.etaMs = p.elapsedMs * std::max(0, remaining) / m_doneThisSession;
    }
    return p;
}
