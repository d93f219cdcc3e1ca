#include "routerservices.h"

#include "compareservices.h"

#include "config/configcodec.h"
#include "providers/secretstore.h"
#include "store/database.h"

#include <QDir>

RouterServices::RouterServices(const QString &workspaceDir, QString *storeError)
    : m_client(std::make_unique<ProviderClient>(&m_network, SecretStore::defaultBackend()))
{
    m_context.configs = workspaceConfigs(workspaceDir);
    m_context.currentConfig = QStringLiteral("default.yaml");

    const Database db = Database::fromLocation({});
    QString error;
    if (db.openAndMigrate(&error)) {
        m_writer = std::make_unique<StoreWriter>(db);
        m_recorder = std::make_unique<StoreCallRecorder>(db, m_writer.get());
    } else {
        m_recorder = std::make_unique<MemoryCallRecorder>();
        if (storeError)
            *storeError = error;
    }
    const TierConfig config = m_context.configs.isEmpty() ? ModelRouter::defaultTierConfig()
                                                          : m_context.configs.constFirst().config;
    m_calls = std::make_unique<RoutedCallService>(m_client.get(), m_recorder.get(), config);
    bool simulated = true;
    for (const TierEntry &entry : config.tiers)
        simulated = simulated && !CompareServices::hasKeyInEnvironment(entry, config);
    m_calls->setSimulated(simulated);
    // The seed's budgets (TOKEN_BUDGET_DAILY / _MONTHLY) until a policy file sets them.
    m_calls->budget().setDefaultLimits(BudgetManager::limitsFromEnvironment());
    m_context.calls = m_calls.get();
}

RouterServices::~RouterServices()
{
    m_calls.reset();
    m_recorder.reset();
    m_writer.reset(); // commits what is queued
}

QList<RouterConfigChoice> RouterServices::workspaceConfigs(const QString &workspaceDir)
{
    QList<RouterConfigChoice> configs;
    if (workspaceDir.isEmpty())
        return configs;
    const QDir dir(workspaceDir);
    QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                      QDir::Files, QDir::Name);
    if (files.removeOne(QStringLiteral("default.yaml")))
        files.prepend(QStringLiteral("default.yaml"));
    for (const QString &file : std::as_const(files)) {
        const TierConfigLoad load = ConfigCodec::loadTierConfig(dir.filePath(file));
        if (load.config && !load.config->tiers.isEmpty())
            configs.append({file, dir.filePath(file), *load.config});
    }
    return configs;
}
