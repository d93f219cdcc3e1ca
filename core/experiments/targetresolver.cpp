#include "targetresolver.h"

#include "routing/routejson.h"

#include <QJsonDocument>

Target TargetResolver::fromTierEntry(const TierEntry &entry, const TierConfig &config)
{
    Target t;
    t.id = entry.tier;
    t.tier = entry.tier;
    t.provider = entry.provider;
    t.model = entry.model;
    t.endpoint = entry.endpoint;
    t.prices = entry.prices();
    t.maxTokens = entry.maxTokens;
    t.auth = config.effectiveAuth(entry);
    return t;
}

QList<Target> TargetResolver::fromTierConfig(const TierConfig &config)
{
    QList<Target> targets;
    for (const TierEntry &entry : config.tiers)
        targets.append(fromTierEntry(entry, config));
    return targets;
}

std::optional<Target> TargetResolver::resolve(const QString &spec, const TierConfig &config,
                                              QString *error)
{
    const QString name = spec.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("An empty target name.");
        return std::nullopt;
    }
    if (name == u"router") {
        Target t;
        t.id = name;
        t.isRouter = true;
        return t;
    }
    const qsizetype colon = name.indexOf(u':');
    if (colon < 0) {
        if (const TierEntry *entry = config.findTier(name))
            return fromTierEntry(*entry, config);
        QStringList tiers;
        for (const TierEntry &e : config.tiers)
            tiers.append(e.tier);
        if (error)
            *error = tr("Unknown target '%1': the config has the tiers %2; also 'router' or "
                        "'provider:model'.").arg(name, tiers.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    Target t;
    t.id = name;
    t.provider = name.left(colon);
    t.model = name.mid(colon + 1);
    if (t.provider.isEmpty() || t.model.isEmpty()) {
        if (error)
            *error = tr("Target '%1' must be 'provider:model'.").arg(name);
        return std::nullopt;
    }
    for (const TierEntry &e : config.tiers) {
        if (e.provider != t.provider)
            continue;
        if (t.endpoint.isEmpty()) {
            t.endpoint = e.endpoint;
            t.auth = config.effectiveAuth(e);
        }
        if (e.model == t.model) {
            t.endpoint = e.endpoint;
            t.prices = e.prices();
            t.tier = e.tier;
            t.auth = config.effectiveAuth(e);
            break;
        }
    }
    return t;
}

std::optional<QList<Target>> TargetResolver::resolveList(const QStringList &specs,
                                                         const TierConfig &config, QString *error)
{
    QList<Target> targets;
    for (const QString &s : specs) {
        const auto t = resolve(s, config, error);
        if (!t)
            return std::nullopt;
        for (const Target &existing : std::as_const(targets)) {
            if (existing.id == t->id) {
                if (error)
                    *error = tr("Target '%1' is listed twice.").arg(t->id);
                return std::nullopt;
            }
        }
        targets.append(*t);
    }
    return targets;
}

TargetRouter::Route RouterTarget::route(const QString &systemPrompt, const QString &prompt)
{
    Q_UNUSED(systemPrompt)
    RouteRequest request;
    request.message = prompt;
    const RoutingDecision d = m_router.route(request);
    Route r;
    r.decision = QJsonDocument::fromJson(RouteJson::decisionToJson(d)).object();
    if (!d.ok()) {
        r.error = d.error;
        return r;
    }
    const TierEntry *entry = m_router.config().findTier(d.tier);
    if (!entry) {
        r.error = tr("The router chose tier '%1', which the config does not have.").arg(d.tier);
        return r;
    }
    r.target = TargetResolver::fromTierEntry(*entry, m_router.config());
    return r;
}
