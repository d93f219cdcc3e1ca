#pragma once

#include "money/cost.h"
#include "routing/modelrouter.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <optional>

/// Display text and colours shared by the Router mode's widgets.
namespace RouterFormat {

/// "light", "standard", "heavy" (translated).
QString className(RouteClass c);
/// Zone colour of a class in the gauge and charts.
QColor classColor(RouteClass c);
/// "threshold", "task-type override", "agent preference" (translated).
QString ruleLabel(RoutingDecision::Rule rule);
/// "3,200 in × $3.00/M + 512 out × $15.00/M = $0.0173", or what to set when a price is unknown.
QString costExplanation(std::int64_t inputTokens, std::int64_t outputTokens,
                        const TokenPrices &prices);
/// "$0.0173", or "unknown".
QString cost(const std::optional<Decimal> &value);
/// "3,200": a count with group separators, independent of the user's locale.
QString count(std::int64_t value);
/// "12.5%".
QString percent(double fraction, int decimals = 1);

} // namespace RouterFormat
