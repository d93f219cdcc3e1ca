#pragma once

#include "budgetledger.h"
#include "routeclass.h"
#include "savings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

/// Per-tenant limits; an unset limit is unlimited.
struct BudgetLimits
{
    std::optional<std::int64_t> dailyTokens;
    std::optional<std::int64_t> monthlyTokens;
    std::optional<Decimal> dailyDollars;
    std::optional<Decimal> monthlyDollars;
};

enum class BudgetPeriod { Day, Month };

/// Raised when a period's usage crosses 80% or 95% of a limit: once per period and metric.
struct BudgetAlert
{
    enum class Metric { Tokens, Dollars };

    QString tenant;
    BudgetPeriod period = BudgetPeriod::Day;
    QString periodKey; ///< "day:2026-11-22" / "month:2026-11"
    Metric metric = Metric::Tokens;
    int thresholdPercent = 80; ///< 80 or 95
    QString used;  ///< decimal text (tokens or USD)
    QString limit; ///< decimal text (tokens or USD)

    /// The bit of PeriodUsage::alertsRaised that records this alert.
    std::uint32_t bit() const
    {
        return 1u << ((metric == Metric::Dollars ? 2 : 0) + (thresholdPercent >= 95 ? 1 : 0));
    }
};

/// The answer to "may this call go ahead?". When refused, it names the budget that would be
/// exceeded, how much of it is left and when it resets.
struct BudgetCheck
{
    bool allowed = true;
    QString reason; ///< one sentence for the user, when not allowed
    BudgetPeriod period = BudgetPeriod::Day;
    BudgetAlert::Metric metric = BudgetAlert::Metric::Tokens;
    QString used;      ///< decimal text (tokens or USD) of the refused budget
    QString limit;
    QString remaining; ///< limit - used, never negative
    QDateTime resetsAt; ///< UTC start of the next period
};

/// Token and dollar budgets per tenant: check() before a call, record() after it.
/// Periods are UTC days and UTC months, so usage resets at 00:00 UTC and on the 1st.
/// Usage lives in a BudgetLedger; alerts are remembered there too, so they are raised once
/// per period even across restarts (the origin raised them on every call above 80%).
class BudgetManager
{
    Q_DECLARE_TR_FUNCTIONS(BudgetManager)

public:
    using Clock = std::function<QDateTime()>;

    /// `ledger` must outlive the manager. `clock` returns the current time (UTC is used).
    explicit BudgetManager(BudgetLedger &ledger, Clock clock = {});

    /// TOKEN_BUDGET_DAILY (default 1,000,000) and TOKEN_BUDGET_MONTHLY (default 20,000,000),
    /// as in the seed; no dollar limits.
    static BudgetLimits limitsFromEnvironment();

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setDefaultLimits(const BudgetLimits &limits) { m_defaults = limits; }
    /// Forgets every tenant's own limits (a new policy replaces them all).
    void clearTenantLimits() { m_tenantLimits.clear(); }
    void setTenantLimits(const QString &tenant, const BudgetLimits &limits) { m_tenantLimits.insert(tenant, limits); }
    BudgetLimits limitsFor(const QString &tenant) const { return m_tenantLimits.value(tenant, m_defaults); }

    /// Prices per class for the savings report; without all three, cost weights are used.
    void setClassPrices(const PricesByClass &prices) { m_prices = prices; }
    void setCostWeights(const std::array<std::int64_t, 3> &weights) { m_weights = weights; }
    void setAlertHandler(std::function<void(const BudgetAlert &)> handler) { m_alertHandler = std::move(handler); }

    /// Whether a call of `estimatedTokens` (and `estimatedCost`, when known) fits every limit.
    BudgetCheck check(const QString &tenant, std::int64_t estimatedTokens,
                      const std::optional<Decimal> &estimatedCost = std::nullopt) const;
    /// Adds a finished call's usage (atomically, through BudgetLedger::add) and claims the alerts
    /// it crossed; returns the alerts this call raised (also sent to the handler). When the
    /// ledger refuses a period's add, that period raises no alert.
    QList<BudgetAlert> record(const QString &tenant, RouteClass routeClass, std::int64_t inputTokens,
                              std::int64_t outputTokens, const std::optional<Decimal> &cost);
    /// record() on another ledger: the one a store transaction writes through, so the usage is
    /// committed together with the call it belongs to. Does not call the alert handler.
    QList<BudgetAlert> recordIn(BudgetLedger &ledger, const QString &tenant, const UsageDelta &delta) const;
    /// Hands alerts raised elsewhere (recordIn) to the alert handler.
    void notify(const QList<BudgetAlert> &alerts) const;

    PeriodUsage usage(const QString &tenant, BudgetPeriod period) const;
    SavingsReport savingsReport(const QString &tenant, BudgetPeriod period = BudgetPeriod::Month) const;

    /// "day:2026-11-22" or "month:2026-11" for a UTC time.
    static QString periodKey(BudgetPeriod period, const QDateTime &when);
    /// "Tenant 'acme' has used 80% of its daily token budget (800012 of 1000000, day:2026-11-22)."
    static QString describe(const BudgetAlert &alert);
    /// UTC start of the period after the one holding `when`.
    static QDateTime periodEnd(BudgetPeriod period, const QDateTime &when);
    QDateTime currentTime() const { return now(); }

private:
    QDateTime now() const;
    QList<BudgetAlert> crossedAlerts(const QString &tenant, BudgetPeriod period, const QString &key,
                                     const PeriodUsage &usage) const;
    BudgetCheck refusal(const QString &tenant, BudgetPeriod period, BudgetAlert::Metric metric,
                        const QString &used, const QString &limit, const QString &remaining,
                        const QString &needed, const QDateTime &at) const;

    BudgetLedger &m_ledger;
    Clock m_clock;
    BudgetLimits m_defaults;
    QHash<QString, BudgetLimits> m_tenantLimits;
    PricesByClass m_prices;
    std::array<std::int64_t, 3> m_weights = Savings::kDefaultWeights;
    std::function<void(const BudgetAlert &)> m_alertHandler;
};
