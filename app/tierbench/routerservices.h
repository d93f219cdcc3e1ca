#pragma once

#include "routercontext.h"

/// What the Router mode gets from the application: the workspace's tier configs (every
/// YAML file there that holds a usable ModelTierConfig, default.yaml first).
class RouterServices final
{
public:
    explicit RouterServices(const QString &workspaceDir);
    Q_DISABLE_COPY_MOVE(RouterServices)

    RouterContext context() const { return m_context; }
    /// The usable tier configs of `workspaceDir`; empty when there is none.
    static QList<RouterConfigChoice> workspaceConfigs(const QString &workspaceDir);

private:
    RouterContext m_context;
};
