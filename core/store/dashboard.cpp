#include "dashboard.h"

#include "callrollups.h"
#include "latencysketch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <set>

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kWeekMs = 7 * kDayMs;
constexpr qint64 kMondayShiftMs = 3 * kDayMs; // 1970-01-01 was a Thursday; 1969-12-29 a Monday

QString column(DashboardDimension d)
{
    switch (d) {
    case DashboardDimension::Tier: return QStringLiteral("tier");
    case DashboardDimension::Model: return QStringLiteral("model");
    case DashboardDimension::Provider: return QStringLiteral("provider");
    case DashboardDimension::Tenant: return QStringLiteral("tenant");
    case DashboardDimension::ErrorClass: return QStringLiteral("error_class");
    case DashboardDimension::Source: return QStringLiteral("source");
    case DashboardDimension::Config: return QStringLiteral("config");
    }
    return {};
}

QString bucketExpression(std::optional<DashboardBucket> bucket)
{
    if (!bucket)
        return {};
    switch (*bucket) {
    case DashboardBucket::Hour: return QStringLiteral("bucket_ms");
    case DashboardBucket::Day: return QStringLiteral("(bucket_ms / 86400000) * 86400000");
    case DashboardBucket::Week: return QStringLiteral("((bucket_ms + 259200000) / 604800000) * 604800000 - 259200000");
    }
    return {};
}

qint64 floorTo(qint64 ms, qint64 step)
{
    return ms - ((ms % step) + step) % step;
}

/// WHERE clause and its bind values, in order.
struct Where
{
    QString sql;
    QVariantList binds;
};

bool dayAligned(const QDateTime &t)
{
    return !t.isValid() || t.toMSecsSinceEpoch() % kDayMs == 0;
}

/// Day rows when they give the same answer (no hour buckets, bounds on midnight UTC), else hour rows.
CallRollups::Level levelFor(const DashboardFilter &f, std::optional<DashboardBucket> bucket)
{
    const bool coarse = !bucket || *bucket != DashboardBucket::Hour;
    return coarse && dayAligned(f.from) && dayAligned(f.to) ? CallRollups::Level::Day : CallRollups::Level::Hour;
}

Where whereOf(const DashboardFilter &f)
{
    Where w;
    QStringList parts;
    if (f.from.isValid()) {
        parts.append(QStringLiteral("bucket_ms >= ?"));
        w.binds.append(floorTo(f.from.toMSecsSinceEpoch(), CallRollups::HourMs));
    }
    if (f.to.isValid()) {
        parts.append(QStringLiteral("bucket_ms < ?"));
        w.binds.append(f.to.toMSecsSinceEpoch());
    }
    const std::pair<const QStringList *, const char *> lists[] = {
        {&f.tenants, "tenant"}, {&f.configs, "config"}, {&f.providers, "provider"},
        {&f.models, "model"},   {&f.sources, "source"}, {&f.tiers, "tier"},
    };
    for (const auto &[values, name] : lists) {
        if (values->isEmpty())
            continue;
        QStringList marks;
        for (const QString &v : *values) {
            marks.append(QStringLiteral("?"));
            w.binds.append(v.isNull() ? QStringLiteral("") : v);
        }
        parts.append(QLatin1StringView(name) + QStringLiteral(" IN (") + marks.join(u',') + u')');
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

QStringList groupColumns(const QList<DashboardDimension> &groupBy, std::optional<DashboardBucket> bucket)
{
    QStringList cols;
    for (DashboardDimension d : groupBy)
        cols.append(column(d));
    if (bucket)
        cols.append(bucketExpression(bucket));
    return cols;
}

/// The sketches of a group's hour rows, as the database concatenated them ("a,b,c").
LatencySketch mergedSketches(const QVariant &v)
{
    LatencySketch sketch;
    if (v.isNull())
        return sketch;
    const QString text = v.toString();
    QStringView rest(text);
    while (!rest.isEmpty()) {
        const qsizetype comma = rest.indexOf(u',');
        sketch.mergeEncoded(comma < 0 ? rest : rest.left(comma)); // an unreadable piece adds nothing
        rest = comma < 0 ? QStringView() : rest.mid(comma + 1);
    }
    return sketch;
}

std::optional<double> optDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

/// A sketched value kept inside the exact [min, max] of its values: the true quantile is in
/// there, so this only moves it closer (and makes one-value groups exact).
std::optional<double> clamped(std::optional<double> v, std::optional<double> min, std::optional<double> max)
{
    if (v && min && *v < *min)
        v = min;
    if (v && max && *v > *max)
        v = max;
    return v;
}

Percentiles percentilesOf(const LatencySketch &s, std::optional<double> min, std::optional<double> max)
{
    return {clamped(s.quantile(0.50), min, max), clamped(s.quantile(0.95), min, max),
            clamped(s.quantile(0.99), min, max)};
}

/// SUM(bigint) as an exact Decimal of 1e-12 units: "123" -> 123 pico-dollars, on both databases.
Decimal picoSum(const QVariant &v)
{
    if (v.isNull())
        return {};
    const std::optional<Decimal> d = Decimal::parse(QString(v.toString() + QStringLiteral("e-12")));
    return d.value_or(Decimal());
}

bool runQuery(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = DashboardQueries::tr("Dashboard query failed: %1").arg(q.lastError().text());
        return false;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    if (error)
        *error = DashboardQueries::tr("Dashboard query failed: %1").arg(q.lastError().text());
    return false;
}

} // namespace

DashboardQueries::DashboardQueries(Database db)
    : m_database(std::move(db))
{
}

QDateTime DashboardQueries::bucketStart(const QDateTime &time, DashboardBucket bucket)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 start = 0;
    switch (bucket) {
    case DashboardBucket::Hour: start = floorTo(ms, CallRollups::HourMs); break;
    case DashboardBucket::Day: start = floorTo(ms, kDayMs); break;
    case DashboardBucket::Week: start = floorTo(ms + kMondayShiftMs, kWeekMs) - kMondayShiftMs; break;
    }
    return QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
}

QString DashboardQueries::dimensionName(DashboardDimension d)
{
    switch (d) {
    case DashboardDimension::Tier: return QStringLiteral("tier");
    case DashboardDimension::Model: return QStringLiteral("model");
    case DashboardDimension::Provider: return QStringLiteral("provider");
    case DashboardDimension::Tenant: return QStringLiteral("tenant");
    case DashboardDimension::ErrorClass: return QStringLiteral("errorClass");
    case DashboardDimension::Source: return QStringLiteral("source");
    case DashboardDimension::Config: return QStringLiteral("config");
    }
    return {};
}

std::optional<DashboardDimension> DashboardQueries::dimensionFromName(QStringView name)
{
    for (DashboardDimension d : {DashboardDimension::Tier, DashboardDimension::Model, DashboardDimension::Provider,
                                 DashboardDimension::Tenant, DashboardDimension::ErrorClass,
                                 DashboardDimension::Source, DashboardDimension::Config}) {
        if (name.compare(dimensionName(d), Qt::CaseInsensitive) == 0)
            return d;
    }
    if (name == u"error-class" || name == u"error_class")
        return DashboardDimension::ErrorClass;
    return std::nullopt;
}

QString DashboardQueries::aggregateSql(const DashboardFilter &filter, const QList<DashboardDimension> &groupBy,
                                       std::optional<DashboardBucket> bucket, Database::Kind kind)
{
    const QStringList cols = groupColumns(groupBy, bucket);
    // The hour rows' sketches come back concatenated per group (NULLs skipped), so one
    // row per output group crosses into C++, which merges them.
    const QString concat = kind == Database::Kind::Postgres ? QStringLiteral("string_agg") : QStringLiteral("group_concat");
    QString sql = QStringLiteral("SELECT ");
    for (const QString &c : cols)
        sql += c + QStringLiteral(", ");
    sql += QStringLiteral(
        "CAST(SUM(calls) AS BIGINT), CAST(SUM(CASE WHEN error_class <> '' THEN calls ELSE 0 END) AS BIGINT),"
        " CAST(SUM(CASE WHEN simulated <> 0 THEN calls ELSE 0 END) AS BIGINT),"
        " CAST(SUM(input_tokens) AS BIGINT), CAST(SUM(input_calls) AS BIGINT),"
        " CAST(SUM(output_tokens) AS BIGINT), CAST(SUM(output_calls) AS BIGINT),"
        " CAST(SUM(cost_pico) AS TEXT), CAST(SUM(costed_calls) AS BIGINT),"
        " CAST(SUM(gen_output_tokens) AS BIGINT), CAST(SUM(gen_ms) AS BIGINT),"
        " MIN(latency_min_ms), MAX(latency_max_ms), MIN(ttft_min_ms), MAX(ttft_max_ms), ")
        + concat + QStringLiteral("(latency_sketch, ','), ") + concat + QStringLiteral("(ttft_sketch, ',') FROM ")
        + CallRollups::table(levelFor(filter, bucket));
    sql += whereOf(filter).sql;
    if (!cols.isEmpty())
        sql += QStringLiteral(" GROUP BY ") + cols.join(QStringLiteral(", "));
    return sql;
}

QList<DashboardGroup> DashboardQueries::aggregate(const DashboardFilter &filter,
                                                  const QList<DashboardDimension> &groupBy,
                                                  std::optional<DashboardBucket> bucket, QString *error)
{
    QList<DashboardGroup> groups;
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return groups;
    const int dims = int(groupBy.size());
    const int keyColumns = dims + (bucket ? 1 : 0);
    QSqlQuery q(db);
    if (!runQuery(q, aggregateSql(filter, groupBy, bucket, m_database.kind()), whereOf(filter).binds, error))
        return groups;
    while (q.next()) {
        if (q.value(keyColumns).toLongLong() == 0)
            continue; // SUM over no rows: the empty total
        DashboardGroup g;
        for (int i = 0; i < dims; ++i)
            g.key.insert(groupBy[i], q.value(i).toString());
        if (bucket)
            g.bucket = QDateTime::fromMSecsSinceEpoch(q.value(dims).toLongLong(), Qt::UTC);
        int c = keyColumns;
        g.calls = q.value(c++).toLongLong();
        g.errors = q.value(c++).toLongLong();
        g.simulatedCalls = q.value(c++).toLongLong();
        const qint64 input = q.value(c++).toLongLong();
        if (q.value(c++).toLongLong() > 0)
            g.inputTokens = input;
        const qint64 output = q.value(c++).toLongLong();
        if (q.value(c++).toLongLong() > 0)
            g.outputTokens = output;
        g.cost = picoSum(q.value(c++));
        g.costedCalls = q.value(c++).toLongLong();
        const qint64 genTokens = q.value(c++).toLongLong();
        const qint64 genMs = q.value(c++).toLongLong();
        if (genMs > 0)
            g.tokensPerSecond = double(genTokens) * 1000.0 / double(genMs);
        const std::optional<double> latencyMin = optDouble(q.value(c++));
        const std::optional<double> latencyMax = optDouble(q.value(c++));
        const std::optional<double> ttftMin = optDouble(q.value(c++));
        const std::optional<double> ttftMax = optDouble(q.value(c++));
        const LatencySketch latency = mergedSketches(q.value(c++));
        const LatencySketch ttft = mergedSketches(q.value(c++));
        g.latencyMs = percentilesOf(latency, latencyMin, latencyMax);
        g.ttftMs = percentilesOf(ttft, ttftMin, ttftMax);
        g.latencyBox = {latencyMin, clamped(latency.quantile(0.25), latencyMin, latencyMax),
                        clamped(latency.quantile(0.5), latencyMin, latencyMax),
                        clamped(latency.quantile(0.75), latencyMin, latencyMax), latencyMax};
        groups.append(g);
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const DashboardGroup &a, const DashboardGroup &b) {
        if (a.bucket != b.bucket)
            return a.bucket < b.bucket;
        for (DashboardDimension d : groupBy) {
            const int c = QString::compare(a.key.value(d), b.key.value(d));
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    return groups;
}

DashboardOptions DashboardQueries::options(const DashboardFilter &filter, QString *error)
{
    DashboardOptions out;
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return out;
    const Where where = whereOf(filter);
    QSqlQuery q(db);
    if (!runQuery(q,
                  QStringLiteral("SELECT tenant, config, provider, model, source, tier, MIN(first_ms), MAX(last_ms),"
                                 " CAST(SUM(calls) AS BIGINT) FROM ")
                      + CallRollups::table(levelFor(filter, std::nullopt))
                      + where.sql + QStringLiteral(" GROUP BY tenant, config, provider, model, source, tier"),
                  where.binds, error))
        return out;
    std::set<QString> sets[6];
    std::optional<qint64> first, last;
    while (q.next()) {
        for (int i = 0; i < 6; ++i)
            sets[i].insert(q.value(i).toString());
        const qint64 f = q.value(6).toLongLong();
        const qint64 l = q.value(7).toLongLong();
        first = first ? qMin(*first, f) : f;
        last = last ? qMax(*last, l) : l;
        out.calls += q.value(8).toLongLong();
    }
    QStringList *lists[] = {&out.tenants, &out.configs, &out.providers, &out.models, &out.sources, &out.tiers};
    for (int i = 0; i < 6; ++i)
        *lists[i] = QStringList(sets[i].begin(), sets[i].end());
    if (first)
        out.first = QDateTime::fromMSecsSinceEpoch(*first, Qt::UTC);
    if (last)
        out.last = QDateTime::fromMSecsSinceEpoch(*last, Qt::UTC);
    return out;
}
