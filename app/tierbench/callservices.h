#pragma once

#include "calls/callrecorder.h"
#include "calls/routedcallservice.h"
#include "config/tierconfig.h"
#include "providers/providerclient.h"
#include "store/database.h"
#include "store/storewriter.h"

#include <QNetworkAccessManager>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

/// The services every mode that calls models shares: one network manager and provider
/// client, the workspace store's writer, and the RoutedCallService (budgets, fallback,
/// metrics) that Compare's router target and the Router mode's Send both go through.
///
/// When no API key for any tier of the workspace config is in the keychain or the environment, every tier
/// runs on the simulated provider instead (config().tiers[].provider = "simulated"), and the
/// panes and charts say so, so a fresh user can try everything with no key.
class CallServices final
{
public:
    /// Records into `store` (see WorkspaceStore::choose); in memory when it cannot be opened.
    /// `keychainEntries` are the keychain entries that hold a key (read once at start-up).
    CallServices(TierConfig workspaceConfig, QSet<QString> keychainEntries, const Database &store);
    ~CallServices();
    Q_DISABLE_COPY_MOVE(CallServices)

    ProviderClient *client() { return &m_client; }
    QNetworkAccessManager *network() { return &m_network; }
    RoutedCallService *routedCalls() { return m_service.get(); }
    /// Where calls are recorded (and budgets read): a second RoutedCallService with its own
    /// config and policy, like the Router mode's, records through the same one.
    CallRecorder *recorder() { return m_recorder.get(); }
    /// The config calls use: the workspace's, or its simulated twin.
    const TierConfig &config() const { return m_config; }
    bool isSimulated() const { return m_simulated; }
    /// The workspace database, or an invalid one when it could not be opened.
    const Database &database() const { return m_database; }
    /// The store chosen at start-up, whether or not it could be opened.
    const Database &storeLocation() const { return m_location; }
    /// Why the store could not be opened (calls are then kept in memory); empty when it is open.
    QString storeError() const { return m_storeError; }

    /// The keychain entries that hold a key: found after start-up (ProviderKeys::scan, off the
    /// start-up path), updated when the Providers page sets or removes a key. Calls after that
    /// see the change: the workspace config leaves or enters simulation, and the listeners
    /// added with onKeysChanged() are told.
    void setKeychainEntries(const QSet<QString> &entries);
    void onKeysChanged(std::function<void()> listener) { m_keysChanged.push_back(std::move(listener)); }
    const QSet<QString> &keychainEntries() const { return m_keychainEntries; }

    /// ProviderKeys::isUsable() for a provider: a key in the keychain or the environment, or
    /// none needed (auth type none, Ollama, a server on loopback).
    bool canCall(const QString &provider, const TierConfig &config) const;
    /// `config` as it is called: unchanged when one of its tiers is usable, else with every
    /// tier on the simulated provider (and `simulated` set).
    TierConfig callableConfig(TierConfig config, bool *simulated) const;

private:
    QNetworkAccessManager m_network;
    ProviderClient m_client;
    Database m_location;
    Database m_database;
    QString m_storeError;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<RoutedCallService> m_service;
    QSet<QString> m_keychainEntries;
    std::vector<std::function<void()>> m_keysChanged;
    TierConfig m_workspaceConfig;
    TierConfig m_config;
    bool m_simulated = false;
};
