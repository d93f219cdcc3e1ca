#pragma once

#include "callrecorder.h"
#include "routedcall.h"

#include "config/tierconfig.h"
#include "providers/completion.h"
#include "routing/budgetmanager.h"
#include "routing/modelrouter.h"

#include <QCoreApplication>

#include <functional>

class ProviderClient;

/// The routed call on the product path, shared by `tierctl complete`, Compare's router target
/// and the Router mode's Send:
///
///   target resolution -> ComplexityEstimator -> ModelRouter -> BudgetManager::check
///   -> FallbackChain over ProviderClient -> budget record + routing metrics, stored together.
///
/// plan() does everything before the first model call (pure, synchronous); call() plans and
/// returns a RoutedCall to start. Lives on one thread (the one with the event loop).
class RoutedCallService final
{
    Q_DECLARE_TR_FUNCTIONS(RoutedCallService)

public:
    /// `client` and `recorder` must outlive the service and its calls.
    RoutedCallService(ProviderClient *client, CallRecorder *recorder, TierConfig config = ModelRouter::defaultTierConfig());
    Q_DISABLE_COPY_MOVE(RoutedCallService)

    void setConfig(const TierConfig &config);
    const TierConfig &config() const { return m_router.config(); }
    /// The router, for its thresholds, weights, overrides and capabilities (a RouterPolicy
    /// applies itself here and to budget()).
    ModelRouter &router() { return m_router; }
    const ModelRouter &router() const { return m_router; }
    BudgetManager &budget() { return m_budget; }
    const BudgetManager &budget() const { return m_budget; }
    /// Timeouts and retries of each attempt; the chain moves on after the client gives up.
    void setCallPolicy(const CallPolicy &policy) { m_policy = policy; }
    const CallPolicy &callPolicy() const { return m_policy; }
    /// Every call goes to the simulated provider (the demo without keys), badged as such.
    void setSimulated(bool simulated) { m_simulated = simulated; }
    bool isSimulated() const { return m_simulated; }
    void setClock(BudgetManager::Clock clock);

    RoutedCallPlan plan(const RoutedCallRequest &request) const;
    /// plan() and a call for it; a plan with an error gives a call that finishes at once with it.
    RoutedCall *call(const RoutedCallRequest &request, QObject *parent);
    RoutedCall *execute(RoutedCallPlan plan, QObject *parent);

    // Used by RoutedCall.
    CompletionRequest completionRequest(const RoutedCallPlan &plan, const Target &target) const;
    ProviderClient *client() const { return m_client; }
    CallRecorder *recorder() const { return m_recorder; }
    QDateTime now() const { return m_budget.currentTime(); }

private:
    bool resolveTargets(RoutedCallPlan &plan) const;
    void estimate(RoutedCallPlan &plan) const;

    ProviderClient *m_client;
    CallRecorder *m_recorder;
    ModelRouter m_router;
    BudgetManager m_budget;
    CallPolicy m_policy;
    bool m_simulated = false;
};
