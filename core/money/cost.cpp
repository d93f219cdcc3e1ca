#include "cost.h"

#include <QCoreApplication>

namespace Cost {

std::optional<Decimal> estimate(const TokenPrices &prices, std::int64_t inputTokens,
                                std::int64_t outputTokens, std::int64_t cachedInputTokens)
{
    if (!prices.isKnown())
        return std::nullopt;
    const std::int64_t uncached = inputTokens - cachedInputTokens;
    const Decimal cachedPrice = prices.cachedInputPerMillion.value_or(*prices.inputPerMillion);
    const Decimal total = *prices.inputPerMillion * uncached + cachedPrice * cachedInputTokens
                          + *prices.outputPerMillion * outputTokens;
    return total.divPow10(6);
}

QString format(Decimal amount)
{
    const Decimal cent = Decimal::fromRaw(Decimal::unitsPerOne() / 100);
    const Decimal magnitude = amount.isNegative() ? -amount : amount;
    const int decimals = magnitude < cent ? 4 : 2;
    const QString digits = magnitude.toFixed(decimals);
    return (amount.isNegative() ? QStringLiteral("-$") : QStringLiteral("$")) + digits;
}

QString format(const std::optional<Decimal> &amount)
{
    return amount ? format(*amount) : QCoreApplication::translate("Cost", "unknown");
}

} // namespace Cost
