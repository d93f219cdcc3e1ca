#include "storedreplay.h"

namespace ReplayInputs {

ReplayRequest fromStored(const StoredRoutingRequest &row)
{
    ReplayRequest r;
    r.id = row.id;
    r.message = row.message.toUtf8();
    r.request.taskType = row.taskType;
    r.request.preferredTier = row.preferredTier;
    r.request.hints.contextTokens = row.contextTokens;
    r.request.hints.capabilities = row.capabilities;
    r.request.hints.historyTurns = row.historyTurns;
    r.request.expectedOutputTokens = row.outputTokens;
    r.tenant = row.tenant;
    r.storedTier = row.tier;
    return r;
}

ReplayInput fromStore(const Database &database, QString *error, qint64 limit)
{
    ReplayInput in;
    QString readError;
    const QList<StoredRoutingRequest> rows = RoutingRequests::read(database, &readError, limit);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return in;
    }
    in.requests.reserve(rows.size());
    for (const StoredRoutingRequest &row : rows)
        in.requests.append(fromStored(row));
    return in;
}

} // namespace ReplayInputs
