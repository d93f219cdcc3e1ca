#include "undoshortcutfilter.h"

#include <QKeyEvent>

void UndoShortcutFilter::install(QObject *parent, const QList<QObject *> &widgets)
{
    auto *filter = new UndoShortcutFilter(parent);
    for (QObject *w : widgets)
        w->installEventFilter(filter);
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // not overridden: the window's shortcut fires
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
