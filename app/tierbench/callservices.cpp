#include "callservices.h"

#include "config/secretenv.h"
#include "providers/secretstore.h"

bool CallServices::hasKeyInEnvironment(const TierEntry &entry, const TierConfig &config)
{
    const ProviderKind kind = providerKindFromName(entry.provider);
    if (kind == ProviderKind::Ollama || kind == ProviderKind::Simulated)
        return true;
    const std::optional<AuthConfig> auth = config.effectiveAuth(entry);
    if (auth && auth->type == u"none")
        return true;
    if (auth && !auth->secretRef.isEmpty()
        && qEnvironmentVariableIsSet(qPrintable(secretEnvName(auth->secretRef, auth->secretKey))))
        return true;
    const QString sdk = sdkKeyVariable(kind);
    return !sdk.isEmpty() && qEnvironmentVariableIsSet(qPrintable(sdk));
}

bool CallServices::canCall(const QString &provider, const TierConfig &config)
{
    TierEntry probe;
    probe.provider = provider;
    for (const TierEntry &entry : config.tiers) {
        if (entry.provider == provider) {
            probe = entry;
            break;
        }
    }
    return hasKeyInEnvironment(probe, config);
}

TierConfig CallServices::callableConfig(TierConfig config, bool *simulated)
{
    bool none = true;
    for (const TierEntry &entry : std::as_const(config.tiers))
        none = none && !hasKeyInEnvironment(entry, config);
    *simulated = none;
    if (none) {
        for (TierEntry &entry : config.tiers)
            entry.provider = QStringLiteral("simulated");
    }
    return config;
}

CallServices::CallServices(TierConfig workspaceConfig, const Database &store)
    : m_client(&m_network, SecretStore::defaultBackend())
    , m_location(store)
    , m_config(std::move(workspaceConfig))
{
    m_config = callableConfig(std::move(m_config), &m_simulated);
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

CallServices::~CallServices()
{
    m_service.reset();
    m_recorder.reset();
    m_writer.reset(); // commits what is queued
}
