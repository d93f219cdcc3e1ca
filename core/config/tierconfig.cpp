#include "tierconfig.h"

TokenPrices TierEntry::prices() const
{
    TokenPrices p;
    p.inputPerMillion = Decimal::parse(costPerMillionInput);
    p.outputPerMillion = Decimal::parse(costPerMillionOutput);
    return p;
}

const TierEntry *TierConfig::findTier(const QString &tierName) const
{
    for (const TierEntry &t : tiers)
        if (t.tier == tierName)
            return &t;
    return nullptr;
}

std::optional<AuthConfig> TierConfig::effectiveAuth(const TierEntry &entry) const
{
    return entry.auth ? entry.auth : defaultAuth;
}
