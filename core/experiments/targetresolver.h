#pragma once

#include "cellexecutor.h"
#include "target.h"

#include "config/tierconfig.h"
#include "routing/modelrouter.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

/// Turns target names into Targets against a tier config:
/// - a tier name ("fast", "reasoning") → that tier's provider, model, endpoint and prices;
/// - "router" → the router target (resolved per prompt by RouterTarget);
/// - "provider:model" → a pinned model; prices and endpoint come from a tier of the config
///   with the same provider and model, else the endpoint of a tier with the same provider.
class TargetResolver
{
    Q_DECLARE_TR_FUNCTIONS(TargetResolver)
public:
    /// The target of one tier, with the auth in force from `config`.
    static Target fromTierEntry(const TierEntry &entry, const TierConfig &config);
    /// fromTierEntry() for every tier of `config`, in order.
    static QList<Target> fromTierConfig(const TierConfig &config);
    static std::optional<Target> resolve(const QString &spec, const TierConfig &config,
                                         QString *error);
    /// resolve() for a comma-separated list; the first error stops it.
    static std::optional<QList<Target>> resolveList(const QStringList &specs,
                                                    const TierConfig &config, QString *error);
};

/// The "router" target: runs ComplexityEstimator and ModelRouter on each prompt and stores
/// the decision (`tierctl route --json`'s object) beside the answer.
class RouterTarget final : public TargetRouter
{
    Q_DECLARE_TR_FUNCTIONS(RouterTarget)
public:
    explicit RouterTarget(ModelRouter router) : m_router(std::move(router)) {}
    Route route(const QString &systemPrompt, const QString &prompt) override;

private:
    ModelRouter m_router;
};
