#include "replaymodels.h"

#include "routerformat.h"

#include <climits>

namespace {

QString costText(const Decimal &known, qint64 unknown)
{
    if (unknown == 0)
        return Cost::format(known);
    return ReplayTierModel::tr("%1 + %n unknown", nullptr, int(std::min<qint64>(unknown, INT_MAX)))
        .arg(Cost::format(known));
}

QString tierOrNone(const QString &tier)
{
    return tier.isEmpty() ? ReplayChangeModel::tr("none") : tier;
}

} // namespace

ReplayTierModel::ReplayTierModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReplayTierModel::setResult(const ReplayResult &result)
{
    beginResetModel();
    m_rows = result.cancelled ? QList<ReplayTierRow>() : result.tiers;
    m_requests = result.requests;
    endResetModel();
}

int ReplayTierModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplayTierModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplayTierModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplayTierRow &r = m_rows.at(index.row());
    const auto share = [this](qint64 n) { return m_requests > 0 ? double(n) / double(m_requests) : 0.0; };
    const int c = index.column();
    if (role == Qt::DisplayRole) {
        switch (c) {
        case TierColumn: return r.tier;
        case BeforeRequestsColumn: return RouterFormat::count(r.beforeRequests);
        case BeforeShareColumn: return RouterFormat::percent(share(r.beforeRequests));
        case BeforeCostColumn: return costText(r.beforeCost, r.beforeUnknownCost);
        case AfterRequestsColumn: return RouterFormat::count(r.afterRequests);
        case AfterShareColumn: return RouterFormat::percent(share(r.afterRequests));
        case AfterCostColumn: return costText(r.afterCost, r.afterUnknownCost);
        }
    } else if (role == ShareRole) {
        if (c == BeforeShareColumn)
            return share(r.beforeRequests);
        if (c == AfterShareColumn)
            return share(r.afterRequests);
    } else if (role == CostRole) {
        if (c == BeforeCostColumn)
            return r.beforeCost.toString();
        if (c == AfterCostColumn)
            return r.afterCost.toString();
    } else if (role == Qt::ToolTipRole && (c == BeforeCostColumn || c == AfterCostColumn)) {
        const qint64 unknown = c == BeforeCostColumn ? r.beforeUnknownCost : r.afterUnknownCost;
        return unknown > 0 ? tr("%n request(s) on this tier have no known cost: set the tier's "
                                "prices in the Configs mode.", nullptr, int(std::min<qint64>(unknown, INT_MAX)))
                           : tr("Exact sum of the estimated costs (tokens × the tier's prices)");
    } else if (role == Qt::TextAlignmentRole && c != TierColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ReplayTierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TierColumn: return tr("Tier");
    case BeforeRequestsColumn: return tr("Before");
    case BeforeShareColumn: return tr("Before share");
    case BeforeCostColumn: return tr("Before cost");
    case AfterRequestsColumn: return tr("After");
    case AfterShareColumn: return tr("After share");
    case AfterCostColumn: return tr("After cost");
    }
    return {};
}

ReplayChangeModel::ReplayChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReplayChangeModel::setResult(const ReplayResult &result, const QList<ReplayRequest> &requests)
{
    beginResetModel();
    m_changes = result.cancelled ? QList<ReplayChange>() : result.changed;
    m_requests = requests;
    endResetModel();
}

ReplayRequest ReplayChangeModel::request(int row) const
{
    if (row < 0 || row >= m_changes.size())
        return {};
    return m_requests.value(m_changes.at(row).index);
}

int ReplayChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ReplayChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplayChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplayChange &ch = m_changes.at(index.row());
    const ReplayRequest &req = m_requests.at(ch.index);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn: return req.id;
        case BeforeTierColumn: return tierOrNone(ch.beforeTier);
        case AfterTierColumn: return tierOrNone(ch.afterTier);
        case BeforeScoreColumn: return QString::number(ch.beforeScore, 'f', 4);
        case AfterScoreColumn: return QString::number(ch.afterScore, 'f', 4);
        case MessageColumn: {
            QString text = QString::fromUtf8(req.message.left(400)).simplified();
            return text.size() > 120 ? text.left(119) + u'…' : text;
        }
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("Double-click to open this request in the playground");
    } else if (role == Qt::TextAlignmentRole
               && (index.column() == BeforeScoreColumn || index.column() == AfterScoreColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ReplayChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Request");
    case BeforeTierColumn: return tr("Before");
    case AfterTierColumn: return tr("After");
    case BeforeScoreColumn: return tr("Score before");
    case AfterScoreColumn: return tr("Score after");
    case MessageColumn: return tr("Message");
    }
    return {};
}
