#pragma once

#include "money/decimal.h"

#include <QList>
#include <QString>

#include <optional>

/// A model the user can pick for a tier, with its list prices (USD per million tokens).
struct CatalogModel
{
    QString id;
    QString provider;
    std::optional<Decimal> inputPerMillion;
    std::optional<Decimal> outputPerMillion;
    std::optional<int> contextWindow;
    QString source; ///< where the prices come from, shown on hover
};

/// What the config editor needs from a model registry: ids, prices, context windows.
class ModelCatalog
{
public:
    virtual ~ModelCatalog() = default;
    virtual QList<CatalogModel> models() const = 0;
    /// A short label for where the catalog comes from ("built-in", "registry, synced 2 h ago").
    virtual QString description() const = 0;

    std::optional<CatalogModel> find(const QString &id) const;
    QStringList ids() const;
};

/// The fallback catalog: the models of the seed's default config and a few common ones,
/// with list prices as published by the providers. Used when no registry is available.
class BuiltinModelCatalog final : public ModelCatalog
{
public:
    BuiltinModelCatalog();
    QList<CatalogModel> models() const override { return m_models; }
    QString description() const override;

private:
    QList<CatalogModel> m_models;
};
