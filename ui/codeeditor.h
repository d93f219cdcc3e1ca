#pragma once

#include "config/diagnostic.h"

#include <QPlainTextEdit>

/// A plain-text editor with a line-number gutter and wavy underlines on diagnostics.
/// Its own undo is off: Undo/Redo keys are forwarded (undoRequested/redoRequested) to the
/// document's QUndoStack, which covers both views.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    /// Moves the cursor to a 1-based line and column and shows it.
    void goToPosition(int line, int column);
    int currentLine() const;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

signals:
    void undoRequested();
    void redoRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_gutter;
    Diagnostics m_diagnostics;
};
