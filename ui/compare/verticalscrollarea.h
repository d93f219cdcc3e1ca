#pragma once

#include <QScrollArea>

/// A scroll area for a panel of fields: the panel gets the area's width and height, or its
/// minimum height when that is more (then it scrolls), so fields never squeeze into each
/// other. Unlike a plain resizable QScrollArea it does not size a panel with word-wrapped
/// labels by their preferred height-for-width, which would scroll a panel that fits.
class VerticalScrollArea final : public QScrollArea
{
    Q_OBJECT
public:
    explicit VerticalScrollArea(QWidget *content, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(VerticalScrollArea)

    QWidget *content() const { return m_content; }
    QSize minimumSizeHint() const override;

private:
    QWidget *m_content;
};
