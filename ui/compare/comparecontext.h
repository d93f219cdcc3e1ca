#pragma once

#include "experiments/cellexecutor.h"
#include "experiments/cellstore.h"
#include "experiments/target.h"

#include <QList>

/// What the Compare screen needs from the application. The pointers are not owned and must
/// outlive the page. `router` may be null: then the "router" target is not offered.
struct CompareContext
{
    CellExecutor *executor = nullptr;
    CellStore *store = nullptr;
    TargetRouter *router = nullptr;
    /// Targets offered by the picker: tiers of the open config, registry models, the
    /// simulated demo provider. The router target is added by the page when `router` is set.
    QList<Target> targets;
    /// Ids checked when the page opens.
    QStringList initiallyChecked;
    /// Set when the run database could not be opened and `store` keeps runs in memory only:
    /// why, shown in a banner.
    QString storeWarning;
};

/// True when a target (or a cell's answering provider) is the simulated demo provider.
inline bool isSimulatedProvider(const QString &provider)
{
    return provider == u"simulated";
}
