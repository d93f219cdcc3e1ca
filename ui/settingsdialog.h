#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class Settings;
class TeamDatabasePage;

/// Settings ▸ Preferences: one dialog, a page per topic (General, Calls, Models, Team
/// database, and the pages the app adds, e.g. Models ▸ Providers). OK and Apply write the
/// typed settings and emit applied(); the window passes the changes on (the call deadline and
/// the sync schedule at once; the language and the team database when TierBench starts next).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum Page { GeneralPage, CallsPage, ModelsPage, TeamDatabasePageIndex, FirstExtraPage };

    /// `storeInUse` describes the store this session uses (the team database page shows it).
    SettingsDialog(Settings *settings, const QString &storeInUse, QWidget *parent = nullptr);

    /// Adds a page (the dialog takes it) after the built-in ones.
    void addPage(const QString &title, QWidget *page);
    void setCurrentPage(int index);
    int currentPage() const;
    int pageCount() const;

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *defaultWorkspaceEdit() const { return m_defaultWorkspace; }
    QSpinBox *deadlineBox() const { return m_deadline; }
    QComboBox *syncScheduleBox() const { return m_sync; }
    TeamDatabasePage *teamDatabasePage() const { return m_team; }
    QListWidget *pageList() const { return m_list; }

    /// Writes every page's values; false (and that page shown) when one refuses, e.g. a
    /// database URL that holds a password.
    bool apply();

public slots:
    void accept() override;

signals:
    void applied();

private:
    QWidget *buildGeneral();
    QWidget *buildCalls();
    QWidget *buildModels();
    void load();

    Settings *m_settings;
    QListWidget *m_list;
    QStackedWidget *m_pages;
    QComboBox *m_language = nullptr;
    QLineEdit *m_defaultWorkspace = nullptr;
    QSpinBox *m_deadline = nullptr;
    QComboBox *m_sync = nullptr;
    TeamDatabasePage *m_team = nullptr;
};
