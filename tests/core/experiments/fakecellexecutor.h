#pragma once

#include "experiments/cellexecutor.h"

#include <QHash>
#include <QTimer>

#include <functional>

/// What the fake answers one call with.
struct FakeReply
{
    QString text;
    QString errorClass;
    std::optional<qint64> retryAfterMs;
    int latencyMs = 10;
    std::optional<qint64> inputTokens = 10;
    std::optional<qint64> outputTokens = 5;
    std::optional<Decimal> cost = Decimal::parse(u"0.001");
};

/// In-process, timer-driven CellExecutor for tests: deterministic answers, a server-side
/// capacity per endpoint beyond which it answers 429, and counters of what happened.
class FakeCellExecutor final : public CellExecutor
{
public:
    using Script = std::function<FakeReply(const CellRequest &request, int callIndex)>;

    FakeCellExecutor();
    CellJob *start(const CellRequest &request, QObject *parent) override;

    void setScript(Script script) { m_script = std::move(script); }
    /// More than `capacity` calls in flight on an endpoint are answered 429 at once.
    void setCapacity(const QString &endpointKey, int capacity, std::optional<qint64> retryAfterMs)
    {
        m_capacity.insert(endpointKey, {capacity, retryAfterMs});
    }

    int calls() const { return m_calls; }
    int rateLimitedCalls() const { return m_rateLimited; }
    int aborted() const { return m_aborted; }
    int inFlight() const { return m_inFlightTotal; }
    int maxInFlight() const { return m_maxInFlightTotal; }
    int maxInFlight(const QString &endpointKey) const { return m_maxInFlight.value(endpointKey); }
    QStringList prompts() const { return m_prompts; }

    // Used by the jobs.
    void jobEnded(const QString &endpointKey, bool aborted);

private:
    Script m_script;
    QHash<QString, QPair<int, std::optional<qint64>>> m_capacity;
    QHash<QString, int> m_inFlight;
    QHash<QString, int> m_maxInFlight;
    QStringList m_prompts;
    int m_calls = 0;
    int m_rateLimited = 0;
    int m_aborted = 0;
    int m_inFlightTotal = 0;
    int m_maxInFlightTotal = 0;
};

class FakeCellJob final : public CellJob
{
    Q_OBJECT
public:
    FakeCellJob(FakeCellExecutor *executor, QString endpointKey, FakeReply reply, QString provider,
                QString model, QObject *parent);
    Q_DISABLE_COPY_MOVE(FakeCellJob)
    void abort() override;

private:
    void finish();

    FakeCellExecutor *m_executor;
    QString m_endpointKey;
    FakeReply m_reply;
    QString m_provider;
    QString m_model;
    QTimer m_deltaTimer;
    QTimer m_doneTimer;
    bool m_done = false;
};
