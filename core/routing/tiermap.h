#pragma once

#include "routeclass.h"

#include "config/tierconfig.h"

#include <QCoreApplication>
#include <QString>

#include <array>

/// Maps the routing classes light/standard/heavy to a TierConfig's tier names
/// (fast/standard/reasoning by default, as in the seed's ModelTierConfig).
class TierMap
{
    Q_DECLARE_TR_FUNCTIONS(TierMap)

public:
    TierMap();

    void setTierName(RouteClass routeClass, const QString &tierName);
    QString tierName(RouteClass routeClass) const;
    /// The class whose mapped name is `tierName`, if any.
    std::optional<RouteClass> classOf(const QString &tierName) const;

    /// The outcome of resolving a class against a config.
    struct Resolution
    {
        const TierEntry *entry = nullptr; ///< points into the config; null when nothing fits
        RouteClass resolvedClass = RouteClass::Light; ///< the class actually used
        QString reason; ///< empty when the mapped tier exists, else why another one was taken
    };

    /// The config entry for `routeClass`. When its tier is missing, the nearest configured class
    /// is used: one step away first, and on a tie the heavier one (never silently lose quality).
    Resolution resolve(const TierConfig &config, RouteClass routeClass) const;

private:
    std::array<QString, 3> m_names;
};
