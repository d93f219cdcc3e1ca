#pragma once

#include "comparecontext.h"
#include "config/tierconfig.h"
#include "experiments/providercellexecutor.h"
#include "experiments/sqlcellstore.h"
#include "experiments/targetresolver.h"
#include "providers/providerclient.h"
#include "registry/llmmodel.h"

#include <QNetworkAccessManager>

#include <memory>

/// The services behind the Compare mode: one network manager and provider client, the
/// experiment executor, the workspace's cell store and the router target.
///
/// The targets are the tiers of the workspace's default config. When no API key for any of
/// its providers is set in the environment, every tier runs on the simulated provider
/// instead, and the panes say so ("simulated"), so a fresh user can compare with no key.
/// Registry models that a provider listed and that can be called are offered too.
class CompareServices final
{
public:
    /// `config` is the workspace's default ModelTierConfig; `storeError` receives why the
    /// run store could not be opened (the page then keeps runs in memory).
    CompareServices(TierConfig config, QList<LLMModel> registry, QString *storeError = nullptr);
    Q_DISABLE_COPY_MOVE(CompareServices)

    CompareContext context();
    bool isSimulated() const { return m_simulated; }

    /// True when a key for `entry` is set in the environment (derived name or SDK variable),
    /// or the tier needs none (auth type none, a local Ollama).
    static bool hasKeyInEnvironment(const TierEntry &entry, const TierConfig &config);
    /// hasKeyInEnvironment() for a provider: through its first tier in `config`, else the
    /// config's default auth and the provider's SDK variable.
    static bool canCall(const QString &provider, const TierConfig &config);

private:
    QNetworkAccessManager m_network;
    ProviderClient m_client;
    ProviderCellExecutor m_executor;
    SqlCellStore m_sqlStore;
    MemoryCellStore m_memoryStore;
    CellStore *m_store = nullptr;
    TierConfig m_config;
    QList<LLMModel> m_registry;
    std::unique_ptr<RouterTarget> m_router;
    bool m_simulated = false;
};
