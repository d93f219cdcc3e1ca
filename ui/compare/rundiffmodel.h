#pragma once

#include "experiments/cell.h"

#include <QAbstractTableModel>

/// Two runs side by side, one row per cell matched by (case id, target id, repeat):
/// cost and latency in each run and their deltas (B − A). Unmatched cells show "–".
class RunDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Case, TargetColumn, CostA, CostB, DeltaCost, LatencyA, LatencyB, DeltaLatency,
                  SameText, ColumnCount };

    explicit RunDiffModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RunDiffModel)

    void setRuns(const QList<CellResult> &a, const QList<CellResult> &b);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Sums over the rows matched in both runs with known costs.
    Decimal totalDeltaCost() const { return m_totalDeltaCost; }

private:
    struct Row
    {
        QString caseId;
        QString targetId;
        int repeat = 0;
        std::optional<CellResult> a;
        std::optional<CellResult> b;
    };
    QList<Row> m_rows;
    Decimal m_totalDeltaCost;
};
