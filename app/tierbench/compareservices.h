#pragma once

#include "callservices.h"
#include "comparecontext.h"
#include "workspacecompareconfigs.h"
#include "calls/routedcellexecutor.h"
#include "experiments/providercellexecutor.h"
#include "experiments/sqlcellstore.h"
#include "registry/llmmodel.h"

#include <memory>

class ConfigsMode;

/// The services behind the Compare mode: the experiment executor, the workspace's cell store,
/// the workspace's configs (as the editor holds them) and the router target.
///
/// The router target has its own RoutedCallService, pointed at the config chosen in the page
/// before each run (so it never routes over another file's tiers, and the Router mode's Send
/// keeps its own config); it shares the client and the recorder (store, budget ledger) with
/// CallServices. Each config runs on the simulated provider when none of its tiers has a key.
/// Registry models that a provider listed and that can be called are offered too.
class CompareServices final
{
public:
    /// `calls` and `configs` must outlive this; `storeError` receives why the cell store could
    /// not be opened (the page then keeps runs in memory).
    CompareServices(CallServices *calls, ConfigsMode *configs, QList<LLMModel> registry,
                    QString *storeError = nullptr);
    Q_DISABLE_COPY_MOVE(CompareServices)

    CompareContext context();
    /// The router target's service (budget alerts are wired by the application).
    RoutedCallService *routedCalls() { return m_routed.get(); }

private:
    CallServices *m_calls;
    std::unique_ptr<RoutedCallService> m_routed;
    ProviderCellExecutor m_direct;
    RoutedCellExecutor m_executor;
    SqlCellStore m_sqlStore;
    MemoryCellStore m_memoryStore;
    CellStore *m_store = nullptr;
    QString m_storeError; ///< why runs are kept in memory; empty when stored
    QList<LLMModel> m_registry;
    RoutedCallRouter m_router;
    WorkspaceCompareConfigs m_configs;
};
