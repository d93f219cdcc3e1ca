#include "cellgridfilter.h"

CellGridFilter::CellGridFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void CellGridFilter::setGridModel(CellGridModel *model)
{
    m_grid = model;
    setSourceModel(model);
    // A cell finishing can move its row in or out of the filter.
    connect(model, &CellGridModel::dataChanged, this, [this] {
        if (m_filter != CellGridModel::RowFilter::All)
            invalidateFilter();
    });
}

void CellGridFilter::setRowFilter(CellGridModel::RowFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool CellGridFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_grid)
        return false;
    return m_grid->rowMatches(sourceRow, m_filter);
}
