#pragma once

#include "experiments/cell.h"
#include "money/cost.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Display text for the Compare screen's numbers. Unknown values read "unknown", never 0.
namespace CompareFormat {

QString unknown();
QString ms(std::optional<qint64> value);
QString tokens(std::optional<qint64> value);
QString tokensPerSecond(std::optional<double> value);
QString cost(const std::optional<Decimal> &value);
/// "1204 in × $3.00/M + 310 out × $15.00/M = $0.0083", or why the cost is unknown.
QString costExplanation(const CellOutcome &outcome, const TokenPrices &prices);
/// "TTFT 180 ms, total 1.4 s".
QString latencyExplanation(const CellOutcome &outcome);
/// What to do about an error class, for the pane and the grid tooltip.
QString errorAdvice(const QString &errorClass);
/// One-line routing decision: "heavy · score 0.74 · threshold → reasoning".
QString decisionSummary(const QJsonObject &decision);
/// Multi-line explanation with the factors, for tooltips.
QString decisionDetails(const QJsonObject &decision);

} // namespace CompareFormat
