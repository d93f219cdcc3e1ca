#pragma once

#include "routing/replay.h"

#include <QAbstractTableModel>

/// Per tier: requests, share and exact cost before and after a replay.
class ReplayTierModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayTierModel)

public:
    enum Column {
        TierColumn,
        BeforeRequestsColumn,
        BeforeShareColumn,
        BeforeCostColumn,
        AfterRequestsColumn,
        AfterShareColumn,
        AfterCostColumn,
        ColumnCount
    };
    /// ShareRole: the share as a fraction (double) in the share columns; CostRole: the exact
    /// decimal text in the cost columns.
    enum Role { ShareRole = Qt::UserRole + 1, CostRole };

    explicit ReplayTierModel(QObject *parent = nullptr);
    void setResult(const ReplayResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReplayTierRow> m_rows;
    qint64 m_requests = 0;
};

/// The requests whose tier changed; each row can be opened in the playground.
class ReplayChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayChangeModel)

public:
    enum Column { IdColumn, BeforeTierColumn, AfterTierColumn, BeforeScoreColumn, AfterScoreColumn, MessageColumn, ColumnCount };

    explicit ReplayChangeModel(QObject *parent = nullptr);
    /// `requests` is the list the result was computed on (ReplayChange::index points into it).
    void setResult(const ReplayResult &result, const QList<ReplayRequest> &requests);
    /// The request behind a row.
    ReplayRequest request(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReplayChange> m_changes;
    QList<ReplayRequest> m_requests;
};
