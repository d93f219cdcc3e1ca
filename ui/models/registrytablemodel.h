#pragma once

#include "registry/llmmodel.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

/// The registry's models, one row each, with the columns of issue 14. Read-only: tier and
/// default are set through the page (ModelRegistry::assignTier, with an audit row).
class RegistryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id, Provider, Model, DisplayName, Tier, InputPrice, OutputPrice, CachedPrice, ContextWindow, MaxOutput,
        Active, Default, Deprecation, PriceSource, PriceAge, LastSynced, ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setModels(QList<LLMModel> models);
    const QList<LLMModel> &models() const { return m_models; }
    const LLMModel &modelAt(int row) const { return m_models.at(row); }
    /// The row of `id`, or -1.
    int rowOf(const QString &id) const;
    /// Models with a price drift flag (their sources disagree, or the price map is stale).
    void setDriftFlags(const QHash<QString, QString> &flags);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LLMModel> m_models;
    QHash<QString, QString> m_drift;
};

/// Search (id, display name), provider, tier and "show inactive"; sorts prices and counts by
/// value with unknown values last.
class RegistryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString &text);
    void setProvider(const QString &provider);
    void setTier(const QString &tier);
    void setShowInactive(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QString m_provider;
    QString m_tier;
    bool m_showInactive = false;
};
