#include "verticalscrollarea.h"

#include <QScrollBar>
#include <QVBoxLayout>

namespace {
/// Reports no height-for-width, so QScrollArea sizes it by its minimum.
class Holder final : public QWidget
{
public:
    using QWidget::QWidget;
    bool hasHeightForWidth() const override { return false; }
};
} // namespace

VerticalScrollArea::VerticalScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
    , m_content(content)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QWidget(this);
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    auto *holder = new Holder(outer);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(content);
    outerLayout->addWidget(holder);
    setWidget(outer);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    // As wide as the content needs (there is no horizontal scrolling), any height.
    const int width = m_content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width();
    return {width, QScrollArea::minimumSizeHint().height()};
}
