// The time-series charts: cost, latency, TTFT, tokens/s, tier share.
#include "dashboardcharts.h"

#include "dashboardchart.h"
#include "money/cost.h"
#include "qcp.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace {

/// The translation context "DashboardCharts" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

/// name -> bucket -> group, iterated in `names` order.
struct Series
{
    QStringList names;
    QHash<QString, QMap<QDateTime, DashboardGroup>> data;
};

Series bySeries(const QList<DashboardGroup> &groups, DashboardDimension dimension, const QStringList &order)
{
    Series out;
    for (const DashboardGroup &g : groups)
        out.data[g.key.value(dimension)][g.bucket] = g;
    out.names = DashboardData::ordered(out.data.keys(), dimension == DashboardDimension::Tier ? order : QStringList());
    return out;
}

QList<QDateTime> bucketsOf(const DashboardSnapshot &s)
{
    QList<QDateTime> out;
    for (const DashboardGroup &g : s.totalBuckets)
        out.append(g.bucket);
    return out;
}

QString timeFormat(DashboardBucket bucket)
{
    return bucket == DashboardBucket::Hour ? QStringLiteral("MMM d\nhh:mm") : QStringLiteral("MMM d");
}

QString bucketLabel(const QDateTime &start, DashboardBucket bucket)
{
    if (bucket == DashboardBucket::Hour)
        return start.toString(QStringLiteral("yyyy-MM-dd hh:00 'UTC'"));
    if (bucket == DashboardBucket::Week)
        return Tr::tr("week of %1").arg(start.toString(QStringLiteral("yyyy-MM-dd")));
    return start.toString(QStringLiteral("yyyy-MM-dd"));
}

QString name(const QString &value)
{
    return value.isEmpty() ? Tr::tr("(none)") : value;
}

QString ms(const std::optional<double> &v)
{
    return v ? QStringLiteral("%1 ms").arg(*v, 0, 'f', 0) : Tr::tr("unknown");
}

void setTimeRange(DashboardChart *chart, const DashboardSnapshot &s)
{
    const QList<QDateTime> buckets = bucketsOf(s);
    const double half = double(DashboardData::bucketSeconds(s.bucket)) / 2;
    if (!buckets.isEmpty())
        chart->plot()->xAxis->setRange(DashboardCharts::bucketKey(buckets.constFirst(), s.bucket) - half,
                                       DashboardCharts::bucketKey(buckets.constLast(), s.bucket) + half);
}

/// Stacked bars, one layer per series, of value(group) per bucket.
void stackedBars(DashboardChart *chart, const DashboardSnapshot &s, const Series &series,
                 const std::function<double(const DashboardGroup &)> &value)
{
    QCPBars *below = nullptr;
    int index = 0;
    const double width = 0.8 * double(DashboardData::bucketSeconds(s.bucket));
    for (const QString &seriesName : series.names) {
        const QMap<QDateTime, DashboardGroup> *it = &*series.data.constFind(seriesName);
        auto *bars = new QCPBars(chart->plot()->xAxis, chart->plot()->yAxis);
        bars->setName(name(seriesName));
        const QColor c = DashboardCharts::seriesColor(index++);
        bars->setPen(QPen(c.darker(120)));
        bars->setBrush(c);
        bars->setWidth(width);
        bars->setStackingGap(0);
        QVector<double> keys, values;
        for (auto b = it->cbegin(); b != it->cend(); ++b) {
            keys.append(DashboardCharts::bucketKey(b.key(), s.bucket));
            values.append(value(b.value()));
        }
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
}

/// One line per series of value(group), gaps where it is unknown.
void lines(DashboardChart *chart, const DashboardSnapshot &s, const Series &series, const QString &suffix,
           Qt::PenStyle style, const std::function<std::optional<double>(const DashboardGroup &)> &value)
{
    int index = 0;
    const QList<QDateTime> buckets = bucketsOf(s);
    for (const QString &seriesName : series.names) {
        const QMap<QDateTime, DashboardGroup> *it = &*series.data.constFind(seriesName);
        QCPGraph *graph = chart->plot()->addGraph();
        graph->setName(suffix.isEmpty() ? name(seriesName) : QStringLiteral("%1 %2").arg(name(seriesName), suffix));
        QPen pen(DashboardCharts::seriesColor(index++), 2, style);
        graph->setPen(pen);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
        for (const QDateTime &b : buckets) {
            const std::optional<double> v = it->contains(b) ? value(it->value(b)) : std::nullopt;
            graph->addData(DashboardCharts::bucketKey(b, s.bucket),
                           v ? *v : std::numeric_limits<double>::quiet_NaN());
        }
    }
}

void finishValueAxis(DashboardChart *chart, const QString &label, bool fromZero = true)
{
    chart->plot()->yAxis->setLabel(label);
    bool found = false;
    QCPRange range;
    const int n = chart->plot()->plottableCount();
    for (int i = 0; i < n; ++i) {
        QCPAbstractPlottable *p = chart->plot()->plottable(i);
        bool ok = false;
        const QCPRange r = p->getValueRange(ok);
        if (ok) {
            range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
            found = true;
        }
    }
    if (!found)
        range = QCPRange(0, 1);
    if (fromZero)
        range.lower = 0;
    chart->plot()->yAxis->setRange(range.lower, range.upper > range.lower ? range.upper * 1.08 : range.lower + 1);
}

QString costHover(const QString &label, const Series &series, const QDateTime &bucket, const DashboardGroup &total)
{
    QStringList lines{label};
    for (const QString &seriesName : series.names) {
        const QMap<QDateTime, DashboardGroup> groups = series.data.value(seriesName);
        if (groups.contains(bucket)) {
            const DashboardGroup &g = groups.value(bucket);
            lines.append(Tr::tr("%1: %2 (%3 calls)").arg(name(seriesName), Cost::format(g.cost)).arg(g.calls));
        }
    }
    lines.append(Tr::tr("total: %1 (%2 calls, %3 with a known cost)")
                     .arg(Cost::format(total.cost)).arg(total.calls).arg(total.costedCalls));
    return lines.join(u'\n');
}

} // namespace

double DashboardCharts::bucketKey(const QDateTime &bucketStart, DashboardBucket bucket)
{
    return double(bucketStart.toSecsSinceEpoch()) + double(DashboardData::bucketSeconds(bucket)) / 2;
}

QColor DashboardCharts::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x2b, 0x7b, 0xd0), QColor(0xd0, 0x7a, 0x2b), QColor(0x3a, 0xa0, 0x5a),
                                    QColor(0x9b, 0x4d, 0xca), QColor(0xc8, 0x3e, 0x4d), QColor(0x6b, 0x7b, 0x8c),
                                    QColor(0x1f, 0xa8, 0xa8), QColor(0xb8, 0x9b, 0x1c)};
    return colors[index % int(std::size(colors))];
}

void DashboardCharts::fillCost(DashboardChart *chart, const DashboardSnapshot &s, bool perModel)
{
    chart->clear();
    chart->useTimeAxis(timeFormat(s.bucket));
    const DashboardDimension dim = perModel ? DashboardDimension::Model : DashboardDimension::Tier;
    const QList<DashboardGroup> &groups = perModel ? s.modelBuckets : s.tierBuckets;
    const Series series = bySeries(groups, dim, s.tierOrder);
    stackedBars(chart, s, series, [](const DashboardGroup &g) { return g.cost.toDouble(); });
    ChartTable t;
    t.header = {QStringLiteral("bucket"), DashboardQueries::dimensionName(dim), QStringLiteral("calls"),
                QStringLiteral("costed_calls"), QStringLiteral("cost_usd")};
    for (const DashboardGroup &g : groups)
        t.rows.append({g.bucket.toString(Qt::ISODate), g.key.value(dim), QString::number(g.calls),
                       QString::number(g.costedCalls), g.cost.toString()});
    chart->setTable(t);
    QMap<double, QString> hover;
    double top = 0;
    for (const DashboardGroup &total : s.totalBuckets) {
        hover.insert(bucketKey(total.bucket, s.bucket),
                     costHover(bucketLabel(total.bucket, s.bucket), series, total.bucket, total));
        top = std::max(top, total.cost.toDouble());
    }
    chart->setHoverPoints(hover, double(DashboardData::bucketSeconds(s.bucket)) / 2);
    setTimeRange(chart, s);
    chart->plot()->yAxis->setLabel(Tr::tr("cost ($)"));
    chart->plot()->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    chart->setSimulated(DashboardData::anySimulated(groups));
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardCharts::fillLatency(DashboardChart *chart, const DashboardSnapshot &s, bool logScale)
{
    chart->clear();
    chart->useTimeAxis(timeFormat(s.bucket));
    const Series series = bySeries(s.tierBuckets, DashboardDimension::Tier, s.tierOrder);
    chart->plot()->legend->setWrap(3);
    lines(chart, s, series, QStringLiteral("p50"), Qt::SolidLine, [](const DashboardGroup &g) { return g.latencyMs.p50; });
    lines(chart, s, series, QStringLiteral("p95"), Qt::DashLine, [](const DashboardGroup &g) { return g.latencyMs.p95; });
    lines(chart, s, series, QStringLiteral("p99"), Qt::DotLine, [](const DashboardGroup &g) { return g.latencyMs.p99; });
    ChartTable t;
    t.header = {QStringLiteral("bucket"), QStringLiteral("tier"), QStringLiteral("calls"), QStringLiteral("errors"),
                QStringLiteral("latency_p50_ms"), QStringLiteral("latency_p95_ms"), QStringLiteral("latency_p99_ms")};
    auto cell = [](const std::optional<double> &v) { return v ? QString::number(*v, 'f', 1) : QString(); };
    QMap<double, QString> hover;
    for (const DashboardGroup &g : s.tierBuckets) {
        t.rows.append({g.bucket.toString(Qt::ISODate), g.key.value(DashboardDimension::Tier), QString::number(g.calls),
                       QString::number(g.errors), cell(g.latencyMs.p50), cell(g.latencyMs.p95), cell(g.latencyMs.p99)});
        QString &text = hover[bucketKey(g.bucket, s.bucket)];
        if (text.isEmpty())
            text = bucketLabel(g.bucket, s.bucket);
        text += Tr::tr("\n%1: p50 %2, p95 %3, p99 %4").arg(name(g.key.value(DashboardDimension::Tier)),
                                                       ms(g.latencyMs.p50), ms(g.latencyMs.p95), ms(g.latencyMs.p99));
    }
    chart->setTable(t);
    chart->setHoverPoints(hover, double(DashboardData::bucketSeconds(s.bucket)) / 2);
    setTimeRange(chart, s);
    finishValueAxis(chart, Tr::tr("latency (ms)"), !logScale);
    QCPAxis *y = chart->plot()->yAxis;
    if (logScale) {
        y->setScaleType(QCPAxis::stLogarithmic);
        y->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        y->setNumberFormat(QStringLiteral("gb"));
        y->setRange(std::max(1.0, y->range().lower * 0.8), y->range().upper * 1.5);
    } else {
        y->setScaleType(QCPAxis::stLinear);
        y->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    chart->setNote(Tr::tr("Successful calls with a known latency; each percentile is its own line (solid p50, dashed p95, dotted p99)."));
    chart->setSimulated(DashboardData::anySimulated(s.tierBuckets));
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardCharts::fillTtft(DashboardChart *chart, const DashboardSnapshot &s)
{
    chart->clear();
    chart->useTimeAxis(timeFormat(s.bucket));
    const Series series = bySeries(s.tierBuckets, DashboardDimension::Tier, s.tierOrder);
    chart->plot()->legend->setWrap(3);
    lines(chart, s, series, QStringLiteral("p50"), Qt::SolidLine, [](const DashboardGroup &g) { return g.ttftMs.p50; });
    lines(chart, s, series, QStringLiteral("p95"), Qt::DashLine, [](const DashboardGroup &g) { return g.ttftMs.p95; });
    ChartTable t;
    t.header = {QStringLiteral("bucket"), QStringLiteral("tier"), QStringLiteral("ttft_p50_ms"),
                QStringLiteral("ttft_p95_ms"), QStringLiteral("ttft_p99_ms")};
    auto cell = [](const std::optional<double> &v) { return v ? QString::number(*v, 'f', 1) : QString(); };
    QMap<double, QString> hover;
    for (const DashboardGroup &g : s.tierBuckets) {
        t.rows.append({g.bucket.toString(Qt::ISODate), g.key.value(DashboardDimension::Tier), cell(g.ttftMs.p50),
                       cell(g.ttftMs.p95), cell(g.ttftMs.p99)});
        QString &text = hover[bucketKey(g.bucket, s.bucket)];
        if (text.isEmpty())
            text = bucketLabel(g.bucket, s.bucket);
        text += Tr::tr("\n%1: TTFT p50 %2, p95 %3").arg(name(g.key.value(DashboardDimension::Tier)), ms(g.ttftMs.p50),
                                                    ms(g.ttftMs.p95));
    }
    chart->setTable(t);
    chart->setHoverPoints(hover, double(DashboardData::bucketSeconds(s.bucket)) / 2);
    setTimeRange(chart, s);
    finishValueAxis(chart, Tr::tr("time to first token (ms)"));
    chart->setSimulated(DashboardData::anySimulated(s.tierBuckets));
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardCharts::fillTokensPerSecond(DashboardChart *chart, const DashboardSnapshot &s)
{
    chart->clear();
    chart->useTimeAxis(timeFormat(s.bucket));
    const Series series = bySeries(s.tierBuckets, DashboardDimension::Tier, s.tierOrder);
    lines(chart, s, series, {}, Qt::SolidLine, [](const DashboardGroup &g) { return g.tokensPerSecond; });
    ChartTable t;
    t.header = {QStringLiteral("bucket"), QStringLiteral("tier"), QStringLiteral("output_tokens"),
                QStringLiteral("tokens_per_second")};
    QMap<double, QString> hover;
    for (const DashboardGroup &g : s.tierBuckets) {
        t.rows.append({g.bucket.toString(Qt::ISODate), g.key.value(DashboardDimension::Tier),
                       g.outputTokens ? QString::number(*g.outputTokens) : QString(),
                       g.tokensPerSecond ? QString::number(*g.tokensPerSecond, 'f', 2) : QString()});
        QString &text = hover[bucketKey(g.bucket, s.bucket)];
        if (text.isEmpty())
            text = bucketLabel(g.bucket, s.bucket);
        text += QStringLiteral("\n%1: %2").arg(name(g.key.value(DashboardDimension::Tier)),
                                              g.tokensPerSecond ? Tr::tr("%1 tokens/s").arg(*g.tokensPerSecond, 0, 'f', 1)
                                                                : Tr::tr("unknown"));
    }
    chart->setTable(t);
    chart->setHoverPoints(hover, double(DashboardData::bucketSeconds(s.bucket)) / 2);
    setTimeRange(chart, s);
    finishValueAxis(chart, Tr::tr("output speed (tokens/s)"));
    chart->setSimulated(DashboardData::anySimulated(s.tierBuckets));
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardCharts::fillTierShare(DashboardChart *chart, const DashboardSnapshot &s)
{
    chart->clear();
    chart->useTimeAxis(timeFormat(s.bucket));
    QMap<QDateTime, qint64> totals;
    for (const DashboardGroup &g : s.totalBuckets)
        totals.insert(g.bucket, g.calls);
    const Series series = bySeries(s.tierBuckets, DashboardDimension::Tier, s.tierOrder);
    auto share = [&totals](const DashboardGroup &g) {
        const qint64 n = totals.value(g.bucket);
        return n > 0 ? 100.0 * double(g.calls) / double(n) : 0.0;
    };
    stackedBars(chart, s, series, share);
    ChartTable t;
    t.header = {QStringLiteral("bucket"), QStringLiteral("tier"), QStringLiteral("calls"), QStringLiteral("share_percent")};
    QMap<double, QString> hover;
    for (const DashboardGroup &g : s.tierBuckets) {
        t.rows.append({g.bucket.toString(Qt::ISODate), g.key.value(DashboardDimension::Tier), QString::number(g.calls),
                       QString::number(share(g), 'f', 2)});
        QString &text = hover[bucketKey(g.bucket, s.bucket)];
        if (text.isEmpty())
            text = bucketLabel(g.bucket, s.bucket);
        text += Tr::tr("\n%1: %2% (%3 of %4 calls)").arg(name(g.key.value(DashboardDimension::Tier)))
                    .arg(share(g), 0, 'f', 1).arg(g.calls).arg(totals.value(g.bucket));
    }
    chart->setTable(t);
    chart->setHoverPoints(hover, double(DashboardData::bucketSeconds(s.bucket)) / 2);
    setTimeRange(chart, s);
    chart->plot()->yAxis->setLabel(Tr::tr("share of calls (%)"));
    chart->plot()->yAxis->setRange(0, 100);
    chart->setSimulated(DashboardData::anySimulated(s.tierBuckets));
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}
