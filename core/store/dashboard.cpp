#include "dashboard.h"

#include "callrollups.h"
#include "latencysketch.h"

#include <QHash>
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

QString groupId(const QSqlQuery &q, int columns)
{
    QString id;
    for (int i = 0; i < columns; ++i) {
        id += q.value(i).toString();
        id += QChar(0x1f);
    }
    return id;
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

QString DashboardQueries::sumsSql(const DashboardFilter &filter, const QList<DashboardDimension> &groupBy,
                                  std::optional<DashboardBucket> bucket)
{
    const QStringList cols = groupColumns(groupBy, bucket);
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
        " MIN(latency_min_ms), MAX(latency_max_ms), MIN(ttft_min_ms), MAX(ttft_max_ms) FROM call_rollups");
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
    const Where where = whereOf(filter);
    const QStringList cols = groupColumns(groupBy, bucket);
    const int keyColumns = int(cols.size());
    const int dims = int(groupBy.size());

    QHash<QString, qsizetype> index;
    QList<std::pair<std::optional<double>, std::optional<double>>> ttftRange; // exact min, max
    QSqlQuery q(db);
    if (!runQuery(q, sumsSql(filter, groupBy, bucket), where.binds, error))
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
        g.latencyBox.min = optDouble(q.value(c++));
        g.latencyBox.max = optDouble(q.value(c++));
        ttftRange.append({optDouble(q.value(c)), optDouble(q.value(c + 1))});
        index.insert(groupId(q, keyColumns), groups.size());
        groups.append(g);
    }
    q.finish();

    // The sketches of the same hour rows, merged per output group.
    QString sketchSql = QStringLiteral("SELECT ");
    for (const QString &col : cols)
        sketchSql += col + QStringLiteral(", ");
    sketchSql += QStringLiteral("latency_sketch, ttft_sketch FROM call_rollups") + where.sql
                 + (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
                 + QStringLiteral("(latency_sketch IS NOT NULL OR ttft_sketch IS NOT NULL)");
    if (!runQuery(q, sketchSql, where.binds, error))
        return {};
    QList<LatencySketch> latency(groups.size());
    QList<LatencySketch> ttft(groups.size());
    while (q.next()) {
        const qsizetype i = index.value(groupId(q, keyColumns), -1);
        if (i < 0)
            continue;
        for (int k = 0; k < 2; ++k) {
            const QVariant v = q.value(keyColumns + k);
            if (v.isNull())
                continue;
            if (const std::optional<LatencySketch> s = LatencySketch::decode(v.toString().toLatin1()))
                (k == 0 ? latency : ttft)[i].merge(*s);
        }
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        DashboardGroup &g = groups[i];
        const auto [latencyMin, latencyMax] = std::pair{g.latencyBox.min, g.latencyBox.max};
        g.latencyMs = percentilesOf(latency[i], latencyMin, latencyMax);
        g.ttftMs = percentilesOf(ttft[i], ttftRange[i].first, ttftRange[i].second);
        g.latencyBox.q1 = clamped(latency[i].quantile(0.25), latencyMin, latencyMax);
        g.latencyBox.median = clamped(latency[i].quantile(0.5), latencyMin, latencyMax);
        g.latencyBox.q3 = clamped(latency[i].quantile(0.75), latencyMin, latencyMax);
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
                                 " CAST(SUM(calls) AS BIGINT) FROM call_rollups")
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
