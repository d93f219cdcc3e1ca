#include "compareservices.h"

#include "registrytargets.h"

#include "experiments/targetresolver.h"
#include "store/database.h"

CompareServices::CompareServices(CallServices *calls, QList<LLMModel> registry, QString *storeError)
    : m_calls(calls)
    , m_direct(calls->client())
    , m_executor(calls->routedCalls(), &m_direct)
    , m_registry(std::move(registry))
    , m_router(calls->routedCalls())
{
    QString error;
    if (m_sqlStore.open(Database::fromLocation({}), &error)) {
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
    const TierConfig &config = m_calls->config();
    context.targets = TargetResolver::fromTierConfig(config);
    for (const Target &target : std::as_const(context.targets).first(std::min<qsizetype>(2, context.targets.size())))
        context.initiallyChecked.append(target.id);
    context.initiallyChecked.append(QStringLiteral("router"));
    if (!m_calls->isSimulated()) {
        context.targets += registryTargets(m_registry, config, [&config](const QString &provider) {
            return CallServices::canCall(provider, config);
        });
    }
    return context;
}
