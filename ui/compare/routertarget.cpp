#include "routertarget.h"

#include "routing/routejson.h"

#include <QCoreApplication>
#include <QJsonDocument>

RouterTarget::RouterTarget(ModelRouter router, QList<Target> tierTargets)
    : m_router(std::move(router))
    , m_tierTargets(std::move(tierTargets))
{
}

TargetRouter::Route RouterTarget::route(const QString &systemPrompt, const QString &prompt)
{
    Q_UNUSED(systemPrompt)
    RouteRequest request;
    request.message = prompt;
    const RoutingDecision decision = m_router.route(request);
    Route result;
    result.decision = QJsonDocument::fromJson(RouteJson::decisionToJson(decision)).object();
    if (!decision.ok()) {
        result.error = decision.error;
        return result;
    }
    for (const Target &t : m_tierTargets) {
        if (t.tier == decision.tier) {
            result.target = t;
            return result;
        }
    }
    result.error = QCoreApplication::translate("RouterTarget",
                                               "The router chose tier \"%1\", which is not "
                                               "among the comparable targets: add it to the "
                                               "config.").arg(decision.tier);
    return result;
}

QList<Target> RouterTarget::tierTargets(const TierConfig &config)
{
    QList<Target> targets;
    for (const TierEntry &e : config.tiers) {
        Target t;
        t.id = e.tier;
        t.tier = e.tier;
        t.provider = e.provider;
        t.model = e.model;
        t.endpoint = e.endpoint;
        t.prices = e.prices();
        t.maxTokens = e.maxTokens;
        targets.append(t);
    }
    return targets;
}
