#pragma once

#include "routeclass.h"
#include "savings.h"

#include "money/decimal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>

/// One routed call as the metrics see it.
struct DecisionRecord
{
    QDateTime timestamp; ///< UTC
    QString tenant;
    QString taskType;
    RouteClass routeClass = RouteClass::Light; ///< the class that actually served the call
    QString tier;
    QString provider;
    QString model;
    double complexity = 0;
    std::optional<std::int64_t> inputTokens;  ///< unknown when the server did not report usage
    std::optional<std::int64_t> outputTokens;
    double latencyMs = 0;
    std::optional<Decimal> cost;
    QStringList fallbackEvents; ///< one entry per failed/skipped target, e.g. "server@reasoning"
};

/// Where MetricsCollector keeps decisions. The SQL implementation lives in core/store.
class MetricsSink
{
public:
    virtual ~MetricsSink() = default;
    /// Stores one record; false when it could not be stored.
    virtual bool append(const DecisionRecord &record) = 0;
    /// Records with from <= timestamp < to, oldest first; an empty tenant means every tenant.
    virtual QList<DecisionRecord> query(const QString &tenant, const QDateTime &from,
                                        const QDateTime &to) const = 0;
};

class InMemoryMetricsSink final : public MetricsSink
{
public:
    bool append(const DecisionRecord &record) override;
    QList<DecisionRecord> query(const QString &tenant, const QDateTime &from,
                                const QDateTime &to) const override;

private:
    QList<DecisionRecord> m_records;
};

struct TierDistribution
{
    std::array<std::int64_t, 3> counts = {0, 0, 0}; ///< indexed by RouteClasses::index()
    std::int64_t total = 0;
    double percent(RouteClass c) const
    {
        return total ? 100.0 * double(counts[RouteClasses::index(c)]) / double(total) : 0.0;
    }
};

/// GPU time against serving everything on the heavy class.
///
/// Formula: a call served by class c for latency L holds the class's GPU memory M[c] (GB) for
/// L; the all-heavy baseline holds M[heavy] for the same L (a conservative baseline: the heavy
/// model is assumed to be no slower). GPU-hours = GB x hours / the memory of one GPU (80 GB):
///   used = sum(M[c] x L) / G,  baseline = sum(M[heavy] x L) / G,  saved = baseline - used.
/// Defaults from the seed: M = 8 / 32 / 72 GB for light / standard / heavy.
struct GpuSavings
{
    double usedGpuHours = 0;
    double baselineGpuHours = 0;
    double savedGpuHours = 0;
};

/// Records every routing decision and reports on a trailing window of hours.
class MetricsCollector
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCollector)

public:
    using Clock = std::function<QDateTime()>;

    explicit MetricsCollector(MetricsSink &sink, Clock clock = {});

    void setGpuMemoryGb(const std::array<double, 3> &perClass) { m_gpuMemory = perClass; }
    void setGpuCardMemoryGb(double gb) { m_cardMemory = gb; }
    void setClassPrices(const PricesByClass &prices) { m_prices = prices; }

    /// Stores the record (a missing timestamp is set to now); false when the sink refused it.
    bool record(DecisionRecord record);

    /// The records of the last `periodHours` hours; an empty tenant means every tenant.
    QList<DecisionRecord> records(const QString &tenant, int periodHours = 24) const;
    TierDistribution tierDistribution(const QString &tenant, int periodHours = 24) const;
    /// Savings vs all-heavy over the records with known usage (prices when all known, else 1/3/10).
    SavingsReport savings(const QString &tenant, int periodHours = 24) const;
    GpuSavings gpuSavings(const QString &tenant, int periodHours = 24) const;

    /// {"tenant", "from", "to", "distribution", "savings", "gpu", "decisions": [...]}
    QByteArray exportJson(const QString &tenant, int periodHours = 24) const;
    /// One header line, then one line per decision (RFC 4180 quoting).
    QByteArray exportCsv(const QString &tenant, int periodHours = 24) const;

private:
    QDateTime now() const;

    MetricsSink &m_sink;
    Clock m_clock;
    std::array<double, 3> m_gpuMemory = {8, 32, 72};
    double m_cardMemory = 80;
    PricesByClass m_prices;
};
