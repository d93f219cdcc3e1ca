// Issue 13: the Compare mode inside the main window, as a user meets it.
//  item 1 — the targets come from the workspace's configs as the editor holds them;
//  item 2 — every pane figure is readable with 4 panes at 1440×900 and 6 at 1600×1000;
//  item 6 — at 800×560 and 1024×700 no field of the left panel is squeezed or overlaps;
//  item 8 — the prompt, test cases and chosen targets come back in the next session.
#include "compareconfigs.h"
#include "comparepage.h"
#include "configsmode.h"
#include "demoworkspace.h"
#include "editordocument.h"
#include "editorpage.h"
#include "experiments/targetresolver.h"
#include "elidedlabel.h"
#include "fakeprompter.h"
#include "formview.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "prompteditor.h"
#include "runcontrols.h"
#include "settings.h"
#include "simulatedcellexecutor.h"
#include "streampane.h"
#include "targetpicker.h"
#include "tiersmodel.h"
#include "workspacecompareconfigs.h"
#include "workspacemodel.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

/// Every tier on the simulated provider, as the app does when no key is set.
TierConfig simulate(const TierConfig &config, bool *simulated)
{
    TierConfig out = config;
    for (TierEntry &e : out.tiers)
        e.provider = QStringLiteral("simulated");
    *simulated = true;
    return out;
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void targetsComeFromTheEditor();
    void freshWorkspaceWithOneTier();
    void proxyModelApiIsATarget();
    void paneFiguresAreReadable_data();
    void paneFiguresAreReadable();
    void smallWindowsKeepFieldsWhole_data();
    void smallWindowsKeepFieldsWhole();
    void sessionRestoresCompareInputs();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    ComparePage *makeWindow(const QString &workspace, bool waitForScan = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    BuiltinModelCatalog m_catalog;
    FakePrompter m_prompter;
    SimulatedCellExecutor m_executor;
    MemoryCellStore m_store;
    std::unique_ptr<RouterTarget> m_router;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WorkspaceCompareConfigs> m_configs;
};

void TestCompareWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(DemoWorkspace::install(m_dir->path()), QString());
    m_settings = Settings::fromFile(m_dir->filePath(QStringLiteral("settings.ini")));
    m_executor.setFixedPace({5, 2});
}

void TestCompareWindow::cleanup()
{
    m_window.reset();
    m_configs.reset();
    m_router.reset();
    m_settings.reset();
    m_dir.reset();
}

ComparePage *TestCompareWindow::makeWindow(const QString &workspace, bool waitForScan)
{
    m_window = std::make_unique<MainWindow>(m_settings.get(), &m_catalog, &m_prompter);
    m_window->configs()->setWorkspace(workspace);
    if (waitForScan)
        m_window->configs()->workspaceModel()->waitForScan(); // the folder is read on a worker thread
    m_configs = std::make_unique<WorkspaceCompareConfigs>(m_window->configs(), &simulate);
    bool simulated = false;
    m_router = std::make_unique<RouterTarget>(ModelRouter(simulate(ModelRouter::defaultTierConfig(), &simulated)));
    CompareContext context{.executor = &m_executor, .store = &m_store, .router = m_router.get()};
    context.configs = m_configs.get();
    auto *page = new ComparePage(context);
    m_window->setModePage(MainWindow::CompareMode, page);
    m_window->setModeActions(MainWindow::CompareMode, page->toolBarActions());
    m_window->show();
    return page;
}

void TestCompareWindow::targetsComeFromTheEditor()
{
    ComparePage *page = makeWindow(m_dir->path());
    EditorPage *editor = m_window->configs()->openFile(path("local-ollama.yaml"));
    QVERIFY(editor);
    m_window->setMode(MainWindow::CompareMode);
    QTRY_COMPARE(page->configBox()->currentText(), QStringLiteral("local-ollama"));
    const TargetPicker::Group first = page->targetPicker()->groups().constFirst();
    QCOMPARE(first.title, QStringLiteral("local-ollama"));
    QCOMPARE(first.targets.size(), 3); // fast, standard, router
    QCOMPARE(first.targets.at(0).model, QStringLiteral("llama3.2:3b"));
    QCOMPARE(first.targets.at(1).model, QStringLiteral("qwen2.5:14b"));
    QVERIFY(first.targets.at(2).isRouter);
    QVERIFY(page->runHeader().contains(QStringLiteral("local-ollama")));
    // Every Tiers document of the workspace is offered; the broken one too (with its errors).
    QStringList titles;
    for (const TargetPicker::Group &g : page->targetPicker()->groups())
        titles << g.title;
    QVERIFY(titles.contains(QStringLiteral("default")));
    QVERIFY(titles.contains(QStringLiteral("team-b")));
    QVERIFY(titles.contains(QStringLiteral("Broken_Example")));

    // An unsaved edit is what Compare runs, and it says so.
    m_window->setMode(MainWindow::ConfigsModeIndex);
    TiersModel *tiers = editor->form()->tiersModel();
    QVERIFY(tiers->setData(tiers->index(0, TiersModel::ModelColumn), QStringLiteral("llama3.1:8b"), Qt::EditRole));
    m_window->setMode(MainWindow::CompareMode);
    QTRY_COMPARE(page->targetPicker()->groups().constFirst().targets.at(0).model, QStringLiteral("llama3.1:8b"));
    QVERIFY2(page->configNotes().contains(QStringLiteral("unsaved edits are used")), qPrintable(page->configNotes()));
    page->targetPicker()->setChecked({QStringLiteral("local-ollama/fast")});
    page->promptEditor()->setPromptTemplate(QStringLiteral("Explain caching."));
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(page->runner()->cells().constFirst().outcome.model, QStringLiteral("llama3.1:8b"));
    QVERIFY(page->panes().constFirst()->isSimulated());

    // Another tab in the editor: Compare follows it.
    m_window->configs()->openFile(path("default.yaml"));
    page->refreshConfigs();
    QCOMPARE(page->configBox()->currentText(), QStringLiteral("default"));
}

void TestCompareWindow::freshWorkspaceWithOneTier()
{
    QTemporaryDir fresh;
    QFile file(fresh.filePath(QStringLiteral("solo.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\nmetadata:\n  name: solo\n"
               "spec:\n  defaultAuth:\n    type: none\n  tiers:\n    - tier: fast\n      provider: ollama\n"
               "      model: llama3.2:3b\n      endpoint: http://localhost:11434/v1\n"
               "      costPerMillionInput: \"0\"\n      costPerMillionOutput: \"0\"\n");
    file.close();
    ComparePage *page = makeWindow(fresh.path());
    QStringList ids;
    for (const Target &t : page->targetPicker()->targets())
        ids << t.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("solo/fast"), QStringLiteral("router")}));

    // No config at all: the seed's default, built in, keeps Compare usable.
    QTemporaryDir empty;
    m_window->configs()->setWorkspace(empty.path());
    m_window->configs()->workspaceModel()->waitForScan();
    page->refreshConfigs();
    QCOMPARE(page->configBox()->count(), 1);
    QVERIFY(page->configNotes().startsWith(QStringLiteral("built in")));
    QCOMPARE(page->targetPicker()->targets().size(), 4);
}

void TestCompareWindow::proxyModelApiIsATarget()
{
    // Issue 16: a Proxy ModelAPI's apiBase plus model is an OpenAI-compatible endpoint; the
    // user tests the proxy before deploying it. It has no tiers to route over: no router.
    QTemporaryDir fresh;
    QFile file(fresh.filePath(QStringLiteral("proxy.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: team-proxy\nspec:\n"
               "  mode: Proxy\n  proxyConfig:\n    apiBase: http://127.0.0.1:4000\n    configYaml: |\n"
               "      model_list:\n        - model_name: fast-alias\n          litellm_params: {model: openai/gpt-4o-mini}\n"
               "        - model_name: smart-alias\n          litellm_params: {model: anthropic/claude-sonnet-4}\n");
    file.close();
    ComparePage *page = makeWindow(fresh.path());
    m_window->configs()->openFile(fresh.filePath(QStringLiteral("proxy.yaml")));
    page->refreshConfigs();
    QCOMPARE(page->configBox()->currentText(), QStringLiteral("team-proxy"));
    QVERIFY2(page->configNotes().contains(QStringLiteral("Proxy ModelAPI at http://127.0.0.1:4000")),
             qPrintable(page->configNotes()));
    const QList<Target> targets = page->targetPicker()->targets();
    QStringList ids;
    for (const Target &t : targets)
        ids << t.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("team-proxy/fast-alias"), QStringLiteral("team-proxy/smart-alias")}));
    QCOMPARE(targets.at(1).model, QStringLiteral("smart-alias"));
    QCOMPARE(targets.at(1).endpoint, QStringLiteral("http://127.0.0.1:4000"));
    QCOMPARE(targets.at(1).provider, QStringLiteral("simulated")); // the test's callable(): no keys

    page->targetPicker()->setChecked(ids);
    page->promptEditor()->setPromptTemplate(QStringLiteral("Say hello."));
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(page->runner()->cells().size(), 2);
    QVERIFY(page->runHeader().contains(QStringLiteral("config team-proxy")));
}

void TestCompareWindow::paneFiguresAreReadable_data()
{
    QTest::addColumn<QSize>("window");
    QTest::addColumn<int>("targets");
    QTest::newRow("4 panes at 1440x900") << QSize(1440, 900) << 4;
    QTest::newRow("6 panes at 1600x1000") << QSize(1600, 1000) << 6;
}

void TestCompareWindow::paneFiguresAreReadable()
{
    QFETCH(QSize, window);
    QFETCH(int, targets);
    ComparePage *page = makeWindow(m_dir->path());
    m_window->resize(window);
    m_window->setMode(MainWindow::CompareMode);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QStringList ids;
    // Priced targets only: the demo's Proxy ModelAPI serves models at prices nobody stated,
    // and its panes say "cost unknown" rather than a dollar figure.
    for (const Target &t : page->targetPicker()->targets())
        if (ids.size() < targets && !t.id.startsWith(QStringLiteral("Broken")) && t.prices.inputPerMillion)
            ids << t.id;
    QCOMPARE(ids.size(), targets);
    page->targetPicker()->setChecked(ids);
    page->promptEditor()->setPromptTemplate(QStringLiteral("Analyze the trade-offs of caching, step by step."));
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QTest::qWait(50); // the last layout pass
    QScrollArea *area = page->paneArea();
    QVERIFY(!area->horizontalScrollBar()->isVisible());
    QCOMPARE(page->panes().size(), targets);
    for (StreamPane *pane : page->panes()) {
        const QRect inViewport(pane->mapTo(area->viewport(), QPoint(0, 0)), pane->size());
        QVERIFY2(inViewport.left() >= 0 && inViewport.right() < area->viewport()->width(),
                 qPrintable(pane->target().id));
        for (QLabel *label : pane->figureLabels()) {
            if (label->wordWrap() || label->isHidden())
                continue;
            const int needed = label->fontMetrics().horizontalAdvance(label->text());
            QVERIFY2(label->contentsRect().width() >= needed,
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4").arg(pane->target().id, label->text())
                                    .arg(needed).arg(label->contentsRect().width())));
            QVERIFY(label->mapTo(pane, QPoint(label->width(), 0)).x() <= pane->width());
        }
        QVERIFY(pane->figureText(StreamPane::Figure::Cost).startsWith(u'$'));
    }
}

void TestCompareWindow::smallWindowsKeepFieldsWhole_data()
{
    QTest::addColumn<QSize>("window");
    QTest::newRow("800x560") << QSize(800, 560);
    QTest::newRow("1024x700") << QSize(1024, 700);
}

void TestCompareWindow::smallWindowsKeepFieldsWhole()
{
    QFETCH(QSize, window);
    ComparePage *page = makeWindow(m_dir->path());
    m_window->resize(window);
    m_window->setMode(MainWindow::CompareMode);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(50);
    QCOMPARE(m_window->size(), window); // nothing in the Compare mode makes the window bigger
    // Each field of the prompt editor keeps its minimum height, and none overlaps another.
    QList<QWidget *> fields;
    for (QWidget *w : page->promptEditor()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w->isVisible() && (qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                               || qobject_cast<QLabel *>(w)))
            fields << w;
    QVERIFY(fields.size() >= 8);
    for (QWidget *w : std::as_const(fields)) {
        // What a layout grants at least: the explicit minimum, else the widget's own hint.
        const int minimum = w->minimumHeight() > 0 ? w->minimumHeight() : w->minimumSizeHint().height();
        QVERIFY2(w->height() >= minimum,
                 qPrintable(QStringLiteral("%1 is %2 px high, needs %3").arg(QString::fromLatin1(w->metaObject()->className()))
                                .arg(w->height()).arg(minimum)));
        for (QWidget *other : std::as_const(fields))
            QVERIFY2(other == w || !w->geometry().intersects(other->geometry()),
                     qPrintable(QStringLiteral("%1 \"%2\" overlaps %3 \"%4\"")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->property("text").toString(),
                                         QString::fromLatin1(other->metaObject()->className()), other->property("text").toString()) + QStringLiteral(" %1,%2 %3x%4 vs %5,%6 %7x%8").arg(w->y()).arg(w->x()).arg(w->width()).arg(w->height()).arg(other->y()).arg(other->x()).arg(other->width()).arg(other->height())));
    }
    // What does not fit is cut with "…" and shown whole on hover, never clipped mid-letter.
    for (ElidedLabel *label : page->findChildren<ElidedLabel *>())
        QVERIFY(label->width() <= label->parentWidget()->width());
    QVERIFY(!page->runControls()->progressText().isEmpty());
}

void TestCompareWindow::sessionRestoresCompareInputs()
{
    ComparePage *page = makeWindow(m_dir->path());
    m_window->configs()->openFile(path("default.yaml"));
    page->refreshConfigs();
    PromptEditor *editor = page->promptEditor();
    editor->setPromptTemplate(QStringLiteral("Tell me about {{topic}}."));
    editor->setSystemPrompt(QStringLiteral("Be brief."));
    editor->setCases({TestCase{QStringLiteral("c1"), {{QStringLiteral("topic"), QStringLiteral("caching")}},
                               {*Assertion::parse(u"icontains:cache")}},
                      TestCase{QStringLiteral("c2"), {{QStringLiteral("topic"), QStringLiteral("routing")}}, {}}});
    QString localKey;
    for (int i = 0; i < page->configBox()->count(); ++i)
        if (page->configBox()->itemText(i) == u"local-ollama")
            localKey = page->configBox()->itemData(i).toString();
    QVERIFY(!localKey.isEmpty());
    page->chooseConfig(localKey);
    const QStringList checked{QStringLiteral("local-ollama/standard"), QStringLiteral("router"),
                              QStringLiteral("default/reasoning")};
    page->targetPicker()->setChecked(checked);
    const QStringList before = page->targetPicker()->checkedIds();
    QCOMPARE(before.size(), 3);
    const Experiment expected = editor->experiment();
    QVERIFY(m_window->close());
    m_window.reset();

    // The page gets its session before the workspace folder has been read: the chosen
    // config and its ticks apply once it is.
    ComparePage *restored = makeWindow(m_dir->path(), false);
    m_window->configs()->workspaceModel()->waitForScan();
    restored->refreshConfigs();
    const Experiment e = restored->promptEditor()->experiment();
    QCOMPARE(e.promptTemplate.text(), expected.promptTemplate.text());
    QCOMPARE(e.systemPrompt, QStringLiteral("Be brief."));
    QCOMPARE(e.cases.size(), 2);
    QCOMPARE(e.cases.at(0).vars.value(QStringLiteral("topic")), QStringLiteral("caching"));
    QCOMPARE(e.cases.at(0).assertions.size(), 1);
    QCOMPARE(e.fingerprint(), expected.fingerprint());
    QCOMPARE(restored->chosenConfigKey(), localKey);
    QCOMPARE(restored->targetPicker()->checkedIds(), before);
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
