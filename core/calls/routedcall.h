#pragma once

#include "experiments/target.h"
#include "providers/completion.h"
#include "routing/budgetmanager.h"
#include "routing/fallbackchain.h"
#include "routing/modelrouter.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class CompletionCall;
class RoutedCallService;

/// One request on the product path. `target` is the one vocabulary used everywhere:
/// "router" (the estimator picks the tier), a tier name of the config, or "provider:model".
struct RoutedCallRequest
{
    QString target = QStringLiteral("router");
    QString systemPrompt;
    QString prompt;
    QString taskType;
    QStringList capabilities;
    qint64 contextTokens = 0;
    int historyTurns = 0;
    QString preferredTier; ///< the agent's preference (a tier or a class); wins over the score
    QString tenant = QStringLiteral("default");
    std::optional<int> maxTokens;
    std::optional<double> temperature;
    bool stream = true;
    QString source = QStringLiteral("routed"); ///< stored with the call: routed, complete, ab, ...
    /// false: only the budget usage is recorded, because the caller stores the call itself
    /// (an A/B run keeps its cells, and mirrors them into `runs`).
    bool recordCall = true;
};

/// A target that failed or was skipped on the way to the answer.
struct FallbackHop
{
    QString tier;
    QString provider;
    QString model;
    bool skipped = false;
    std::optional<ErrorClass> errorClass;
    QString message;
};

/// Resolution, routing and the budget verdict, before any model is called.
struct RoutedCallPlan
{
    RoutedCallRequest request;
    QString configName;                       ///< metadata.name of the config the call was made under
    std::optional<RoutingDecision> decision; ///< set when the target was "router"
    QList<Target> targets;                    ///< the fallback chain, light to heavy
    int start = 0;                            ///< index of the chosen target in `targets`
    FallbackChain::Direction direction = FallbackChain::Direction::Degrade;
    std::int64_t estimatedTokens = 0;
    std::optional<Decimal> estimatedCost;
    BudgetCheck budget;
    QString error; ///< why no call can be made (unknown target, no tier, over budget)

    bool ok() const { return error.isEmpty(); }
    const Target *chosen() const { return ok() && start < targets.size() ? &targets[start] : nullptr; }
};

struct RoutedCallResult
{
    QString callId;
    std::optional<RoutingDecision> decision;
    BudgetCheck budget;
    QList<FallbackHop> hops;       ///< every failed or skipped target, in order
    CompletionResult completion;   ///< the call that served, else the last failed one
    QString tier;                  ///< what served it (or failed last)
    QString provider;
    QString model;
    int calls = 0;                 ///< model calls made
    QList<BudgetAlert> alerts;     ///< raised by this call, once per period
    bool persisted = false;
    QString storeError;            ///< why the call could not be stored
    QString error;                 ///< why there is no answer; empty on success

    bool ok() const { return error.isEmpty(); }
};

/// One routed call: start() runs the plan's fallback chain over ProviderClient calls, records
/// the attempts, the decision and the usage together, then emits finished() exactly once.
/// Made by RoutedCallService::call() or execute().
class RoutedCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutedCall)

public:
    RoutedCall(RoutedCallService *service, RoutedCallPlan plan, QObject *parent);

    const RoutedCallPlan &plan() const { return m_plan; }
    QString id() const { return m_result.callId; }
    void start();
    /// Stops the call in flight; finished() follows with error class cancelled.
    void cancel();

signals:
    void textDelta(const QString &delta);
    /// A target failed or was skipped; text streamed so far belonged to it.
    void hop(const FallbackHop &hop);
    void attemptStarted(const QString &tier, const QString &provider, const QString &model);
    void finished(const RoutedCallResult &result);

private:
    void runTarget(const FallbackTarget &target, FallbackChain::Completion done);
    void onChainFinished(const FallbackResult &chain);
    void record(bool served);
    void finish();

    RoutedCallService *m_service;
    RoutedCallPlan m_plan;
    RoutedCallResult m_result;
    QList<CompletionResult> m_attempts;
    QList<CompletionRequest> m_attemptRequests;
    QPointer<CompletionCall> m_inFlight;
    bool m_cancelled = false;
    bool m_started = false;
};
