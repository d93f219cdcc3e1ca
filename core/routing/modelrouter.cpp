#include "modelrouter.h"

#include "money/cost.h"

ModelRouter::ModelRouter(TierConfig config, TierMap map)
    : m_config(std::move(config))
    , m_map(std::move(map))
    , m_overrides(defaultTaskTypeOverrides())
{
    setConfig(m_config);
}

void ModelRouter::setConfig(const TierConfig &config)
{
    m_config = config;
    m_prices.clear();
    for (const TierEntry &e : m_config.tiers)
        m_prices.append(e.prices());
}

TierConfig ModelRouter::defaultTierConfig()
{
    TierConfig c;
    c.name = QStringLiteral("default");
    AuthConfig auth;
    auth.type = QStringLiteral("apiKey");
    auth.secretRef = QStringLiteral("llm-api-key");
    auth.secretKey = QStringLiteral("api-key");
    c.defaultAuth = auth;
    const auto tier = [](const char *name, const char *model, int maxTokens, const char *in,
                         const char *out) {
        TierEntry e;
        e.tier = QString::fromLatin1(name);
        e.provider = QStringLiteral("anthropic");
        e.model = QString::fromLatin1(model);
        e.maxTokens = maxTokens;
        e.costPerMillionInput = QString::fromLatin1(in);
        e.costPerMillionOutput = QString::fromLatin1(out);
        return e;
    };
    c.tiers = {tier("fast", "claude-haiku-3-5-20241022", 4096, "0.80", "4.00"),
               tier("standard", "claude-sonnet-4-20250514", 8192, "3.00", "15.00"),
               tier("reasoning", "claude-opus-4-20250514", 16384, "15.00", "75.00")};
    return c;
}

QHash<QString, RouteClass> ModelRouter::defaultTaskTypeOverrides()
{
    return {{QStringLiteral("intent_classification"), RouteClass::Light},
            {QStringLiteral("pii_detection"), RouteClass::Light},
            {QStringLiteral("simple_qa"), RouteClass::Light},
            {QStringLiteral("security_analysis"), RouteClass::Heavy},
            {QStringLiteral("thinking_tools"), RouteClass::Heavy},
            {QStringLiteral("architecture"), RouteClass::Heavy}};
}

QString RoutingDecision::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Threshold: return QStringLiteral("threshold");
    case Rule::TaskTypeOverride: return QStringLiteral("task-type-override");
    case Rule::AgentPreference: return QStringLiteral("agent-preference");
    case Rule::NoSignalDefault: return QStringLiteral("no-signal-default");
    }
    return {};
}

void ModelRouter::setThresholds(const ComplexityThresholds &thresholds)
{
    m_estimator.setThresholds(thresholds);
}

RoutingDecision ModelRouter::route(const RouteRequest &request) const
{
    const Complexity c = m_estimator.estimate(request.message, request.hints);
    const std::int64_t in = estimateTokens(request.message.toUtf8().size())
                            + std::max<std::int64_t>(0, request.hints.contextTokens);
    return decide(c, request.taskType, request.preferredTier, in,
                  request.expectedOutputTokens.value_or(m_defaultOutputTokens));
}

RoutingDecision ModelRouter::routeUtf8(QByteArrayView message, const RouteRequest &rest) const
{
    const Complexity c = m_estimator.estimateUtf8(message, rest.hints);
    const std::int64_t in = estimateTokens(message.size())
                            + std::max<std::int64_t>(0, rest.hints.contextTokens);
    return decide(c, rest.taskType, rest.preferredTier, in,
                  rest.expectedOutputTokens.value_or(m_defaultOutputTokens));
}

QString ModelRouter::thresholdReason(double score) const
{
    const ComplexityThresholds &t = thresholds();
    const QString s = QString::number(score, 'f', 4);
    if (score >= t.heavy)
        return tr("score %1 >= heavy threshold %2").arg(s, QString::number(t.heavy, 'f', 2));
    if (score >= t.standard)
        return tr("score %1 is between the standard threshold %2 and the heavy threshold %3")
            .arg(s, QString::number(t.standard, 'f', 2), QString::number(t.heavy, 'f', 2));
    return tr("score %1 < standard threshold %2").arg(s, QString::number(t.standard, 'f', 2));
}

void ModelRouter::fillTarget(RoutingDecision &d, const TierEntry *entry) const
{
    d.tier = entry->tier;
    d.provider = entry->provider;
    d.model = entry->model;
    d.alternatives.reserve(m_config.tiers.size());
    for (qsizetype i = 0; i < m_config.tiers.size(); ++i) {
        const TierEntry &other = m_config.tiers.at(i);
        const auto cost = Cost::estimate(m_prices.at(i), d.estimatedInputTokens, d.estimatedOutputTokens);
        if (&other == entry)
            d.estimatedCost = cost;
        else
            d.alternatives.append({other.tier, other.provider, other.model, cost});
    }
}

RoutingDecision ModelRouter::decide(const Complexity &complexity, const QString &taskType,
                                    const QString &preferredTier, std::int64_t inputTokens,
                                    std::int64_t outputTokens) const
{
    RoutingDecision d;
    d.complexity = complexity;
    d.estimatedInputTokens = inputTokens;
    d.estimatedOutputTokens = outputTokens;
    d.reason = thresholdReason(complexity.score);
    const RouteClass byScore = thresholds().classify(complexity.score);
    RouteChoice c = choose(byScore, taskType, preferredTier, &d.reason, &complexity.evidence);
    d.routeClass = c.routeClass;
    d.rule = c.rule;
    d.cause = causeOf(c.rule, byScore, complexity.evidence);
    if (c.tierIndex < 0) {
        d.error = std::move(c.error);
        return d;
    }
    fillTarget(d, &m_config.tiers.at(c.tierIndex));
    return d;
}

QString ModelRouter::causeOf(RoutingDecision::Rule rule, RouteClass byScore, const ComplexityEvidence &e)
{
    switch (rule) {
    case RoutingDecision::Rule::Threshold:
        return byScore == RouteClass::Light && e.trivial ? QStringLiteral("trivial") : QStringLiteral("score");
    case RoutingDecision::Rule::NoSignalDefault:
        return e.noSignal ? QStringLiteral("no_signal_default") : QStringLiteral("no_triviality_evidence");
    case RoutingDecision::Rule::TaskTypeOverride: return QStringLiteral("task_type_override");
    case RoutingDecision::Rule::AgentPreference: return QStringLiteral("agent_preference");
    }
    return {};
}

RouteClass ModelRouter::byEvidence(RouteClass byScore, const ComplexityEvidence &evidence) const
{
    return byScore == RouteClass::Light && !evidence.trivial ? m_defaultClass : byScore;
}

RouteChoice ModelRouter::choose(RouteClass byScore, const QString &taskType,
                                const QString &preferredTier, QString *reason,
                                const ComplexityEvidence *evidence) const
{
    RouteChoice c;
    c.routeClass = byScore;
    if (evidence && byEvidence(byScore, *evidence) != byScore) {
        c.routeClass = m_defaultClass;
        c.rule = RoutingDecision::Rule::NoSignalDefault;
        if (reason)
            *reason = (evidence->noSignal
                           ? tr("no signal either way, so the default tier %1 (%2)")
                           : tr("no evidence of triviality, so the default tier %1 (%2)"))
                          .arg(RouteClasses::name(m_defaultClass), *reason);
    }
    if (!taskType.isEmpty()) {
        const auto it = m_overrides.constFind(taskType);
        if (it != m_overrides.cend()) {
            c.rule = RoutingDecision::Rule::TaskTypeOverride;
            c.routeClass = *it;
            if (reason)
                *reason = tr("task type '%1' routes to %2 (%3)")
                              .arg(taskType, RouteClasses::name(*it), *reason);
        }
    }

    const TierEntry *direct = nullptr;
    if (!preferredTier.isEmpty()) {
        if ((direct = m_config.findTier(preferredTier))) {
            c.rule = RoutingDecision::Rule::AgentPreference;
            c.routeClass = m_map.classOf(preferredTier).value_or(c.routeClass);
            if (reason)
                *reason = tr("the agent prefers tier '%1' (%2)").arg(preferredTier, *reason);
        } else if (const auto p = RouteClasses::fromName(preferredTier)) {
            c.rule = RoutingDecision::Rule::AgentPreference;
            c.routeClass = *p;
            if (reason)
                *reason = tr("the agent prefers %1 (%2)").arg(RouteClasses::name(*p), *reason);
        } else if (reason) {
            *reason += tr("; the preferred tier '%1' is not configured and was ignored")
                           .arg(preferredTier);
        }
    }

    if (!direct) {
        TierMap::Resolution r = m_map.resolve(m_config, c.routeClass);
        if (!r.entry) {
            c.error = std::move(r.reason);
            return c;
        }
        if (!r.reason.isEmpty()) {
            c.routeClass = r.resolvedClass;
            if (reason)
                *reason += QStringLiteral("; ") + r.reason;
        }
        direct = r.entry;
    }
    c.tierIndex = direct - m_config.tiers.constData();
    return c;
}
