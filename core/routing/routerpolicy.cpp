#include "routerpolicy.h"

#include "modelrouter.h"

BudgetLimits mergedLimits(const BudgetLimits &limits, const BudgetLimits &overrides)
{
    BudgetLimits l = limits;
    if (overrides.dailyTokens)
        l.dailyTokens = overrides.dailyTokens;
    if (overrides.monthlyTokens)
        l.monthlyTokens = overrides.monthlyTokens;
    if (overrides.dailyDollars)
        l.dailyDollars = overrides.dailyDollars;
    if (overrides.monthlyDollars)
        l.monthlyDollars = overrides.monthlyDollars;
    return l;
}

bool sameLimits(const BudgetLimits &a, const BudgetLimits &b)
{
    return a.dailyTokens == b.dailyTokens && a.monthlyTokens == b.monthlyTokens
           && a.dailyDollars == b.dailyDollars && a.monthlyDollars == b.monthlyDollars;
}

RouterPolicy RouterPolicy::seedDefault()
{
    RouterPolicy p;
    p.taskOverrides = ModelRouter::defaultTaskTypeOverrides();
    p.capabilities = ComplexityEstimator::defaultCapabilityCriticality();
    p.defaultBudget = BudgetManager::limitsFromEnvironment();
    return p;
}

void RouterPolicy::applyTo(ModelRouter &router) const
{
    router.setThresholds(thresholds);
    router.setTaskTypeOverrides(taskOverrides);
    router.setDefaultClass(defaultClass);
    router.estimator().setWeights(weights);
    router.estimator().setCapabilityCriticality(capabilities);
}

void RouterPolicy::applyTo(BudgetManager &budget) const
{
    budget.setDefaultLimits(hasBudgets ? defaultBudget : BudgetManager::limitsFromEnvironment());
    budget.clearTenantLimits();
    for (auto it = tenantBudgets.cbegin(); it != tenantBudgets.cend(); ++it)
        budget.setTenantLimits(it.key(), limitsFor(it.key()));
}

BudgetLimits RouterPolicy::limitsFor(const QString &tenant) const
{
    if (!hasBudgets)
        return BudgetManager::limitsFromEnvironment();
    const auto it = tenantBudgets.constFind(tenant);
    return it == tenantBudgets.cend() ? defaultBudget : mergedLimits(defaultBudget, *it);
}

bool RouterPolicy::operator==(const RouterPolicy &o) const
{
    const auto sameWeights = [](const ComplexityWeights &a, const ComplexityWeights &b) {
        return a.messageComplexity == b.messageComplexity && a.contextRequirement == b.contextRequirement
               && a.capabilityCriticality == b.capabilityCriticality
               && a.conversationDepth == b.conversationDepth && a.keywordSignals == b.keywordSignals;
    };
    if (name != o.name || thresholds.standard != o.thresholds.standard || thresholds.heavy != o.thresholds.heavy
        || !sameWeights(weights, o.weights) || taskOverrides != o.taskOverrides
        || defaultClass != o.defaultClass
        || capabilities != o.capabilities || hasBudgets != o.hasBudgets || unknownFields != o.unknownFields
        || !sameLimits(defaultBudget, o.defaultBudget) || tenantBudgets.size() != o.tenantBudgets.size())
        return false;
    for (auto it = tenantBudgets.cbegin(); it != tenantBudgets.cend(); ++it) {
        const auto other = o.tenantBudgets.constFind(it.key());
        if (other == o.tenantBudgets.cend() || !sameLimits(*it, *other))
            return false;
    }
    return true;
}
