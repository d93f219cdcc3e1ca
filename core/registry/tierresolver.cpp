#include "tierresolver.h"

#include "config/tierconfig.h"

#include <algorithm>

namespace {

bool anyProvider(const QString &p)
{
    return p.isEmpty() || p.compare(u"any", Qt::CaseInsensitive) == 0;
}

std::optional<Decimal> blended(const TokenPrices &p)
{
    if (!p.inputPerMillion || !p.outputPerMillion)
        return std::nullopt;
    return *p.inputPerMillion + *p.outputPerMillion;
}

QDateTime recency(const LLMModel &m)
{
    return m.releasedAt.isValid() ? m.releasedAt : m.createdAt;
}

} // namespace

ModelSpec ModelSpec::fromJson(const QJsonObject &o)
{
    ModelSpec s;
    s.tier = o.value(QStringLiteral("tier")).toString();
    s.provider = o.value(QStringLiteral("provider")).toString();
    s.preferProvider = o.value(QStringLiteral("preferProvider")).toString();
    s.exact = o.value(QStringLiteral("exact")).toString();
    return s;
}

QJsonObject ModelSpec::toJson() const
{
    QJsonObject o;
    if (!exact.isEmpty()) {
        o.insert(QStringLiteral("exact"), exact);
        return o;
    }
    o.insert(QStringLiteral("tier"), tier);
    if (!provider.isEmpty())
        o.insert(QStringLiteral("provider"), provider);
    if (!preferProvider.isEmpty())
        o.insert(QStringLiteral("preferProvider"), preferProvider);
    return o;
}

TierResolver::TierResolver(QList<LLMModel> models)
    : m_models(std::move(models))
{
}

void TierResolver::setTierConfig(const TierConfig &config)
{
    for (const TierEntry &entry : config.tiers) {
        if (!entry.costPerMillionInput.isEmpty() || !entry.costPerMillionOutput.isEmpty())
            m_overrides.append(entry);
    }
}

TokenPrices TierResolver::pricesFor(const LLMModel &model, const QString &tier, QString *source) const
{
    for (const TierEntry &entry : m_overrides) {
        if (entry.tier == tier && entry.provider == model.provider && entry.model == model.modelId) {
            TokenPrices p = entry.prices();
            if (!p.inputPerMillion)
                p.inputPerMillion = model.inputPrice;
            if (!p.outputPerMillion)
                p.outputPerMillion = model.outputPrice;
            p.cachedInputPerMillion = model.cachedInputPrice;
            *source = tr("tier config");
            return p;
        }
    }
    *source = model.priceSource;
    return model.prices();
}

Resolution TierResolver::resolve(const ModelSpec &spec, Mode mode)
{
    Resolution r;
    if (!spec.exact.isEmpty()) {
        for (const LLMModel &m : std::as_const(m_models)) {
            if (m.id != spec.exact)
                continue;
            if (!m.isActive) {
                r.error = tr("%1 is in the registry but inactive (its provider no longer lists it).").arg(spec.exact);
                return r;
            }
            r.model = m;
            r.prices = pricesFor(m, m.tier, &r.priceSource);
            r.explanation = tr("Exact model %1 requested.").arg(m.id);
            r.ranking = {m.id};
            return r;
        }
        r.error = tr("No model %1 in the registry; run a sync or check the id (provider:modelId).").arg(spec.exact);
        return r;
    }
    if (spec.tier.isEmpty()) {
        r.error = tr("The model spec names neither a tier nor an exact model.");
        return r;
    }

    struct Candidate { const LLMModel *model; TokenPrices prices; QString source; };
    QList<Candidate> all;
    int inactive = 0;
    for (const LLMModel &m : std::as_const(m_models)) {
        if (m.tier != spec.tier || (!anyProvider(spec.provider) && m.provider != spec.provider))
            continue;
        if (!m.isActive) {
            ++inactive;
            continue;
        }
        Candidate c{&m, {}, {}};
        c.prices = pricesFor(m, spec.tier, &c.source);
        all.append(c);
    }
    if (all.isEmpty()) {
        r.error = anyProvider(spec.provider)
            ? tr("No active model in tier '%1' (%2 inactive). Sync the registry or assign a model to the tier.")
                  .arg(spec.tier).arg(inactive)
            : tr("No active %1 model in tier '%2' (%3 inactive).").arg(spec.provider, spec.tier).arg(inactive);
        return r;
    }

    QList<Candidate> pool = all;
    bool preferenceMet = false;
    if (!spec.preferProvider.isEmpty()) {
        QList<Candidate> preferred;
        for (const Candidate &c : std::as_const(all))
            if (c.model->provider == spec.preferProvider)
                preferred.append(c);
        preferenceMet = !preferred.isEmpty();
        if (preferenceMet)
            pool = preferred;
    }

    std::stable_sort(pool.begin(), pool.end(), [](const Candidate &a, const Candidate &b) {
        if (a.model->isDefault != b.model->isDefault)
            return a.model->isDefault;
        const std::optional<Decimal> pa = blended(a.prices), pb = blended(b.prices);
        if (pa.has_value() != pb.has_value())
            return pa.has_value();
        if (pa && *pa != *pb)
            return *pa < *pb;
        const QDateTime ra = recency(*a.model), rb = recency(*b.model);
        if (ra != rb)
            return ra > rb;
        return a.model->id < b.model->id;
    });
    for (const Candidate &c : std::as_const(pool)) {
        const std::optional<Decimal> p = blended(c.prices);
        r.ranking.append(c.model->id + QStringLiteral(" (") + (c.model->isDefault ? tr("default, ") : QString())
                         + (p ? tr("$%1 in+out per 1M").arg(p->toString()) : tr("price unknown")) + u')');
    }

    const Candidate *pick = &pool.first();
    QString why;
    if (mode == Mode::Random) {
        pick = &pool[int(m_random.bounded(quint32(pool.size())))];
        why = tr("picked at random among %n candidate(s) for A/B", nullptr, int(pool.size()));
    } else if (pick->model->isDefault) {
        why = tr("it is the tier's default");
    } else if (pool.size() == 1) {
        why = tr("it is the only active candidate");
    } else if (blended(pick->prices) && blended(pick->prices) != blended(pool[1].prices)) {
        why = tr("no default is set and it is the cheapest ($%1 in+out per 1M)").arg(blended(pick->prices)->toString());
    } else {
        why = tr("no default is set, the price does not decide, and it is the most recent");
    }
    r.model = *pick->model;
    r.prices = pick->prices;
    r.priceSource = pick->source;
    r.explanation = tr("Tier '%1' -> %2: %3.").arg(spec.tier, pick->model->id, why);
    if (!spec.preferProvider.isEmpty() && !preferenceMet)
        r.explanation += u' ' + tr("No active %1 model in the tier, so other providers were considered.").arg(spec.preferProvider);
    if (r.priceSource == tr("tier config"))
        r.explanation += u' ' + tr("Prices come from the tier config, overriding the registry.");
    return r;
}
