// First run: a window with no workspace shows the welcome page, and each of its buttons does
// what it says (mouse clicks only; dialogs are answered by a FakePrompter).
#include "configsmode.h"
#include "demoworkspace.h"
#include "editordocument.h"
#include "editorpage.h"
#include "fakeprompter.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "settings.h"
#include "welcomepage.h"
#include "workspacemodel.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void freshStartShowsTheWelcomePage();
    void demoButtonOpensTheDemoWorkspace();
    void openFolderButtonOpensTheChosenFolder();
    void newConfigButtonOpensAnUntitledConfig();
    void importButtonTurnsALiteLlmConfigIntoATierConfig();
    void recentWorkspacesListTheFoldersOpened();
    void aMissingRecentFolderCannotBeClicked();
    void modeButtonsSwitchModes();
    void welcomePageComesBackFromTheHelpMenu();

private:
    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get(), &m_catalog, &m_prompter);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    WelcomePage *welcome() const { return m_window->configs()->welcomePage(); }
    static void click(QAbstractButton *button)
    {
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void clickRecent(int row)
    {
        QListWidget *list = welcome()->recentList();
        const QRect rect = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }
    QString makeFolder(const char *name)
    {
        const QString dir = m_dir->filePath(QString::fromLatin1(name));
        QDir().mkpath(dir);
        return dir;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    BuiltinModelCatalog m_catalog;
    FakePrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestWelcomePage::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("TierBenchWelcomeTest"));
}

void TestWelcomePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The demo workspace goes to AppDataLocation: keep it in the temporary folder.
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
    m_settings = Settings::fromFile(m_dir->filePath(QStringLiteral("settings.ini")));
    m_prompter = FakePrompter();
    makeWindow();
}

void TestWelcomePage::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestWelcomePage::freshStartShowsTheWelcomePage()
{
    ConfigsMode *configs = m_window->configs();
    QVERIFY(configs->isWelcomeShown());
    QVERIFY(welcome()->isVisible());
    QVERIFY(!configs->workspaceView()->isVisible()); // not an empty list
    const QList<QCommandLinkButton *> starts = {welcome()->openFolderButton(), welcome()->demoButton(),
                                               welcome()->newConfigButton(), welcome()->importButton()};
    for (QCommandLinkButton *b : starts)
        QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(b->text()));
    for (int i = 0; i < MainWindow::ModeCount; ++i) {
        QCommandLinkButton *mode = welcome()->modeButton(i);
        QVERIFY(mode && mode->isVisible());
        QCOMPARE(mode->text(), m_window->modeActions().at(i)->text());
        QVERIFY(!mode->description().isEmpty());
    }
    QVERIFY(!welcome()->recentList()->isVisible()); // nothing opened yet: says so instead
}

void TestWelcomePage::demoButtonOpensTheDemoWorkspace()
{
    click(welcome()->demoButton());
    ConfigsMode *configs = m_window->configs();
    const QString demo = DemoWorkspace::defaultDirectory();
    QVERIFY(demo.startsWith(m_dir->path()));
    QCOMPARE(configs->workspaceModel()->directory(), demo);
    QVERIFY(QFile::exists(QDir(demo).filePath(QStringLiteral("router-policy.yaml"))));
    QCOMPARE(configs->tabs()->count(), 1);
    QCOMPARE(configs->currentDocument()->filePath(), QDir(demo).filePath(QStringLiteral("default.yaml")));
    QVERIFY(!configs->isWelcomeShown());
    configs->workspaceModel()->waitForScan();
    QVERIFY(configs->workspaceModel()->rowCount() >= 6);
    QCOMPARE(m_settings->value(SettingKeys::RecentWorkspaces), QStringList{demo});
}

void TestWelcomePage::openFolderButtonOpensTheChosenFolder()
{
    const QString folder = makeFolder("team-configs");
    QCOMPARE(DemoWorkspace::install(folder), QString());
    m_prompter.directoryName = folder;
    click(welcome()->openFolderButton());
    QCOMPARE(m_window->configs()->workspaceModel()->directory(), folder);
    QVERIFY(!m_window->configs()->isWelcomeShown());
    QVERIFY(m_window->configs()->workspaceView()->isVisible());
}

void TestWelcomePage::newConfigButtonOpensAnUntitledConfig()
{
    click(welcome()->newConfigButton());
    ConfigsMode *configs = m_window->configs();
    QCOMPARE(configs->tabs()->count(), 1);
    QVERIFY(configs->currentDocument()->filePath().isEmpty());
    QVERIFY(configs->currentDocument()->text().contains(u"kind: ModelTierConfig"));
    QVERIFY(!configs->isWelcomeShown());
}

void TestWelcomePage::importButtonTurnsALiteLlmConfigIntoATierConfig()
{
    const QString file = m_dir->filePath(QStringLiteral("proxy_config.yaml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("model_list:\n"
              "  - model_name: fast\n"
              "    litellm_params:\n"
              "      model: openai/gpt-4o-mini\n"
              "      input_cost_per_token: 0.00000015\n"
              "      output_cost_per_token: 0.0000006\n"
              "  - model_name: reasoning\n"
              "    litellm_params:\n"
              "      model: anthropic/claude-sonnet-4\n");
    out.close();
    m_prompter.openNames = {file};
    QStringList messages;
    connect(m_window->configs(), &ConfigsMode::message, this, [&messages](const QString &m) { messages << m; });
    click(welcome()->importButton());
    ConfigsMode *configs = m_window->configs();
    QCOMPARE(configs->tabs()->count(), 1);
    EditorDocument *doc = configs->currentDocument();
    QVERIFY(doc->filePath().isEmpty()); // a new config: nothing is written until saved
    QVERIFY2(doc->text().contains(u"name: proxy-config"), qPrintable(doc->text()));
    QVERIFY(doc->text().contains(u"model: gpt-4o-mini"));
    QVERIFY(doc->text().contains(u"costPerMillionInput: \"0.15\""));
    QVERIFY(doc->text().contains(u"tier: reasoning"));
    QCOMPARE(doc->errorCount(), 0);
    QVERIFY(messages.join(u'\n').contains(u"Imported"));
    QVERIFY(m_prompter.errors.isEmpty());
}

void TestWelcomePage::recentWorkspacesListTheFoldersOpened()
{
    const QString a = makeFolder("a");
    const QString b = makeFolder("b");
    m_window->configs()->setWorkspace(a);
    m_window->configs()->setWorkspace(b);
    m_window->configs()->showWelcome();
    QVERIFY(m_window->configs()->isWelcomeShown());
    QListWidget *list = welcome()->recentList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), b); // newest first
    QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), a);
    clickRecent(1);
    QCOMPARE(m_window->configs()->workspaceModel()->directory(), a);
    QVERIFY(!m_window->configs()->isWelcomeShown());
    QCOMPARE(m_settings->value(SettingKeys::RecentWorkspaces), (QStringList{a, b}));
    // The list survives a restart.
    m_window.reset();
    makeWindow();
    QCOMPARE(welcome()->recentList()->count(), 2);
}

void TestWelcomePage::aMissingRecentFolderCannotBeClicked()
{
    const QString gone = m_dir->filePath(QStringLiteral("gone"));
    m_settings->setValue(SettingKeys::RecentWorkspaces, QStringList{gone});
    m_window.reset();
    makeWindow();
    QListWidget *list = welcome()->recentList();
    QCOMPARE(list->count(), 1);
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
    clickRecent(0);
    QVERIFY(m_window->configs()->workspaceModel()->directory().isEmpty());
    QVERIFY(m_window->configs()->isWelcomeShown());
}

void TestWelcomePage::modeButtonsSwitchModes()
{
    click(welcome()->modeButton(MainWindow::RouterMode));
    QCOMPARE(m_window->mode(), int(MainWindow::RouterMode));
    m_window->setMode(MainWindow::ConfigsModeIndex);
    click(welcome()->modeButton(MainWindow::DashboardMode));
    QCOMPARE(m_window->mode(), int(MainWindow::DashboardMode));
}

void TestWelcomePage::welcomePageComesBackFromTheHelpMenu()
{
    const QString folder = makeFolder("ws");
    m_window->configs()->setWorkspace(folder);
    QVERIFY(!m_window->configs()->isWelcomeShown());
    m_window->setMode(MainWindow::ModelsMode);
    QAction *welcomeAction = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() != u"&Help")
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == u"&Welcome Page")
                welcomeAction = a;
        }
    }
    QVERIFY(welcomeAction);
    welcomeAction->trigger();
    QCOMPARE(m_window->mode(), int(MainWindow::ConfigsModeIndex));
    QVERIFY(m_window->configs()->isWelcomeShown());
    // "Configs" on the welcome page goes back to the workspace.
    click(welcome()->modeButton(MainWindow::ConfigsModeIndex));
    QVERIFY(!m_window->configs()->isWelcomeShown());
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
