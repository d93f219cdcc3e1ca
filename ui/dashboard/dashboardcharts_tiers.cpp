// The charts over the whole range: latency box per model, savings, errors, cost per 1,000
// successful calls, and the budget burn-down.
#include "dashboardcharts.h"

#include "dashboardchart.h"
#include "money/cost.h"
#include "qcp.h"

#include <QCoreApplication>

namespace {

/// The translation context "DashboardCharts" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

QString name(const QString &value)
{
    return value.isEmpty() ? Tr::tr("(none)") : value;
}

QString num(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) : QString();
}

QString ms(const std::optional<double> &v)
{
    return v ? QStringLiteral("%1 ms").arg(*v, 0, 'f', 0) : Tr::tr("unknown");
}

void valueRange(DashboardChart *chart, double top)
{
    chart->plot()->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
}

} // namespace

void DashboardCharts::fillLatencyBox(DashboardChart *chart, const DashboardSnapshot &s)
{
    chart->clear();
    QStringList names;
    for (const DashboardGroup &g : s.models)
        names.append(name(g.key.value(DashboardDimension::Model)));
    chart->useCategoryAxis(names);
    chart->plot()->xAxis->setLabel(Tr::tr("model"));
    auto *box = new QCPStatisticalBox(chart->plot()->xAxis, chart->plot()->yAxis);
    box->setName(Tr::tr("latency: min, quartiles, median, max"));
    box->setBrush(QColor(0x2b, 0x7b, 0xd0, 90));
    box->setPen(QPen(QColor(0x2b, 0x7b, 0xd0)));
    box->setWidth(0.5);
    ChartTable t;
    t.header = {QStringLiteral("model"), QStringLiteral("calls"), QStringLiteral("min_ms"), QStringLiteral("q1_ms"),
                QStringLiteral("median_ms"), QStringLiteral("q3_ms"), QStringLiteral("max_ms")};
    QMap<double, QString> hover;
    double top = 0;
    for (qsizetype i = 0; i < s.models.size(); ++i) {
        const DashboardGroup &g = s.models.at(i);
        const BoxStats &b = g.latencyBox;
        const QString model = g.key.value(DashboardDimension::Model);
        t.rows.append({model, QString::number(g.calls), num(b.min), num(b.q1), num(b.median), num(b.q3), num(b.max)});
        hover.insert(double(i + 1), Tr::tr("%1 (%2 calls)\nmin %3\nq1 %4\nmedian %5\nq3 %6\nmax %7")
                                        .arg(name(model)).arg(g.calls)
                                        .arg(ms(b.min), ms(b.q1), ms(b.median), ms(b.q3), ms(b.max)));
        if (b.min && b.q1 && b.median && b.q3 && b.max) {
            box->addData(double(i + 1), *b.min, *b.q1, *b.median, *b.q3, *b.max);
            top = std::max(top, *b.max);
        }
    }
    chart->setTable(t);
    chart->setHoverPoints(hover, 0.45);
    chart->plot()->yAxis->setLabel(Tr::tr("latency (ms)"));
    valueRange(chart, top);
    chart->setNote(Tr::tr("Successful calls over the whole range; whiskers at the fastest and slowest call."));
    chart->setSimulated(DashboardData::anySimulated(s.models));
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardCharts::fillSavings(DashboardChart *chart, const DashboardSnapshot &s, const TierConfig &config)
{
    chart->clear();
    chart->useTimeAxis(s.bucket == DashboardBucket::Hour ? QStringLiteral("MMM d\nhh:mm") : QStringLiteral("MMM d"));
    const std::optional<TierEntry> heavy = DashboardData::heaviestTier(config);
    const QString configName = config.name.isEmpty() ? Tr::tr("the workspace config") : config.name;
    chart->plot()->yAxis->setLabel(Tr::tr("cumulative cost ($)"));
    if (!heavy) {
        chart->setNote(Tr::tr("No tier of %1 has prices, so there is no all-heavy baseline: add costPerMillionInput "
                          "and costPerMillionOutput to its tiers.").arg(configName));
        chart->plot()->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const TokenPrices prices = heavy->prices();
    QCPGraph *actual = chart->plot()->addGraph();
    actual->setName(Tr::tr("actual cost"));
    actual->setPen(QPen(seriesColor(0), 2));
    QCPGraph *baseline = chart->plot()->addGraph();
    baseline->setName(Tr::tr("all-heavy baseline (%1)").arg(heavy->tier));
    baseline->setPen(QPen(seriesColor(1), 2, Qt::DashLine));
    baseline->setBrush(QColor(0x3a, 0xa0, 0x5a, 50));
    baseline->setChannelFillGraph(actual);
    ChartTable t;
    t.header = {QStringLiteral("bucket"), QStringLiteral("cost_usd"), QStringLiteral("baseline_usd"),
                QStringLiteral("savings_usd")};
    QMap<double, QString> hover;
    Decimal sumActual, sumBaseline;
    for (const DashboardGroup &g : s.totalBuckets) {
        const Decimal base = DashboardData::baselineCost(g, prices).value_or(Decimal());
        sumActual += g.cost;
        sumBaseline += base;
        const double key = bucketKey(g.bucket, s.bucket);
        actual->addData(key, sumActual.toDouble());
        baseline->addData(key, sumBaseline.toDouble());
        t.rows.append({g.bucket.toString(Qt::ISODate), g.cost.toString(), base.toString(), (base - g.cost).toString()});
        hover.insert(key, Tr::tr("%1\nthis bucket: %2 actual, %3 all-heavy\nso far: %4 actual, %5 all-heavy, saved %6")
                              .arg(g.bucket.toString(QStringLiteral("yyyy-MM-dd hh:mm 'UTC'")), Cost::format(g.cost),
                                   Cost::format(base), Cost::format(sumActual), Cost::format(sumBaseline),
                                   Cost::format(sumBaseline - sumActual)));
    }
    chart->setTable(t);
    chart->setHoverPoints(hover, double(DashboardData::bucketSeconds(s.bucket)) / 2);
    if (!s.totalBuckets.isEmpty()) {
        const double half = double(DashboardData::bucketSeconds(s.bucket)) / 2;
        chart->plot()->xAxis->setRange(bucketKey(s.totalBuckets.constFirst().bucket, s.bucket) - half,
                                       bucketKey(s.totalBuckets.constLast().bucket, s.bucket) + half);
    }
    valueRange(chart, std::max(sumActual.toDouble(), sumBaseline.toDouble()));
    const double pct = sumBaseline.toDouble() > 0 ? 100.0 * (sumBaseline - sumActual).toDouble() / sumBaseline.toDouble() : 0;
    chart->setNote(Tr::tr("Saved %1 (%2%) against pricing every call's tokens at tier \"%3\" (%4, $%5 in / $%6 out per "
                      "million tokens) of config %7.")
                       .arg(Cost::format(sumBaseline - sumActual)).arg(pct, 0, 'f', 1)
                       .arg(heavy->tier, heavy->model, heavy->costPerMillionInput, heavy->costPerMillionOutput,
                            configName));
    chart->setSimulated(DashboardData::anySimulated(s.totalBuckets));
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardCharts::fillErrors(DashboardChart *chart, const DashboardSnapshot &s)
{
    chart->clear();
    QStringList tiers;
    QMap<QString, qint64> callsPerTier;
    for (const DashboardGroup &g : s.tiers) {
        tiers.append(g.key.value(DashboardDimension::Tier));
        callsPerTier.insert(tiers.constLast(), g.calls);
    }
    chart->useCategoryAxis(tiers);
    chart->plot()->xAxis->setLabel(Tr::tr("tier"));
    QMap<QString, QMap<QString, qint64>> perClass; // class -> tier -> errors
    for (const DashboardGroup &g : s.tierErrors) {
        const QString cls = g.key.value(DashboardDimension::ErrorClass);
        if (!cls.isEmpty())
            perClass[cls][g.key.value(DashboardDimension::Tier)] += g.calls;
    }
    ChartTable t;
    t.header = {QStringLiteral("tier"), QStringLiteral("error_class"), QStringLiteral("errors"), QStringLiteral("calls"),
                QStringLiteral("error_rate_percent")};
    QCPBars *below = nullptr;
    int index = 0;
    QMap<double, QString> hover;
    for (qsizetype i = 0; i < tiers.size(); ++i)
        hover.insert(double(i + 1), Tr::tr("%1: %2 calls").arg(tiers.at(i)).arg(callsPerTier.value(tiers.at(i))));
    double top = 0;
    QMap<QString, double> stackTop;
    for (auto it = perClass.cbegin(); it != perClass.cend(); ++it, ++index) {
        auto *bars = new QCPBars(chart->plot()->xAxis, chart->plot()->yAxis);
        bars->setName(it.key());
        bars->setBrush(seriesColor(index + 4));
        bars->setPen(QPen(seriesColor(index + 4).darker(120)));
        bars->setWidth(0.6);
        bars->setStackingGap(0);
        for (qsizetype i = 0; i < tiers.size(); ++i) {
            const qint64 errors = it->value(tiers.at(i));
            const qint64 calls = callsPerTier.value(tiers.at(i));
            const double rate = calls > 0 ? 100.0 * double(errors) / double(calls) : 0;
            bars->addData(double(i + 1), rate);
            stackTop[tiers.at(i)] += rate;
            top = std::max(top, stackTop.value(tiers.at(i)));
            if (errors > 0) {
                t.rows.append({tiers.at(i), it.key(), QString::number(errors), QString::number(calls),
                               QString::number(rate, 'f', 3)});
                hover[double(i + 1)] += Tr::tr("\n%1: %2 (%3%)").arg(it.key()).arg(errors).arg(rate, 0, 'f', 2);
            }
        }
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    chart->setTable(t);
    chart->setHoverPoints(hover, 0.45);
    chart->plot()->yAxis->setLabel(Tr::tr("error rate (% of calls)"));
    valueRange(chart, top);
    chart->setNote(perClass.isEmpty() ? Tr::tr("No errors in this range.") : QString());
    chart->setSimulated(DashboardData::anySimulated(s.tierErrors));
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardCharts::fillCostPerThousand(DashboardChart *chart, const DashboardSnapshot &s)
{
    chart->clear();
    QStringList tiers;
    for (const DashboardGroup &g : s.tiers)
        tiers.append(g.key.value(DashboardDimension::Tier));
    chart->useCategoryAxis(tiers);
    chart->plot()->xAxis->setLabel(Tr::tr("tier"));
    auto *bars = new QCPBars(chart->plot()->xAxis, chart->plot()->yAxis);
    bars->setName(Tr::tr("cost per 1,000 successful calls"));
    bars->setBrush(seriesColor(0));
    bars->setPen(QPen(seriesColor(0).darker(120)));
    bars->setWidth(0.6);
    ChartTable t;
    t.header = {QStringLiteral("tier"), QStringLiteral("successful_calls"), QStringLiteral("cost_usd"),
                QStringLiteral("cost_per_1000_successful_usd")};
    QMap<double, QString> hover;
    double top = 0;
    for (qsizetype i = 0; i < s.tiers.size(); ++i) {
        const DashboardGroup &g = s.tiers.at(i);
        const qint64 ok = g.calls - g.errors;
        t.rows.append({tiers.at(i), QString::number(ok), g.cost.toString(),
                       ok > 0 ? QString::number(g.cost.toDouble() * 1000.0 / double(ok), 'f', 6) : QString()});
        if (ok <= 0) {
            hover.insert(double(i + 1), Tr::tr("%1: no successful calls").arg(tiers.at(i)));
            continue;
        }
        const double value = g.cost.toDouble() * 1000.0 / double(ok);
        bars->addData(double(i + 1), value);
        top = std::max(top, value);
        hover.insert(double(i + 1), Tr::tr("%1: $%2 per 1,000 successful calls\n%3 over %4 successful calls")
                                        .arg(tiers.at(i)).arg(value, 0, 'f', 4).arg(Cost::format(g.cost)).arg(ok));
    }
    chart->setTable(t);
    chart->setHoverPoints(hover, 0.45);
    chart->plot()->yAxis->setLabel(Tr::tr("$ per 1,000 successful calls"));
    valueRange(chart, top);
    chart->setSimulated(DashboardData::anySimulated(s.tiers));
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}
