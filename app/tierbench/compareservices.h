#pragma once

#include "callservices.h"
#include "comparecontext.h"
#include "calls/routedcellexecutor.h"
#include "experiments/providercellexecutor.h"
#include "experiments/sqlcellstore.h"
#include "registry/llmmodel.h"

/// The services behind the Compare mode: the experiment executor (router-chosen cells go
/// through the shared RoutedCallService), the workspace's cell store and the router target.
///
/// The targets are the tiers of the call services' config (simulated when no key is set).
/// Registry models that a provider listed and that can be called are offered too.
class CompareServices final
{
public:
    /// `calls` must outlive this; `storeError` receives why the cell store could not be opened
    /// (the page then keeps runs in memory).
    CompareServices(CallServices *calls, QList<LLMModel> registry, QString *storeError = nullptr);
    Q_DISABLE_COPY_MOVE(CompareServices)

    CompareContext context();
    bool isSimulated() const { return m_calls->isSimulated(); }

private:
    CallServices *m_calls;
    ProviderCellExecutor m_direct;
    RoutedCellExecutor m_executor;
    SqlCellStore m_sqlStore;
    MemoryCellStore m_memoryStore;
    CellStore *m_store = nullptr;
    QString m_storeError; ///< why runs are kept in memory; empty when stored
    QList<LLMModel> m_registry;
    RoutedCallRouter m_router;
};
