#include "runsummary.h"

#include "money/cost.h"

#include <QHash>

#include <algorithm>
#include <cmath>

double RunSummary::Comparison::costSavedPercent() const
{
    if (baselineCost.isZero())
        return 0.0;
    return 100.0 * costSaved().toDouble() / baselineCost.toDouble();
}

std::optional<qint64> RunSummary::percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

RunSummary::RunSummary(const QList<CellResult> &cells)
    : m_cells(cells)
{
    QHash<QString, QList<qint64>> latencies;
    for (const CellResult &c : cells) {
        auto it = std::find_if(m_targets.begin(), m_targets.end(),
                               [&](const TargetStats &t) { return t.targetId == c.targetId; });
        if (it == m_targets.end()) {
            m_targets.append(TargetStats{});
            it = m_targets.end() - 1;
            it->targetId = c.targetId;
        }
        it->rateLimitedRetries += std::max(0, c.attempts - 1);
        if (!c.isFinal())
            continue;
        ++it->cells;
        if (c.state == CellState::Failed) {
            ++it->failed;
            continue;
        }
        ++it->succeeded;
        if (c.passed())
            ++it->passed;
        latencies[c.targetId].append(c.outcome.totalMs);
        if (c.outcome.cost)
            it->totalCost += *c.outcome.cost;
        else
            ++it->unknownCost;
    }
    for (TargetStats &t : m_targets) {
        t.p50Ms = percentile(latencies.value(t.targetId), 50);
        t.p95Ms = percentile(latencies.value(t.targetId), 95);
    }
}

std::optional<RunSummary::TargetStats> RunSummary::target(const QString &targetId) const
{
    for (const TargetStats &t : m_targets)
        if (t.targetId == targetId)
            return t;
    return std::nullopt;
}

RunSummary::Comparison RunSummary::compare(const QString &routerId, const QString &baselineId) const
{
    Comparison cmp;
    cmp.routerId = routerId;
    cmp.baselineId = baselineId;
    // Pair cells by (case, repeat).
    QHash<QPair<QString, int>, const CellResult *> baseline;
    for (const CellResult &c : m_cells)
        if (c.targetId == baselineId && c.state == CellState::Succeeded && c.outcome.cost)
            baseline.insert({c.caseId, c.key.repeat}, &c);
    int routerPassed = 0;
    int baselinePassed = 0;
    for (const CellResult &c : m_cells) {
        if (c.targetId != routerId || c.state != CellState::Succeeded || !c.outcome.cost)
            continue;
        const CellResult *b = baseline.value({c.caseId, c.key.repeat});
        if (!b)
            continue;
        ++cmp.pairedCells;
        cmp.routerCost += *c.outcome.cost;
        cmp.baselineCost += *b->outcome.cost;
        routerPassed += c.passed() ? 1 : 0;
        baselinePassed += b->passed() ? 1 : 0;
    }
    if (cmp.pairedCells > 0)
        cmp.passRateDelta = double(routerPassed - baselinePassed) / cmp.pairedCells;
    return cmp;
}

int RunSummary::totalAssertionFailures() const
{
    int n = 0;
    for (const CellResult &c : m_cells)
        if (c.state == CellState::Succeeded && c.failedAssertions() > 0)
            ++n;
    return n;
}

QString RunSummary::toMarkdown(const QString &title, const std::optional<Comparison> &comparison) const
{
    auto ms = [](const std::optional<qint64> &v) {
        return v ? QString::number(*v) + QStringLiteral(" ms") : QStringLiteral("–");
    };
    QString md = QStringLiteral("# ") + title + QStringLiteral("\n\n");
    md += tr("| target | cells | ok | errors | pass rate | p50 | p95 | cost | 429s absorbed |") + u'\n';
    md += QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const TargetStats &t : m_targets) {
        QString cost = Cost::format(t.totalCost);
        if (t.unknownCost > 0)
            cost += tr(" (+%1 unknown)").arg(t.unknownCost);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5% | %6 | %7 | %8 | %9 |\n")
                  .arg(t.targetId).arg(t.cells).arg(t.succeeded).arg(t.failed)
                  .arg(t.passRate() * 100.0, 0, 'f', 1)
                  .arg(ms(t.p50Ms), ms(t.p95Ms), cost)
                  .arg(t.rateLimitedRetries);
    }
    if (comparison && comparison->pairedCells > 0) {
        md += u'\n' + tr("## %1 vs %2").arg(comparison->routerId, comparison->baselineId) + u'\n' + u'\n';
        md += tr("- paired cells: %1").arg(comparison->pairedCells) + u'\n';
        md += tr("- cost: %1 vs %2, saved %3 (%4%)")
                  .arg(Cost::format(comparison->routerCost), Cost::format(comparison->baselineCost),
                       Cost::format(comparison->costSaved()))
                  .arg(comparison->costSavedPercent(), 0, 'f', 1) + u'\n';
        md += tr("- pass-rate delta: %1 points")
                  .arg(comparison->passRateDelta * 100.0, 0, 'f', 1) + u'\n';
    }
    return md;
}
