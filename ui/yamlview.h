#pragma once

#include <QWidget>

class CodeEditor;
class EditorDocument;
class QLabel;
struct TextDelta;

/// The YAML side of an editor page: a CodeEditor bound to an EditorDocument.
class YamlView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlView)

public:
    explicit YamlView(EditorDocument *document, QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }

private:
    void onEditorChanged(int position, int charsRemoved, int charsAdded);
    void onDocumentTextChanged(const TextDelta &delta);
    void onParsed();

    EditorDocument *m_document;
    CodeEditor *m_editor;
    QLabel *m_status;
    bool m_applying = false;
};
