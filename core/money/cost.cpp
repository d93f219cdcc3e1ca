#include "cost.h"

#include <QCoreApplication>

namespace Cost {

QString Estimate::error() const
{
    switch (status) {
    case Status::Ok: return {};
    case Status::UnknownPrice: return QCoreApplication::translate("Cost", "The price is unknown.");
    case Status::BadTokens:
        return QCoreApplication::translate("Cost", "The token counts are negative, or more input tokens are cached "
                                                   "than were sent.");
    case Status::Overflow:
        return QCoreApplication::translate("Cost", "The cost is too large to compute exactly (past about 1.7e20 "
                                                   "USD); check the prices and token counts.");
    }
    return {};
}

Estimate compute(const TokenPrices &prices, std::int64_t inputTokens, std::int64_t outputTokens,
                 std::int64_t cachedInputTokens)
{
    Estimate e;
    if (!prices.isKnown())
        return e;
    if (inputTokens < 0 || outputTokens < 0 || cachedInputTokens < 0 || cachedInputTokens > inputTokens) {
        e.status = Estimate::Status::BadTokens;
        return e;
    }
    const Decimal cachedPrice = prices.cachedInputPerMillion.value_or(*prices.inputPerMillion);
    const auto in = Decimal::checkedMul(*prices.inputPerMillion, inputTokens - cachedInputTokens);
    const auto cached = Decimal::checkedMul(cachedPrice, cachedInputTokens);
    const auto out = Decimal::checkedMul(*prices.outputPerMillion, outputTokens);
    const auto inputs = in && cached ? Decimal::checkedAdd(*in, *cached) : std::nullopt;
    const auto total = inputs && out ? Decimal::checkedAdd(*inputs, *out) : std::nullopt;
    if (!total) {
        e.status = Estimate::Status::Overflow;
        return e;
    }
    e.status = Estimate::Status::Ok;
    e.cost = total->divPow10(6);
    return e;
}

std::optional<Decimal> estimate(const TokenPrices &prices, std::int64_t inputTokens,
                                std::int64_t outputTokens, std::int64_t cachedInputTokens)
{
    return compute(prices, inputTokens, outputTokens, cachedInputTokens).cost;
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
