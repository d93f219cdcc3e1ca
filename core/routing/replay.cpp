#include "replay.h"

#include "parallelchunks_p.h"
#include "routejson.h"

#include "money/cost.h"

#include <QHash>

#include <algorithm>
#include <string>
#include <vector>

namespace ReplayInputs {

ReplayInput fromJsonl(const QByteArray &jsonl)
{
    ReplayInput in;
    std::string message;
    RouteRequest request;
    RouteJson::RequestExtras extras;
    QString error;
    int line = 0;
    for (qsizetype start = 0; start < jsonl.size();) {
        qsizetype end = jsonl.indexOf('\n', start);
        if (end < 0)
            end = jsonl.size();
        std::string_view text(jsonl.constData() + start, size_t(end - start));
        start = end + 1;
        ++line;
        if (!text.empty() && text.back() == '\r')
            text.remove_suffix(1);
        if (text.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        if (!RouteJson::parseRequest(text, message, request, &error, &extras)) {
            in.lineErrors.append({line, error});
            continue;
        }
        ReplayRequest r;
        r.id = extras.id.isEmpty() ? QStringLiteral("line %1").arg(line) : extras.id;
        r.line = line;
        r.message = QByteArray(message.data(), qsizetype(message.size()));
        r.request = std::move(request);
        r.tenant = extras.tenant;
        in.requests.append(std::move(r));
    }
    return in;
}

} // namespace ReplayInputs

qint64 ReplayResult::beforeUnknownCost() const
{
    qint64 n = 0;
    for (const ReplayTierRow &row : tiers)
        n += row.beforeUnknownCost;
    return n;
}

qint64 ReplayResult::afterUnknownCost() const
{
    qint64 n = 0;
    for (const ReplayTierRow &row : tiers)
        n += row.afterUnknownCost;
    return n;
}

namespace {

constexpr qint64 kChunk = 2048;

/// One policy's view of the replay: its router copy (per worker) and where its tiers land.
struct Side
{
    QList<int> rowOfTier; ///< config tier index -> ReplayResult::tiers index
    std::int64_t defaultOutputTokens = 0;
};

/// What one worker adds up; merged in worker order (sums are exact, so the order is moot).
struct Totals
{
    explicit Totals(qsizetype rows)
        : beforeRequests(rows), afterRequests(rows), beforeUnknown(rows), afterUnknown(rows),
          beforeCost(rows), afterCost(rows)
    {
    }
    std::vector<qint64> beforeRequests, afterRequests, beforeUnknown, afterUnknown;
    std::vector<Decimal> beforeCost, afterCost;
    qint64 beforeUnrouted = 0, afterUnrouted = 0;
    Decimal allHeavy;
};

/// Routes one side of one request and adds it to the totals; returns the row (-1: no tier).
int account(const ModelRouter &router, const Side &side, double score,
            const ComplexityEvidence &evidence, const ReplayRequest &r,
            std::int64_t inputTokens, std::vector<qint64> &requests, std::vector<qint64> &unknown,
            std::vector<Decimal> &cost, qint64 &unrouted)
{
    const RouteChoice c = router.choose(router.thresholds().classify(score), r.request.taskType,
                                        r.request.preferredTier, nullptr, &evidence);
    if (c.tierIndex < 0) {
        ++unrouted;
        return -1;
    }
    const int row = side.rowOfTier.at(c.tierIndex);
    ++requests[row];
    const auto price = Cost::estimate(router.tierPrices().at(c.tierIndex), inputTokens,
                                      r.request.expectedOutputTokens.value_or(side.defaultOutputTokens));
    if (price)
        cost[row] += *price;
    else
        ++unknown[row];
    return row;
}

QList<ReplayTierRow> tierRows(const ModelRouter &before, const ModelRouter &after, Side &b, Side &a)
{
    QList<ReplayTierRow> rows;
    QHash<QString, int> rowOf;
    const auto add = [&](const TierConfig &config, QList<int> &map) {
        for (const TierEntry &e : config.tiers) {
            int row = rowOf.value(e.tier, -1);
            if (row < 0) {
                row = int(rows.size());
                rowOf.insert(e.tier, row);
                ReplayTierRow empty;
                empty.tier = e.tier;
                rows.append(empty);
            }
            map.append(row);
        }
    };
    add(after.config(), a.rowOfTier);
    add(before.config(), b.rowOfTier);
    return rows;
}

std::optional<double> savingsPercent(const ReplayResult &r, Decimal cost, qint64 unknown)
{
    if (!r.allHeavyCostKnown || r.allHeavyCost.isZero() || unknown > 0)
        return std::nullopt;
    return (r.allHeavyCost - cost).toDouble() / r.allHeavyCost.toDouble() * 100.0;
}

} // namespace

namespace Replay {

ReplayResult run(const QList<ReplayRequest> &requests, const ModelRouter &before,
                 const ModelRouter &after, const std::function<bool(qint64, qint64)> &progress)
{
    ReplayResult result;
    Side b{{}, before.defaultOutputTokens()};
    Side a{{}, after.defaultOutputTokens()};
    result.tiers = tierRows(before, after, b, a);
    const qsizetype rows = result.tiers.size();

    const TierMap::Resolution heavy = after.tierMap().resolve(after.config(), RouteClass::Heavy);
    const TokenPrices heavyPrices = heavy.entry ? heavy.entry->prices() : TokenPrices{};
    result.heaviestTier = heavy.entry ? heavy.entry->tier : QString();
    result.allHeavyCostKnown = heavyPrices.isKnown();
    const bool sharedScan = before.estimator().sameFactorsAs(after.estimator());

    const qint64 total = requests.size();
    const int workers = ParallelChunks::workerCount(total, kChunk);
    std::vector<ModelRouter> befores(size_t(workers), before);
    std::vector<ModelRouter> afters(size_t(workers), after);
    std::vector<Totals> totals(size_t(workers), Totals{rows});
    std::vector<QList<ReplayChange>> changes(size_t((total + kChunk - 1) / kChunk));

    const auto work = [&](qint64 begin, qint64 end, int worker) {
        const ModelRouter &rb = befores[size_t(worker)];
        const ModelRouter &ra = afters[size_t(worker)];
        Totals &t = totals[size_t(worker)];
        QList<ReplayChange> &changed = changes[size_t(begin / kChunk)];
        for (qint64 i = begin; i < end; ++i) {
            const ReplayRequest &r = requests.at(i);
            const QByteArrayView message(r.message);
            const Complexity cb = rb.estimator().estimateUtf8(message, r.request.hints);
            Complexity ca;
            if (!sharedScan)
                ca = ra.estimator().estimateUtf8(message, r.request.hints);
            const double scoreAfter = sharedScan ? ra.estimator().scoreOf(cb.factors) : ca.score;
            const ComplexityEvidence &evidenceAfter = sharedScan ? cb.evidence : ca.evidence;
            const std::int64_t input = ModelRouter::estimateTokens(message.size())
                                       + std::max<std::int64_t>(0, r.request.hints.contextTokens);
            const int rowBefore = account(rb, b, cb.score, cb.evidence, r, input, t.beforeRequests, t.beforeUnknown,
                                          t.beforeCost, t.beforeUnrouted);
            const int rowAfter = account(ra, a, scoreAfter, evidenceAfter, r, input, t.afterRequests, t.afterUnknown,
                                         t.afterCost, t.afterUnrouted);
            if (result.allHeavyCostKnown)
                t.allHeavy += *Cost::estimate(heavyPrices, input,
                                              r.request.expectedOutputTokens.value_or(a.defaultOutputTokens));
            if (rowBefore != rowAfter) {
                const auto name = [&](int row) { return row < 0 ? QString() : result.tiers.at(row).tier; };
                changed.append({qsizetype(i), name(rowBefore), name(rowAfter), cb.score, scoreAfter});
            }
        }
    };
    if (!ParallelChunks::run(total, kChunk, work, progress)) {
        ReplayResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }

    result.requests = total;
    for (const Totals &t : totals) {
        for (qsizetype row = 0; row < rows; ++row) {
            ReplayTierRow &out = result.tiers[row];
            out.beforeRequests += t.beforeRequests[size_t(row)];
            out.afterRequests += t.afterRequests[size_t(row)];
            out.beforeUnknownCost += t.beforeUnknown[size_t(row)];
            out.afterUnknownCost += t.afterUnknown[size_t(row)];
            out.beforeCost += t.beforeCost[size_t(row)];
            out.afterCost += t.afterCost[size_t(row)];
        }
        result.beforeUnrouted += t.beforeUnrouted;
        result.afterUnrouted += t.afterUnrouted;
        result.allHeavyCost += t.allHeavy;
    }
    for (const ReplayTierRow &row : std::as_const(result.tiers)) {
        result.beforeCost += row.beforeCost;
        result.afterCost += row.afterCost;
    }
    for (const QList<ReplayChange> &chunk : changes)
        result.changed.append(chunk);
    result.beforeSavingsPercent = savingsPercent(result, result.beforeCost,
                                                 result.beforeUnknownCost() + result.beforeUnrouted);
    result.afterSavingsPercent = savingsPercent(result, result.afterCost,
                                                result.afterUnknownCost() + result.afterUnrouted);
    return result;
}

} // namespace Replay
