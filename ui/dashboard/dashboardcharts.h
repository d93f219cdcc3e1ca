#pragma once

#include "dashboarddata.h"

#include <QColor>
#include <QString>

class DashboardChart;

/// Fills each Dashboard chart from a snapshot: the series, axes with units, the legend, the
/// hover texts, the CSV table and the simulated badge. Time series put each value at the
/// middle of its bucket.
namespace DashboardCharts {
QColor seriesColor(int index);
/// The x coordinate of a bucket: its middle, in seconds since the epoch.
double bucketKey(const QDateTime &bucketStart, DashboardBucket bucket);

void fillCost(DashboardChart *chart, const DashboardSnapshot &s, bool perModel);
/// `logScale`: a logarithmic ms axis, so the fast tier's lines stay readable beside the heavy one's.
void fillLatency(DashboardChart *chart, const DashboardSnapshot &s, bool logScale = false);
void fillTtft(DashboardChart *chart, const DashboardSnapshot &s);
void fillTokensPerSecond(DashboardChart *chart, const DashboardSnapshot &s);
void fillLatencyBox(DashboardChart *chart, const DashboardSnapshot &s);
void fillTierShare(DashboardChart *chart, const DashboardSnapshot &s);
void fillSavings(DashboardChart *chart, const DashboardSnapshot &s, const TierConfig &config);
void fillErrors(DashboardChart *chart, const DashboardSnapshot &s);
void fillCostPerThousand(DashboardChart *chart, const DashboardSnapshot &s);
/// `tenant` as the store has it ("" = calls without a tenant).
void fillBurnDown(DashboardChart *chart, const DashboardSnapshot &s, const QString &tenant,
                  const BudgetLimits &limits, const QString &limitsSource);
} // namespace DashboardCharts
