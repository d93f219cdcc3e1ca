#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>

class BottomDock;
class QAction;
class ConfigsMode;
class ModelCatalog;
class Prompter;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QToolBar;
class QUndoStack;
class Settings;

/// One window, five modes on a left mode bar, a shared bottom dock and status bar.
/// Services come in through the constructor; the window owns none of them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Mode { ConfigsModeIndex, CompareMode, RouterMode, ModelsMode, DashboardMode, ModeCount };

    MainWindow(Settings *settings, const ModelCatalog *catalog, Prompter *prompter,
               QWidget *parent = nullptr);

    ConfigsMode *configs() const { return m_configs; }
    BottomDock *bottomDock() const { return m_dock; }
    QLabel *problemCountLabel() const { return m_problemLabel; }
    /// The status bar's "Store:" figure: `kind` ("SQLite", "PostgreSQL") and where it is, or,
    /// with an empty `where`, that calls and runs are kept in memory only (`why` as tooltip).
    void setStoreStatus(const QString &kind, const QString &where, const QString &why = {});
    QLabel *storeLabel() const { return m_storeLabel; }
    int mode() const;
    void setMode(int mode);
    /// Puts `page` in the slot of `mode` (replacing its placeholder); the window takes it.
    /// A page with Q_INVOKABLE saveSessionState()/restoreSessionState(QByteArray) keeps its
    /// state across sessions.
    void setModePage(int mode, QWidget *page);
    /// The toolbar actions of `mode`, shown while it is current (the Configs mode's file,
    /// undo and export actions are set by the window). Not owned.
    void setModeActions(int mode, const QList<QAction *> &actions);
    /// What the toolbar shows now.
    QList<QAction *> toolBarActions() const;
    /// Edit ▸ Undo/Redo (Ctrl+Z) act on `stack` while `mode` is shown (the Router mode's
    /// policy); in the Configs mode they act on the current document. Not owned.
    void setModeUndoStack(int mode, QUndoStack *stack);

    /// The mode bar's actions, in mode order.
    QList<QAction *> modeActions() const;
    /// Adds a page to the Settings dialog, built each time it opens (e.g. Models ▸ Providers).
    void addSettingsPage(const QString &title, std::function<QWidget *()> factory);
    /// Opens Settings at page `page` (SettingsDialog::Page or an added page's index).
    void showSettings(int page = 0);
    void showDocumentation(const QString &section = {});
    void showAbout();

    /// Geometry, dock state, mode, splitters and open documents from the last run.
    void restoreSession();
    void saveSession();

signals:
    /// The Settings dialog wrote new values (OK or Apply).
    void settingsApplied();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createModes();
    void createMenus();
    void onCurrentDocumentChanged();
    void showModeActions();
    void sizeModePages();
    void activateUndoStack();
    void jumpToProblem(int line, int column, const QString &path);

    Settings *m_settings;
    const ModelCatalog *m_catalog;
    Prompter *m_prompter;
    QStackedWidget *m_modes;
    ConfigsMode *m_configs;
    BottomDock *m_dock;
    QActionGroup *m_modeActions;
    QLabel *m_workspaceLabel;
    QLabel *m_problemLabel;
    QLabel *m_catalogLabel;
    QLabel *m_storeLabel;
    QToolBar *m_toolBar = nullptr;
    QAction *m_undoTool = nullptr; ///< the toolbar's Undo/Redo: short labels, detail in the tooltip
    QAction *m_redoTool = nullptr;
    QHash<int, QList<QAction *>> m_modeToolActions;
    QHash<int, QUndoStack *> m_modeStacks;
    QList<std::pair<QString, std::function<QWidget *()>>> m_settingsPages;
};
