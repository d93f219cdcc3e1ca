#pragma once

#include <QPoint>
#include <QString>

#include <functional>

class QCustomPlot;

/// Hover values for a chart: on every mouse move the callback gets the cursor position (in
/// plot pixels) and returns the tooltip text, or an empty string to hide the tooltip.
namespace ChartHover {
void install(QCustomPlot *plot, std::function<QString(const QPoint &pixel)> text);
}
