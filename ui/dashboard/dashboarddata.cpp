#include "dashboarddata.h"

#include "money/cost.h"

DashboardFilter DashboardData::rangeFilter(DashboardRange range, const QDateTime &now)
{
    DashboardFilter filter;
    const QDateTime utc = now.toUTC();
    const QDateTime midnight(utc.date(), QTime(0, 0), Qt::UTC);
    switch (range) {
    case DashboardRange::Day:
        filter.from = DashboardQueries::bucketStart(utc, DashboardBucket::Hour).addSecs(-23 * 3600);
        break;
    case DashboardRange::Week:
        filter.from = midnight.addDays(-6);
        break;
    case DashboardRange::Month:
        filter.from = midnight.addDays(-29);
        break;
    case DashboardRange::Quarter:
        filter.from = midnight.addDays(-89);
        break;
    case DashboardRange::All:
        break;
    }
    return filter;
}

qint64 DashboardData::bucketSeconds(DashboardBucket bucket)
{
    switch (bucket) {
    case DashboardBucket::Hour:
        return 3600;
    case DashboardBucket::Day:
        return 86400;
    case DashboardBucket::Week:
        return 7 * 86400;
    }
    return 86400;
}

DashboardSnapshot DashboardData::load(const Database &database, const DashboardRequest &request)
{
    DashboardSnapshot s;
    s.generation = request.generation;
    s.bucket = request.bucket;
    s.tierOrder = request.tierOrder;
    DashboardQueries q(database);
    QString error;
    s.all = q.options({}, &error);
    if (!error.isEmpty() || s.all.calls == 0) {
        s.error = error;
        return s;
    }
    const DashboardFilter &f = request.filter;
    using D = DashboardDimension;
    s.totalBuckets = q.aggregate(f, {}, request.bucket, &error);
    for (const DashboardGroup &g : std::as_const(s.totalBuckets))
        s.matching += g.calls;
    if (error.isEmpty())
        s.tierBuckets = q.aggregate(f, {D::Tier}, request.bucket, &error);
    if (error.isEmpty())
        s.modelBuckets = q.aggregate(f, {D::Model}, request.bucket, &error);
    if (error.isEmpty())
        s.tiers = q.aggregate(f, {D::Tier}, std::nullopt, &error);
    if (error.isEmpty())
        s.models = q.aggregate(f, {D::Model}, std::nullopt, &error);
    if (error.isEmpty())
        s.tierErrors = q.aggregate(f, {D::Tier, D::ErrorClass}, std::nullopt, &error);
    const QDateTime now = (request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc()).toUTC();
    s.monthStart = QDateTime(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0), Qt::UTC);
    DashboardFilter month = f;
    month.from = s.monthStart;
    month.to = s.monthStart.addMonths(1);
    if (error.isEmpty())
        s.tenantDays = q.aggregate(month, {D::Tenant}, DashboardBucket::Day, &error);
    s.error = error;
    const QStringList &order = s.tierOrder;
    const auto rank = [&order](const DashboardGroup &g) {
        const qsizetype i = order.indexOf(g.key.value(DashboardDimension::Tier));
        return i < 0 ? order.size() : i;
    };
    const auto byRank = [&rank](const DashboardGroup &a, const DashboardGroup &b) {
        if (a.bucket != b.bucket)
            return a.bucket < b.bucket;
        return rank(a) < rank(b);
    };
    std::stable_sort(s.tierBuckets.begin(), s.tierBuckets.end(), byRank);
    std::stable_sort(s.tiers.begin(), s.tiers.end(), byRank);
    std::stable_sort(s.tierErrors.begin(), s.tierErrors.end(), byRank);
    return s;
}

QStringList DashboardData::ordered(QStringList names, const QStringList &order)
{
    std::stable_sort(names.begin(), names.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ra = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype rb = order.contains(b) ? order.indexOf(b) : order.size();
        return ra != rb ? ra < rb : a < b;
    });
    return names;
}

std::optional<TierEntry> DashboardData::heaviestTier(const TierConfig &config)
{
    std::optional<TierEntry> best;
    for (const TierEntry &t : config.tiers) {
        const TokenPrices p = t.prices();
        if (!p.isKnown())
            continue;
        if (!best) {
            best = t;
            continue;
        }
        const TokenPrices b = best->prices();
        if (*p.outputPerMillion > *b.outputPerMillion
            || (*p.outputPerMillion == *b.outputPerMillion && *p.inputPerMillion > *b.inputPerMillion))
            best = t;
    }
    return best;
}

std::optional<Decimal> DashboardData::baselineCost(const DashboardGroup &group, const TokenPrices &prices)
{
    if (!group.inputTokens && !group.outputTokens)
        return std::nullopt;
    return Cost::estimate(prices, group.inputTokens.value_or(0), group.outputTokens.value_or(0));
}

bool DashboardData::anySimulated(const QList<DashboardGroup> &groups)
{
    return std::any_of(groups.cbegin(), groups.cend(),
                       [](const DashboardGroup &g) { return g.simulatedCalls > 0; });
}
