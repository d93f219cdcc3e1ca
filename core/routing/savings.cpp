#include "savings.h"

namespace Savings {

SavingsReport compute(const UsageByClass &usage, const PricesByClass &prices,
                      const std::array<std::int64_t, 3> &weights)
{
    SavingsReport r;
    ClassUsage all;
    for (const ClassUsage &u : usage) {
        all.inputTokens += u.inputTokens;
        all.outputTokens += u.outputTokens;
    }
    r.totalTokens = all.total();
    const int heavy = RouteClasses::index(RouteClass::Heavy);
    for (int i = 0; i < 3; ++i)
        r.actualUnits += usage[i].total() * weights[i];
    r.baselineUnits = r.totalTokens * weights[heavy];

    const bool pricesKnown = prices[0].isKnown() && prices[1].isKnown() && prices[2].isKnown();
    if (pricesKnown) {
        r.basis = SavingsReport::Basis::Prices;
        std::optional<Decimal> actual = Decimal();
        for (int i = 0; i < 3 && actual; ++i) {
            const auto cost = Cost::estimate(prices[i], usage[i].inputTokens, usage[i].outputTokens);
            actual = cost ? Decimal::checkedAdd(*actual, *cost) : std::nullopt;
        }
        r.actualCost = actual;
        r.baselineCost = Cost::estimate(prices[heavy], all.inputTokens, all.outputTokens);
        if (actual && r.baselineCost && !r.baselineCost->isZero())
            r.reductionPercent = (*r.baselineCost - *actual).toDouble() / r.baselineCost->toDouble() * 100;
    } else if (r.baselineUnits > 0) {
        r.reductionPercent = double(r.baselineUnits - r.actualUnits) / double(r.baselineUnits) * 100;
    }
    return r;
}

} // namespace Savings
