#pragma once

#include "complexityestimator.h"
#include "tiermap.h"

#include "config/tierconfig.h"
#include "money/cost.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

/// One request to route. Only `message` is required.
struct RouteRequest
{
    QString message;
    QString taskType; ///< e.g. "security_analysis"; matched against the task-type overrides
    ComplexitySignals hints;
    /// The agent's or spec's preference: a config tier name ("reasoning") or a class ("heavy").
    /// It wins over the score and the task-type overrides.
    QString preferredTier;
    /// Expected completion tokens for the cost estimates; the router's default when unset.
    std::optional<std::int64_t> expectedOutputTokens;
};

/// What a decision would have cost on another tier.
struct TierAlternative
{
    QString tier;
    QString provider;
    QString model;
    std::optional<Decimal> estimatedCost; ///< nullopt when the tier's prices are unknown
};

/// A routing decision that explains itself.
struct RoutingDecision
{
    enum class Rule { Threshold, TaskTypeOverride, AgentPreference, NoSignalDefault };

    Complexity complexity;
    RouteClass routeClass = RouteClass::Light; ///< the class after every rule and the tier map
    Rule rule = Rule::Threshold;                ///< the rule that decided the class
    /// Why, as a stable token (LiteLLM's `cause`): "score" (the thresholds), "trivial" (light
    /// with evidence of triviality), "no_signal_default" (no evidence either way: the policy's
    /// default tier), "no_triviality_evidence" (a light score without evidence of triviality:
    /// the default tier), "task_type_override" or "agent_preference".
    QString cause;
    QString reason;                             ///< one human sentence (translatable)
    QString error; ///< non-empty when no tier could be chosen; tier/provider/model are then empty

    QString tier;
    QString provider;
    QString model;
    std::int64_t estimatedInputTokens = 0;  ///< ceil(UTF-8 bytes / 4) + context tokens
    std::int64_t estimatedOutputTokens = 0;
    std::optional<Decimal> estimatedCost;   ///< on the chosen tier
    QList<TierAlternative> alternatives;    ///< every other configured tier, in config order

    bool ok() const { return error.isEmpty(); }
    /// "threshold", "task-type-override", "agent-preference" or "no-signal-default".
    static QString ruleName(Rule rule);
};

/// What the rules chose, without the explanation (the replay and calibration path).
struct RouteChoice
{
    RouteClass routeClass = RouteClass::Light; ///< after every rule and the tier map
    RoutingDecision::Rule rule = RoutingDecision::Rule::Threshold;
    qsizetype tierIndex = -1; ///< into config().tiers; -1 when no tier fits (see error)
    QString error;            ///< set only when tierIndex is -1
};

/// Chooses a tier for a request: score thresholds, then task-type overrides, then the
/// agent/spec preference (strongest), then the TierMap onto a concrete config entry.
/// Unlike the origin, an override never acts silently: the decision names the rule that fired.
class ModelRouter
{
    Q_DECLARE_TR_FUNCTIONS(ModelRouter)

public:
    explicit ModelRouter(TierConfig config = defaultTierConfig(), TierMap map = {});

    /// The seed's default ModelTierConfig (anthropic fast/standard/reasoning with prices).
    static TierConfig defaultTierConfig();
    /// intent_classification, pii_detection, simple_qa -> light;
    /// security_analysis, thinking_tools, architecture -> heavy.
    static QHash<QString, RouteClass> defaultTaskTypeOverrides();

    void setConfig(const TierConfig &config);
    const TierConfig &config() const { return m_config; }
    /// The parsed prices of config().tiers, in the same order.
    const QList<TokenPrices> &tierPrices() const { return m_prices; }
    void setTierMap(const TierMap &map) { m_map = map; }
    const TierMap &tierMap() const { return m_map; }
    void setThresholds(const ComplexityThresholds &thresholds);
    const ComplexityThresholds &thresholds() const { return m_estimator.thresholds(); }
    void setTaskTypeOverrides(const QHash<QString, RouteClass> &overrides) { m_overrides = overrides; }
    const QHash<QString, RouteClass> &taskTypeOverrides() const { return m_overrides; }
    /// The class a request goes to when its score says light but it shows no evidence of
    /// triviality (SIMPLE needs evidence; no signal is not simple). Light turns the rule off.
    void setDefaultClass(RouteClass c) { m_defaultClass = c; }
    RouteClass defaultClass() const { return m_defaultClass; }
    void setDefaultOutputTokens(std::int64_t tokens) { m_defaultOutputTokens = tokens; }
    std::int64_t defaultOutputTokens() const { return m_defaultOutputTokens; }

    ComplexityEstimator &estimator() { return m_estimator; }
    const ComplexityEstimator &estimator() const { return m_estimator; }

    RoutingDecision route(const RouteRequest &request) const;
    /// route() for a message held as UTF-8 (the batch path): no conversion to QString.
    RoutingDecision routeUtf8(QByteArrayView message, const RouteRequest &rest) const;
    /// The decision for an already estimated complexity.
    RoutingDecision decide(const Complexity &complexity, const QString &taskType,
                           const QString &preferredTier, std::int64_t inputTokens,
                           std::int64_t outputTokens) const;
    /// The class the score and the evidence give before overrides and preferences: the
    /// thresholds' class, or the default class for a light score without evidence of triviality.
    RouteClass byEvidence(RouteClass byScore, const ComplexityEvidence &evidence) const;
    /// RoutingDecision::cause for the rule that fired (see there).
    static QString causeOf(RoutingDecision::Rule rule, RouteClass byScore, const ComplexityEvidence &evidence);

    /// The class and tier for a request whose score falls in `byScore`. With `evidence`, a light
    /// score without evidence of triviality goes to the default class first (see byEvidence()).
    /// Then the task-type override,
    /// the preference and the tier map applied as decide() applies them. When `reason` is given
    /// it must hold the threshold sentence, and the other rules' sentences are added to it.
    RouteChoice choose(RouteClass byScore, const QString &taskType, const QString &preferredTier,
                       QString *reason = nullptr, const ComplexityEvidence *evidence = nullptr) const;

    static std::int64_t estimateTokens(std::int64_t utf8Bytes) { return (utf8Bytes + 3) / 4; }

private:
    QString thresholdReason(double score) const;
    void fillTarget(RoutingDecision &d, const TierEntry *entry) const;

    TierConfig m_config;
    QList<TokenPrices> m_prices; ///< parsed once per config, parallel to m_config.tiers
    TierMap m_map;
    ComplexityEstimator m_estimator;
    QHash<QString, RouteClass> m_overrides;
    std::int64_t m_defaultOutputTokens = 512;
    RouteClass m_defaultClass = RouteClass::Standard;
};
