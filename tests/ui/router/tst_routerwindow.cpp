// The Router page in the main window: Edit ▸ Undo (Ctrl+Z) acts on the policy while the
// Router mode is shown, and on the config document in the Configs mode.
#include "../fakeprompter.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "playgroundinputs.h"
#include "playgroundview.h"
#include "policydocument.h"
#include "routerpage.h"
#include "settings.h"

#include <QAction>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QAction *editAction(MainWindow &window, const QKeySequence &shortcut)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcut() == shortcut)
                return a;
        }
    }
    return nullptr;
}

} // namespace

class TestRouterWindow final : public QObject
{
    Q_OBJECT
private slots:
    void windowUndoFollowsTheMode()
    {
        QTemporaryDir dir;
        const auto settings = Settings::fromFile(dir.filePath(u"settings.ini"_s));
        BuiltinModelCatalog catalog;
        FakePrompter prompter;
        MainWindow window(settings.get(), &catalog, &prompter);
        RouterContext context;
        context.prompter = &prompter;
        auto *page = new RouterPage(context);
        window.setModePage(MainWindow::RouterMode, page);
        window.setModeUndoStack(MainWindow::RouterMode, page->undoStack());
        window.setMode(MainWindow::RouterMode);
        QAction *undo = editAction(window, QKeySequence::Undo);
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled());

        page->playground()->inputs()->messageEdit()->setPlainText(u"Explain the trade-offs of mutual TLS."_s);
        page->playground()->rescore();
        const double score = page->playground()->decision().complexity.score;
        QVERIFY(page->policy()->setValue(PolicyField::KeywordSignals, 0.9));
        QVERIFY(page->playground()->decision().complexity.score != score);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(page->policy()->policy().weights.keywordSignals, 0.2);
        QCOMPARE(page->playground()->decision().complexity.score, score);

        // In the Configs mode the window's Undo no longer reaches the policy.
        QVERIFY(page->policy()->setValue(PolicyField::KeywordSignals, 0.9));
        window.setMode(MainWindow::ConfigsModeIndex);
        QVERIFY(!undo->isEnabled());
        undo->trigger();
        QCOMPARE(page->policy()->policy().weights.keywordSignals, 0.9);
        window.setMode(MainWindow::RouterMode);
        QVERIFY(undo->isEnabled());
    }
};

QTEST_MAIN(TestRouterWindow)
#include "tst_routerwindow.moc"
