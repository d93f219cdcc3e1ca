#include "cellgriddelegate.h"

#include "cellgridmodel.h"

#include <QPainter>
#include <QPainterPath>

namespace {

struct Palette
{
    QColor background;
    QColor badge;
};

Palette paletteFor(const QModelIndex &index)
{
    const auto state = CellState(index.data(CellGridModel::StateRole).toInt());
    const QVariant passed = index.data(CellGridModel::PassedRole);
    if (state == CellState::Failed)
        return {QColor(0xfd, 0xec, 0xea), QColor(0xb0, 0x00, 0x20)};
    if (state == CellState::Succeeded)
        return passed.toBool() ? Palette{QColor(0xed, 0xf7, 0xee), QColor(0x2e, 0x7d, 0x32)}
                               : Palette{QColor(0xff, 0xf4, 0xe5), QColor(0xc7, 0x55, 0x00)};
    if (state == CellState::RateLimited)
        return {QColor(0xf3, 0xef, 0xfa), QColor(0x6a, 0x3f, 0xb5)};
    return {QColor(0xf5, 0xf5, 0xf5), QColor(0x75, 0x75, 0x75)};
}

int drawBadge(QPainter *p, int x, int y, const QString &text, const QColor &fill,
              const QColor &ink)
{
    const QFontMetrics fm = p->fontMetrics();
    const QRect r(x, y, fm.horizontalAdvance(text) + 10, fm.height() + 2);
    QPainterPath path;
    path.addRoundedRect(r, 3, 3);
    p->fillPath(path, fill);
    p->setPen(ink);
    p->drawText(r, Qt::AlignCenter, text);
    return r.right() + 5;
}

} // namespace

void CellGridDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    p->save();
    const Palette pal = paletteFor(index);
    const bool selected = option.state & QStyle::State_Selected;
    p->fillRect(option.rect, selected ? option.palette.highlight().color().lighter(170)
                                      : pal.background);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p->setFont(small);
    const QRect area = option.rect.adjusted(5, 4, -5, -4);
    int x = area.left();
    x = drawBadge(p, x, area.top(), index.data(CellGridModel::BadgeTextRole).toString(),
                  pal.badge, Qt::white);
    const QString latency = index.data(CellGridModel::LatencyTextRole).toString();
    const QString cost = index.data(CellGridModel::CostTextRole).toString();
    const QColor chip(0xe0, 0xe4, 0xea);
    if (!latency.isEmpty())
        x = drawBadge(p, x, area.top(), latency, chip, Qt::black);
    if (!cost.isEmpty())
        x = drawBadge(p, x, area.top(), cost, chip, Qt::black);
    const QString routed = index.data(CellGridModel::RoutedTierRole).toString();
    if (!routed.isEmpty())
        drawBadge(p, x, area.top(), QStringLiteral("→ ") + routed, QColor(0xe8, 0xe0, 0xf7),
                  QColor(0x4a, 0x2a, 0x85));
    p->setFont(option.font);
    p->setPen(option.palette.text().color());
    const int top = area.top() + p->fontMetrics().height() + 6;
    const QRect textRect(area.left(), top, area.width(), area.bottom() - top);
    const QString preview = index.data(Qt::DisplayRole).toString();
    p->drawText(textRect, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft,
                p->fontMetrics().elidedText(preview, Qt::ElideRight,
                                            textRect.width() * std::max(1, textRect.height() / p->fontMetrics().lineSpacing()) - 20));
    p->setPen(QColor(0xd0, 0xd0, 0xd0));
    p->drawRect(option.rect.adjusted(0, 0, -1, -1));
    p->restore();
}

QSize CellGridDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {280, fm.height() + 8 + fm.lineSpacing() * 3};
}
