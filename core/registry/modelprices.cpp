// ModelRegistry: price sources, the effective price of each model, and drift checks.
#include "modelregistry.h"

#include "registrysql_p.h"
#include "store/migrations.h"

#include <QSet>
#include <QSqlError>

using namespace RegistrySql;

namespace {

/// Lower is better: a hand-set price, then the provider's own API, then LiteLLM's map.
int sourceRank(const QString &source)
{
    if (source == u"manual")
        return 0;
    if (source.endsWith(u"-api") || source == u"local")
        return 1;
    if (source == u"litellm")
        return 2;
    return 3;
}

QString key(const QString &provider, const QString &modelId)
{
    return provider + u'\n' + modelId;
}

/// Ollama lists "llama3:latest"; price maps say "llama3".
QString alternateId(const LLMModel &m)
{
    if (m.provider == u"ollama" && m.modelId.endsWith(u":latest"))
        return m.modelId.chopped(7);
    return m.modelId;
}

bool samePrice(const SourcePrice &a, const SourcePrice &b)
{
    return a.input == b.input && a.output == b.output && a.cachedInput == b.cachedInput
           && a.contextWindow == b.contextWindow && a.maxOutput == b.maxOutput && a.deprecationDate == b.deprecationDate;
}

SourcePrice readPrice(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), readMoney(q.value(3)),
            readMoney(q.value(4)), readMoney(q.value(5)), readInt(q.value(6)), readInt(q.value(7)),
            q.value(8).toString()};
}

const char kPriceColumns[] = "provider, model_id, source, input_price, output_price, cached_input_price,"
                             " context_window, max_output, deprecation_date";

} // namespace

QList<SourcePrice> ModelRegistry::sourcePrices(const QString &provider, const QString &modelId) const
{
    QList<SourcePrice> out;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kPriceColumns)
              + QStringLiteral(" FROM model_prices WHERE provider = ? AND model_id = ? ORDER BY source"));
    q.addBindValue(provider);
    q.addBindValue(modelId);
    if (q.exec()) {
        while (q.next())
            out.append(readPrice(q));
    }
    return out;
}

SyncOutcome ModelRegistry::storeSourcePrices(const QString &source, const QList<SourcePrice> &prices,
                                             const QString &actor)
{
    SyncOutcome outcome;
    outcome.provider = source;
    QSqlDatabase db = m_database.connection(&outcome.error);
    if (!db.isOpen())
        return outcome;
    // Under the registry's lock, like a sync: writePrices reads, deletes and rewrites a source's rows.
    if (!Migrations::beginLocked(m_database, db, Migrations::RegistryLockKey, &outcome.error))
        return outcome;
    QList<SourcePrice> tagged = prices;
    for (SourcePrice &p : tagged)
        p.source = source;
    if (!writePrices(db, {}, source, tagged, actor, QDateTime::currentMSecsSinceEpoch(), outcome)) {
        Migrations::rollback(m_database, db);
        return outcome;
    }
    Migrations::commit(m_database, db, &outcome.error);
    return outcome;
}

bool ModelRegistry::writePrices(QSqlDatabase &db, const QString &scopeProvider, const QString &scopeSource,
                                const QList<SourcePrice> &prices, const QString &actor, qint64 nowMs,
                                SyncOutcome &outcome)
{
    const QString scope = QStringLiteral(" FROM model_prices WHERE source = ?")
                          + (scopeProvider.isEmpty() ? QString() : QStringLiteral(" AND provider = ?"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto bindScope = [&] {
        q.addBindValue(scopeSource);
        if (!scopeProvider.isEmpty())
            q.addBindValue(scopeProvider);
    };
    auto fail = [&] {
        outcome.error = tr("Cannot store prices of %1: %2").arg(scopeSource, q.lastError().text());
        return false;
    };

    QHash<QString, SourcePrice> old;
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kPriceColumns) + scope);
    bindScope();
    if (!q.exec())
        return fail();
    while (q.next()) {
        const SourcePrice p = readPrice(q);
        old.insert(key(p.provider, p.modelId), p);
    }
    q.prepare(QStringLiteral("DELETE") + scope);
    bindScope();
    if (!q.exec())
        return fail();

    QSet<QString> changed;
    QSet<QString> written;
    q.prepare(QStringLiteral("INSERT INTO model_prices (") + QLatin1StringView(kPriceColumns)
              + QStringLiteral(", imported_at_ms) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (const SourcePrice &p : prices) {
        const QString k = key(p.provider, p.modelId);
        if (written.contains(k))
            continue;
        written.insert(k);
        for (const QVariant &v : {QVariant(p.provider), QVariant(p.modelId), QVariant(scopeSource), money(p.input),
                                  money(p.output), money(p.cachedInput), integer(p.contextWindow),
                                  integer(p.maxOutput), text(p.deprecationDate), QVariant(nowMs)})
            q.addBindValue(v);
        if (!q.exec())
            return fail();
        const auto before = old.constFind(k);
        if (before == old.constEnd() || !samePrice(*before, p))
            changed.insert(k);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!written.contains(it.key()))
            changed.insert(it.key());
    }

    // Recompute the models this source can affect.
    ModelFilter filter;
    filter.provider = scopeProvider;
    QString error;
    const QList<LLMModel> affected = models(filter, &error);
    if (!error.isEmpty()) {
        outcome.error = error;
        return false;
    }
    for (const LLMModel &m : affected) {
        const bool touched = changed.contains(key(m.provider, m.modelId)) || changed.contains(key(m.provider, alternateId(m)));
        if (!recomputePrice(db, m, actor, nowMs, touched, outcome, &outcome.error))
            return false;
    }
    return true;
}

bool ModelRegistry::recomputePrice(QSqlDatabase &db, const LLMModel &current, const QString &actor, qint64 now,
                                   bool audit, SyncOutcome &outcome, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kPriceColumns)
              + QStringLiteral(" FROM model_prices WHERE provider = ? AND model_id IN (?, ?)"));
    q.addBindValue(current.provider);
    q.addBindValue(current.modelId);
    q.addBindValue(alternateId(current));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QList<SourcePrice> sources;
    while (q.next())
        sources.append(readPrice(q));
    std::stable_sort(sources.begin(), sources.end(), [&](const SourcePrice &a, const SourcePrice &b) {
        const int ra = sourceRank(a.source) * 2 + (a.modelId == current.modelId ? 0 : 1);
        const int rb = sourceRank(b.source) * 2 + (b.modelId == current.modelId ? 0 : 1);
        return ra != rb ? ra < rb : a.source < b.source;
    });
    const SourcePrice *best = nullptr;
    for (const SourcePrice &s : sources) {
        if (s.input || s.output) {
            best = &s;
            break;
        }
    }
    if (!best)
        return true; // no price known anywhere: leave the row as it is

    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    // Drift: every other source against the one in use.
    for (const SourcePrice &other : std::as_const(sources)) {
        if (&other == best)
            continue;
        const struct { const char *field; std::optional<Decimal> mine, theirs; } pairs[] = {
            {"input", best->input, other.input}, {"output", best->output, other.output}};
        for (const auto &pair : pairs) {
            if (!pair.mine || !pair.theirs)
                continue;
            const double fraction = Decimal::relativeDifference(*pair.theirs, *pair.mine);
            if (fraction <= m_driftThreshold)
                continue;
            const PriceDrift drift{current.id, QLatin1StringView(pair.field), best->source, pair.mine->toString(),
                                   other.source, pair.theirs->toString(), fraction};
            outcome.drifts.append(drift);
            if (audit
                && !writeAudit(db, {0, at, actor, QStringLiteral("price_drift"), current.id, drift.field,
                                    drift.source + u'=' + drift.value, drift.otherSource + u'=' + drift.otherValue},
                               error))
                return false;
        }
    }

    const bool priceSame = best->input == current.inputPrice && best->output == current.outputPrice
                           && best->cachedInput == current.cachedInputPrice && best->source == current.priceSource;
    const bool fillContext = !current.contextWindow && best->contextWindow;
    const bool fillMaxOutput = !current.maxOutput && best->maxOutput;
    if (priceSame && !fillContext && !fillMaxOutput)
        return true;

    q.prepare(QStringLiteral("UPDATE models SET input_price = ?, output_price = ?, cached_input_price = ?,"
                             " price_source = ?, price_updated_at_ms = ?, context_window = ?, max_output = ?,"
                             " updated_at_ms = ? WHERE id = ?"));
    for (const QVariant &v : {money(best->input), money(best->output), money(best->cachedInput), QVariant(best->source),
                              priceSame ? time(current.priceUpdatedAt) : QVariant(now),
                              integer(current.contextWindow ? current.contextWindow : best->contextWindow),
                              integer(current.maxOutput ? current.maxOutput : best->maxOutput), QVariant(now),
                              QVariant(current.id)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const struct { const char *field; QString before, after; } fields[] = {
        {"inputPrice", moneyText(current.inputPrice), moneyText(best->input)},
        {"outputPrice", moneyText(current.outputPrice), moneyText(best->output)},
        {"cachedInputPrice", moneyText(current.cachedInputPrice), moneyText(best->cachedInput)},
        {"priceSource", current.priceSource, best->source},
        {"contextWindow", intText(current.contextWindow), fillContext ? intText(best->contextWindow) : intText(current.contextWindow)},
        {"maxOutput", intText(current.maxOutput), fillMaxOutput ? intText(best->maxOutput) : intText(current.maxOutput)},
    };
    bool priceChanged = false;
    for (const auto &f : fields) {
        if (f.before == f.after)
            continue;
        const QString field = QLatin1StringView(f.field);
        const bool isPrice = field.endsWith(u"Price");
        priceChanged = priceChanged || isPrice;
        if (!writeAudit(db, {0, at, actor, isPrice ? QStringLiteral("price_changed") : QStringLiteral("changed"),
                             current.id, field, f.before, f.after},
                        error))
            return false;
    }
    if (priceChanged)
        ++outcome.pricesChanged;
    return true;
}
