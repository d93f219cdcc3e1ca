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

/// The outcome of a cost computation: the cost, or why there is none.
struct Estimate
{
    enum class Status { Ok, UnknownPrice, Overflow, BadTokens };
    Status status = Status::UnknownPrice;
    std::optional<Decimal> cost;
    /// A user-facing sentence for a status other than Ok.
    QString error() const;
};

/// estimate() with the reason when there is no cost: an unknown price, negative token counts
/// (or more cached than input tokens), or a result past Decimal's range.
Estimate compute(const TokenPrices &prices, std::int64_t inputTokens, std::int64_t outputTokens,
                 std::int64_t cachedInputTokens = 0);

/// Exact cost of a call: tokens × price / 1e6 for input and output.
/// Returns nullopt when a needed price is unknown, or when compute() gives no cost.
std::optional<Decimal> estimate(const TokenPrices &prices, std::int64_t inputTokens,
                                std::int64_t outputTokens, std::int64_t cachedInputTokens = 0);

/// Display form: "$0.0366" -> "$0.04"; values under one cent keep 4 decimals ("$0.0036").
QString format(Decimal amount);
/// Same as format(), or "unknown" when there is no amount.
QString format(const std::optional<Decimal> &amount);

} // namespace Cost
