#pragma once

#include "cellexecutor.h"

#include "providers/providerclient.h"

#include <QPointer>

/// Runs cells through core/providers' ProviderClient (real HTTP, streaming).
///
/// The client's own retries are off by default (CallPolicy::maxRetries = 0): a 429 comes
/// back to the runner, whose per-endpoint scheduler backs off and retries; other errors are
/// recorded on the cell and can be retried with ExperimentRunner::retryFailed().
class ProviderCellExecutor final : public CellExecutor
{
public:
    explicit ProviderCellExecutor(ProviderClient *client);

    void setCallPolicy(const CallPolicy &policy) { m_policy = policy; }
    CellJob *start(const CellRequest &request, QObject *parent) override;

    /// The provider request of a cell (exposed for tests).
    CompletionRequest completionRequest(const CellRequest &request) const;
    /// CompletionResult → CellOutcome (nanoseconds to milliseconds, error class names).
    static CellOutcome outcomeFrom(const CompletionRequest &request, const CompletionResult &result);

private:
    ProviderClient *m_client;
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
