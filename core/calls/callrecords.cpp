#include "callrecords.h"

#include "routing/routejson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace CallRecords {

std::optional<qint64> msBetween(const std::optional<qint64> &fromNs, const std::optional<qint64> &toNs)
{
    if (!fromNs || !toNs)
        return std::nullopt;
    return (*toNs - *fromNs) / 1000000;
}

RunRecord run(const RoutedCallPlan &plan, const CompletionRequest &request, const CompletionResult &r)
{
    RunRecord run;
    run.source = plan.request.source;
    run.tenant = plan.request.tenant;
    run.config = plan.configName;
    run.provider = request.provider;
    run.model = request.model;
    run.tier = request.tier;
    run.simulated = r.simulated;
    run.inputTokens = r.inputTokens;
    run.outputTokens = r.outputTokens;
    run.cachedTokens = r.cachedInputTokens;
    run.firstByteMs = msBetween(r.timings.requestSentNs, r.timings.firstByteNs);
    run.firstTokenMs = msBetween(r.timings.requestSentNs, r.timings.firstTokenNs);
    run.lastTokenMs = msBetween(r.timings.requestSentNs, r.timings.lastTokenNs);
    run.ttftMs = run.firstTokenMs;
    run.totalMs = r.timings.totalNs / 1000000;
    run.cost = r.cost;
    if (r.error) {
        run.errorClass = errorClassName(r.error->errorClass);
        run.errorMessage = r.error->message; // already scrubbed of resolved secrets
    }
    run.finishReason = r.finishReason;
    run.prompt = plan.request.prompt;
    run.text = r.text;
    return run;
}

RoutingDecisionRecord decision(const RoutedCallPlan &plan, const RoutedCallResult &result,
                               const QString &servedRunId)
{
    const RoutingDecision &d = *plan.decision;
    RoutingDecisionRecord rec;
    rec.callId = servedRunId;
    rec.tenant = plan.request.tenant;
    rec.taskType = plan.request.taskType;
    rec.score = d.complexity.score;
    const QJsonObject full = QJsonDocument::fromJson(RouteJson::decisionToJson(d)).object();
    rec.factorsJson = QString::fromUtf8(QJsonDocument(full.value(u"factors").toObject()).toJson(QJsonDocument::Compact));
    rec.complexityClass = RouteClasses::name(d.routeClass);
    rec.tier = result.tier.isEmpty() ? d.tier : result.tier;
    rec.provider = result.provider.isEmpty() ? d.provider : result.provider;
    rec.model = result.model.isEmpty() ? d.model : result.model;
    rec.reason = d.reason;
    rec.rule = RoutingDecision::ruleName(d.rule);
    rec.message = plan.request.prompt;
    rec.contextTokens = plan.request.contextTokens;
    rec.capabilities = plan.request.capabilities;
    rec.historyTurns = plan.request.historyTurns;
    rec.preferredTier = plan.request.preferredTier;
    const CompletionResult &c = result.completion;
    rec.inputTokens = c.inputTokens;
    rec.outputTokens = c.outputTokens;
    rec.latencyMs = double(c.timings.totalNs) / 1e6;
    rec.cost = c.cost;
    for (const FallbackHop &h : result.hops)
        rec.fallbackEvents.append((h.errorClass ? errorClassName(*h.errorClass) : QStringLiteral("skipped"))
                                  + u'@' + h.tier);
    return rec;
}

UsageDelta usage(const RoutedCallPlan &plan, const CompletionResult &served, RouteClass servedClass)
{
    UsageDelta u;
    u.routeClass = servedClass;
    const std::int64_t estimatedOut = plan.decision ? plan.decision->estimatedOutputTokens : 0;
    u.inputTokens = served.inputTokens.value_or(plan.estimatedTokens - estimatedOut);
    u.outputTokens = served.outputTokens.value_or(estimatedOut);
    u.dollars = served.cost ? *served.cost : plan.estimatedCost.value_or(Decimal());
    return u;
}

} // namespace CallRecords
