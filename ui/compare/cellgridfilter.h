#pragma once

#include "cellgridmodel.h"

#include <QSortFilterProxyModel>

/// Shows all rows of a CellGridModel, or only rows with a failure, an error, or answers that
/// differ between targets.
class CellGridFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CellGridFilter(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CellGridFilter)

    void setGridModel(CellGridModel *model);
    void setRowFilter(CellGridModel::RowFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CellGridModel *m_grid = nullptr;
    CellGridModel::RowFilter m_filter = CellGridModel::RowFilter::All;
};
