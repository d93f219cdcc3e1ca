#include "registrytargets.h"

#include "experiments/targetresolver.h"

#include <algorithm>

QList<Target> registryTargets(const QList<LLMModel> &models, const TierConfig &config,
                              const std::function<bool(const QString &provider)> &canCall, int limit)
{
    QList<LLMModel> offered;
    for (const LLMModel &m : models) {
        const bool isTier = std::any_of(config.tiers.cbegin(), config.tiers.cend(), [&m](const TierEntry &e) {
            return e.provider == m.provider && e.model == m.modelId;
        });
        if (m.isActive && m.lastSyncedAt.isValid() && !isTier && canCall(m.provider))
            offered.append(m);
    }
    std::sort(offered.begin(), offered.end(),
              [](const LLMModel &a, const LLMModel &b) { return a.id < b.id; });
    QList<Target> targets;
    for (const LLMModel &m : std::as_const(offered)) {
        if (targets.size() >= limit)
            break;
        std::optional<Target> t = TargetResolver::resolve(m.id, config, nullptr);
        if (!t)
            continue;
        t->prices = m.prices();
        targets.append(*t);
    }
    return targets;
}
