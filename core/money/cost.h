#pragma once

#include "decimal.h"

#include <QString>

#include <cstdint>
#include <optional>

/// Prices of one model in USD per million tokens.
struct TokenPrices
{
    std::optional<Decimal> inputPerMillion;
    std::optional<Decimal> outputPerMillion;
    std::optional<Decimal> cachedInputPerMillion; ///< when unknown, cached input is billed as input

    bool isKnown() const { return inputPerMillion && outputPerMillion; }
};

namespace Cost {

/// Exact cost of a call: tokens × price / 1e6 for input and output.
/// Returns nullopt when a needed price is unknown.
std::optional<Decimal> estimate(const TokenPrices &prices, std::int64_t inputTokens,
                                std::int64_t outputTokens, std::int64_t cachedInputTokens = 0);

/// Display form: "$0.0366" -> "$0.04"; values under one cent keep 4 decimals ("$0.0036").
QString format(Decimal amount);
/// Same as format(), or "unknown" when there is no amount.
QString format(const std::optional<Decimal> &amount);

} // namespace Cost
