#pragma once

#include "config/tierconfig.h"
#include "routing/replay.h"

#include <QList>
#include <QString>

#include <functional>

class Prompter;
class RoutedCallService;

/// One workspace config the router can route onto.
struct RouterConfigChoice
{
    QString name; ///< shown in the combo (file name or metadata.name)
    QString path; ///< empty for the built-in seed config
    TierConfig config;
};

/// The usable tier configs of a workspace folder: every YAML file there that holds a
/// ModelTierConfig with tiers, default.yaml first; empty when there is none.
QList<RouterConfigChoice> workspaceRouterConfigs(const QString &workspaceDir);

/// What the Router mode needs from the application. With no configs, the page routes onto
/// the seed's default config.
struct RouterContext
{
    QList<RouterConfigChoice> configs;
    /// Name of the config selected first (the first one when empty or unknown).
    QString currentConfig;
    /// A RouterPolicy file to open at start; empty = the built-in (seed) policy.
    QString policyPath;
    /// Makes the playground's Send call (not owned); null = Send stays disabled.
    RoutedCallService *calls = nullptr;
    /// Reads the workspace store's replayable requests (called on a worker thread); empty =
    /// no store, replay takes JSONL files only.
    std::function<ReplayInput(QString *error)> storedRequests;
    /// Asks for files, reviews diffs and shows errors (not owned); null = the real dialogs.
    Prompter *prompter = nullptr;
};
