#include "scoregauge.h"

#include "routerformat.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

ScoreGauge::ScoreGauge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Complexity score"));
    updateToolTip();
}

void ScoreGauge::setScore(double score, RouteClass byScore)
{
    m_score = std::clamp(score, 0.0, 1.0);
    m_class = byScore;
    updateToolTip();
    update();
}

void ScoreGauge::setThresholds(const ComplexityThresholds &thresholds)
{
    m_thresholds = thresholds;
    updateToolTip();
    update();
}

QSize ScoreGauge::sizeHint() const
{
    const int line = fontMetrics().height();
    return {360, 4 * line + 18};
}

QSize ScoreGauge::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void ScoreGauge::updateToolTip()
{
    setToolTip(tr("Score %1 (%2 by score). Light below %3, standard from %3, heavy from %4.")
                   .arg(QString::number(m_score, 'f', 4), RouterFormat::className(m_class),
                        QString::number(m_thresholds.standard, 'f', 4),
                        QString::number(m_thresholds.heavy, 'f', 4)));
    setAccessibleDescription(toolTip());
}

void ScoreGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int margin = std::max(fm.horizontalAdvance(QStringLiteral("heavy 0.7000")) / 2, 8);
    const QRectF track(margin, line + 8, width() - 2 * margin, line);
    const auto xAt = [&track](double v) { return track.left() + v * track.width(); };

    // Score text on top: "0.4213 · standard"
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    const QString head = tr("Score %1 · %2 by score")
                             .arg(QString::number(m_score, 'f', 4), RouterFormat::className(m_class));
    p.drawText(QRectF(0, 0, width(), line + 4), Qt::AlignHCenter | Qt::AlignTop, head);
    p.setFont(font());

    // Zones
    QPainterPath clip;
    clip.addRoundedRect(track, 4, 4);
    p.save();
    p.setClipPath(clip);
    const double s = m_thresholds.standard;
    const double h = m_thresholds.heavy;
    p.fillRect(QRectF(track.left(), track.top(), xAt(s) - track.left(), track.height()),
               RouterFormat::classColor(RouteClass::Light));
    p.fillRect(QRectF(xAt(s), track.top(), xAt(h) - xAt(s), track.height()),
               RouterFormat::classColor(RouteClass::Standard));
    p.fillRect(QRectF(xAt(h), track.top(), track.right() - xAt(h), track.height()),
               RouterFormat::classColor(RouteClass::Heavy));
    p.restore();
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(track, 4, 4);

    // Threshold lines and their labels below the track
    const QColor text = palette().color(QPalette::WindowText);
    p.setPen(QPen(text, 2));
    const int labelTop = int(track.bottom()) + 4;
    const QString standardLabel = tr("standard %1").arg(QString::number(s, 'f', 2));
    const QString heavyLabel = tr("heavy %1").arg(QString::number(h, 'f', 2));
    const int sw = fm.horizontalAdvance(standardLabel);
    const int hw = fm.horizontalAdvance(heavyLabel);
    double sx = xAt(s) - sw / 2.0;
    double hx = xAt(h) - hw / 2.0;
    if (hx < sx + sw + 6) { // close thresholds: push the labels apart
        const double mid = (xAt(s) + xAt(h)) / 2;
        sx = mid - sw - 3;
        hx = mid + 3;
    }
    sx = std::clamp(sx, 0.0, double(width() - sw));
    hx = std::clamp(hx, 0.0, double(width() - hw));
    for (double v : {s, h})
        p.drawLine(QPointF(xAt(v), track.top() - 3), QPointF(xAt(v), track.bottom() + 3));
    p.drawText(QPointF(sx, labelTop + fm.ascent()), standardLabel);
    p.drawText(QPointF(hx, labelTop + fm.ascent()), heavyLabel);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QPointF(track.left() - fm.horizontalAdvance(u'0') / 2.0, labelTop + line + fm.ascent()),
               QStringLiteral("0"));
    p.drawText(QPointF(track.right() - fm.horizontalAdvance(u'1') / 2.0, labelTop + line + fm.ascent()),
               QStringLiteral("1"));

    // The score marker: a triangle above and a line through the track
    const double x = xAt(m_score);
    p.setPen(QPen(text, 3));
    p.drawLine(QPointF(x, track.top() - 2), QPointF(x, track.bottom() + 2));
    QPainterPath tri;
    tri.moveTo(x - 6, track.top() - 8);
    tri.lineTo(x + 6, track.top() - 8);
    tri.lineTo(x, track.top() - 1);
    tri.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(text);
    p.drawPath(tri);
}
