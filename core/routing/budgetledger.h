#pragma once

#include "savings.h"

#include "money/decimal.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>

/// What one tenant used in one budget period (a UTC day or a UTC month).
struct PeriodUsage
{
    std::int64_t tokens = 0;  ///< input + output
    Decimal dollars;          ///< sum of the known costs
    UsageByClass byClass;     ///< for the savings report
    std::uint32_t alertsRaised = 0; ///< BudgetAlert::bit() of every alert already raised

    bool operator==(const PeriodUsage &) const = default;
};

/// One finished call's usage, added to a period's row.
struct UsageDelta
{
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    Decimal dollars;
    RouteClass routeClass = RouteClass::Light;

    std::int64_t tokens() const { return inputTokens + outputTokens; }
};

/// Where BudgetManager keeps usage, so a restart does not reset spend. One row per
/// (tenant, period key); period keys look like "day:2026-11-22" and "month:2026-11" (UTC).
///
/// Contract for implementations (the SQL one lives in core/store):
/// - load() returns nullopt when there is no row (a new period starts at zero), or when it
///   failed, which lastError() then says (budget checks fail closed on it);
/// - add() adds a delta atomically (never load, add, save: several processes may record at
///   once) and returns the row's totals after the add, or nullopt when it could not be stored;
/// - claimAlert() sets one alert bit of the row and returns true only to the caller that set it,
///   so an alert is raised once per period even across processes;
/// - all are called from the thread that owns the BudgetManager.
class BudgetLedger
{
public:
    virtual ~BudgetLedger() = default;
    virtual std::optional<PeriodUsage> load(const QString &tenant, const QString &periodKey) = 0;
    virtual std::optional<PeriodUsage> add(const QString &tenant, const QString &periodKey,
                                           const UsageDelta &delta) = 0;
    virtual bool claimAlert(const QString &tenant, const QString &periodKey, std::uint32_t bit) = 0;
    /// Why the last call failed; empty after a successful one (a load that found no row is one).
    virtual QString lastError() const { return {}; }
};

/// Adds `delta` to `usage` (what every ledger's add() does to its row).
inline void addUsage(PeriodUsage &usage, const UsageDelta &delta)
{
    usage.tokens += delta.tokens();
    usage.dollars += delta.dollars;
    ClassUsage &c = usage.byClass[RouteClasses::index(delta.routeClass)];
    c.inputTokens += delta.inputTokens;
    c.outputTokens += delta.outputTokens;
}

/// The in-process ledger (the seed's Phase 4 storage); also what tests use.
class InMemoryBudgetLedger final : public BudgetLedger
{
public:
    std::optional<PeriodUsage> load(const QString &tenant, const QString &periodKey) override
    {
        const auto it = m_rows.constFind(key(tenant, periodKey));
        return it == m_rows.cend() ? std::nullopt : std::optional(*it);
    }
    std::optional<PeriodUsage> add(const QString &tenant, const QString &periodKey,
                                   const UsageDelta &delta) override
    {
        PeriodUsage &row = m_rows[key(tenant, periodKey)];
        addUsage(row, delta);
        return row;
    }
    bool claimAlert(const QString &tenant, const QString &periodKey, std::uint32_t bit) override
    {
        PeriodUsage &row = m_rows[key(tenant, periodKey)];
        if (row.alertsRaised & bit)
            return false;
        row.alertsRaised |= bit;
        return true;
    }
    qsizetype rowCount() const { return m_rows.size(); }

private:
    static QString key(const QString &tenant, const QString &periodKey)
    {
        return tenant + QLatin1Char('\x1f') + periodKey;
    }
    QHash<QString, PeriodUsage> m_rows;
};
