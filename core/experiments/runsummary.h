#pragma once

#include "cell.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// Aggregates of a run per target, and the router-versus-baseline comparison.
class RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(RunSummary)
public:
    struct TargetStats
    {
        QString targetId;
        int cells = 0;     ///< final cells (succeeded + failed)
        int succeeded = 0;
        int failed = 0;    ///< model or transport errors (not 429 waits)
        int passed = 0;    ///< succeeded with every assertion passing
        int rateLimitedRetries = 0; ///< 429s absorbed by the scheduler
        std::optional<qint64> p50Ms;
        std::optional<qint64> p95Ms;
        Decimal totalCost;
        int unknownCost = 0; ///< succeeded cells whose cost is unknown
        double passRate() const { return cells ? double(passed) / cells : 0.0; }
    };

    /// Router against a baseline (usually the always-reasoning tier) over the cells both
    /// completed with a known cost.
    struct Comparison
    {
        QString routerId;
        QString baselineId;
        int pairedCells = 0;
        Decimal routerCost;
        Decimal baselineCost;
        Decimal costSaved() const { return baselineCost - routerCost; }
        double costSavedPercent() const;
        double passRateDelta = 0.0; ///< router pass rate minus baseline pass rate, in points of 1
    };

    explicit RunSummary(const QList<CellResult> &cells);

    const QList<TargetStats> &targets() const { return m_targets; }
    std::optional<TargetStats> target(const QString &targetId) const;
    Comparison compare(const QString &routerId, const QString &baselineId) const;
    int totalAssertionFailures() const;

    /// A Markdown report: a table per target, then the comparison when given.
    QString toMarkdown(const QString &title, const std::optional<Comparison> &comparison) const;

    /// Nearest-rank percentile of sorted values; nullopt for an empty list.
    static std::optional<qint64> percentile(QList<qint64> values, double p);

private:
    QList<CellResult> m_cells;
    QList<TargetStats> m_targets;
};
