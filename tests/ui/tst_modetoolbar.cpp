// Issue 13, items 10 and 11: the toolbar shows the current mode's own actions, its Undo
// keeps a short label, and the pages of modes not built yet name no other mode.
#include "configsmode.h"
#include "demoworkspace.h"
#include "editordocument.h"
#include "editorpage.h"
#include "fakeprompter.h"
#include "formview.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "settings.h"
#include "tiersmodel.h"

#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

class TestModeToolBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachModeShowsItsOwnActions();
    void undoLabelStaysShort();
    void placeholderNamesNoOtherMode();
    void statusBarNamesTheStore();

private:
    QAction *toolAction(const QString &text) const
    {
        for (QAction *a : m_window->toolBarActions())
            if (a->text() == text)
                return a;
        return nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    BuiltinModelCatalog m_catalog;
    FakePrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestModeToolBar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(DemoWorkspace::install(m_dir->path()), QString());
    m_settings = Settings::fromFile(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get(), &m_catalog, &m_prompter);
    m_window->configs()->setWorkspace(m_dir->path());
    m_window->show();
}

void TestModeToolBar::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestModeToolBar::eachModeShowsItsOwnActions()
{
    ConfigsMode *configs = m_window->configs();
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("fileToolBar"));
    QVERIFY(toolBar);
    QVERIFY(m_window->toolBarActions().contains(configs->exportCrdAction()));
    QVERIFY(toolBar->isVisible());

    QAction run(QStringLiteral("Run"));
    m_window->setModeActions(MainWindow::CompareMode, {&run});
    m_window->setMode(MainWindow::CompareMode);
    QCOMPARE(m_window->toolBarActions(), QList<QAction *>{&run});
    QVERIFY(toolBar->isVisible());
    QVERIFY(!m_window->toolBarActions().contains(configs->exportLiteLlmAction()));

    m_window->setMode(MainWindow::RouterMode); // no actions of its own: no toolbar
    QVERIFY(m_window->toolBarActions().isEmpty());
    QVERIFY(!toolBar->isVisible());

    m_window->setMode(MainWindow::ConfigsModeIndex);
    QVERIFY(m_window->toolBarActions().contains(configs->saveAction()));
    QVERIFY(toolBar->isVisible());
}

void TestModeToolBar::undoLabelStaysShort()
{
    QAction *undo = toolAction(QStringLiteral("Undo"));
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("fileToolBar"));
    QWidget *exportButton = toolBar->widgetForAction(m_window->configs()->exportCrdAction());
    QVERIFY(exportButton);
    const int exportX = exportButton->x();

    EditorPage *page = m_window->configs()->openFile(m_dir->filePath(QStringLiteral("default.yaml")));
    TiersModel *tiers = page->form()->tiersModel();
    QVERIFY(tiers->setData(tiers->index(0, TiersModel::MaxTokensColumn), 2048, Qt::EditRole));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    const QString command = page->document()->undoStack()->undoText();
    QVERIFY(!command.isEmpty());
    QVERIFY2(undo->toolTip().contains(command), qPrintable(undo->toolTip()));
    QCOMPARE(exportButton->x(), exportX); // the Export buttons stay where they were
    undo->trigger();
    QVERIFY(!page->document()->isModified());
    QVERIFY(!undo->isEnabled());
}

void TestModeToolBar::placeholderNamesNoOtherMode()
{
    auto *modes = m_window->findChild<QStackedWidget *>();
    QVERIFY(modes);
    for (int mode = MainWindow::CompareMode; mode < MainWindow::ModeCount; ++mode) {
        m_window->setMode(mode);
        for (QLabel *label : modes->currentWidget()->findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("works now")), qPrintable(label->text()));
            QVERIFY(!label->text().contains(QStringLiteral("Ctrl+1")));
        }
    }
}

// The status bar says which store calls and runs go to, or that they are not saved.
void TestModeToolBar::statusBarNamesTheStore()
{
    m_window->setStoreStatus(QStringLiteral("SQLite"), QStringLiteral("/home/u/.local/share/TierBench/tierbench.sqlite"));
    QCOMPARE(m_window->storeLabel()->text(), QStringLiteral("Store: SQLite tierbench.sqlite"));
    QCOMPARE(m_window->storeLabel()->toolTip(), QStringLiteral("/home/u/.local/share/TierBench/tierbench.sqlite"));
    m_window->setStoreStatus(QStringLiteral("PostgreSQL"), QStringLiteral("postgres://team@db.example.test/tierbench"));
    QCOMPARE(m_window->storeLabel()->text(), QStringLiteral("Store: PostgreSQL postgres://team@db.example.test/tierbench"));
    m_window->setStoreStatus({}, {}, QStringLiteral("disk full"));
    QCOMPARE(m_window->storeLabel()->text(), QStringLiteral("Store: memory only"));
    QVERIFY(m_window->storeLabel()->toolTip().contains(u"disk full"));
}

QTEST_MAIN(TestModeToolBar)
#include "tst_modetoolbar.moc"
