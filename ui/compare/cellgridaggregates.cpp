// CellGridModel: column aggregates and header data.
#include "cellgridmodel.h"

#include "formatting.h"

#include <QLocale>

void CellGridModel::recomputeColumn(int column)
{
    if (column < 0 || column >= int(m_stats.size()))
        return;
    QList<CellResult> cells;
    for (const CellResult &c : std::as_const(m_cells))
        if (c.key.targetIndex == column)
            cells.append(c);
    RunSummary::TargetStats stats;
    stats.targetId = m_experiment.targets.at(column).id;
    if (const auto s = RunSummary(cells).target(stats.targetId))
        stats = *s;
    m_stats[column] = stats;
}

RunSummary::TargetStats CellGridModel::columnStats(int column) const
{
    return m_stats.value(column);
}

QString CellGridModel::headerText(int column) const
{
    const Target &t = m_experiment.targets.at(column);
    const RunSummary::TargetStats &s = m_stats.at(column);
    QString title = t.id;
    if (!t.isRouter && !t.model.isEmpty() && t.model != t.id)
        title += QStringLiteral(" · ") + t.model;
    if (s.cells == 0)
        return title + u'\n' + tr("no results yet");
    const QString cost = s.unknownCost > 0 && s.totalCost.isZero()
                             ? CompareFormat::unknown()
                             : Cost::format(s.totalCost) + (s.unknownCost > 0 ? QStringLiteral("+?") : QString());
    const QString rate = QLocale::c().toString(100.0 * s.passRate(), 'f', 0);
    return tr("%1\np50 %2 · p95 %3\n%4 · pass %5% (%6/%7)")
        .arg(title, CompareFormat::ms(s.p50Ms), CompareFormat::ms(s.p95Ms), cost, rate)
        .arg(s.passed)
        .arg(s.cells);
}

QString CellGridModel::headerToolTip(int column) const
{
    const Target &t = m_experiment.targets.at(column);
    const RunSummary::TargetStats &s = m_stats.at(column);
    QStringList lines;
    lines << tr("%1: provider %2, model %3, tier %4")
                 .arg(t.id, t.provider.isEmpty() ? QStringLiteral("–") : t.provider,
                      t.model.isEmpty() ? QStringLiteral("–") : t.model,
                      t.tier.isEmpty() ? QStringLiteral("–") : t.tier);
    lines << tr("Latency is total time per cell (nearest-rank p50 and p95 of finished cells).");
    lines << tr("%1 succeeded, %2 failed, %3 passed every assertion.")
                 .arg(s.succeeded).arg(s.failed).arg(s.passed);
    if (s.unknownCost > 0)
        lines << tr("%1 cell(s) have an unknown cost and are not in the total.").arg(s.unknownCost);
    if (s.rateLimitedRetries > 0)
        lines << tr("%1 rate-limited retries were absorbed (not failures).").arg(s.rateLimitedRetries);
    return lines.join(u'\n');
}

QVariant CellGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole)
            return headerText(section);
        if (role == Qt::ToolTipRole)
            return headerToolTip(section);
        return {};
    }
    if (section < 0 || section >= rowCount() || role != Qt::DisplayRole)
        return {};
    const CellKey k = keyAt(section, 0);
    const QString id = m_experiment.cases.at(k.caseIndex).id;
    return m_experiment.repeats > 1 ? QStringLiteral("%1 #%2").arg(id).arg(k.repeat + 1) : id;
}
