#include "budgetmanager.h"

#include "money/int128.h"

#include <QTimeZone>
#include <QtGlobal>

#include <algorithm>

namespace {

std::int64_t envTokens(const char *name, std::int64_t fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).trimmed().toLongLong(&ok);
    return ok && v >= 0 ? v : fallback;
}

bool reached(std::int64_t used, std::int64_t limit, int percent)
{
    return limit > 0 && WideInt::Int128(used) * 100 >= WideInt::Int128(limit) * percent;
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

QDateTime BudgetManager::periodEnd(BudgetPeriod period, const QDateTime &when)
{
    const QDate d = when.toUTC().date();
    const QDate next = period == BudgetPeriod::Day ? d.addDays(1) : QDate(d.year(), d.month(), 1).addMonths(1);
    return QDateTime(next, QTime(0, 0), Qt::UTC);
}

QString BudgetManager::describe(const BudgetAlert &a)
{
    const bool dollars = a.metric == BudgetAlert::Metric::Dollars;
    const bool day = a.period == BudgetPeriod::Day;
    const QString which = day ? (dollars ? tr("daily dollar") : tr("daily token"))
                              : (dollars ? tr("monthly dollar") : tr("monthly token"));
    const QString unit = dollars ? QStringLiteral("$") : QString();
    return tr("Tenant '%1' has used %2% of its %3 budget (%4%5 of %4%6, %7).")
        .arg(a.tenant)
        .arg(a.thresholdPercent)
        .arg(which, unit, a.used, a.limit, a.periodKey);
}

BudgetCheck BudgetManager::refusal(const QString &tenant, BudgetPeriod period, BudgetAlert::Metric metric,
                                   const QString &used, const QString &limit, const QString &remaining,
                                   const QString &needed, const QDateTime &at) const
{
    BudgetCheck c;
    c.allowed = false;
    c.period = period;
    c.metric = metric;
    c.used = used;
    c.limit = limit;
    c.remaining = remaining;
    c.resetsAt = periodEnd(period, at);
    const bool day = period == BudgetPeriod::Day;
    const bool dollars = metric == BudgetAlert::Metric::Dollars;
    const QString which = day ? (dollars ? tr("daily dollar") : tr("daily token"))
                              : (dollars ? tr("monthly dollar") : tr("monthly token"));
    const QString unit = dollars ? QStringLiteral("$") : QString();
    c.reason = tr("The %1 budget of tenant '%2' is too small for this call: %3%4 of %3%5 used, %3%6 left, "
                  "the call needs about %3%7. It resets at %8 UTC; raise the limit in the router policy "
                  "or wait.")
                   .arg(which, tenant, unit, used, limit, remaining, needed,
                        c.resetsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return c;
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
        if (const QString error = m_ledger.lastError(); !error.isEmpty()) { // fail closed
            BudgetCheck c;
            c.allowed = false;
            c.period = period;
            c.resetsAt = periodEnd(period, t);
            c.reason = tr("The budget of tenant '%1' cannot be read, so the call is refused: %2 "
                          "Check that the database is reachable, then try again.").arg(tenant, error);
            return c;
        }
        if (tokenLimit && u.tokens + estimatedTokens > *tokenLimit)
            return refusal(tenant, period, BudgetAlert::Metric::Tokens, QString::number(u.tokens),
                           QString::number(*tokenLimit), QString::number(std::max<std::int64_t>(0, *tokenLimit - u.tokens)),
                           QString::number(estimatedTokens), t);
        const Decimal cost = estimatedCost.value_or(Decimal());
        if (dollarLimit && (u.dollars + cost > *dollarLimit || u.dollars >= *dollarLimit)) {
            const Decimal left = *dollarLimit - u.dollars;
            return refusal(tenant, period, BudgetAlert::Metric::Dollars, u.dollars.toString(),
                           dollarLimit->toString(), (left.isNegative() ? Decimal() : left).toString(),
                           cost.toString(), t);
        }
    }
    return {};
}

QList<BudgetAlert> BudgetManager::crossedAlerts(const QString &tenant, BudgetPeriod period, const QString &key,
                                                const PeriodUsage &u) const
{
    QList<BudgetAlert> alerts;
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
            if (!(u.alertsRaised & a.bit()))
                alerts.append(a);
        }
        if (dollarLimit && reached(u.dollars, *dollarLimit, percent)) {
            a.metric = BudgetAlert::Metric::Dollars;
            a.used = u.dollars.toString();
            a.limit = dollarLimit->toString();
            if (!(u.alertsRaised & a.bit()))
                alerts.append(a);
        }
    }
    return alerts;
}

QList<BudgetAlert> BudgetManager::recordIn(BudgetLedger &ledger, const QString &tenant,
                                           const UsageDelta &delta) const
{
    QList<BudgetAlert> alerts;
    const QDateTime t = now();
    for (BudgetPeriod period : {BudgetPeriod::Day, BudgetPeriod::Month}) {
        const QString key = periodKey(period, t);
        const std::optional<PeriodUsage> after = ledger.add(tenant, key, delta);
        if (!after)
            continue;
        for (const BudgetAlert &a : crossedAlerts(tenant, period, key, *after)) {
            if (ledger.claimAlert(tenant, key, a.bit())) // another process may have raised it
                alerts.append(a);
        }
    }
    return alerts;
}

void BudgetManager::notify(const QList<BudgetAlert> &alerts) const
{
    if (m_alertHandler)
        for (const BudgetAlert &a : alerts)
            m_alertHandler(a);
}

QList<BudgetAlert> BudgetManager::record(const QString &tenant, RouteClass routeClass,
                                         std::int64_t inputTokens, std::int64_t outputTokens,
                                         const std::optional<Decimal> &cost)
{
    const QList<BudgetAlert> alerts =
        recordIn(m_ledger, tenant, {inputTokens, outputTokens, cost.value_or(Decimal()), routeClass});
    notify(alerts);
    return alerts;
}

SavingsReport BudgetManager::savingsReport(const QString &tenant, BudgetPeriod period) const
{
    return Savings::compute(usage(tenant, period).byClass, m_prices, m_weights);
}
