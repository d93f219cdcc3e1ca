#include "tiercostmodel.h"

#include "routerformat.h"

#include <QFont>

TierCostModel::TierCostModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TierCostModel::setDecision(const TierConfig &config, const RoutingDecision &d)
{
    QList<Row> rows;
    for (const TierEntry &e : config.tiers) {
        Row r{e.tier, e.provider, e.model, std::nullopt, e.prices(), false};
        if (d.ok() && e.tier == d.tier) {
            r.chosen = true;
            r.cost = d.estimatedCost;
        } else {
            const auto alt = std::find_if(d.alternatives.cbegin(), d.alternatives.cend(),
                                          [&e](const TierAlternative &a) { return a.tier == e.tier; });
            r.cost = alt != d.alternatives.cend()
                         ? alt->estimatedCost
                         : Cost::estimate(r.prices, d.estimatedInputTokens, d.estimatedOutputTokens);
        }
        rows.append(r);
    }
    m_inputTokens = d.estimatedInputTokens;
    m_outputTokens = d.estimatedOutputTokens;
    if (rows.size() == m_rows.size()) { // typing: same tiers, new numbers
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TierCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierCostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TierColumn: return r.chosen ? tr("%1 ✔").arg(r.tier) : r.tier;
        case ProviderColumn: return r.provider;
        case ModelColumn: return r.model;
        case CostColumn: return RouterFormat::cost(r.cost);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CostColumn)
            return RouterFormat::costExplanation(m_inputTokens, m_outputTokens, r.prices);
        if (index.column() == ModelColumn)
            return r.model;
        return r.chosen ? tr("The router sends this request to tier %1.").arg(r.tier) : QVariant();
    case Qt::FontRole:
        if (r.chosen) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CostColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ChosenRole: return r.chosen;
    case CostRole: return r.cost ? r.cost->toString() : QString();
    }
    return {};
}

QVariant TierCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TierColumn: return tr("Tier");
    case ProviderColumn: return tr("Provider");
    case ModelColumn: return tr("Model");
    case CostColumn: return tr("Est. cost");
    }
    return {};
}
