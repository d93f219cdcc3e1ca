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

/// Where BudgetManager keeps usage, so a restart does not reset spend. One row per
/// (tenant, period key); period keys look like "day:2026-11-22" and "month:2026-11" (UTC).
///
/// Contract for implementations (the SQL one lives in core/store):
/// - load() returns nullopt when there is no row (a new period starts at zero);
/// - save() replaces the whole row and returns false when it could not be stored;
/// - both are called from the thread that owns the BudgetManager.
class BudgetLedger
{
public:
    virtual ~BudgetLedger() = default;
    virtual std::optional<PeriodUsage> load(const QString &tenant, const QString &periodKey) = 0;
    virtual bool save(const QString &tenant, const QString &periodKey, const PeriodUsage &usage) = 0;
};

/// The in-process ledger (the seed's Phase 4 storage); also what tests use.
class InMemoryBudgetLedger final : public BudgetLedger
{
public:
    std::optional<PeriodUsage> load(const QString &tenant, const QString &periodKey) override
    {
        const auto it = m_rows.constFind(key(tenant, periodKey));
        return it == m_rows.cend() ? std::nullopt : std::optional(*it);
    }
    bool save(const QString &tenant, const QString &periodKey, const PeriodUsage &usage) override
    {
        m_rows.insert(key(tenant, periodKey), usage);
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
