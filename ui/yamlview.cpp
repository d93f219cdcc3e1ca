#include "yamlview.h"

#include "codeeditor.h"
#include "editordocument.h"
#include "yamlhighlighter.h"

#include <QLabel>
#include <QTextBlock>
#include <QVBoxLayout>

YamlView::YamlView(EditorDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(new CodeEditor(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *title = new QLabel(tr("<b>YAML</b> — edits here update the form"), this);
    title->setWordWrap(true); // a narrow view wraps it rather than widen the window
    layout->addWidget(title);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    m_status->setWordWrap(true);
    m_editor->setAccessibleName(tr("YAML source"));
    new YamlHighlighter(m_editor->document());

    m_applying = true;
    m_editor->setPlainText(document->text());
    m_applying = false;

    connect(m_editor->document(), &QTextDocument::contentsChange, this, &YamlView::onEditorChanged);
    connect(m_editor, &CodeEditor::undoRequested, document->undoStack(), &QUndoStack::undo);
    connect(m_editor, &CodeEditor::redoRequested, document->undoStack(), &QUndoStack::redo);
    connect(document, &EditorDocument::textChanged, this, &YamlView::onDocumentTextChanged);
    connect(document, &EditorDocument::parsed, this, &YamlView::onParsed);
    onParsed();
}

void YamlView::onEditorChanged(int position, int charsRemoved, int charsAdded)
{
    if (m_applying)
        return;
    // Take the range from the editor rather than diffing: typing "t" before a "t" must be an
    // insertion at the caret, or consecutive keystrokes would not merge into one undo step.
    const QString before = m_document->text();
    const QString after = m_editor->toPlainText();
    if (before == after)
        return; // a format-only change (highlighter, underlines)
    TextDelta delta;
    delta.position = position;
    delta.removed = before.mid(position, charsRemoved);
    delta.added = after.mid(position, charsAdded);
    QString check = before;
    if (!delta.applyTo(check) || check != after)
        delta = TextDelta::between(before, after);
    m_document->editText(delta);
}

void YamlView::onDocumentTextChanged(const TextDelta &delta)
{
    if (m_editor->toPlainText() == m_document->text())
        return;
    // Apply only the changed range, so the scroll position and most of the cursor survive.
    m_applying = true;
    QTextCursor c(m_editor->document());
    c.setPosition(int(delta.position));
    c.setPosition(int(delta.position + delta.removed.size()), QTextCursor::KeepAnchor);
    c.insertText(delta.added);
    if (m_editor->toPlainText() != m_document->text())
        m_editor->setPlainText(m_document->text());
    m_applying = false;
}

void YamlView::onParsed()
{
    m_editor->setDiagnostics(m_document->diagnostics());
    const int errors = m_document->errorCount();
    const int warnings = m_document->warningCount();
    if (!m_document->isFormEditable())
        m_status->setText(tr("⚠ The YAML does not parse: the form shows the last valid version "
                             "and is read-only until the syntax error is fixed."));
    else if (errors + warnings == 0)
        m_status->setText(tr("✓ Valid"));
    else
        m_status->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                          + tr("%n warning(s)", nullptr, warnings)
                          + tr(" — see the Problems panel"));
}
