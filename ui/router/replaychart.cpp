#include "replaychart.h"

#include "charthover.h"
#include "qcp.h"
#include "routerformat.h"

#include <QVBoxLayout>

#include <cmath>

ReplayChart::ReplayChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumHeight(200);
    m_plot->setAccessibleName(tr("Share of requests per tier, before and after"));
    m_before = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_after = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_before->setName(tr("before (saved policy)"));
    m_after->setName(tr("after (edited policy)"));
    m_before->setPen(QPen(QColor(0x6b, 0x7b, 0x8c)));
    m_before->setBrush(QColor(0x6b, 0x7b, 0x8c, 170));
    m_after->setPen(QPen(QColor(0xd0, 0x7a, 0x2b)));
    m_after->setBrush(QColor(0xd0, 0x7a, 0x2b, 190));
    auto *group = new QCPBarsGroup(m_plot);
    group->append(m_before);
    group->append(m_after);
    m_before->setWidth(0.36);
    m_after->setWidth(0.36);
    m_plot->yAxis->setLabel(tr("share of requests (%)"));
    m_plot->xAxis->setLabel(tr("tier"));
    m_plot->xAxis->setTickLength(0, 0);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    for (QCPAxis *a : {m_plot->xAxis, m_plot->yAxis}) {
        a->setTickLabelFont(font());
        a->setLabelFont(font());
    }
    ChartHover::install(m_plot, [this](const QPoint &pixel) { return hoverText(pixel); });
    ChartExport::install(m_plot, QStringLiteral("router-replay"), [this] { return table(); });
}

void ReplayChart::setResult(const ReplayResult &result)
{
    m_result = result;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, before, after;
    double top = 0;
    const double n = double(std::max<qint64>(1, result.requests));
    for (int i = 0; i < int(result.tiers.size()); ++i) {
        const ReplayTierRow &r = result.tiers.at(i);
        keys.append(i + 1);
        before.append(100.0 * double(r.beforeRequests) / n);
        after.append(100.0 * double(r.afterRequests) / n);
        top = std::max({top, before.constLast(), after.constLast()});
        ticker->addTick(i + 1, r.tier);
    }
    m_before->setData(keys, before, true);
    m_after->setData(keys, after, true);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.4, result.tiers.size() + 0.6);
    m_plot->yAxis->setRange(0, std::min(100.0, std::ceil((top + 5) / 10) * 10));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

ChartTable ReplayChart::table() const
{
    ChartTable t;
    t.header = {QStringLiteral("tier"), QStringLiteral("before_requests"), QStringLiteral("before_share"),
                QStringLiteral("before_cost_usd"), QStringLiteral("after_requests"),
                QStringLiteral("after_share"), QStringLiteral("after_cost_usd")};
    const double n = double(std::max<qint64>(1, m_result.requests));
    for (const ReplayTierRow &r : m_result.tiers) {
        t.rows.append({r.tier, QString::number(r.beforeRequests),
                       QString::number(double(r.beforeRequests) / n, 'f', 6), r.beforeCost.toString(),
                       QString::number(r.afterRequests), QString::number(double(r.afterRequests) / n, 'f', 6),
                       r.afterCost.toString()});
    }
    return t;
}

QString ReplayChart::hoverText(const QPoint &pixel) const
{
    if (!m_plot->axisRect()->rect().contains(pixel) || m_result.requests <= 0)
        return {};
    const double key = m_plot->xAxis->pixelToCoord(pixel.x());
    const long i = std::lround(key) - 1;
    if (i < 0 || i >= m_result.tiers.size() || std::abs(key - std::lround(key)) > 0.45)
        return {};
    const ReplayTierRow &r = m_result.tiers.at(i);
    const double n = double(m_result.requests);
    return tr("%1\nbefore: %2 request(s), %3, %4\nafter: %5 request(s), %6, %7")
        .arg(r.tier, RouterFormat::count(r.beforeRequests), RouterFormat::percent(r.beforeRequests / n),
             Cost::format(r.beforeCost), RouterFormat::count(r.afterRequests),
             RouterFormat::percent(r.afterRequests / n), Cost::format(r.afterCost));
}
