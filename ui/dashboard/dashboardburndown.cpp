// The budget burn-down: a tenant's cumulative spend this month against its monthly limit.
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

void limitLine(QCustomPlot *plot, const QString &label, double value, double from, double to, const QColor &color,
               Qt::PenStyle style)
{
    QCPGraph *g = plot->addGraph();
    g->setName(label);
    g->setPen(QPen(color, 1.5, style));
    g->addData(from, value);
    g->addData(to, value);
}

} // namespace

void DashboardCharts::fillBurnDown(DashboardChart *chart, const DashboardSnapshot &s, const QString &tenant,
                                   const BudgetLimits &limits, const QString &limitsSource)
{
    chart->clear();
    chart->useTimeAxis(QStringLiteral("MMM d"));
    const bool dollars = limits.monthlyDollars.has_value() || !limits.monthlyTokens.has_value();
    const QDateTime monthEnd = s.monthStart.addMonths(1);
    const double from = double(s.monthStart.toSecsSinceEpoch());
    const double to = double(monthEnd.toSecsSinceEpoch());
    QCPGraph *used = chart->plot()->addGraph();
    const QString who = tenant.isEmpty() ? Tr::tr("(no tenant)") : tenant;
    used->setName(dollars ? Tr::tr("%1: cost so far").arg(who) : Tr::tr("%1: tokens so far").arg(who));
    used->setPen(QPen(seriesColor(0), 2));
    used->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    ChartTable t;
    t.header = {QStringLiteral("day"), QStringLiteral("tenant"), QStringLiteral("cost_usd"), QStringLiteral("tokens"),
                QStringLiteral("cumulative_cost_usd"), QStringLiteral("cumulative_tokens")};
    QMap<double, QString> hover;
    Decimal cost;
    qint64 tokens = 0;
    bool simulated = false;
    double top = 0;
    for (const DashboardGroup &g : s.tenantDays) {
        if (g.key.value(DashboardDimension::Tenant) != tenant)
            continue;
        const qint64 dayTokens = g.inputTokens.value_or(0) + g.outputTokens.value_or(0);
        cost += g.cost;
        tokens += dayTokens;
        simulated = simulated || g.simulatedCalls > 0;
        const double key = double(g.bucket.addDays(1).toSecsSinceEpoch()); // at the end of the day
        const double value = dollars ? cost.toDouble() : double(tokens);
        used->addData(key, value);
        top = std::max(top, value);
        t.rows.append({g.bucket.toString(QStringLiteral("yyyy-MM-dd")), tenant, g.cost.toString(),
                       QString::number(dayTokens), cost.toString(), QString::number(tokens)});
        hover.insert(key, Tr::tr("%1, %2\nthat day: %3, %4 tokens\nmonth so far: %5, %6 tokens")
                              .arg(who, g.bucket.toString(QStringLiteral("yyyy-MM-dd")), Cost::format(g.cost))
                              .arg(dayTokens).arg(Cost::format(cost)).arg(tokens));
    }
    std::optional<double> limit;
    if (dollars && limits.monthlyDollars)
        limit = limits.monthlyDollars->toDouble();
    else if (!dollars && limits.monthlyTokens)
        limit = double(*limits.monthlyTokens);
    if (limit) {
        limitLine(chart->plot(), Tr::tr("monthly limit"), *limit, from, to, QColor(0xc8, 0x3e, 0x4d), Qt::SolidLine);
        limitLine(chart->plot(), Tr::tr("95%"), *limit * 0.95, from, to, QColor(0xd0, 0x7a, 0x2b), Qt::DashLine);
        limitLine(chart->plot(), Tr::tr("80%"), *limit * 0.80, from, to, QColor(0xb8, 0x9b, 0x1c), Qt::DotLine);
        top = std::max(top, *limit);
    }
    chart->setTable(t);
    chart->setHoverPoints(hover, 43200);
    chart->plot()->xAxis->setRange(from, to);
    chart->plot()->yAxis->setLabel(dollars ? Tr::tr("cost this month ($)") : Tr::tr("tokens this month"));
    chart->plot()->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    chart->plot()->yAxis->setNumberFormat(dollars ? QStringLiteral("gb") : QStringLiteral("f"));
    chart->plot()->yAxis->setNumberPrecision(dollars ? 6 : 0);
    const QString month = s.monthStart.toString(QStringLiteral("MMMM yyyy"));
    chart->setNote(limit ? Tr::tr("%1, UTC. Limit from %2.").arg(month, limitsSource)
                         : Tr::tr("%1, UTC. No monthly limit for this tenant (%2): set spec.budgets in router-policy.yaml "
                              "or TOKEN_BUDGET_MONTHLY.").arg(month, limitsSource));
    chart->setSimulated(simulated);
    chart->plot()->replot(QCustomPlot::rpQueuedReplot);
}
