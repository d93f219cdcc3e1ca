#pragma once

#include "modelcatalog.h"
#include "registry/llmmodel.h"

/// The model catalog backed by a snapshot of the model registry (core/registry). The app
/// reads the registry once at start-up and hands the rows in; the UI runs no SQL itself.
class RegistryModelCatalog final : public ModelCatalog
{
public:
    /// `models`: the registry's active rows. `source`: e.g. the database's display name.
    RegistryModelCatalog(const QList<LLMModel> &models, const QString &source);

    QList<CatalogModel> models() const override { return m_models; }
    QString description() const override;

private:
    QList<CatalogModel> m_models;
    QString m_source;
};
