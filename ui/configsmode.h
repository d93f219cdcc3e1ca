#pragma once

#include <QWidget>

class EditorDocument;
class EditorPage;
class ModelCatalog;
class Prompter;
class QAction;
class QMenu;
class QSplitter;
class QTabWidget;
class QTreeView;
class QStackedWidget;
class QUndoGroup;
class Settings;
class WelcomePage;
class WorkspaceModel;

/// The Configs mode: the workspace panel on the left and one tab per open document.
/// It owns the file actions (new, open, save, export...) that the main window puts in menus.
class ConfigsMode final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigsMode)

public:
    ConfigsMode(Settings *settings, const ModelCatalog *catalog, Prompter *prompter,
                QWidget *parent = nullptr);

    void setWorkspace(const QString &directory);
    /// Copies the built-in demo workspace to its writable folder (first use), opens it and its
    /// default.yaml. False (and the error shown) when it cannot be written.
    bool openDemoWorkspace();
    /// Reads a LiteLLM proxy config.yaml (`path`, or one the user picks) into a new, unsaved
    /// config; what could not be mapped goes to Output. Null when cancelled or unreadable.
    EditorPage *importLiteLlm(const QString &path = {});
    /// The welcome page, shown while no workspace and no config is open, or when asked for.
    WelcomePage *welcomePage() const { return m_welcome; }
    bool isWelcomeShown() const;
    void showWelcome();
    WorkspaceModel *workspaceModel() const { return m_workspace; }
    QTreeView *workspaceView() const { return m_workspaceView; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QSplitter *splitter() const { return m_splitter; }

    EditorPage *currentPage() const;
    EditorDocument *currentDocument() const;
    QList<EditorPage *> pages() const;

    /// Opens `path` (or shows its tab) on document `documentIndex`; -1: the form's own choice (the
    /// first ModelTierConfig or ModelAPI).
    EditorPage *openFile(const QString &path, int documentIndex = -1);
    EditorPage *newDocument();
    bool save(EditorPage *page);
    bool saveAs(EditorPage *page);
    bool closePage(EditorPage *page);
    /// Asks about every dirty document; false when the user cancelled (quit is aborted).
    bool closeAll();
    /// Refused while the document has errors; otherwise straight to the file dialog (or
    /// `targetPath`). False when refused, cancelled or not written.
    bool exportCrd(const QString &targetPath = {});
    bool exportLiteLlm(const QString &targetPath = {});
    void copyYaml();

    QStringList openFilePaths() const;
    void saveSession();
    void restoreSession();

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *openWorkspaceAction() const { return m_openWorkspaceAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *closeAction() const { return m_closeAction; }
    QAction *exportCrdAction() const { return m_exportCrdAction; }
    QAction *exportLiteLlmAction() const { return m_exportLiteLlmAction; }
    QAction *copyYamlAction() const { return m_copyYamlAction; }
    QAction *importLiteLlmAction() const { return m_importLiteLlmAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// The active document changed, or its diagnostics or dirty state did.
    void currentDocumentChanged();
    /// A line for the Output pane.
    void message(const QString &text);
    /// The welcome page asked for mode `mode`.
    void modeRequested(int mode);

private:
    void createActions();
    EditorPage *addPage(EditorDocument *document);
    int pageIndex(EditorPage *page) const;
    void updateTabTitle(EditorPage *page);
    void updateWorkspaceProblems(EditorPage *page);
    void onCurrentTabChanged();
    void onWorkspaceActivated(const QModelIndex &index);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void connectWelcome();
    void addRecentWorkspace(const QString &directory);
    /// The welcome page while nothing is open (or it was asked for), else the editor.
    void updateWelcome();
    bool writeFile(EditorPage *page, const QString &path);
    /// True (and the user told why, with a way to the first error) when the current document
    /// has errors: nothing labelled "validated" is written from it.
    bool refuseExportWithErrors(const QString &what);
    /// exports/<metadata.name><suffix> beside the workspace, or in the last export folder.
    QString suggestedExportPath(const QString &suffix) const;
    QString chooseExportPath(const QString &caption, const QString &suffix);

    Settings *m_settings;
    const ModelCatalog *m_catalog;
    Prompter *m_prompter;
    WorkspaceModel *m_workspace;
    QSplitter *m_splitter;
    QTreeView *m_workspaceView;
    QTabWidget *m_tabs;
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    bool m_welcomeAsked = false;
    int m_untitledCounter = 0;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openWorkspaceAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportCrdAction = nullptr;
    QAction *m_exportLiteLlmAction = nullptr;
    QAction *m_copyYamlAction = nullptr;
    QAction *m_importLiteLlmAction = nullptr;
};
