#pragma once

#include "database.h"
#include "money/decimal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// The Dashboard's numbers: calls, errors, tokens, exact cost, latency percentiles per group
/// and time bucket, read from the rollups kept at write time (`call_rollups_day` when the
/// bucket is a day or week, or none, and the bounds fall on midnight UTC; `call_rollups`,
/// hourly, otherwise), never from the raw `runs` rows. One SQL query filters, groups and sums, and hands over each group's
/// hour-row sketches concatenated; they are merged here (see LatencySketch: within 1%).

enum class DashboardBucket { Hour, Day, Week };           // UTC; weeks start Monday 00:00
enum class DashboardDimension { Tier, Model, Provider, Tenant, ErrorClass, Source, Config };

struct DashboardFilter
{
    /// Half-open [from, to); invalid = open. Applied to hour rows: an hour that starts
    /// before `from` within the same hour is included whole (bounds on the hour are exact).
    QDateTime from, to;
    QStringList tenants, configs, providers, models, sources, tiers; // empty = all
};

struct Percentiles
{
    std::optional<double> p50, p95, p99;
};

struct BoxStats
{
    std::optional<double> min, q1, median, q3, max; ///< min and max exact, quartiles sketched
};

struct DashboardGroup
{
    /// Only the dimensions grouped by. A call without a tier has tier "unassigned"; other
    /// dimensions are empty text when unknown (error class: empty = success).
    QMap<DashboardDimension, QString> key;
    QDateTime bucket;                                      ///< start of the bucket; invalid when not bucketed
    qint64 calls = 0, errors = 0, simulatedCalls = 0;
    std::optional<qint64> inputTokens, outputTokens;       ///< sums over calls that reported them; nullopt if none did
    qint64 costedCalls = 0;
    Decimal cost;                                          ///< exact sum over calls with a known cost
    Percentiles latencyMs, ttftMs;                         ///< successful calls with a known value
    BoxStats latencyBox;                                   ///< for the box plot
    std::optional<double> tokensPerSecond;                 ///< output tokens / generation seconds, successful calls
};

struct DashboardOptions
{
    QStringList tenants, configs, providers, models, sources, tiers; ///< sorted, distinct
    QDateTime first, last; ///< the first and last call (exact); invalid when there is none
    qint64 calls = 0;
};

class DashboardQueries                                     // per-thread connection, like RunStore
{
    Q_DECLARE_TR_FUNCTIONS(DashboardQueries)

public:
    explicit DashboardQueries(Database db);

    /// Groups ordered by bucket, then by the key values in groupBy order. An empty groupBy
    /// without a bucket gives one group (the total), or none when nothing matches.
    QList<DashboardGroup> aggregate(const DashboardFilter &filter, const QList<DashboardDimension> &groupBy,
                                    std::optional<DashboardBucket> bucket, QString *error = nullptr);
    /// What the filter controls can offer, over the calls the filter selects (pass a filter
    /// with only a time range to fill the pickers).
    DashboardOptions options(const DashboardFilter &filter, QString *error = nullptr);

    /// The start of the bucket holding `time` (UTC).
    static QDateTime bucketStart(const QDateTime &time, DashboardBucket bucket);
    /// "tier", "model", "provider", "tenant", "errorClass", "source", "config".
    static QString dimensionName(DashboardDimension dimension);
    /// Accepts dimensionName() and "error-class" / "error_class".
    static std::optional<DashboardDimension> dimensionFromName(QStringView name);
    /// The SQL of aggregate()'s one query, for EXPLAIN checks.
    static QString aggregateSql(const DashboardFilter &filter, const QList<DashboardDimension> &groupBy,
                                std::optional<DashboardBucket> bucket, Database::Kind kind = Database::Kind::Sqlite);

private:
    Database m_database;
};
