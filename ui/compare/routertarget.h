#pragma once

#include "experiments/cellexecutor.h"
#include "routing/modelrouter.h"

#include <QList>

/// The "router" target: runs each prompt through ComplexityEstimator and ModelRouter and
/// answers with the target of the chosen tier. The decision (score, factors, class, rule,
/// reason, alternatives) is stored beside the answer.
class RouterTarget final : public TargetRouter
{
public:
    /// `tierTargets` are the concrete targets of the config's tiers (matched by Target::tier).
    RouterTarget(ModelRouter router, QList<Target> tierTargets);

    Route route(const QString &systemPrompt, const QString &prompt) override;

    /// Targets of a config's tiers, for the picker and for this router.
    static QList<Target> tierTargets(const TierConfig &config);

private:
    ModelRouter m_router;
    QList<Target> m_tierTargets;
};
