#include "compareservices.h"

#include "registrytargets.h"

#include "store/database.h"

CompareServices::CompareServices(CallServices *calls, ConfigsMode *configs, QList<LLMModel> registry,
                                 QString *storeError)
    : m_calls(calls)
    , m_routed(std::make_unique<RoutedCallService>(calls->client(), calls->recorder(), calls->config()))
    , m_direct(calls->client())
    , m_executor(m_routed.get(), &m_direct)
    , m_registry(std::move(registry))
    , m_router(m_routed.get())
    , m_configs(configs, [calls](const TierConfig &config, bool *simulated) {
        return calls->callableConfig(config, simulated);
    })
{
    m_routed->setCallPolicy(calls->routedCalls()->callPolicy());
    QString error;
    if (m_sqlStore.open(calls->storeLocation(), &error)) {
        m_store = &m_sqlStore;
    } else {
        m_store = &m_memoryStore;
        m_storeError = error;
        if (storeError)
            *storeError = error;
    }
}

CompareContext CompareServices::context()
{
    CompareContext context;
    context.executor = &m_executor;
    context.store = m_store;
    context.storeWarning = m_storeError;
    context.router = &m_router;
    context.configs = &m_configs;
    context.routeOver = [this](const TierConfig &config) { m_routed->setConfig(config); };
    context.registryTargets = [this](const TierConfig &config) {
        return ::registryTargets(m_registry, config, [this, &config](const QString &provider) {
            return m_calls->canCall(provider, config);
        });
    };
    return context;
}
