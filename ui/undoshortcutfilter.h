#pragma once

#include <QObject>

/// Keeps line edits of the form from handling Undo/Redo themselves: the keys go to the
/// window's Undo/Redo actions, i.e. the document's QUndoStack, which covers both views.
class UndoShortcutFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoShortcutFilter)

public:
    explicit UndoShortcutFilter(QObject *parent = nullptr) : QObject(parent) {}
    /// Installs one filter (owned by `parent`) on each of `widgets`.
    static void install(QObject *parent, const QList<QObject *> &widgets);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
