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

QString encodeClasses(const UsageByClass &byClass)
{
    QStringList parts;
    for (const ClassUsage &c : byClass)
        parts.append(QString::number(c.inputTokens) + u',' + QString::number(c.outputTokens));
    return parts.join(u';');
}

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

} // namespace

SqlBudgetLedger::SqlBudgetLedger(Database database)
    : m_database(std::move(database))
{
}

std::optional<PeriodUsage> SqlBudgetLedger::load(const QString &tenant, const QString &periodKey)
{
    QSqlDatabase db = m_database.connection(&m_lastError);
    if (!db.isOpen())
        return std::nullopt;
    const auto [period, start] = splitKey(periodKey);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT tokens, cost, by_class, alerts_raised FROM budget_usage"
                             " WHERE tenant = ? AND period = ? AND period_start = ?"));
    q.addBindValue(tenant);
    q.addBindValue(period);
    q.addBindValue(start);
    if (!q.exec()) {
        m_lastError = tr("Cannot read budget usage: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    PeriodUsage usage;
    usage.tokens = q.value(0).toLongLong();
    const std::optional<Decimal> dollars = Decimal::parse(q.value(1).toString());
    if (!dollars) {
        m_lastError = tr("Stored budget cost '%1' is not a decimal.").arg(q.value(1).toString());
        return std::nullopt;
    }
    usage.dollars = *dollars;
    usage.byClass = decodeClasses(q.value(2).toString());
    usage.alertsRaised = std::uint32_t(q.value(3).toLongLong());
    return usage;
}

bool SqlBudgetLedger::save(const QString &tenant, const QString &periodKey, const PeriodUsage &usage)
{
    QSqlDatabase db = m_database.connection(&m_lastError);
    if (!db.isOpen())
        return false;
    const auto [period, start] = splitKey(periodKey);
    QSqlQuery q(db);
    // INSERT ... ON CONFLICT works in SQLite (3.24+) and PostgreSQL (9.5+).
    q.prepare(QStringLiteral("INSERT INTO budget_usage (tenant, period, period_start, tokens, cost, by_class,"
                             " alerts_raised, updated_at_ms) VALUES (?,?,?,?,?,?,?,?)"
                             " ON CONFLICT (tenant, period, period_start) DO UPDATE SET tokens = excluded.tokens,"
                             " cost = excluded.cost, by_class = excluded.by_class,"
                             " alerts_raised = excluded.alerts_raised, updated_at_ms = excluded.updated_at_ms"));
    q.addBindValue(tenant);
    q.addBindValue(period);
    q.addBindValue(start);
    q.addBindValue(qint64(usage.tokens));
    q.addBindValue(usage.dollars.toString());
    q.addBindValue(encodeClasses(usage.byClass));
    q.addBindValue(qint64(usage.alertsRaised));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (q.exec())
        return true;
    m_lastError = tr("Cannot save budget usage: %1").arg(q.lastError().text());
    return false;
}
