#include "sqlmetricssink.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace {

QVariant optionalInt(const std::optional<std::int64_t> &v)
{
    return v ? QVariant(qint64(*v)) : QVariant();
}

std::optional<std::int64_t> intOrUnknown(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

DecisionRecord recordFrom(const QSqlQuery &q)
{
    DecisionRecord r;
    r.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    r.tenant = q.value(1).toString();
    r.taskType = q.value(2).toString();
    r.complexity = q.value(3).toDouble();
    r.routeClass = RouteClasses::fromName(q.value(4).toString()).value_or(RouteClass::Light);
    r.tier = q.value(5).toString();
    r.provider = q.value(6).toString();
    r.model = q.value(7).toString();
    r.inputTokens = intOrUnknown(q.value(8));
    r.outputTokens = intOrUnknown(q.value(9));
    r.latencyMs = q.value(10).toDouble();
    if (!q.value(11).isNull())
        r.cost = Decimal::parse(q.value(11).toString());
    r.fallbackEvents = q.value(12).toString().split(u'\n', Qt::SkipEmptyParts);
    return r;
}

} // namespace

SqlMetricsSink::SqlMetricsSink(Database database)
    : m_database(std::move(database))
{
}

bool SqlMetricsSink::append(const DecisionRecord &record)
{
    QSqlDatabase db = m_database.connection(&m_lastError);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO routing_decisions (id, created_at_ms, tenant, task_type, score, complexity_class,"
        " tier, provider, model, input_tokens, output_tokens, latency_ms, cost, fallback_events)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime at = record.timestamp.isValid() ? record.timestamp : QDateTime::currentDateTimeUtc();
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(record.tenant);
    q.addBindValue(record.taskType);
    q.addBindValue(record.complexity);
    q.addBindValue(RouteClasses::name(record.routeClass));
    q.addBindValue(record.tier);
    q.addBindValue(record.provider);
    q.addBindValue(record.model);
    q.addBindValue(optionalInt(record.inputTokens));
    q.addBindValue(optionalInt(record.outputTokens));
    q.addBindValue(record.latencyMs);
    q.addBindValue(record.cost ? QVariant(record.cost->toString()) : QVariant());
    q.addBindValue(record.fallbackEvents.join(u'\n'));
    if (q.exec())
        return true;
    m_lastError = tr("Cannot store the routing decision: %1").arg(q.lastError().text());
    return false;
}

QList<DecisionRecord> SqlMetricsSink::query(const QString &tenant, const QDateTime &from,
                                            const QDateTime &to) const
{
    QList<DecisionRecord> out;
    QSqlDatabase db = m_database.connection(&m_lastError);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    const QString columns = QStringLiteral(
        "SELECT created_at_ms, tenant, task_type, score, complexity_class, tier, provider, model,"
        " input_tokens, output_tokens, latency_ms, cost, fallback_events FROM routing_decisions");
    const QString window = QStringLiteral(" created_at_ms >= ? AND created_at_ms < ? ORDER BY created_at_ms");
    q.prepare(tenant.isEmpty() ? columns + QStringLiteral(" WHERE") + window
                               : columns + QStringLiteral(" WHERE tenant = ? AND") + window);
    if (!tenant.isEmpty())
        q.addBindValue(tenant);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec()) {
        m_lastError = tr("Cannot read routing decisions: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(recordFrom(q));
    return out;
}
