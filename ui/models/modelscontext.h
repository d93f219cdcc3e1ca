#pragma once

#include "config/tierconfig.h"
#include "providers/providerkeys.h"
#include "registry/llmmodel.h"
#include "store/database.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
struct ProviderEndpoint; // registry/modelsync.h (its ModelListFormat must not meet core/providers' one)

/// What the Models mode gets from the application (app/tierbench's ModelsServices), or from
/// a test: the workspace store, the keychain, a network manager for Test connection, the
/// open tier configs and where alerts go.
struct ModelsContext
{
    Database database;
    /// The OS keychain, an in-memory one in tests, or null (TIERBENCH_NO_KEYCHAIN=1).
    std::shared_ptr<SecretBackend> keychain;
    QNetworkAccessManager *network = nullptr;
    /// Base URLs that replace ProviderInfo::baseUrl() (tests point them at a fake server).
    QHash<QString, QUrl> baseUrls;
    /// The tier configs in use (the workspace's): their models raise alerts.
    std::function<QList<TierConfig>()> tierConfigs;
    /// A key was set or removed: the entries that now hold one (Compare and the Router mode
    /// use it for their next runs).
    std::function<void(const QSet<QString> &)> keychainChanged;
    /// An alert for the Alerts dock about model `modelId` ("provider:modelId").
    std::function<void(const QString &text, const QString &modelId)> alert;
    /// True the first time `key` is claimed (kept across runs by the app), so that an alert
    /// fires once, not on every sync. Unset: once per page.
    std::function<bool(const QString &key)> claimAlert;
    /// "Sync automatically" in hours (0 = off) and where the choice is kept.
    int syncEveryHours = 24;
    std::function<void(int)> setSyncEveryHours;
    int requestTimeoutMs = 15000;
    /// The tier configs open in the Configs mode ("default.yaml", "teams.yaml — team-b"), for
    /// "Use for tier…"; empty or unset when none is open.
    std::function<QStringList()> openConfigs;
    /// Puts `model` into `tier` of open config `index` as an undoable edit, with the
    /// registry's prices (unknown stays empty). Returns an error, or empty when it landed.
    std::function<QString(int index, const QString &tier, const LLMModel &model)> useForTier;

    QUrl baseUrl(const ProviderInfo &provider) const { return baseUrls.value(provider.name, provider.baseUrl()); }
    /// The list-models endpoint of a provider of the Providers page.
    ProviderEndpoint endpoint(const ProviderInfo &provider) const;
};
