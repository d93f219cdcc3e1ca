#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &question,
                                 const QString &parts, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *label = new QLabel(this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    // Which other modes work changes as they land, so the page names none of them.
    label->setText(tr("<h2>%1</h2><p><i>%2</i></p><p>%3</p><p style='color:gray'>This mode is "
                      "not built yet.</p>")
                       .arg(title.toHtmlEscaped(), question.toHtmlEscaped(), parts.toHtmlEscaped()));
    layout->addWidget(label);
    layout->addStretch();
    setAccessibleName(title);
}
