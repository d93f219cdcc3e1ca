#include "tiermap.h"

TierMap::TierMap()
    : m_names{QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")}
{
}

void TierMap::setTierName(RouteClass routeClass, const QString &tierName)
{
    m_names[RouteClasses::index(routeClass)] = tierName;
}

QString TierMap::tierName(RouteClass routeClass) const
{
    return m_names[RouteClasses::index(routeClass)];
}

std::optional<RouteClass> TierMap::classOf(const QString &tierName) const
{
    for (RouteClass c : RouteClasses::all)
        if (m_names[RouteClasses::index(c)] == tierName)
            return c;
    return std::nullopt;
}

TierMap::Resolution TierMap::resolve(const TierConfig &config, RouteClass routeClass) const
{
    Resolution r;
    r.resolvedClass = routeClass;
    if ((r.entry = config.findTier(tierName(routeClass))))
        return r;
    const int wanted = RouteClasses::index(routeClass);
    for (int distance = 1; distance <= 2; ++distance) {
        for (int candidate : {wanted + distance, wanted - distance}) { // heavier first on a tie
            if (candidate < 0 || candidate > 2)
                continue;
            const auto c = static_cast<RouteClass>(candidate);
            if (const TierEntry *entry = config.findTier(tierName(c))) {
                r.entry = entry;
                r.resolvedClass = c;
                r.reason = tr("tier '%1' (%2) is not configured; using the nearest configured "
                              "tier '%3' (%4)")
                               .arg(tierName(routeClass), RouteClasses::name(routeClass),
                                    tierName(c), RouteClasses::name(c));
                return r;
            }
        }
    }
    r.reason = tr("no tier of the config matches %1, %2 or %3")
                   .arg(m_names[0], m_names[1], m_names[2]);
    return r;
}
