#pragma once

#include <QTimer>
#include <QWidget>

class CodeEditor;
class EditorDocument;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
struct ConfigDocument;

/// The form of one KAOS ModelAPI document: mode, apiBase, model, the env table (name, a
/// literal value or a secret name and key) and, for a Proxy, the nested LiteLLM config in its
/// own YAML view with its diagnostics at its own lines. Every edit goes through the
/// document's undo stack (EditorDocument::setModelApiField / setModelApiEnv /
/// setModelApiConfigYaml), like the tier form's.
class ModelApiForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelApiForm)

public:
    enum EnvColumn { NameColumn, ValueColumn, SecretNameColumn, SecretKeyColumn };

    ModelApiForm(EditorDocument *document, QWidget *parent = nullptr);

    /// Shows document `index` (a ModelAPI) of the editor's document; `editable` is false
    /// while the YAML does not parse.
    void showDocument(int index, const ConfigDocument &doc, bool editable);

    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *apiBaseEdit() const { return m_apiBase; }
    QLineEdit *modelEdit() const { return m_model; }
    QTableWidget *envTable() const { return m_env; }
    QPushButton *addEnvButton() const { return m_addEnv; }
    CodeEditor *configYamlEditor() const { return m_configYaml; }
    enum Resource { CpuRequest, MemoryRequest, CpuLimit, MemoryLimit };
    QLineEdit *resourceEdit(Resource r) const { return m_resources[r]; }
    QString statusText() const;
    /// The nested config's problems as listed under its view ("line 3, column 5: …").
    QString configYamlProblems() const;
    /// Writes the nested config now (typing writes it after a short pause).
    void commitConfigYaml();

private:
    void commitField(int field, const QString &value);
    void commitEnv();
    void showConfigYaml(const ConfigDocument &doc, bool editable);
    QWidget *buildResources();
    void showResources(const ConfigDocument &doc, bool editable);
    void commitResources();
    bool hosted() const;

    EditorDocument *m_document;
    int m_index = -1;
    bool m_filling = false;
    QComboBox *m_mode;
    QLineEdit *m_apiBase;
    QLabel *m_apiBaseLabel;
    QLineEdit *m_model;
    QTableWidget *m_env;
    QPushButton *m_addEnv;
    QPushButton *m_removeEnv;
    QLabel *m_status;
    QWidget *m_resourcesBox = nullptr;
    QLineEdit *m_resources[4] = {};
    QLabel *m_configLabel;
    CodeEditor *m_configYaml;
    QLabel *m_configProblems;
    QTimer m_configTimer;
};
