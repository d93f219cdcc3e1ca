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
    label->setText(tr("<h2>%1</h2><p><i>%2</i></p><p>%3</p><p style='color:gray'>This mode is "
                      "not built yet; it arrives with a later issue. The Configs mode (Ctrl+1) "
                      "works now.</p>")
                       .arg(title.toHtmlEscaped(), question.toHtmlEscaped(), parts.toHtmlEscaped()));
    layout->addWidget(label);
    layout->addStretch();
    setAccessibleName(title);
}
