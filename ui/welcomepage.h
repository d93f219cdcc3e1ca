#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QListWidget;

/// What a plain `tierbench` shows before any workspace or config is open: the ways to start
/// (a folder of configs, the demo workspace, a new config, a LiteLLM import), the workspaces
/// opened before, and one line on each mode. Every entry is a single click; the page only
/// says what was asked for (ConfigsMode does it).
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// The folders opened before, newest first; a missing one is shown greyed out.
    void setRecentWorkspaces(const QStringList &directories);

    QCommandLinkButton *openFolderButton() const { return m_openFolder; }
    QCommandLinkButton *demoButton() const { return m_demo; }
    QCommandLinkButton *newConfigButton() const { return m_newConfig; }
    QCommandLinkButton *importButton() const { return m_import; }
    QListWidget *recentList() const { return m_recent; }
    /// The button of mode `index` (0 = Configs ... 4 = Dashboard).
    QCommandLinkButton *modeButton(int index) const { return m_modes.value(index); }

    /// The one-line descriptions of the five modes, in mode order (also the mode bar's tooltips).
    static QStringList modeDescriptions();

signals:
    void openFolderRequested();
    void demoRequested();
    void newConfigRequested();
    void importLiteLlmRequested();
    void workspaceRequested(const QString &directory);
    void modeRequested(int mode);

private:
    QWidget *buildStart();
    QWidget *buildModes();

    QCommandLinkButton *m_openFolder = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_newConfig = nullptr;
    QCommandLinkButton *m_import = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_noRecent = nullptr;
    QList<QCommandLinkButton *> m_modes;
};
