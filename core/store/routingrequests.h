#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// A stored routing decision with the request the router saw (migration 6's columns), as
/// plain values: routing turns it into a ReplayRequest (store/storedreplay.h).
struct StoredRoutingRequest
{
    QString id;
    QDateTime createdAt; ///< UTC
    QString tenant;
    QString taskType;
    QString message;
    qint64 contextTokens = 0;
    QStringList capabilities; ///< stored one per line
    int historyTurns = 0;
    QString preferredTier;
    QString tier;            ///< the tier the stored decision chose
    QString complexityClass; ///< light | standard | heavy
    std::optional<double> score;
    std::optional<qint64> outputTokens; ///< what the call really produced, when recorded
};

/// Reads the replayable requests of `routing_decisions`. Rows without message text (decisions
/// recorded before migration 6, or with the text withheld) are skipped.
class RoutingRequests
{
    Q_DECLARE_TR_FUNCTIONS(RoutingRequests)

public:
    /// Oldest first. With `limit` >= 0, only the latest `limit` rows (still oldest first).
    /// On failure returns an empty list and sets `error`.
    static QList<StoredRoutingRequest> read(const Database &database, QString *error = nullptr,
                                            qint64 limit = -1);
};
