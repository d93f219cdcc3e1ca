#include "calibration.h"

#include "parallelchunks_p.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace {

constexpr qint64 kChunk = 4096;
constexpr quint8 kUnrouted = 3;
constexpr int kNearbySteps = 5; ///< exact steps added on each side of a chosen threshold

/// A request's score and its final class for each score band (kUnrouted when no tier fits).
struct Scored
{
    double score = 0;
    std::array<quint8, 3> classOf{};
};

/// Thresholds that select the same requests: the gap between two neighbouring distinct scores.
struct Gap
{
    double lo = 0;
    bool loClosed = false;
    double hi = 1;
    bool hiClosed = true;

    bool contains(double v) const
    {
        return (v > lo || (loClosed && v == lo)) && (v < hi || (hiClosed && v == hi));
    }
    bool empty() const { return lo > hi || (lo == hi && !(loClosed && hiClosed)); }
    double distanceTo(double v) const
    {
        return contains(v) ? 0.0 : std::min(std::fabs(v - lo), std::fabs(v - hi));
    }
    /// The decimal with the fewest digits in the gap (0.62 rather than 0.6234).
    double roundest() const
    {
        for (int digits = 0; digits <= 12; ++digits) {
            const double scale = std::pow(10.0, digits);
            for (double k = std::ceil(lo * scale);; ++k) {
                const double v = k / scale;
                if (v < lo || (v == lo && !loClosed))
                    continue;
                if (contains(v))
                    return v;
                break;
            }
        }
        return loClosed ? lo : hiClosed ? hi : (lo + hi) / 2;
    }
};

/// Prefix counts over the requests sorted by score: at(k) = how many of the first k have
/// the class `target` in score band `band`.
struct Prefix
{
    std::vector<qint64> sums;
    Prefix(const std::vector<Scored> &items, RouteClass band, RouteClass target)
        : sums(items.size() + 1)
    {
        const int b = RouteClasses::index(band);
        const auto t = quint8(RouteClasses::index(target));
        for (size_t j = 0; j < items.size(); ++j)
            sums[j + 1] = sums[j] + (items[j].classOf[size_t(b)] == t ? 1 : 0);
    }
    qint64 at(size_t k) const { return sums[k]; }
    qint64 total() const { return sums.back(); }
};

struct Sweep
{
    const std::vector<Scored> &items;
    Prefix standardHeavy, heavyHeavy, lightLight, standardLight, heavyLight;

    explicit Sweep(const std::vector<Scored> &sorted)
        : items(sorted),
          standardHeavy(sorted, RouteClass::Standard, RouteClass::Heavy),
          heavyHeavy(sorted, RouteClass::Heavy, RouteClass::Heavy),
          lightLight(sorted, RouteClass::Light, RouteClass::Light),
          standardLight(sorted, RouteClass::Standard, RouteClass::Light),
          heavyLight(sorted, RouteClass::Heavy, RouteClass::Light)
    {
    }

    size_t below(double threshold) const // how many scores are < threshold
    {
        return size_t(std::lower_bound(items.begin(), items.end(), threshold,
                                       [](const Scored &s, double t) { return s.score < t; })
                      - items.begin());
    }
    /// Heavy requests when the first k are under the heavy threshold (and none under the
    /// standard one: for the usual tier maps the standard threshold does not move the heavy share).
    qint64 heavyCount(size_t k) const
    {
        return standardHeavy.at(k) + heavyHeavy.total() - heavyHeavy.at(k);
    }
    /// Light requests when the first k are under the standard threshold and the first m under
    /// the heavy one.
    qint64 lightCount(size_t k, size_t m) const
    {
        return lightLight.at(k) + standardLight.at(m) - standardLight.at(k) + heavyLight.total()
               - heavyLight.at(m);
    }
    bool isBoundary(size_t k) const
    {
        return k == 0 || k == items.size() || items[k - 1].score < items[k].score;
    }
};

struct Candidate
{
    size_t k = 0;
    qint64 count = 0;
    Gap gap;
};

/// The candidate closest to `target` requests; ties as documented in calibration.h.
Candidate pick(const std::vector<Candidate> &candidates, double target, bool preferFewer,
               double current)
{
    Candidate best = candidates.front();
    const auto key = [&](const Candidate &c) {
        return std::make_tuple(std::fabs(double(c.count) - target),
                               preferFewer ? c.count : -c.count, c.gap.distanceTo(current));
    };
    for (const Candidate &c : candidates)
        if (key(c) < key(best))
            best = c;
    return best;
}

double chosenIn(const Gap &gap, double current)
{
    return gap.contains(current) ? current : gap.roundest();
}

Candidate chooseHeavy(const Sweep &sweep, double target, double current)
{
    const std::vector<Scored> &x = sweep.items;
    std::vector<Candidate> candidates;
    for (size_t k = 0; k <= x.size(); ++k) {
        if (!sweep.isBoundary(k))
            continue;
        // h in (x[k-1], x[k]]: exactly the requests from k on are at or above it.
        const Gap gap{k ? x[k - 1].score : 0.0, false, k < x.size() ? x[k].score : 1.0, true};
        if (!gap.empty())
            candidates.push_back({k, sweep.heavyCount(k), gap});
    }
    return pick(candidates, target, true, current);
}

/// m: requests under the heavy threshold; `upper`: the (exclusive) limit of the standard one.
Candidate chooseLight(const Sweep &sweep, double target, double current, size_t m, double upper)
{
    const std::vector<Scored> &x = sweep.items;
    std::vector<Candidate> candidates;
    for (size_t k = 0; k <= m; ++k) {
        if (!sweep.isBoundary(k))
            continue;
        // s in (x[k-1], x[k]]: exactly the first k requests are below it; s in [0, upper).
        Gap gap{k ? x[k - 1].score : 0.0, k == 0, k < m ? x[k].score : upper, k < m};
        if (gap.hi >= upper) {
            gap.hi = upper;
            gap.hiClosed = false;
        }
        if (!gap.empty())
            candidates.push_back({k, sweep.lightCount(k, m), gap});
    }
    return pick(candidates, target, false, current);
}

QList<CalibrationPoint> curve(const Sweep &sweep, double chosen,
                              const std::function<qint64(size_t)> &countBelow)
{
    const std::vector<Scored> &x = sweep.items;
    const double n = double(x.size());
    std::vector<double> thresholds;
    for (int i = 0; i <= 100; ++i)
        thresholds.push_back(i / 100.0);
    thresholds.push_back(chosen);
    // The exact steps around the chosen point: the nearest distinct scores on each side.
    const size_t at = sweep.below(chosen);
    size_t k = at;
    for (int steps = 0; steps < kNearbySteps && k < x.size(); ++steps) {
        thresholds.push_back(x[k].score);
        while (k < x.size() && x[k].score == thresholds.back())
            ++k;
    }
    k = at;
    for (int steps = 0; steps < kNearbySteps && k > 0; ++steps) {
        thresholds.push_back(x[k - 1].score);
        while (k > 0 && x[k - 1].score == thresholds.back())
            --k;
    }
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    QList<CalibrationPoint> points;
    points.reserve(qsizetype(thresholds.size()));
    for (double t : thresholds)
        points.append({t, double(countBelow(sweep.below(t))) / n});
    return points;
}

std::vector<Scored> scoreAll(const QList<ReplayRequest> &requests, const ModelRouter &router,
                             const std::function<bool(qint64, qint64)> &progress, bool *finished)
{
    std::vector<Scored> items(size_t(requests.size()));
    const int workers = ParallelChunks::workerCount(requests.size(), kChunk);
    std::vector<ModelRouter> routers(size_t(workers), router);
    *finished = ParallelChunks::run(requests.size(), kChunk, [&](qint64 begin, qint64 end, int worker) {
        const ModelRouter &r = routers[size_t(worker)];
        for (qint64 i = begin; i < end; ++i) {
            const ReplayRequest &q = requests.at(i);
            Scored &s = items[size_t(i)];
            const Complexity cx = r.estimator().estimateUtf8(q.message, q.request.hints);
            s.score = cx.score;
            for (RouteClass band : RouteClasses::all) {
                const RouteChoice c = r.choose(band, q.request.taskType, q.request.preferredTier,
                                               nullptr, &cx.evidence);
                s.classOf[size_t(RouteClasses::index(band))]
                    = c.tierIndex < 0 ? kUnrouted : quint8(RouteClasses::index(c.routeClass));
            }
        }
    }, progress);
    return items;
}

QString checkShare(const std::optional<double> &share, const char *name)
{
    if (share && !(*share >= 0 && *share <= 1))
        return QCoreApplication::translate("Calibration", "the %1 share must be between 0 and 1").arg(QLatin1StringView(name));
    return {};
}

/// The shortest decimal just below `h` that keeps every request under h under it too.
double standardJustBelow(const Sweep &sweep, double h)
{
    const size_t m = sweep.below(h);
    return m ? Gap{sweep.items[m - 1].score, false, h, false}.roundest() : Gap{0, true, h, false}.roundest();
}

/// The shortest decimal just above `s` that keeps every request at or above s at or above it.
double heavyJustAbove(const Sweep &sweep, double s)
{
    size_t k = sweep.below(s);
    while (k < sweep.items.size() && sweep.items[k].score <= s)
        ++k;
    return Gap{s, false, k < sweep.items.size() ? sweep.items[k].score : 1.0, true}.roundest();
}

} // namespace

namespace Calibration {

CalibrationResult calibrate(const QList<ReplayRequest> &requests, const ModelRouter &router,
                            std::optional<double> heavyShare, std::optional<double> lightShare,
                            const std::function<bool(qint64, qint64)> &progress)
{
    CalibrationResult result;
    result.requests = requests.size();
    result.standardThreshold = router.thresholds().standard;
    result.heavyThreshold = router.thresholds().heavy;
    if (requests.isEmpty())
        result.error = QCoreApplication::translate("Calibration", "nothing to calibrate");
    else if (!heavyShare && !lightShare)
        result.error = QCoreApplication::translate("Calibration", "give a target heavy share, a target light share, or both");
    else if (const QString e = checkShare(heavyShare, "heavy") + checkShare(lightShare, "light"); !e.isEmpty())
        result.error = e;
    else if (heavyShare && lightShare && *heavyShare + *lightShare > 1)
        result.error = QCoreApplication::translate("Calibration", "the heavy and light shares add up to more than 1");
    if (!result.error.isEmpty())
        return result;

    bool finished = false;
    std::vector<Scored> items = scoreAll(requests, router, progress, &finished);
    if (!finished) {
        result.cancelled = true;
        return result;
    }
    std::sort(items.begin(), items.end(), [](const Scored &a, const Scored &b) { return a.score < b.score; });
    const Sweep sweep(items);
    const double n = double(items.size());
    double s = result.standardThreshold;
    double h = result.heavyThreshold;

    if (heavyShare)
        h = chosenIn(chooseHeavy(sweep, *heavyShare * n, h).gap, h);
    if (lightShare) {
        const size_t m = heavyShare ? sweep.below(h) : items.size();
        s = chosenIn(chooseLight(sweep, *lightShare * n, s, m, heavyShare ? h : 1.0).gap, s);
        if (!(s < h))
            h = heavyJustAbove(sweep, s);
    } else if (!(s < h)) {
        s = standardJustBelow(sweep, h);
    }
    result.standardThreshold = s;
    result.heavyThreshold = h;

    const ComplexityThresholds thresholds{s, h};
    qint64 light = 0, heavy = 0;
    for (const Scored &item : items) {
        const quint8 c = item.classOf[size_t(RouteClasses::index(thresholds.classify(item.score)))];
        light += c == RouteClasses::index(RouteClass::Light) ? 1 : 0;
        heavy += c == RouteClasses::index(RouteClass::Heavy) ? 1 : 0;
    }
    result.lightShare = double(light) / n;
    result.heavyShare = double(heavy) / n;

    const size_t m = sweep.below(h);
    result.heavyCurve = curve(sweep, h, [&](size_t k) { return sweep.heavyCount(k); });
    result.lightCurve = curve(sweep, s, [&](size_t k) { return sweep.lightCount(std::min(k, m), m); });
    return result;
}

} // namespace Calibration
