#include "callrollups.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace {

const char kKeyColumns[] = "bucket_ms, tier, provider, model, tenant, source, config, error_class, simulated";
const char kKeyWhere[] = "bucket_ms = ? AND tier = ? AND provider = ? AND model = ? AND tenant = ? AND source = ?"
                         " AND config = ? AND error_class = ? AND simulated = ?";

QString hashKey(const CallRollups::Key &k)
{
    const QChar sep(0x1f);
    return QString::number(k.bucketMs) + sep + k.tier + sep + k.provider + sep + k.model + sep + k.tenant + sep
           + k.source + sep + k.config + sep + k.errorClass + sep + (k.simulated ? u'1' : u'0');
}

void bindKey(QSqlQuery &q, const CallRollups::Key &k)
{
    q.addBindValue(k.bucketMs);
    // NOT NULL key columns: a null QString would bind as NULL.
    for (const QString *s : {&k.tier, &k.provider, &k.model, &k.tenant, &k.source, &k.config, &k.errorClass})
        q.addBindValue(s->isNull() ? QStringLiteral("") : *s);
    q.addBindValue(k.simulated ? 1 : 0);
}

QVariant optInt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant sketchText(const LatencySketch &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromLatin1(s.encode()));
}

QString upsertSql()
{
    QString sql = QStringLiteral("INSERT INTO call_rollups (") + QLatin1StringView(kKeyColumns)
                  + QStringLiteral(", calls, input_tokens, input_calls, output_tokens, output_calls, cost_pico,"
                                   " costed_calls, gen_output_tokens, gen_ms, latency_min_ms, latency_max_ms,"
                                   " ttft_min_ms, ttft_max_ms, first_ms, last_ms)"
                                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                                   " ON CONFLICT (")
                  + QLatin1StringView(kKeyColumns) + QStringLiteral(") DO UPDATE SET ");
    QStringList sets;
    for (const char *c : {"calls", "input_tokens", "input_calls", "output_tokens", "output_calls", "cost_pico",
                          "costed_calls", "gen_output_tokens", "gen_ms"}) {
        const QString col = QLatin1StringView(c);
        sets.append(col + QStringLiteral(" = call_rollups.") + col + QStringLiteral(" + excluded.") + col);
    }
    // Portable min/max of two nullable values (no LEAST/GREATEST in SQLite, no min(a,b) in PostgreSQL).
    auto pick = [](const char *column, const char *op, bool nullable) -> QString {
        const QString c = QLatin1StringView(column);
        return c + QStringLiteral(" = CASE WHEN ")
               + (nullable ? QStringLiteral("call_rollups.") + c + QStringLiteral(" IS NULL OR ") : QString())
               + QStringLiteral("excluded.") + c + u' ' + QLatin1StringView(op) + QStringLiteral(" call_rollups.") + c
               + QStringLiteral(" THEN excluded.") + c + QStringLiteral(" ELSE call_rollups.") + c
               + QStringLiteral(" END");
    };
    sets.append(pick("latency_min_ms", "<", true));
    sets.append(pick("latency_max_ms", ">", true));
    sets.append(pick("ttft_min_ms", "<", true));
    sets.append(pick("ttft_max_ms", ">", true));
    sets.append(pick("first_ms", "<", false));
    sets.append(pick("last_ms", ">", false));
    return sql + sets.join(QStringLiteral(", "));
}

} // namespace

std::optional<qint64> CallRollups::costPico(const RunRecord &run)
{
    if (!run.cost || run.cost->raw() > std::numeric_limits<qint64>::max()
        || run.cost->raw() < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(run.cost->raw()); // Decimal units are 1e-12 USD
}

void CallRollups::add(const RunRecord &run)
{
    const qint64 at = run.createdAt.toMSecsSinceEpoch();
    Key key;
    key.bucketMs = at - (at % HourMs + HourMs) % HourMs; // floor, also before 1970
    key.tier = run.tier.isEmpty() ? unassignedTier() : run.tier;
    key.provider = run.provider;
    key.model = run.model;
    key.tenant = run.tenant;
    key.source = run.source;
    key.config = run.config;
    key.errorClass = run.errorClass;
    key.simulated = run.simulated;
    const QString hash = hashKey(key);
    auto it = m_deltas.find(hash);
    if (it == m_deltas.end()) {
        it = m_deltas.insert(hash, Delta{});
        it->key = std::move(key);
        it->firstMs = at;
        it->lastMs = at;
    }
    Delta &d = *it;
    ++d.calls;
    d.firstMs = qMin(d.firstMs, at);
    d.lastMs = qMax(d.lastMs, at);
    if (run.inputTokens) {
        d.inputTokens += *run.inputTokens;
        ++d.inputCalls;
    }
    if (run.outputTokens) {
        d.outputTokens += *run.outputTokens;
        ++d.outputCalls;
    }
    if (const std::optional<qint64> pico = costPico(run)) {
        d.costPico += *pico;
        ++d.costedCalls;
    }
    if (!run.errorClass.isEmpty())
        return;
    if (run.totalMs && *run.totalMs >= 0) {
        d.latency.add(double(*run.totalMs));
        d.latencyMinMs = d.latencyMinMs ? qMin(*d.latencyMinMs, *run.totalMs) : *run.totalMs;
        d.latencyMaxMs = d.latencyMaxMs ? qMax(*d.latencyMaxMs, *run.totalMs) : *run.totalMs;
        // Generation time: after the first token when it is known (streaming), else the whole call.
        const qint64 gen = run.ttftMs && *run.ttftMs >= 0 && *run.ttftMs < *run.totalMs ? *run.totalMs - *run.ttftMs
                                                                                        : *run.totalMs;
        if (run.outputTokens && gen > 0) {
            d.genOutputTokens += *run.outputTokens;
            d.genMs += gen;
        }
    }
    if (run.ttftMs && *run.ttftMs >= 0) {
        d.ttft.add(double(*run.ttftMs));
        d.ttftMinMs = d.ttftMinMs ? qMin(*d.ttftMinMs, *run.ttftMs) : *run.ttftMs;
        d.ttftMaxMs = d.ttftMaxMs ? qMax(*d.ttftMaxMs, *run.ttftMs) : *run.ttftMs;
    }
}

bool CallRollups::apply(QSqlDatabase &db, QString *error) const
{
    for (const Delta &d : m_deltas) {
        if (!applyOne(db, d, error))
            return false;
    }
    return true;
}

bool CallRollups::applyOne(QSqlDatabase &db, const Delta &d, QString *error) const
{
    QSqlQuery q(db);
    static const QString upsert = upsertSql();
    q.prepare(upsert);
    bindKey(q, d.key);
    for (qint64 v : {d.calls, d.inputTokens, d.inputCalls, d.outputTokens, d.outputCalls, d.costPico, d.costedCalls,
                     d.genOutputTokens, d.genMs})
        q.addBindValue(v);
    q.addBindValue(optInt(d.latencyMinMs));
    q.addBindValue(optInt(d.latencyMaxMs));
    q.addBindValue(optInt(d.ttftMinMs));
    q.addBindValue(optInt(d.ttftMaxMs));
    q.addBindValue(d.firstMs);
    q.addBindValue(d.lastMs);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot update the dashboard rollups: %1").arg(q.lastError().text());
        return false;
    }
    if (d.latency.isEmpty() && d.ttft.isEmpty())
        return true;
    // The upsert holds the row (PostgreSQL: a row lock until commit; SQLite: the write lock),
    // so this read-merge-write cannot interleave with another writer.
    q.prepare(QStringLiteral("SELECT latency_sketch, ttft_sketch FROM call_rollups WHERE ")
              + QLatin1StringView(kKeyWhere));
    bindKey(q, d.key);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("Cannot read the dashboard rollups: %1").arg(q.lastError().text());
        return false;
    }
    LatencySketch latency = LatencySketch::decode(q.value(0).toString().toLatin1()).value_or(LatencySketch());
    LatencySketch ttft = LatencySketch::decode(q.value(1).toString().toLatin1()).value_or(LatencySketch());
    latency.merge(d.latency);
    ttft.merge(d.ttft);
    q.finish();
    q.prepare(QStringLiteral("UPDATE call_rollups SET latency_sketch = ?, ttft_sketch = ? WHERE ")
              + QLatin1StringView(kKeyWhere));
    q.addBindValue(sketchText(latency));
    q.addBindValue(sketchText(ttft));
    bindKey(q, d.key);
    if (q.exec())
        return true;
    if (error)
        *error = tr("Cannot update the dashboard sketches: %1").arg(q.lastError().text());
    return false;
}
