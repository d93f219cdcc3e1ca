#pragma once

#include <QWidget>

class EditorDocument;
class FormView;
class ModelCatalog;
class QSplitter;
class YamlView;

/// One tab of the Configs mode: the form and the YAML view of one document, side by side.
class EditorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorPage)

public:
    EditorPage(EditorDocument *document, const ModelCatalog *catalog, QWidget *parent = nullptr);

    EditorDocument *document() const { return m_document; }
    FormView *form() const { return m_form; }
    YamlView *yaml() const { return m_yaml; }
    QSplitter *splitter() const { return m_splitter; }
    /// Shows a diagnostic: the line in the YAML view and the field in the form.
    void jumpTo(int line, int column, const QString &path);
    /// Splitter sizes from the last session, applied when the page is first shown.
    void restoreSplitter(const QByteArray &state);

protected:
    void showEvent(QShowEvent *event) override;

private:
    EditorDocument *m_document;
    QSplitter *m_splitter;
    FormView *m_form;
    YamlView *m_yaml;
    QByteArray m_savedSizes;
    bool m_sized = false;
};
