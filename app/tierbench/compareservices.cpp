#include "compareservices.h"

#include "registrytargets.h"

#include "config/secretenv.h"
#include "store/database.h"

bool CompareServices::hasKeyInEnvironment(const TierEntry &entry, const TierConfig &config)
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

bool CompareServices::canCall(const QString &provider, const TierConfig &config)
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

CompareServices::CompareServices(TierConfig config, QList<LLMModel> registry, QString *storeError)
    : m_client(&m_network, SecretStore::defaultBackend())
    , m_executor(&m_client)
    , m_config(std::move(config))
    , m_registry(std::move(registry))
{
    m_simulated = true;
    for (const TierEntry &entry : std::as_const(m_config.tiers))
        m_simulated = m_simulated && !hasKeyInEnvironment(entry, m_config);
    if (m_simulated) {
        for (TierEntry &entry : m_config.tiers)
            entry.provider = QStringLiteral("simulated");
    }
    m_router = std::make_unique<RouterTarget>(ModelRouter(m_config));

    QString error;
    if (m_sqlStore.open(Database::fromLocation({}), &error)) {
        m_store = &m_sqlStore;
    } else {
        m_store = &m_memoryStore;
        if (storeError)
            *storeError = error;
    }
}

CompareContext CompareServices::context()
{
    CompareContext context;
    context.executor = &m_executor;
    context.store = m_store;
    context.router = m_router.get();
    context.targets = TargetResolver::fromTierConfig(m_config);
    for (const Target &target : std::as_const(context.targets).first(std::min<qsizetype>(2, context.targets.size())))
        context.initiallyChecked.append(target.id);
    context.initiallyChecked.append(QStringLiteral("router"));
    if (!m_simulated) {
        const TierConfig &config = m_config;
        context.targets += registryTargets(m_registry, config, [&config](const QString &provider) {
            return canCall(provider, config);
        });
    }
    return context;
}
