#pragma once

#include "modelrouter.h"

#include "money/decimal.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

/// One stored or imported request, ready to be routed again under another policy.
struct ReplayRequest
{
    QString id;           ///< the stored decision's id, the line's "id", or "line N" for JSONL
    int line = 0;         ///< 1-based line in a JSONL file; 0 for a stored request
    QByteArray message;   ///< UTF-8
    RouteRequest request; ///< task type, hints, preference, expected output; request.message stays empty
    QString tenant;
    QString storedTier;   ///< the tier of the stored decision, when known
};

/// Requests read from a file or the store, and the lines that could not be read.
struct ReplayInput
{
    QList<ReplayRequest> requests;
    QList<QPair<int, QString>> lineErrors; ///< (1-based line, message)
};

namespace ReplayInputs {

/// One request per line in `tierctl route --jsonl`'s input format, plus optional "id" and
/// "tenant". Blank lines are skipped; a bad line is reported and the others are kept.
/// The store's reader is ReplayInputs::fromStore (store/storedreplay.h).
ReplayInput fromJsonl(const QByteArray &jsonl);

} // namespace ReplayInputs

/// Requests and exact cost on one tier, before and after.
struct ReplayTierRow
{
    QString tier;
    qint64 beforeRequests = 0, afterRequests = 0;
    Decimal beforeCost, afterCost;                     ///< sums of the known costs
    qint64 beforeUnknownCost = 0, afterUnknownCost = 0; ///< requests whose cost is unknown (no prices)
};

/// A request whose tier differs between the two policies.
struct ReplayChange
{
    qsizetype index = 0; ///< into the replayed list
    QString beforeTier, afterTier; ///< empty when no tier could be chosen
    double beforeScore = 0, afterScore = 0;
};

/// The outcome of a replay. A cancelled run carries no figures.
struct ReplayResult
{
    qint64 requests = 0;
    bool cancelled = false;
    QList<ReplayTierRow> tiers; ///< `after`'s config order, then `before`'s other tiers
    QList<ReplayChange> changed; ///< in request order
    qint64 beforeUnrouted = 0, afterUnrouted = 0; ///< requests for which no tier fitted

    /// Every request priced on the heaviest configured tier of `after` (TierMap's heavy class,
    /// or the nearest configured one), with `after`'s output-token default.
    QString heaviestTier;
    Decimal allHeavyCost;
    bool allHeavyCostKnown = false; ///< false when that tier's prices are unknown
    Decimal beforeCost, afterCost;  ///< sums of the known costs over all tiers
    /// (1 − cost / allHeavyCost) × 100; nullopt when the baseline is unknown or zero, or when
    /// some request of that side has an unknown cost (the sum would overstate the savings).
    std::optional<double> beforeSavingsPercent, afterSavingsPercent;

    qint64 beforeUnknownCost() const;
    qint64 afterUnknownCost() const;
};

namespace Replay {

/// Routes every request with `before` and with `after` (no model calls) and compares the two.
/// Runs on the calling thread, which also calls `progress(done, total)` every few thousand
/// requests; returning false cancels. The work is split over a private thread pool with one
/// copy of each router per thread. When both estimators compute the same factors (they differ
/// at most in weights and thresholds) each message is scanned once.
ReplayResult run(const QList<ReplayRequest> &requests, const ModelRouter &before,
                 const ModelRouter &after, const std::function<bool(qint64, qint64)> &progress = {});

} // namespace Replay
