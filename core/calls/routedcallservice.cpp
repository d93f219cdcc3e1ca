#include "routedcallservice.h"

#include "experiments/targetresolver.h"
#include "providers/providerclient.h"

#include <algorithm>

RoutedCallService::RoutedCallService(ProviderClient *client, CallRecorder *recorder, TierConfig config)
    : m_client(client)
    , m_recorder(recorder)
    , m_router(std::move(config))
    , m_budget(recorder->ledger())
{
}

void RoutedCallService::setConfig(const TierConfig &config)
{
    m_router.setConfig(config);
}

void RoutedCallService::setClock(BudgetManager::Clock clock)
{
    m_budget.setClock(std::move(clock));
}

RoutedCallPlan RoutedCallService::plan(const RoutedCallRequest &request) const
{
    RoutedCallPlan p;
    p.request = request;
    p.configName = m_router.config().name;
    if (p.request.tenant.isEmpty())
        p.request.tenant = QStringLiteral("default");
    if (request.prompt.trimmed().isEmpty()) {
        p.error = tr("The prompt is empty: type the message to send.");
        return p;
    }
    if (!resolveTargets(p))
        return p;
    estimate(p);
    p.budget = m_budget.check(p.request.tenant, p.estimatedTokens, p.estimatedCost);
    if (!p.budget.allowed)
        p.error = p.budget.reason;
    return p;
}

bool RoutedCallService::resolveTargets(RoutedCallPlan &p) const
{
    const TierConfig &config = m_router.config();
    if (p.request.target.trimmed() != u"router") {
        QString error;
        const std::optional<Target> t = TargetResolver::resolve(p.request.target, config, &error);
        if (!t) {
            p.error = error;
            return false;
        }
        p.targets = {*t}; // a pinned target is called as asked: no fallback to another model
        return true;
    }
    RouteRequest r;
    r.message = p.request.prompt;
    r.taskType = p.request.taskType;
    r.hints.contextTokens = p.request.contextTokens;
    r.hints.capabilities = p.request.capabilities;
    r.hints.historyTurns = p.request.historyTurns;
    r.preferredTier = p.request.preferredTier;
    if (p.request.maxTokens)
        r.expectedOutputTokens = *p.request.maxTokens;
    p.decision = m_router.route(r);
    if (!p.decision->ok()) {
        p.error = p.decision->error;
        return false;
    }
    // The chain runs light to heavy; tiers the map cannot place go last, in config order.
    QList<Target> all = TargetResolver::fromTierConfig(config);
    const TierMap &map = m_router.tierMap();
    std::stable_sort(all.begin(), all.end(), [&map](const Target &a, const Target &b) {
        const auto ca = map.classOf(a.tier);
        const auto cb = map.classOf(b.tier);
        return (ca ? RouteClasses::index(*ca) : 3) < (cb ? RouteClasses::index(*cb) : 3);
    });
    p.targets = all;
    const auto chosen = std::find_if(all.cbegin(), all.cend(),
                                     [&p](const Target &t) { return t.tier == p.decision->tier; });
    p.start = int(chosen - all.cbegin());
    // A failed heavy or standard call degrades to a lighter tier (the seed's fallback); a
    // failed light call can only escalate.
    p.direction = p.decision->routeClass == RouteClass::Light ? FallbackChain::Direction::Escalate
                                                              : FallbackChain::Direction::Degrade;
    return true;
}

void RoutedCallService::estimate(RoutedCallPlan &p) const
{
    if (p.decision) {
        p.estimatedTokens = p.decision->estimatedInputTokens + p.decision->estimatedOutputTokens;
        p.estimatedCost = p.decision->estimatedCost;
        return;
    }
    const Target &t = p.targets.constFirst();
    const qint64 bytes = (p.request.systemPrompt.toUtf8().size() + p.request.prompt.toUtf8().size());
    const std::int64_t in = ModelRouter::estimateTokens(bytes) + p.request.contextTokens;
    const std::int64_t out = p.request.maxTokens.value_or(t.maxTokens.value_or(int(m_router.defaultOutputTokens())));
    p.estimatedTokens = in + out;
    p.estimatedCost = Cost::estimate(t.prices, in, out);
}

RoutedCall *RoutedCallService::call(const RoutedCallRequest &request, QObject *parent)
{
    return execute(plan(request), parent);
}

RoutedCall *RoutedCallService::execute(RoutedCallPlan plan, QObject *parent)
{
    return new RoutedCall(this, std::move(plan), parent);
}

CompletionRequest RoutedCallService::completionRequest(const RoutedCallPlan &plan, const Target &t) const
{
    CompletionRequest r;
    r.provider = t.provider;
    r.model = t.model;
    r.tier = t.tier;
    r.kind = m_simulated ? ProviderKind::Simulated : providerKindFromName(t.provider);
    if (!t.endpoint.isEmpty())
        r.baseUrl = QUrl(t.endpoint);
    r.auth = t.auth;
    r.prices = t.prices;
    r.maxTokens = plan.request.maxTokens ? plan.request.maxTokens : t.maxTokens;
    r.temperature = plan.request.temperature;
    r.stream = plan.request.stream;
    r.policy = m_policy;
    if (!plan.request.systemPrompt.isEmpty())
        r.messages.append({QStringLiteral("system"), plan.request.systemPrompt});
    r.messages.append({QStringLiteral("user"), plan.request.prompt});
    return r;
}
