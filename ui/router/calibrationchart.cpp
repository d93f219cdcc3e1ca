#include "calibrationchart.h"

#include "charthover.h"
#include "qcp.h"
#include "routerformat.h"

#include <QVBoxLayout>

namespace {

/// The curve's share at `threshold` (the last point at or below it).
std::optional<double> shareAt(const QList<CalibrationPoint> &curve, double threshold)
{
    std::optional<double> share;
    for (const CalibrationPoint &p : curve) {
        if (p.threshold > threshold)
            break;
        share = p.share;
    }
    return share;
}

QCPGraph *addCurve(QCustomPlot *plot, const QString &name, const QColor &color)
{
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(color, 2));
    g->setLineStyle(QCPGraph::lsStepLeft);
    return g;
}

} // namespace

CalibrationChart::CalibrationChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumHeight(220);
    m_plot->setAccessibleName(tr("Share of requests versus threshold"));
    m_heavy = addCurve(m_plot, tr("heavy share vs heavy threshold"), RouterFormat::classColor(RouteClass::Heavy).darker(140));
    m_light = addCurve(m_plot, tr("light share vs standard threshold"), RouterFormat::classColor(RouteClass::Light).darker(150));
    m_chosen = m_plot->addGraph();
    m_chosen->setName(tr("chosen thresholds"));
    m_chosen->setLineStyle(QCPGraph::lsNone);
    m_chosen->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x20, 0x20, 0x20), 9));
    m_plot->xAxis->setLabel(tr("threshold"));
    m_plot->yAxis->setLabel(tr("share (%)"));
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 100);
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
    ChartExport::install(m_plot, QStringLiteral("router-calibration"), [this] { return table(); });
}

void CalibrationChart::setResult(const CalibrationResult &result, std::optional<double> heavyTarget,
                                 std::optional<double> lightTarget)
{
    m_result = result;
    const auto fill = [](QCPGraph *g, const QList<CalibrationPoint> &curve) {
        QVector<double> x, y;
        for (const CalibrationPoint &p : curve) {
            x.append(p.threshold);
            y.append(100 * p.share);
        }
        g->setData(x, y, true);
    };
    fill(m_heavy, result.heavyCurve);
    fill(m_light, result.lightCurve);
    QVector<double> cx, cy;
    if (heavyTarget) {
        cx.append(result.heavyThreshold);
        cy.append(100 * result.heavyShare);
    }
    if (lightTarget) {
        cx.append(result.standardThreshold);
        cy.append(100 * result.lightShare);
    }
    m_chosen->setData(cx, cy);
    m_plot->clearItems();
    for (const auto &[target, color] : {std::pair{heavyTarget, m_heavy->pen().color()},
                                        std::pair{lightTarget, m_light->pen().color()}}) {
        if (!target)
            continue;
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(0, 100 * *target);
        line->point2->setCoords(1, 100 * *target);
        line->setPen(QPen(color, 1, Qt::DashLine));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

ChartTable CalibrationChart::table() const
{
    ChartTable t;
    t.header = {QStringLiteral("curve"), QStringLiteral("threshold"), QStringLiteral("share")};
    for (const CalibrationPoint &p : m_result.heavyCurve)
        t.rows.append({QStringLiteral("heavy"), QString::number(p.threshold, 'f', 6), QString::number(p.share, 'f', 6)});
    for (const CalibrationPoint &p : m_result.lightCurve)
        t.rows.append({QStringLiteral("light"), QString::number(p.threshold, 'f', 6), QString::number(p.share, 'f', 6)});
    return t;
}

QString CalibrationChart::hoverText(const QPoint &pixel) const
{
    if (!m_plot->axisRect()->rect().contains(pixel) || m_result.requests <= 0)
        return {};
    const double x = m_plot->xAxis->pixelToCoord(pixel.x());
    if (x < 0 || x > 1)
        return {};
    const auto heavy = shareAt(m_result.heavyCurve, x);
    const auto light = shareAt(m_result.lightCurve, x);
    QString text = tr("threshold %1").arg(QString::number(x, 'f', 3));
    if (heavy)
        text += u'\n' + tr("heavy threshold here: %1 heavy").arg(RouterFormat::percent(*heavy));
    if (light)
        text += u'\n' + tr("standard threshold here: %1 light").arg(RouterFormat::percent(*light));
    return text;
}
