#pragma once

#include "registry/modelregistry.h"

#include <QAbstractTableModel>

/// The price catalogue: every source's price of every model, registry row or not.
class PriceCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Provider, Model, Source, Input, Output, Cached, Context, AsOf, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPrices(QList<CatalogPrice> prices);
    const QList<CatalogPrice> &prices() const { return m_prices; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CatalogPrice> m_prices;
};

/// One model's price history (newest first), then its sources' current prices.
class PriceHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AsOf, Source, Input, Output, Cached, Kind, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setHistory(QList<PriceHistoryEntry> history);
    const QList<PriceHistoryEntry> &history() const { return m_history; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PriceHistoryEntry> m_history;
};

/// audit_log rows, newest first, with old and new values.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Model, Action, Field, OldValue, NewValue, Actor, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};
