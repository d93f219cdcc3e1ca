#include "pricetables.h"

#include "modelsformat.h"

#include <QPalette>

namespace {

QVariant dimmedWhenUnknown(const std::optional<Decimal> &value)
{
    return value ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
}

QVariant rightAligned()
{
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

void PriceCatalogModel::setPrices(QList<CatalogPrice> prices)
{
    beginResetModel();
    m_prices = std::move(prices);
    endResetModel();
}

int PriceCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_prices.size());
}

int PriceCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogPrice &c = m_prices.at(index.row());
    const std::optional<Decimal> *price = index.column() == Input ? &c.price.input
                                        : index.column() == Output ? &c.price.output
                                        : index.column() == Cached ? &c.price.cachedInput
                                                                   : nullptr;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Key: return c.key();
        case Provider: return c.price.provider;
        case Model: return c.price.modelId;
        case Source: return c.price.source;
        case Input:
        case Output:
        case Cached: return ModelsFormat::price(*price);
        case Context: return ModelsFormat::count(c.price.contextWindow);
        case AsOf: return ModelsFormat::time(c.asOf);
        case ColumnCount: break;
        }
    } else if (role == Qt::ForegroundRole && price) {
        return dimmedWhenUnknown(*price);
    } else if (role == Qt::TextAlignmentRole && index.column() >= Input && index.column() <= Context) {
        return rightAligned();
    }
    return {};
}

QVariant PriceCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const char *const names[] = {QT_TR_NOOP("Key"), QT_TR_NOOP("Provider"), QT_TR_NOOP("Model"), QT_TR_NOOP("Source"),
                                 QT_TR_NOOP("Input /1M"), QT_TR_NOOP("Output /1M"), QT_TR_NOOP("Cached /1M"),
                                 QT_TR_NOOP("Context"), QT_TR_NOOP("As of")};
    return tr(names[section]);
}

void PriceHistoryModel::setHistory(QList<PriceHistoryEntry> history)
{
    beginResetModel();
    m_history = std::move(history);
    endResetModel();
}

int PriceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int PriceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriceHistoryEntry &h = m_history.at(index.row());
    const std::optional<Decimal> *price = index.column() == Input ? &h.input
                                        : index.column() == Output ? &h.output
                                        : index.column() == Cached ? &h.cachedInput
                                                                   : nullptr;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case AsOf: return ModelsFormat::time(h.asOf);
        case Source: return h.source.isEmpty() ? tr("unknown") : h.source;
        case Input:
        case Output:
        case Cached: return ModelsFormat::price(*price);
        case Kind: return h.current ? tr("source now") : (h.actor.isEmpty() ? tr("in use") : tr("in use (%1)").arg(h.actor));
        case ColumnCount: break;
        }
    } else if (role == Qt::ForegroundRole && price) {
        return dimmedWhenUnknown(*price);
    } else if (role == Qt::TextAlignmentRole && price) {
        return rightAligned();
    }
    return {};
}

QVariant PriceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const char *const names[] = {QT_TR_NOOP("As of"), QT_TR_NOOP("Source"), QT_TR_NOOP("Input /1M"),
                                 QT_TR_NOOP("Output /1M"), QT_TR_NOOP("Cached /1M"), QT_TR_NOOP("Kind")};
    return tr(names[section]);
}

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &a = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Time: return ModelsFormat::time(a.at);
        case Model: return a.entity;
        case Action: return a.action;
        case Field: return a.field;
        case OldValue: return a.oldValue.isEmpty() ? tr("(none)") : a.oldValue;
        case NewValue: return a.newValue.isEmpty() ? tr("(none)") : a.newValue;
        case Actor: return a.actor;
        case ColumnCount: break;
        }
    } else if (role == Qt::ForegroundRole && ((index.column() == OldValue && a.oldValue.isEmpty())
                                              || (index.column() == NewValue && a.newValue.isEmpty()))) {
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const char *const names[] = {QT_TR_NOOP("Time"), QT_TR_NOOP("Model"), QT_TR_NOOP("Action"), QT_TR_NOOP("Field"),
                                 QT_TR_NOOP("Old value"), QT_TR_NOOP("New value"), QT_TR_NOOP("By")};
    return tr(names[section]);
}
