#pragma once

#include "experiments/cellexecutor.h"
#include "experiments/cellstore.h"
#include "experiments/target.h"

#include <QList>

#include <functional>

class CompareConfigSource;

/// What the Compare screen needs from the application. The pointers are not owned and must
/// outlive the page. `router` may be null: then the "router" target is not offered.
struct CompareContext
{
    CellExecutor *executor = nullptr;
    CellStore *store = nullptr;
    TargetRouter *router = nullptr;
    /// Targets offered when there is no `configs` source (compare-preview, tests). The
    /// router target is added by the page when `router` is set.
    QList<Target> targets{};
    /// Ids checked when the page opens.
    QStringList initiallyChecked{};
    /// The workspace's configs: the picker offers every tier of each, grouped by config,
    /// and the router routes over the chosen one. Overrides `targets` when set.
    CompareConfigSource *configs = nullptr;
    /// Points `router` at the chosen config (as it is called) before a run uses it.
    std::function<void(const TierConfig &config)> routeOver{};
    /// Registry models that can be called beside the chosen config's tiers.
    std::function<QList<Target>(const TierConfig &config)> registryTargets{};
    /// Set when the run database could not be opened and `store` keeps runs in memory only:
    /// why, shown in a banner.
    QString storeWarning{};
};

/// True when a target (or a cell's answering provider) is the simulated demo provider.
inline bool isSimulatedProvider(const QString &provider)
{
    return provider == u"simulated";
}
