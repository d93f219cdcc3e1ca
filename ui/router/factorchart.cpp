#include "factorchart.h"

#include "charthover.h"
#include "policyfields.h"

#include <QVBoxLayout>

#include "qcp.h"

#include <cmath>

namespace {

double weightSum(const ComplexityWeights &w)
{
    return w.messageComplexity + w.contextRequirement + w.capabilityCriticality
           + w.conversationDepth + w.keywordSignals;
}

/// Factor rows from the top: the chart's key axis grows upwards, so row i sits at 5 - i.
double keyOf(int row)
{
    return double(PolicyFields::weights.size() - row);
}

} // namespace

FactorChart::FactorChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumHeight(150);
    m_plot->setMinimumWidth(260); // narrower than the one-row legend: resizeEvent() stacks it
    m_plot->setAccessibleName(tr("Factors and their weighted contributions"));

    QCPAxis *keyAxis = m_plot->yAxis;
    QCPAxis *valueAxis = m_plot->xAxis;
    m_value = new QCPBars(keyAxis, valueAxis);
    m_contribution = new QCPBars(keyAxis, valueAxis);
    m_value->setName(tr("value (0–1)"));
    m_contribution->setName(tr("weighted contribution to the score"));
    m_value->setPen(QPen(QColor(0x3b, 0x6e, 0xa8)));
    m_value->setBrush(QColor(0x3b, 0x6e, 0xa8, 170));
    m_contribution->setPen(QPen(QColor(0xd0, 0x7a, 0x2b)));
    m_contribution->setBrush(QColor(0xd0, 0x7a, 0x2b, 190));
    auto *group = new QCPBarsGroup(m_plot);
    group->append(m_contribution); // the key axis grows upwards: the value bar sits on top
    group->append(m_value);
    m_value->setWidth(0.36);
    m_contribution->setWidth(0.36);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < int(PolicyFields::weights.size()); ++i)
        ticker->addTick(keyOf(i), PolicyFields::label(PolicyFields::weights[size_t(i)]));
    keyAxis->setTicker(ticker);
    keyAxis->setRange(0.4, PolicyFields::weights.size() + 0.6);
    keyAxis->setTickLength(0, 0);
    keyAxis->grid()->setVisible(false);
    valueAxis->setRange(0, 1);
    valueAxis->setLabel(tr("value and contribution (0–1)"));

    // The legend in its own row above the bars, so it never hides one.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 0));
    QFont small = font();
    m_plot->xAxis->setTickLabelFont(small);
    m_plot->yAxis->setTickLabelFont(small);
    m_plot->xAxis->setLabelFont(small);

    ChartHover::install(m_plot, [this](const QPoint &pixel) { return hoverText(pixel); });
    ChartExport::install(m_plot, QStringLiteral("router-factors"), [this] { return table(); });
    setFactors({}, {});
}

void FactorChart::setFactors(const ComplexityFactors &factors, const ComplexityWeights &weights)
{
    m_factors = factors;
    m_weights = weights;
    const double sum = weightSum(weights);
    QVector<double> keys, values, contributions;
    for (int i = 0; i < int(PolicyFields::weights.size()); ++i) {
        const PolicyField f = PolicyFields::weights[size_t(i)];
        const double value = PolicyFields::factor(factors, f);
        keys.append(keyOf(i));
        values.append(value);
        contributions.append(sum > 0 ? PolicyFields::weight(weights, f) * value / sum : 0);
    }
    m_value->setData(keys, values, true);
    m_contribution->setData(keys, contributions, true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

ChartTable FactorChart::table() const
{
    ChartTable t;
    t.header = {QStringLiteral("factor"), QStringLiteral("weight"), QStringLiteral("value"),
                QStringLiteral("contribution")};
    const double sum = weightSum(m_weights);
    for (PolicyField f : PolicyFields::weights) {
        const double w = PolicyFields::weight(m_weights, f);
        const double v = PolicyFields::factor(m_factors, f);
        t.rows.append({PolicyFields::key(f), QString::number(w, 'f', 4), QString::number(v, 'f', 4),
                       QString::number(sum > 0 ? w * v / sum : 0, 'f', 4)});
    }
    return t;
}

QString FactorChart::hoverText(const QPoint &pixel) const
{
    if (!m_plot->axisRect()->rect().contains(pixel))
        return {};
    const double key = m_plot->yAxis->pixelToCoord(pixel.y());
    const int row = int(PolicyFields::weights.size()) - int(std::lround(key));
    if (row < 0 || row >= int(PolicyFields::weights.size()) || std::abs(key - std::lround(key)) > 0.45)
        return {};
    const PolicyField f = PolicyFields::weights[size_t(row)];
    const double w = PolicyFields::weight(m_weights, f);
    const double v = PolicyFields::factor(m_factors, f);
    const double sum = weightSum(m_weights);
    return tr("%1\nvalue %2 × weight %3 / %4 = contribution %5")
        .arg(PolicyFields::label(f), QString::number(v, 'f', 4), QString::number(w, 'f', 2),
             QString::number(sum, 'f', 2), QString::number(sum > 0 ? w * v / sum : 0, 'f', 4));
}

void FactorChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // One legend row when it fits, else one entry per row (a 1024 px window). The one-row
    // width is measured while the legend is in one row.
    QCPLegend *legend = m_plot->legend;
    if (legend->wrap() == 0)
        m_oneRowLegendWidth = legend->minimumOuterSizeHint().width();
    const int wrap = width() >= m_oneRowLegendWidth ? 0 : 1;
    if (wrap != legend->wrap()) {
        legend->setWrap(wrap);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}
