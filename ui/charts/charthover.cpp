#include "charthover.h"

#include <QToolTip>

#include "qcp.h"

void ChartHover::install(QCustomPlot *plot, std::function<QString(const QPoint &)> text)
{
    plot->setMouseTracking(true);
    QObject::connect(plot, &QCustomPlot::mouseMove, plot, [plot, text](QMouseEvent *event) {
        const QPoint pixel = event->position().toPoint();
        const QString tip = text(pixel);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(plot->mapToGlobal(pixel), tip, plot);
    });
}
