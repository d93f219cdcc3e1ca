#pragma once

#include "routercontext.h"

#include "calls/callrecorder.h"
#include "calls/routedcallservice.h"
#include "providers/providerclient.h"
#include "store/storewriter.h"

#include <QNetworkAccessManager>

#include <memory>

/// What the Router mode gets from the application: the workspace's tier configs (every
/// YAML file there that holds a usable ModelTierConfig, default.yaml first) and the
/// RoutedCallService behind Send, recording into the workspace store.
///
/// As in Compare, when no API key for any tier of the default config is in the environment,
/// calls go to the simulated provider and the page says so.
class RouterServices final
{
public:
    /// `storeError` receives why the store could not be opened (calls are then kept in memory).
    explicit RouterServices(const QString &workspaceDir, QString *storeError = nullptr);
    ~RouterServices();
    Q_DISABLE_COPY_MOVE(RouterServices)

    RouterContext context() const { return m_context; }
    RoutedCallService *calls() const { return m_calls.get(); }
    /// The usable tier configs of `workspaceDir`; empty when there is none.
    static QList<RouterConfigChoice> workspaceConfigs(const QString &workspaceDir);

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderClient> m_client;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<RoutedCallService> m_calls;
    RouterContext m_context;
};
