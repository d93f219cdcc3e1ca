#pragma once

#include "config/tierconfig.h"
#include "routing/budgetmanager.h"
#include "store/dashboard.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

/// What the Dashboard mode needs from the application.
struct DashboardContext
{
    Database database;   ///< the workspace store; invalid = no store
    TierConfig config;   ///< prices the all-heavy baseline
    /// A tenant's budget limits (router-policy.yaml, else TOKEN_BUDGET_*); empty = none.
    std::function<BudgetLimits(const QString &tenant)> limits;
    QString limitsSource; ///< where the limits come from, shown under the burn-down
};

/// The time ranges the page offers.
enum class DashboardRange { Day, Week, Month, Quarter, All };

/// One request to the worker: what the controls say.
struct DashboardRequest
{
    quint64 generation = 0;
    DashboardFilter filter;         ///< time range and the pickers
    DashboardBucket bucket = DashboardBucket::Day;
    QDateTime now;                  ///< the month of the burn-down
    QStringList tierOrder;          ///< tiers in the config's order (light to heavy)
};

/// Everything the charts draw, read in one go on a worker thread.
struct DashboardSnapshot
{
    quint64 generation = 0;
    QString error;
    DashboardOptions all;           ///< the whole store, for the empty state and the pickers
    qint64 matching = 0;            ///< calls the filter selects
    DashboardBucket bucket = DashboardBucket::Day;
    QList<DashboardGroup> tierBuckets, modelBuckets, totalBuckets; ///< bucketed
    QList<DashboardGroup> tiers, models, tierErrors;               ///< over the whole range
    QDateTime monthStart;
    QList<DashboardGroup> tenantDays; ///< this month, per tenant per day (time range ignored)
    QStringList tierOrder;            ///< from the request; tier lists are sorted by it
};

namespace DashboardData {

/// [from, open) for a range ending at `now`: 24 h from the hour, else whole UTC days.
DashboardFilter rangeFilter(DashboardRange range, const QDateTime &now);
/// Runs the queries on the calling thread's connection (call from a worker; the caller
/// closes the thread's connection).
DashboardSnapshot load(const Database &database, const DashboardRequest &request);
/// Seconds a bucket spans (a week is 7 days).
qint64 bucketSeconds(DashboardBucket bucket);
/// The tier whose prices are highest (output, then input); nullopt when none has prices.
std::optional<TierEntry> heaviestTier(const TierConfig &config);
/// What `group`'s tokens would have cost at `prices`; nullopt when it has no tokens.
std::optional<Decimal> baselineCost(const DashboardGroup &group, const TokenPrices &prices);
/// True when any of the groups holds a simulated call.
bool anySimulated(const QList<DashboardGroup> &groups);
/// `names` sorted by their place in `order` (names not in it last, by name).
QStringList ordered(QStringList names, const QStringList &order);
} // namespace DashboardData
