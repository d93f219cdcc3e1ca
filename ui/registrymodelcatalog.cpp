#include "registrymodelcatalog.h"

#include <QCoreApplication>
#include <QSet>

RegistryModelCatalog::RegistryModelCatalog(const QList<LLMModel> &models, const QString &source)
    : m_source(source)
{
    QSet<QString> seen;
    for (const LLMModel &row : models) {
        if (!row.isActive || seen.contains(row.modelId))
            continue;
        seen.insert(row.modelId);
        CatalogModel m;
        m.id = row.modelId; // what a tier's `model:` holds
        m.provider = row.provider;
        m.inputPerMillion = row.inputPrice;
        m.outputPerMillion = row.outputPrice;
        if (row.contextWindow)
            m.contextWindow = int(qMin<qint64>(*row.contextWindow, std::numeric_limits<int>::max()));
        m.source = row.priceSource.isEmpty()
            ? QCoreApplication::translate("ModelCatalog", "registry")
            : QCoreApplication::translate("ModelCatalog", "registry, price from %1").arg(row.priceSource);
        m_models.append(m);
    }
}

QString RegistryModelCatalog::description() const
{
    return QCoreApplication::translate("ModelCatalog", "registry (%n model(s), %1)", nullptr,
                                       int(m_models.size())).arg(m_source);
}
