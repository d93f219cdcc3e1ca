#include "dashboardchart.h"

#include "charthover.h"
#include "qcp.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

DashboardChart::DashboardChart(const QString &title, const QString &baseName, QWidget *parent)
    : QFrame(parent)
    , m_plot(new QCustomPlot(this))
    , m_title(new QLabel(title, this))
    , m_badge(new QLabel(tr("simulated"), this))
    , m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(baseName);
    auto *layout = new QVBoxLayout(this);
    m_header = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_header->addWidget(m_title);
    m_badge->setObjectName(QStringLiteral("simulatedBadge"));
    m_badge->setToolTip(tr("Some calls shown here came from the simulated provider (the demo), not a real model."));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #d07a2b; color: white; border-radius: 3px; padding: 1px 6px; }"));
    m_badge->hide();
    m_header->addWidget(m_badge);
    m_header->addStretch(1);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    for (const QString &ext : {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("csv")}) {
        menu->addAction(tr("Export as %1…").arg(ext.toUpper()), this, [this, baseName, ext] {
            ChartExport::exportInteractively(m_plot, baseName, m_table, ext, this);
        });
    }
    exportButton->setMenu(menu);
    m_header->addWidget(exportButton);
    layout->addLayout(m_header);
    m_plot->setMinimumHeight(240);
    m_plot->setAccessibleName(title);
    layout->addWidget(m_plot, 1);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    layout->addWidget(m_note);

    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    for (QCPAxis *a : {m_plot->xAxis, m_plot->yAxis}) {
        a->setTickLabelFont(font());
        a->setLabelFont(font());
    }
    ChartHover::install(m_plot, [this](const QPoint &pixel) {
        if (!m_plot->axisRect()->rect().contains(pixel))
            return QString();
        return hoverTextAt(m_plot->xAxis->pixelToCoord(pixel.x()));
    });
    ChartExport::install(m_plot, baseName, [this] { return m_table; });
}

QString DashboardChart::title() const
{
    return m_title->text();
}

void DashboardChart::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(2, widget);
}

void DashboardChart::setSimulated(bool simulated)
{
    m_badge->setVisible(simulated);
}

bool DashboardChart::isSimulatedShown() const
{
    return !m_badge->isHidden();
}

void DashboardChart::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString DashboardChart::note() const
{
    return m_note->text();
}

void DashboardChart::setHoverPoints(const QMap<double, QString> &points, double reach)
{
    m_hover = points;
    m_reach = reach;
}

QString DashboardChart::hoverTextAt(double key) const
{
    if (m_hover.isEmpty())
        return {};
    auto it = m_hover.lowerBound(key);
    auto best = it;
    if (it == m_hover.cend() || (it != m_hover.cbegin() && key - std::prev(it).key() < it.key() - key))
        best = std::prev(it);
    return std::abs(best.key() - key) <= m_reach ? best.value() : QString();
}

void DashboardChart::clear()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_hover.clear();
    m_table = {};
}

void DashboardChart::useTimeAxis(const QString &format)
{
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(format);
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(6);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("time (UTC)"));
}

void DashboardChart::useCategoryAxis(const QStringList &names)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < names.size(); ++i)
        ticker->addTick(double(i + 1), names.at(i));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLength(0, 0);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setRange(0.4, double(names.size()) + 0.6);
}
