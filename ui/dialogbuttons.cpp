#include "dialogbuttons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DialogButtons)

public:
    static QString of(QDialogButtonBox::StandardButton button)
    {
        switch (button) {
        case QDialogButtonBox::Ok: return tr("OK");
        case QDialogButtonBox::Cancel: return tr("Cancel");
        case QDialogButtonBox::Apply: return tr("Apply");
        case QDialogButtonBox::Save: return tr("Save");
        case QDialogButtonBox::Close: return tr("Close");
        case QDialogButtonBox::Discard: return tr("Discard");
        case QDialogButtonBox::Yes: return tr("Yes");
        case QDialogButtonBox::No: return tr("No");
        default: return {};
        }
    }
};
} // namespace

void DialogButtons::translate(QDialogButtonBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        const QString text = Text::of(box->standardButton(b));
        if (!text.isEmpty())
            b->setText(text);
    }
}
