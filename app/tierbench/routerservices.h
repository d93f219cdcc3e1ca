#pragma once

#include "routercontext.h"

#include "calls/routedcallservice.h"

#include <functional>
#include <memory>

class CallServices;

/// What the Router mode gets from the application: the workspace's tier configs (every
/// YAML file there that holds a usable ModelTierConfig, default.yaml first), its
/// router-policy.yaml when there is one, and a RoutedCallService for Send.
///
/// Send has its own RoutedCallService, because the page points it at the config and policy
/// being edited; it shares the client and the recorder (so the store and the budget ledger)
/// with CallServices. When CallServices runs on the simulated provider, so does Send.
class RouterServices final
{
public:
    RouterServices(const QString &workspaceDir, CallServices *calls,
                   std::function<void(const BudgetAlert &)> alertHandler);
    Q_DISABLE_COPY_MOVE(RouterServices)

    RouterContext context() const { return m_context; }
    RoutedCallService *calls() const { return m_calls.get(); }

private:
    std::unique_ptr<RoutedCallService> m_calls;
    RouterContext m_context;
};
