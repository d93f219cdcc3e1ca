#include "sqlbudgetledger.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

std::pair<QString, QString> splitKey(const QString &periodKey)
{
    const qsizetype colon = periodKey.indexOf(u':');
    if (colon < 0)
        return {periodKey, QString()};
    return {periodKey.left(colon), periodKey.mid(colon + 1)};
}

const char kUsageColumns[] = "tokens, cost, cost_pico, by_class, light_input, light_output, standard_input,"
                             " standard_output, heavy_input, heavy_output, alerts_raised";

UsageByClass decodeClasses(const QString &text)
{
    UsageByClass out{};
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (int i = 0; i < int(out.size()) && i < parts.size(); ++i) {
        const QStringList pair = parts[i].split(u',');
        out[size_t(i)].inputTokens = pair.value(0).toLongLong();
        out[size_t(i)].outputTokens = pair.value(1).toLongLong();
    }
    return out;
}

/// A row of kUsageColumns: the counters plus the pre-schema-6 text totals as a base.
std::optional<PeriodUsage> readUsage(const QSqlQuery &q, QString *error)
{
    PeriodUsage usage;
    usage.tokens = q.value(0).toLongLong();
    const QString legacyCost = q.value(1).toString();
    const std::optional<Decimal> base = Decimal::parse(legacyCost.isEmpty() ? QStringLiteral("0") : legacyCost);
    if (!base) {
        if (error)
            *error = SqlBudgetLedger::tr("Stored budget cost '%1' is not a decimal.").arg(legacyCost);
        return std::nullopt;
    }
    usage.dollars = *base + Decimal::fromRaw(q.value(2).toLongLong());
    usage.byClass = decodeClasses(q.value(3).toString());
    for (int c = 0; c < 3; ++c) {
        usage.byClass[size_t(c)].inputTokens += q.value(4 + 2 * c).toLongLong();
        usage.byClass[size_t(c)].outputTokens += q.value(5 + 2 * c).toLongLong();
    }
    usage.alertsRaised = std::uint32_t(q.value(10).toLongLong());
    return usage;
}

void bindKey(QSqlQuery &q, const QString &tenant, const QString &periodKey)
{
    const auto [period, start] = splitKey(periodKey);
    q.addBindValue(tenant);
    q.addBindValue(period);
    q.addBindValue(start);
}

} // namespace

SqlBudgetLedger::SqlBudgetLedger(Database database)
    : m_database(std::move(database))
{
}

std::optional<PeriodUsage> SqlBudgetLedger::load(QSqlDatabase &db, const QString &tenant,
                                                 const QString &periodKey, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kUsageColumns)
              + QStringLiteral(" FROM budget_usage WHERE tenant = ? AND period = ? AND period_start = ?"));
    bindKey(q, tenant, periodKey);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read budget usage: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readUsage(q, error);
}

std::optional<PeriodUsage> SqlBudgetLedger::add(QSqlDatabase &db, const QString &tenant,
                                                const QString &periodKey, const UsageDelta &delta,
                                                QString *error)
{
    // INSERT ... ON CONFLICT ... RETURNING works in SQLite (3.35+) and PostgreSQL (9.5+).
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO budget_usage (tenant, period, period_start, tokens, cost, cost_pico, light_input,"
        " light_output, standard_input, standard_output, heavy_input, heavy_output, updated_at_ms)"
        " VALUES (?,?,?,?,'0',?,?,?,?,?,?,?,?)"
        " ON CONFLICT (tenant, period, period_start) DO UPDATE SET"
        " tokens = budget_usage.tokens + excluded.tokens,"
        " cost_pico = budget_usage.cost_pico + excluded.cost_pico,"
        " light_input = budget_usage.light_input + excluded.light_input,"
        " light_output = budget_usage.light_output + excluded.light_output,"
        " standard_input = budget_usage.standard_input + excluded.standard_input,"
        " standard_output = budget_usage.standard_output + excluded.standard_output,"
        " heavy_input = budget_usage.heavy_input + excluded.heavy_input,"
        " heavy_output = budget_usage.heavy_output + excluded.heavy_output,"
        " updated_at_ms = excluded.updated_at_ms RETURNING ") + QLatin1StringView(kUsageColumns));
    bindKey(q, tenant, periodKey);
    q.addBindValue(qint64(delta.tokens()));
    q.addBindValue(qint64(delta.dollars.raw())); // picodollars; a period's spend fits 64 bits
    const int cls = RouteClasses::index(delta.routeClass);
    for (int c = 0; c < 3; ++c) {
        q.addBindValue(qint64(c == cls ? delta.inputTokens : 0));
        q.addBindValue(qint64(c == cls ? delta.outputTokens : 0));
    }
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("Cannot add budget usage: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    return readUsage(q, error);
}

bool SqlBudgetLedger::claimAlert(QSqlDatabase &db, const QString &tenant, const QString &periodKey,
                                 std::uint32_t bit, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE budget_usage SET alerts_raised = alerts_raised | ?"
                             " WHERE tenant = ? AND period = ? AND period_start = ? AND (alerts_raised & ?) = 0"));
    q.addBindValue(qint64(bit));
    bindKey(q, tenant, periodKey);
    q.addBindValue(qint64(bit));
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot record a budget alert: %1").arg(q.lastError().text());
        return false;
    }
    return q.numRowsAffected() == 1;
}

std::optional<PeriodUsage> SqlBudgetLedger::load(const QString &tenant, const QString &periodKey)
{
    m_lastError.clear();
    QSqlDatabase db = m_database.connection(&m_lastError);
    return db.isOpen() ? load(db, tenant, periodKey, &m_lastError) : std::nullopt;
}

std::optional<PeriodUsage> SqlBudgetLedger::add(const QString &tenant, const QString &periodKey,
                                                const UsageDelta &delta)
{
    m_lastError.clear();
    QSqlDatabase db = m_database.connection(&m_lastError);
    return db.isOpen() ? add(db, tenant, periodKey, delta, &m_lastError) : std::nullopt;
}

bool SqlBudgetLedger::claimAlert(const QString &tenant, const QString &periodKey, std::uint32_t bit)
{
    m_lastError.clear();
    QSqlDatabase db = m_database.connection(&m_lastError);
    return db.isOpen() && claimAlert(db, tenant, periodKey, bit, &m_lastError);
}

QStringList SqlBudgetLedger::tenants(const QStringList &periodKeys)
{
    QStringList out;
    QSqlDatabase db = m_database.connection(&m_lastError);
    if (!db.isOpen())
        return out;
    for (const QString &key : periodKeys) {
        const auto [period, start] = splitKey(key);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT tenant FROM budget_usage WHERE period = ? AND period_start = ?"));
        q.addBindValue(period);
        q.addBindValue(start);
        if (!q.exec()) {
            m_lastError = tr("Cannot list budget tenants: %1").arg(q.lastError().text());
            return out;
        }
        while (q.next())
            if (!out.contains(q.value(0).toString()))
                out.append(q.value(0).toString());
    }
    out.sort();
    return out;
}
