#pragma once

#include "database.h"

#include "routing/budgetledger.h"

#include <QCoreApplication>

/// routing's BudgetLedger on the store's `budget_usage` table, so a restart does not reset
/// spend. One row per (tenant, period, period_start): the period key "day:2026-11-22" is
/// stored as period "day" and period_start "2026-11-22". Dollars are exact decimal text.
///
/// load() and save() run on the calling thread's connection (BudgetManager calls them from
/// its own thread); save() is one upsert statement, committed when it returns true.
class SqlBudgetLedger final : public BudgetLedger
{
    Q_DECLARE_TR_FUNCTIONS(SqlBudgetLedger)

public:
    explicit SqlBudgetLedger(Database database);

    std::optional<PeriodUsage> load(const QString &tenant, const QString &periodKey) override;
    bool save(const QString &tenant, const QString &periodKey, const PeriodUsage &usage) override;

    /// The last error of load() or save(), for logs and the UI.
    QString lastError() const { return m_lastError; }

private:
    Database m_database;
    QString m_lastError;
};
