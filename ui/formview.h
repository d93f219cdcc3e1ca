#pragma once

#include <QWidget>

class AuthPanel;
class QBoxLayout;
class EditorDocument;
class ModelCatalog;
class ModelApiForm;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class TiersModel;

/// The form side of an editor page: name, tiers table, cost preview, default and per-tier auth.
class FormView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormView)

public:
    FormView(EditorDocument *document, const ModelCatalog *catalog, QWidget *parent = nullptr);

    TiersModel *tiersModel() const { return m_tiersModel; }
    QTableView *tiersTable() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    AuthPanel *tierAuthPanel() const { return m_tierAuth; }
    QSpinBox *inputTokens() const { return m_inputTokens; }
    QSpinBox *outputTokens() const { return m_outputTokens; }
    QPushButton *migrateButton() const { return m_migrate; }
    ModelApiForm *modelApiForm() const { return m_modelApiForm; }
    int documentIndex() const;
    QComboBox *documentCombo() const { return m_documentCombo; }
    /// Shows document `index` of a multi-document file and selects the field of `path`.
    void showField(int documentIndex, const QString &path);
    void setTypicalRequest(int inputTokens, int outputTokens);

signals:
    void typicalRequestChanged(int inputTokens, int outputTokens);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildTierPage();
    void refresh();
    void refreshTierAuth();
    void onDocumentChosen();

    EditorDocument *m_document;
    const ModelCatalog *m_catalog;
    TiersModel *m_tiersModel;
    QComboBox *m_documentCombo;
    QLabel *m_documentLabel = nullptr;
    QLabel *m_readOnlyBanner;
    /// The user picked the document (or a problem did): until then the form shows the file's
    /// first ModelTierConfig or ModelAPI, not a Namespace that happens to come first.
    bool m_documentChosen = false;
    QStackedWidget *m_pages;
    QLabel *m_otherKind;
    QPushButton *m_migrate;   ///< 2025-12 → 2026-01, on the ModelAPI page
    QLabel *m_migrateResult;
    ModelApiForm *m_modelApiForm;
    QLineEdit *m_name;
    QTableView *m_table;
    QPushButton *m_addTier;
    QPushButton *m_removeTier;
    QSpinBox *m_inputTokens;
    QSpinBox *m_outputTokens;
    AuthPanel *m_defaultAuth;
    AuthPanel *m_tierAuth;
    QBoxLayout *m_auths = nullptr;
};
