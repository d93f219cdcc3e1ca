#include "callservices.h"

#include "providers/providerkeys.h"

bool CallServices::canCall(const QString &provider, const TierConfig &config) const
{
    return ProviderKeys::isUsable(provider, config, m_keychainEntries);
}

TierConfig CallServices::callableConfig(TierConfig config, bool *simulated) const
{
    bool none = true;
    for (const TierEntry &entry : std::as_const(config.tiers))
        none = none && !ProviderKeys::keyStatus(entry, config, m_keychainEntries).usable();
    *simulated = none;
    if (none) {
        for (TierEntry &entry : config.tiers)
            entry.provider = QStringLiteral("simulated");
    }
    return config;
}

CallServices::CallServices(TierConfig workspaceConfig, QSet<QString> keychainEntries, const Database &store)
    : m_client(&m_network, SecretStore::defaultBackend())
    , m_location(store)
    , m_keychainEntries(std::move(keychainEntries))
    , m_workspaceConfig(std::move(workspaceConfig))
{
    m_config = callableConfig(m_workspaceConfig, &m_simulated);
    const Database db = store;
    if (db.openAndMigrate(&m_storeError)) {
        m_database = db;
        m_writer = std::make_unique<StoreWriter>(db);
        m_recorder = std::make_unique<StoreCallRecorder>(db, m_writer.get());
    } else {
        m_recorder = std::make_unique<MemoryCallRecorder>();
    }
    m_service = std::make_unique<RoutedCallService>(&m_client, m_recorder.get(), m_config);
}

void CallServices::setKeychainEntries(const QSet<QString> &entries)
{
    if (entries == m_keychainEntries)
        return;
    m_keychainEntries = entries;
    m_config = callableConfig(m_workspaceConfig, &m_simulated);
    m_service->setConfig(m_config);
    for (const auto &listener : m_keysChanged)
        listener();
}

CallServices::~CallServices()
{
    m_service.reset();
    m_recorder.reset();
    m_writer.reset(); // commits what is queued
}
