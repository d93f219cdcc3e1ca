#include "budgetmanager.h"

#include <QtGlobal>

namespace {

std::int64_t envTokens(const char *name, std::int64_t fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).trimmed().toLongLong(&ok);
    return ok && v >= 0 ? v : fallback;
}

bool reached(std::int64_t used, std::int64_t limit, int percent)
{
    return limit > 0 && __int128(used) * 100 >= __int128(limit) * percent;
}

bool reached(Decimal used, Decimal limit, int percent)
{
    return limit > Decimal() && used * 100 >= limit * percent;
}

} // namespace

BudgetManager::BudgetManager(BudgetLedger &ledger, Clock clock)
    : m_ledger(ledger)
    , m_clock(std::move(clock))
    , m_defaults(limitsFromEnvironment())
{
}

BudgetLimits BudgetManager::limitsFromEnvironment()
{
    BudgetLimits l;
    l.dailyTokens = envTokens("TOKEN_BUDGET_DAILY", 1000000);
    l.monthlyTokens = envTokens("TOKEN_BUDGET_MONTHLY", 20000000);
    return l;
}

QDateTime BudgetManager::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QString BudgetManager::periodKey(BudgetPeriod period, const QDateTime &when)
{
    const QDate d = when.toUTC().date();
    return period == BudgetPeriod::Day ? QStringLiteral("day:") + d.toString(Qt::ISODate)
                                       : QStringLiteral("month:") + d.toString(QStringLiteral("yyyy-MM"));
}

PeriodUsage BudgetManager::usage(const QString &tenant, BudgetPeriod period) const
{
    return m_ledger.load(tenant, periodKey(period, now())).value_or(PeriodUsage{});
}

BudgetCheck BudgetManager::check(const QString &tenant, std::int64_t estimatedTokens,
                                 const std::optional<Decimal> &estimatedCost) const
{
    const BudgetLimits limits = limitsFor(tenant);
    const QDateTime t = now();
    for (BudgetPeriod period : {BudgetPeriod::Day, BudgetPeriod::Month}) {
        const bool day = period == BudgetPeriod::Day;
        const auto tokenLimit = day ? limits.dailyTokens : limits.monthlyTokens;
        const auto dollarLimit = day ? limits.dailyDollars : limits.monthlyDollars;
        if (!tokenLimit && !dollarLimit)
            continue;
        const PeriodUsage u = m_ledger.load(tenant, periodKey(period, t)).value_or(PeriodUsage{});
        const QString which = day ? tr("daily") : tr("monthly");
        if (tokenLimit && u.tokens + estimatedTokens > *tokenLimit)
            return {false, tr("the %1 token budget of tenant '%2' would be exceeded: %3 used + %4 "
                              "estimated > %5")
                               .arg(which, tenant).arg(u.tokens).arg(estimatedTokens).arg(*tokenLimit)};
        const Decimal cost = estimatedCost.value_or(Decimal());
        if (dollarLimit && (u.dollars + cost > *dollarLimit || u.dollars >= *dollarLimit))
            return {false, tr("the %1 dollar budget of tenant '%2' would be exceeded: $%3 used + $%4 "
                              "estimated > $%5")
                               .arg(which, tenant, u.dollars.toString(), cost.toString(),
                                    dollarLimit->toString())};
    }
    return {};
}

void BudgetManager::collectAlerts(const QString &tenant, BudgetPeriod period, const QString &key,
                                  PeriodUsage &u, QList<BudgetAlert> &alerts) const
{
    const BudgetLimits limits = limitsFor(tenant);
    const bool day = period == BudgetPeriod::Day;
    const auto tokenLimit = day ? limits.dailyTokens : limits.monthlyTokens;
    const auto dollarLimit = day ? limits.dailyDollars : limits.monthlyDollars;
    for (int percent : {80, 95}) {
        BudgetAlert a;
        a.tenant = tenant;
        a.period = period;
        a.periodKey = key;
        a.thresholdPercent = percent;
        if (tokenLimit && reached(u.tokens, *tokenLimit, percent)) {
            a.metric = BudgetAlert::Metric::Tokens;
            a.used = QString::number(u.tokens);
            a.limit = QString::number(*tokenLimit);
            if (!(u.alertsRaised & a.bit())) {
                u.alertsRaised |= a.bit();
                alerts.append(a);
            }
        }
        if (dollarLimit && reached(u.dollars, *dollarLimit, percent)) {
            a.metric = BudgetAlert::Metric::Dollars;
            a.used = u.dollars.toString();
            a.limit = dollarLimit->toString();
            if (!(u.alertsRaised & a.bit())) {
                u.alertsRaised |= a.bit();
                alerts.append(a);
            }
        }
    }
}

QList<BudgetAlert> BudgetManager::record(const QString &tenant, RouteClass routeClass,
                                         std::int64_t inputTokens, std::int64_t outputTokens,
                                         const std::optional<Decimal> &cost)
{
    QList<BudgetAlert> alerts;
    const QDateTime t = now();
    for (BudgetPeriod period : {BudgetPeriod::Day, BudgetPeriod::Month}) {
        const QString key = periodKey(period, t);
        PeriodUsage u = m_ledger.load(tenant, key).value_or(PeriodUsage{});
        u.tokens += inputTokens + outputTokens;
        if (cost)
            u.dollars += *cost;
        ClassUsage &c = u.byClass[RouteClasses::index(routeClass)];
        c.inputTokens += inputTokens;
        c.outputTokens += outputTokens;
        QList<BudgetAlert> raised;
        collectAlerts(tenant, period, key, u, raised);
        if (m_ledger.save(tenant, key, u))
            alerts += raised;
    }
    if (m_alertHandler)
        for (const BudgetAlert &a : alerts)
            m_alertHandler(a);
    return alerts;
}

SavingsReport BudgetManager::savingsReport(const QString &tenant, BudgetPeriod period) const
{
    return Savings::compute(usage(tenant, period).byClass, m_prices, m_weights);
}
