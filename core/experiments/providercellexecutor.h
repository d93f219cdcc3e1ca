#pragma once

#include "cellexecutor.h"

#include "providers/providerclient.h"

#include <QPointer>

#include <algorithm>

/// Runs cells through core/providers' ProviderClient (real HTTP, streaming).
///
/// The client's own retries are off by default (CallPolicy::maxRetries = 0): a 429 comes
/// back to the runner, whose per-endpoint scheduler backs off and retries; other errors are
/// recorded on the cell and can be retried with ExperimentRunner::retryFailed().
///
/// Qt opens at most 6 HTTP/1.1 connections per host and QNetworkAccessManager, so a run with
/// more than 6 calls in flight to one HTTP/1.1 endpoint (vLLM, LiteLLM, the fake server) is
/// given several clients, each on its own manager (clientsFor()); calls go round-robin.
class ProviderCellExecutor final : public CellExecutor
{
public:
    explicit ProviderCellExecutor(ProviderClient *client);
    explicit ProviderCellExecutor(QList<ProviderClient *> clients);

    /// Clients needed for `concurrency` calls in flight to one HTTP/1.1 host.
    static int clientsFor(int concurrency) { return std::max(1, (concurrency + 5) / 6); }

    void setCallPolicy(const CallPolicy &policy) { m_policy = policy; }
    CellJob *start(const CellRequest &request, QObject *parent) override;

    /// The provider request of a cell (exposed for tests).
    CompletionRequest completionRequest(const CellRequest &request) const;
    /// CompletionResult → CellOutcome (nanoseconds to milliseconds, error class names).
    static CellOutcome outcomeFrom(const CompletionRequest &request, const CompletionResult &result);

private:
    QList<ProviderClient *> m_clients;
    qsizetype m_next = 0;
    CallPolicy m_policy;
};

class ProviderCellJob final : public CellJob
{
    Q_OBJECT
public:
    ProviderCellJob(CompletionCall *call, QObject *parent);
    ~ProviderCellJob() override;
    Q_DISABLE_COPY_MOVE(ProviderCellJob)
    void abort() override;

private:
    void onFinished(const CompletionResult &result);

    QPointer<CompletionCall> m_call;
    bool m_done = false;
};
