#include "routingrequests.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

StoredRoutingRequest rowFrom(const QSqlQuery &q)
{
    StoredRoutingRequest r;
    r.id = q.value(0).toString();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    r.tenant = q.value(2).toString();
    r.taskType = q.value(3).toString();
    r.message = q.value(4).toString();
    r.contextTokens = std::max<qint64>(0, q.value(5).toLongLong());
    r.capabilities = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    r.historyTurns = std::max(0, q.value(7).toInt());
    r.preferredTier = q.value(8).toString();
    r.tier = q.value(9).toString();
    r.complexityClass = q.value(10).toString();
    if (!q.value(11).isNull())
        r.score = q.value(11).toDouble();
    if (!q.value(12).isNull())
        r.outputTokens = q.value(12).toLongLong();
    return r;
}

} // namespace

QList<StoredRoutingRequest> RoutingRequests::read(const Database &database, QString *error, qint64 limit)
{
    QList<StoredRoutingRequest> rows;
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool latest = limit >= 0;
    q.prepare(QStringLiteral(
                  "SELECT id, created_at_ms, tenant, task_type, message, context_tokens, capabilities,"
                  " history_turns, preferred_tier, tier, complexity_class, score, output_tokens"
                  " FROM routing_decisions WHERE message IS NOT NULL AND message <> ''")
              + (latest ? QStringLiteral(" ORDER BY created_at_ms DESC, id DESC LIMIT ?")
                        : QStringLiteral(" ORDER BY created_at_ms, id")));
    if (latest)
        q.addBindValue(limit);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the stored routing requests: %1").arg(q.lastError().text());
        return rows;
    }
    while (q.next())
        rows.append(rowFrom(q));
    if (latest)
        std::reverse(rows.begin(), rows.end());
    return rows;
}
