#pragma once

#include <QStyledItemDelegate>

/// Paints a grid cell: a coloured state badge and latency/cost badges on top, the answer's
/// preview below.
class CellGridDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    Q_DISABLE_COPY_MOVE(CellGridDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
