#include "callrollups.h"

#include "sqlliteral_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace {

const char kKeyColumns[] = "bucket_ms, tier, provider, model, tenant, source, config, error_class, simulated";

QString hashKey(const CallRollups::Key &k)
{
    const QChar sep(0x1f);
    return QString::number(k.bucketMs) + sep + k.tier + sep + k.provider + sep + k.model + sep + k.tenant + sep
           + k.source + sep + k.config + sep + k.errorClass + sep + (k.simulated ? u'1' : u'0');
}

/// The merged sketch text, or NULL when neither side has values.
QString merged(const QString &storedText, const LatencySketch &added)
{
    if (added.isEmpty())
        return {}; // NULL: the upsert keeps what is stored
    LatencySketch sketch = LatencySketch::decode(storedText.toLatin1()).value_or(LatencySketch());
    sketch.merge(added);
    return QString::fromLatin1(sketch.encode());
}

void appendDelta(QString &sql, const SqlLiterals &lit, const CallRollups::Delta &d,
                 const std::pair<QString, QString> &stored)
{
    const CallRollups::Key &k = d.key;
    sql += u'(';
    SqlLiterals::integer(sql, k.bucketMs);
    for (const QString *s : {&k.tier, &k.provider, &k.model, &k.tenant, &k.source, &k.config, &k.errorClass}) {
        sql += u',';
        lit.textNotNull(sql, *s); // NOT NULL key columns: empty, never NULL
    }
    sql += k.simulated ? QLatin1StringView(",1") : QLatin1StringView(",0");
    for (qint64 v : {d.calls, d.inputTokens, d.inputCalls, d.outputTokens, d.outputCalls, d.costPico, d.costedCalls,
                     d.genOutputTokens, d.genMs}) {
        sql += u',';
        SqlLiterals::integer(sql, v);
    }
    for (const std::optional<qint64> *v : {&d.latencyMinMs, &d.latencyMaxMs, &d.ttftMinMs, &d.ttftMaxMs}) {
        sql += u',';
        SqlLiterals::integer(sql, *v);
    }
    sql += u',';
    SqlLiterals::integer(sql, d.firstMs);
    sql += u',';
    SqlLiterals::integer(sql, d.lastMs);
    sql += u',';
    lit.text(sql, merged(stored.first, d.latency));
    sql += u',';
    lit.text(sql, merged(stored.second, d.ttft));
    sql += u')';
}

QString upsertHead(const QString &table)
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + QLatin1StringView(kKeyColumns)
           + QStringLiteral(", calls, input_tokens, input_calls, output_tokens, output_calls, cost_pico,"
                            " costed_calls, gen_output_tokens, gen_ms, latency_min_ms, latency_max_ms,"
                            " ttft_min_ms, ttft_max_ms, first_ms, last_ms, latency_sketch, ttft_sketch) VALUES ");
}

QString upsertTail(const QString &table)
{
    const QString stored = table + u'.';
    QStringList sets;
    for (const char *c : {"calls", "input_tokens", "input_calls", "output_tokens", "output_calls", "cost_pico",
                          "costed_calls", "gen_output_tokens", "gen_ms"}) {
        const QString col = QLatin1StringView(c);
        sets.append(col + QStringLiteral(" = ") + stored + col + QStringLiteral(" + excluded.") + col);
    }
    // Portable min/max of two nullable values (no LEAST/GREATEST in SQLite, no min(a,b) in PostgreSQL).
    auto pick = [&stored](const char *column, const char *op, bool nullable) -> QString {
        const QString c = QLatin1StringView(column);
        return c + QStringLiteral(" = CASE WHEN ") + (nullable ? stored + c + QStringLiteral(" IS NULL OR ") : QString())
               + QStringLiteral("excluded.") + c + u' ' + QLatin1StringView(op) + u' ' + stored + c
               + QStringLiteral(" THEN excluded.") + c + QStringLiteral(" ELSE ") + stored + c + QStringLiteral(" END");
    };
    sets.append(pick("latency_min_ms", "<", true));
    sets.append(pick("latency_max_ms", ">", true));
    sets.append(pick("ttft_min_ms", "<", true));
    sets.append(pick("ttft_max_ms", ">", true));
    sets.append(pick("first_ms", "<", false));
    sets.append(pick("last_ms", ">", false));
    // A new sketch is the stored one merged with the new values; NULL means no new values.
    for (const char *c : {"latency_sketch", "ttft_sketch"}) {
        const QString col = QLatin1StringView(c);
        sets.append(col + QStringLiteral(" = CASE WHEN excluded.") + col + QStringLiteral(" IS NULL THEN ") + stored
                    + col + QStringLiteral(" ELSE excluded.") + col + QStringLiteral(" END"));
    }
    return QStringLiteral(" ON CONFLICT (") + QLatin1StringView(kKeyColumns) + QStringLiteral(") DO UPDATE SET ")
           + sets.join(QStringLiteral(", "));
}

} // namespace

std::optional<qint64> CallRollups::costPico(const RunRecord &run)
{
    if (!run.cost || run.cost->raw() > std::numeric_limits<qint64>::max()
        || run.cost->raw() < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(run.cost->raw()); // Decimal units are 1e-12 USD
}

QString CallRollups::table(Level level)
{
    return level == Level::Hour ? QStringLiteral("call_rollups") : QStringLiteral("call_rollups_day");
}

qint64 CallRollups::bucketOf(qint64 ms, Level level)
{
    const qint64 step = level == Level::Hour ? HourMs : DayMs;
    return ms - (ms % step + step) % step; // floor, also before 1970
}

void CallRollups::add(const RunRecord &run)
{
    const qint64 at = run.createdAt.toMSecsSinceEpoch();
    Key key;
    key.tier = run.tier.isEmpty() ? unassignedTier() : run.tier;
    key.provider = run.provider;
    key.model = run.model;
    key.tenant = run.tenant;
    key.source = run.source;
    key.config = run.config;
    key.errorClass = run.errorClass;
    key.simulated = run.simulated;
    for (Level level : {Level::Hour, Level::Day}) {
        key.bucketMs = bucketOf(at, level);
        QHash<QString, Delta> &deltas = m_deltas[int(level)];
        const QString hash = hashKey(key);
        auto it = deltas.find(hash);
        if (it == deltas.end()) {
            it = deltas.insert(hash, Delta{});
            it->key = key;
            it->firstMs = at;
            it->lastMs = at;
        }
        accumulate(*it, run, at);
    }
}

void CallRollups::accumulate(Delta &d, const RunRecord &run, qint64 at)
{
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
    if (isEmpty())
        return true;
    // Sketches are read, merged here and written back, so two writers must not interleave.
    // SQLite: the caller's transaction already holds the write lock (its runs insert came
    // first). PostgreSQL: a transaction-scoped advisory lock serialises the rollup writers.
    QSqlQuery q(db);
    if (db.driverName() == u"QPSQL" && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7261011)"))) {
        if (error)
            *error = tr("Cannot update the dashboard rollups (lock): %1").arg(q.lastError().text());
        return false;
    }
    return applyLevel(db, Level::Hour, error) && applyLevel(db, Level::Day, error);
}

bool CallRollups::applyLevel(QSqlDatabase &db, Level level, QString *error) const
{
    const QHash<QString, Delta> &deltas = m_deltas[int(level)];
    const QString name = table(level);
    const SqlLiterals lit(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto fail = [&](const char *what) {
        if (error)
            *error = tr("Cannot update the dashboard rollups (%1 %2): %3")
                         .arg(name, QLatin1StringView(what), q.lastError().text());
        return false;
    };

    // The stored sketches of the buckets that get new ones.
    QList<qint64> buckets;
    for (const Delta &d : deltas) {
        if ((!d.latency.isEmpty() || !d.ttft.isEmpty()) && !buckets.contains(d.key.bucketMs))
            buckets.append(d.key.bucketMs);
    }
    QHash<QString, std::pair<QString, QString>> stored;
    for (qsizetype start = 0; start < buckets.size(); start += 500) {
        QString sql = QStringLiteral("SELECT ") + QLatin1StringView(kKeyColumns)
                      + QStringLiteral(", latency_sketch, ttft_sketch FROM ") + name + QStringLiteral(" WHERE bucket_ms IN (");
        for (qsizetype i = start; i < qMin(start + 500, buckets.size()); ++i) {
            if (i > start)
                sql += u',';
            SqlLiterals::integer(sql, buckets[i]);
        }
        sql += QStringLiteral(") AND (latency_sketch IS NOT NULL OR ttft_sketch IS NOT NULL)");
        if (!q.exec(sql))
            return fail("read");
        while (q.next()) {
            Key k;
            k.bucketMs = q.value(0).toLongLong();
            k.tier = q.value(1).toString();
            k.provider = q.value(2).toString();
            k.model = q.value(3).toString();
            k.tenant = q.value(4).toString();
            k.source = q.value(5).toString();
            k.config = q.value(6).toString();
            k.errorClass = q.value(7).toString();
            k.simulated = q.value(8).toInt() != 0;
            stored.insert(hashKey(k), {q.value(9).toString(), q.value(10).toString()});
        }
    }

    const QString head = upsertHead(name);
    const QString tail = upsertTail(name);
    QString sql;
    qsizetype rows = 0;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        sql += rows == 0 ? head : QStringLiteral(",");
        appendDelta(sql, lit, *it, stored.value(it.key()));
        if (++rows == 200 || std::next(it) == deltas.cend()) {
            sql += tail;
            if (!q.exec(sql))
                return fail("write");
            sql.clear();
            rows = 0;
        }
    }
    return true;
}
