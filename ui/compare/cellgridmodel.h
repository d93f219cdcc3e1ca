#pragma once

#include "experiments/experiment.h"
#include "experiments/runsummary.h"

#include <QAbstractTableModel>
#include <QHash>

/// The batch grid: rows are test cases (× repeats), columns are targets. A cell shows its
/// answer's preview, pass/fail and latency/cost; a column header shows p50/p95 latency, total
/// cost and pass rate of that target.
class CellGridModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CellRole = Qt::UserRole + 1, ///< CellResult
        StateRole,                   ///< int(CellState)
        PassedRole,                  ///< bool; invalid until the cell succeeded
        LatencyTextRole,             ///< "1.2 s" or "unknown"
        CostTextRole,                ///< "$0.0042" or "unknown"
        BadgeTextRole,               ///< "pass", "2 failed", "error: timeout", "running"...
        RoutedTierRole,              ///< router column: the tier the prompt was routed to
    };
    enum class RowFilter { All, Failures, Errors, Different };

    explicit CellGridModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CellGridModel)

    /// Lays out an empty grid for `experiment`'s cases, repeats and targets.
    void setExperiment(const Experiment &experiment);
    /// Updates one cell (a finished, started or stored one).
    void updateCell(const CellResult &cell);
    /// Lays out and fills the grid from stored cells (a reopened run).
    void setCells(const Experiment &experiment, const QList<CellResult> &cells);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool rowMatches(int row, RowFilter filter) const;
    CellKey keyAt(int row, int column) const;
    QList<CellResult> cells() const { return m_cells.values(); }
    /// Aggregates of one column (target), as shown in its header.
    RunSummary::TargetStats columnStats(int column) const;

private:
    void recomputeColumn(int column);
    QString headerText(int column) const;
    QString headerToolTip(int column) const;

    Experiment m_experiment;
    QHash<CellKey, CellResult> m_cells;
    QList<RunSummary::TargetStats> m_stats;
};
