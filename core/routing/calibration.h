#pragma once

#include "replay.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

/// One point of a share-versus-threshold curve: the share of requests in the class when the
/// threshold is exactly `threshold`.
struct CalibrationPoint
{
    double threshold = 0;
    double share = 0;
};

struct CalibrationResult
{
    double standardThreshold = 0, heavyThreshold = 0; ///< chosen (standard < heavy)
    /// Reached with the chosen thresholds, every rule applied as ModelRouter::route applies it.
    double lightShare = 0, heavyShare = 0;
    qint64 requests = 0;
    /// Share vs threshold for the chart: 101 points over 0..1 plus every step near the
    /// chosen threshold, sorted by threshold. The chosen point lies on its curve.
    QList<CalibrationPoint> heavyCurve, lightCurve;
    QString error; ///< e.g. "nothing to calibrate"; the other fields are then meaningless
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Chooses thresholds that send a target share of a sample to the heavy (and light) class:
/// RouteLLM's calibration, on the user's own requests.
///
/// Every request is scored once and its class is worked out for each of the three score
/// bands, so requests forced by a task-type override or a preference stay where they are and
/// the tier map's nearest-tier rule is honoured. The scores are sorted once; a sweep over the
/// gaps between distinct scores finds the gap whose share is closest to the target (on an exact
/// tie the cheaper one: fewer heavy, more light requests; among equal shares the gap nearest to
/// the router's current threshold). The threshold is the router's own when it lies in that gap,
/// else the shortest decimal in it (0.62 rather than 0.6234).
///
/// Ties: requests with equal scores always share a class, so the reached share is within one
/// request of the target unless a group of equal scores straddles it, or forced requests
/// alone exceed it.
///
/// The heavy threshold is chosen first; the light target then picks the standard threshold
/// below it. Without a light target the standard threshold stays unless it is not below the
/// new heavy one; then it moves just below it (requests under the heavy threshold keep their
/// light class). Symmetrically for a light target alone.
namespace Calibration {

CalibrationResult calibrate(const QList<ReplayRequest> &requests, const ModelRouter &router,
                            std::optional<double> heavyShare, std::optional<double> lightShare,
                            const std::function<bool(qint64, qint64)> &progress = {});

} // namespace Calibration
