#include "metricscollector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool InMemoryMetricsSink::append(const DecisionRecord &record)
{
    m_records.append(record);
    return true;
}

QList<DecisionRecord> InMemoryMetricsSink::query(const QString &tenant, const QDateTime &from,
                                                 const QDateTime &to) const
{
    QList<DecisionRecord> out;
    for (const DecisionRecord &r : m_records)
        if ((tenant.isEmpty() || r.tenant == tenant) && r.timestamp >= from && r.timestamp < to)
            out.append(r);
    std::stable_sort(out.begin(), out.end(), [](const DecisionRecord &a, const DecisionRecord &b) {
        return a.timestamp < b.timestamp;
    });
    return out;
}

MetricsCollector::MetricsCollector(MetricsSink &sink, Clock clock)
    : m_sink(sink)
    , m_clock(std::move(clock))
{
}

QDateTime MetricsCollector::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

bool MetricsCollector::record(DecisionRecord record)
{
    if (!record.timestamp.isValid())
        record.timestamp = now();
    record.timestamp = record.timestamp.toUTC();
    return m_sink.append(record);
}

QList<DecisionRecord> MetricsCollector::records(const QString &tenant, int periodHours) const
{
    const QDateTime to = now();
    // The window ends just after "now" so that a record stamped now is included.
    return m_sink.query(tenant, to.addSecs(-3600LL * periodHours), to.addMSecs(1));
}

TierDistribution MetricsCollector::tierDistribution(const QString &tenant, int periodHours) const
{
    TierDistribution d;
    for (const DecisionRecord &r : records(tenant, periodHours)) {
        ++d.counts[RouteClasses::index(r.routeClass)];
        ++d.total;
    }
    return d;
}

SavingsReport MetricsCollector::savings(const QString &tenant, int periodHours) const
{
    UsageByClass usage;
    for (const DecisionRecord &r : records(tenant, periodHours)) {
        ClassUsage &u = usage[RouteClasses::index(r.routeClass)];
        u.inputTokens += r.inputTokens.value_or(0);
        u.outputTokens += r.outputTokens.value_or(0);
    }
    return Savings::compute(usage, m_prices);
}

GpuSavings MetricsCollector::gpuSavings(const QString &tenant, int periodHours) const
{
    GpuSavings g;
    if (m_cardMemory <= 0)
        return g;
    const double heavy = m_gpuMemory[RouteClasses::index(RouteClass::Heavy)];
    for (const DecisionRecord &r : records(tenant, periodHours)) {
        const double hours = r.latencyMs / 3600000.0;
        g.usedGpuHours += m_gpuMemory[RouteClasses::index(r.routeClass)] * hours / m_cardMemory;
        g.baselineGpuHours += heavy * hours / m_cardMemory;
    }
    g.savedGpuHours = g.baselineGpuHours - g.usedGpuHours;
    return g;
}

namespace {

QJsonValue optionalInt(const std::optional<std::int64_t> &v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue(QJsonValue::Null);
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString quoted = s;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"") + quoted + QStringLiteral("\"");
}

QString optionalText(const std::optional<std::int64_t> &v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

QByteArray MetricsCollector::exportJson(const QString &tenant, int periodHours) const
{
    const QDateTime to = now();
    const TierDistribution d = tierDistribution(tenant, periodHours);
    QJsonObject distribution;
    for (RouteClass c : RouteClasses::all)
        distribution.insert(RouteClasses::name(c), QJsonObject{{QStringLiteral("count"), qint64(d.counts[RouteClasses::index(c)])},
                                                               {QStringLiteral("percent"), d.percent(c)}});
    const SavingsReport s = savings(tenant, periodHours);
    QJsonObject savingsJson{
        {QStringLiteral("basis"), s.basis == SavingsReport::Basis::Prices ? QStringLiteral("prices") : QStringLiteral("cost_weights")},
        {QStringLiteral("total_tokens"), qint64(s.totalTokens)},
        {QStringLiteral("tokens_saved"), qint64(s.unitsSaved())},
        {QStringLiteral("cost_reduction_pct"), s.reductionPercent},
        {QStringLiteral("actual_cost"), s.actualCost ? QJsonValue(s.actualCost->toString()) : QJsonValue()},
        {QStringLiteral("baseline_cost"), s.baselineCost ? QJsonValue(s.baselineCost->toString()) : QJsonValue()}};
    const GpuSavings g = gpuSavings(tenant, periodHours);
    QJsonArray decisions;
    for (const DecisionRecord &r : records(tenant, periodHours)) {
        decisions.append(QJsonObject{
            {QStringLiteral("timestamp"), r.timestamp.toString(Qt::ISODateWithMs)},
            {QStringLiteral("tenant"), r.tenant},
            {QStringLiteral("task_type"), r.taskType},
            {QStringLiteral("class"), RouteClasses::name(r.routeClass)},
            {QStringLiteral("tier"), r.tier},
            {QStringLiteral("provider"), r.provider},
            {QStringLiteral("model"), r.model},
            {QStringLiteral("complexity"), r.complexity},
            {QStringLiteral("input_tokens"), optionalInt(r.inputTokens)},
            {QStringLiteral("output_tokens"), optionalInt(r.outputTokens)},
            {QStringLiteral("latency_ms"), r.latencyMs},
            {QStringLiteral("cost"), r.cost ? QJsonValue(r.cost->toString()) : QJsonValue()},
            {QStringLiteral("fallback_events"), QJsonArray::fromStringList(r.fallbackEvents)}});
    }
    const QJsonObject root{
        {QStringLiteral("tenant"), tenant},
        {QStringLiteral("from"), to.addSecs(-3600LL * periodHours).toString(Qt::ISODateWithMs)},
        {QStringLiteral("to"), to.toString(Qt::ISODateWithMs)},
        {QStringLiteral("distribution"), distribution},
        {QStringLiteral("savings"), savingsJson},
        {QStringLiteral("gpu"), QJsonObject{{QStringLiteral("used_gpu_hours"), g.usedGpuHours},
                                            {QStringLiteral("baseline_gpu_hours"), g.baselineGpuHours},
                                            {QStringLiteral("gpu_hours_saved"), g.savedGpuHours}}},
        {QStringLiteral("decisions"), decisions}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray MetricsCollector::exportCsv(const QString &tenant, int periodHours) const
{
    QString out = QStringLiteral("timestamp,tenant,task_type,class,tier,provider,model,complexity,"
                                 "input_tokens,output_tokens,latency_ms,cost,fallback_events\r\n");
    for (const DecisionRecord &r : records(tenant, periodHours)) {
        const QStringList fields{r.timestamp.toString(Qt::ISODateWithMs), r.tenant, r.taskType,
                                 RouteClasses::name(r.routeClass), r.tier, r.provider, r.model,
                                 QString::number(r.complexity, 'f', 4), optionalText(r.inputTokens),
                                 optionalText(r.outputTokens), QString::number(r.latencyMs, 'f', 1),
                                 r.cost ? r.cost->toString() : QString(),
                                 r.fallbackEvents.join(u';')};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
