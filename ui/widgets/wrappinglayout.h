#pragma once

#include <QLayout>
#include <QList>

/// Lays its items out left to right and wraps them onto the next line when the width runs
/// out, like words in a paragraph. An item wider than a whole line gets the line's width
/// (an ElidedLabel then elides). Height follows width (heightForWidth). Used for Compare's
/// figures, the Router mode's capability chips and the Dashboard's filter bar.
class WrappingLayout final : public QLayout
{
public:
    explicit WrappingLayout(QWidget *parent = nullptr, int horizontalSpacing = 12, int verticalSpacing = 2);
    ~WrappingLayout() override;
    Q_DISABLE_COPY_MOVE(WrappingLayout)

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_hSpacing;
    int m_vSpacing;
};
