#pragma once

#include "database.h"

#include "routing/budgetledger.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

/// routing's BudgetLedger on the store's `budget_usage` table, so a restart does not reset
/// spend. One row per (tenant, period, period_start): the period key "day:2026-11-22" is
/// stored as period "day" and period_start "2026-11-22".
///
/// Usage is added in SQL, `tokens = tokens + ?` in one upsert (RETURNING the new totals), so
/// several processes recording at once lose no update; dollars are exact integer picodollars
/// (cost_pico). Rows written before schema 6 keep their text totals (cost, by_class), which
/// are read as a base. Alerts are claimed with `alerts_raised = alerts_raised | bit WHERE the
/// bit is clear`: only the one process whose UPDATE changed the row raises the alert.
///
/// The instance methods use the calling thread's connection; the static ones take a
/// connection, so that a StoreWriter transaction can record usage together with its call.
class SqlBudgetLedger final : public BudgetLedger
{
    Q_DECLARE_TR_FUNCTIONS(SqlBudgetLedger)

public:
    explicit SqlBudgetLedger(Database database);

    std::optional<PeriodUsage> load(const QString &tenant, const QString &periodKey) override;
    std::optional<PeriodUsage> add(const QString &tenant, const QString &periodKey,
                                   const UsageDelta &delta) override;
    bool claimAlert(const QString &tenant, const QString &periodKey, std::uint32_t bit) override;
    /// Tenants with a row for any of `periodKeys`, sorted.
    QStringList tenants(const QStringList &periodKeys);

    static std::optional<PeriodUsage> load(QSqlDatabase &db, const QString &tenant,
                                           const QString &periodKey, QString *error);
    static std::optional<PeriodUsage> add(QSqlDatabase &db, const QString &tenant, const QString &periodKey,
                                          const UsageDelta &delta, QString *error);
    /// true: this caller set the bit; false: it was set already or the update failed (see error).
    static bool claimAlert(QSqlDatabase &db, const QString &tenant, const QString &periodKey,
                           std::uint32_t bit, QString *error);

    /// The last error, for logs and the UI.
    QString lastError() const override { return m_lastError; }

private:
    Database m_database;
    QString m_lastError;
};

/// A BudgetLedger on one open connection (inside a StoreWriter transaction). Failures are
/// remembered, so the writer's operation can fail and roll the whole call back.
class ConnectionBudgetLedger final : public BudgetLedger
{
public:
    explicit ConnectionBudgetLedger(QSqlDatabase &db) : m_db(db) {}
    std::optional<PeriodUsage> load(const QString &tenant, const QString &periodKey) override
    {
        m_error.clear();
        return SqlBudgetLedger::load(m_db, tenant, periodKey, &m_error);
    }
    std::optional<PeriodUsage> add(const QString &tenant, const QString &periodKey,
                                   const UsageDelta &delta) override
    {
        const auto r = SqlBudgetLedger::add(m_db, tenant, periodKey, delta, &m_error);
        m_failed = m_failed || !r;
        return r;
    }
    bool claimAlert(const QString &tenant, const QString &periodKey, std::uint32_t bit) override
    {
        m_error.clear();
        const bool claimed = SqlBudgetLedger::claimAlert(m_db, tenant, periodKey, bit, &m_error);
        m_failed = m_failed || !m_error.isEmpty();
        return claimed;
    }
    bool failed() const { return m_failed; }
    QString error() const { return m_error; }
    QString lastError() const override { return m_error; }

private:
    QSqlDatabase &m_db;
    QString m_error;
    bool m_failed = false;
};
