#include "diffdialog.h"

#include "dialogbuttons.h"
#include "linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

DiffDialog::DiffDialog(const QString &fileName, const QString &before, const QString &after,
                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Review changes to %1").arg(fileName));
    const QList<DiffLine> diff = LineDiff::compute(before, after);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("%n line(s) differ from the file on disk. Lines starting with - are removed, "
           "+ are added.", nullptr, LineDiff::changedLineCount(diff)),
        this));
    auto *view = new QPlainTextEdit(this);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(tr("Differences"));
    view->setPlainText(LineDiff::toText(diff));
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        if (!t.startsWith(QLatin1Char('-')) && !t.startsWith(QLatin1Char('+')))
            continue;
        QTextEdit::ExtraSelection s;
        s.format.setBackground(t.startsWith(QLatin1Char('-')) ? QColor(0xfd, 0xe2, 0xe2)
                                                              : QColor(0xdc, 0xf5, 0xdc));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(b);
        marks.append(s);
    }
    view->setExtraSelections(marks);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    DialogButtons::translate(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);
}
