#pragma once

#include "routeclass.h"

#include "money/cost.h"

#include <array>
#include <cstdint>
#include <optional>

/// Tokens spent on one routing class.
struct ClassUsage
{
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;

    std::int64_t total() const { return inputTokens + outputTokens; }
    bool operator==(const ClassUsage &) const = default;
};

using UsageByClass = std::array<ClassUsage, 3>;   ///< indexed by RouteClasses::index()
using PricesByClass = std::array<TokenPrices, 3>; ///< indexed by RouteClasses::index()

/// Savings against sending everything to the heavy class.
struct SavingsReport
{
    enum class Basis {
        Prices,     ///< real tier prices (every class's prices known): exact dollars
        CostWeights ///< the seed's 1x/3x/10x cost weights, in weighted tokens
    };

    Basis basis = Basis::CostWeights;
    std::int64_t totalTokens = 0;
    std::int64_t actualUnits = 0;   ///< CostWeights: sum(tokens x weight)
    std::int64_t baselineUnits = 0; ///< CostWeights: all tokens x heavy weight
    std::optional<Decimal> actualCost;   ///< Prices: what was spent
    std::optional<Decimal> baselineCost; ///< Prices: all tokens at the heavy prices
    double reductionPercent = 0;         ///< (baseline - actual) / baseline x 100; 0 when no usage

    /// "tokens_saved" of the seed: baseline minus actual weighted tokens (CostWeights basis).
    std::int64_t unitsSaved() const { return baselineUnits - actualUnits; }
    std::optional<Decimal> costSaved() const
    {
        return actualCost && baselineCost ? std::optional(*baselineCost - *actualCost) : std::nullopt;
    }
};

namespace Savings {

inline constexpr std::array<std::int64_t, 3> kDefaultWeights = {1, 3, 10};

/// Worked example (weights): 1,000 tokens on each class gives 14,000 against 30,000, 53.33%.
/// With every class's prices known the report is in exact dollars instead.
SavingsReport compute(const UsageByClass &usage, const PricesByClass &prices,
                      const std::array<std::int64_t, 3> &weights = kDefaultWeights);

} // namespace Savings
