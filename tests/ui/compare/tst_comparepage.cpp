#include "blindvoteview.h"
#include <QLabel>
#include "cellgridfilter.h"
#include "cellgridmodel.h"
#include "comparepage.h"
#include "prompteditor.h"
#include "rundiffmodel.h"
#include "runcontrols.h"
#include "runhistory.h"
#include "experiments/targetresolver.h"
#include "simulatedcellexecutor.h"
#include "streampane.h"
#include "targetpicker.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QtTest>

namespace {

TierConfig simulatedConfig()
{
    TierConfig config = ModelRouter::defaultTierConfig();
    for (TierEntry &e : config.tiers)
        e.provider = QStringLiteral("simulated");
    return config;
}

QList<TestCase> cases(int n)
{
    QList<TestCase> list;
    for (int i = 0; i < n; ++i)
        list.append(TestCase{QStringLiteral("case-%1").arg(i + 1),
                             {{QStringLiteral("topic"), QStringLiteral("topic %1").arg(i)}},
                             {*Assertion::parse(u"max-latency-ms:600000")}});
    return list;
}

} // namespace

class TestComparePage final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void panesStreamAndShowFinalFigures();
    void routerPaneShowsDecision();
    void cancelButtonCancelsTheRun();
    void pauseAndResume();
    void retryFailedCells();
    void ctrlEnterRuns();
    void refusesWithoutTargets();
    void batchFillsGridAndHistory();
    void reopenAndDiffRuns();
    void exportsCells_data();
    void exportsCells();
    void blindVoteHidesThenReveals();
    void memoryFallbackShowsBanner();

private:
    ComparePage *makePage(const QStringList &checked);

    std::unique_ptr<SimulatedCellExecutor> m_executor;
    std::unique_ptr<MemoryCellStore> m_store;
    std::unique_ptr<RouterTarget> m_router;
    std::unique_ptr<ComparePage> m_page;
};

void TestComparePage::init()
{
    m_executor = std::make_unique<SimulatedCellExecutor>();
    m_executor->setFixedPace({20, 8});
    m_store = std::make_unique<MemoryCellStore>();
    const TierConfig config = simulatedConfig();
    m_router = std::make_unique<RouterTarget>(ModelRouter(config));
}

void TestComparePage::cleanup()
{
    m_page.reset();
    m_router.reset();
    m_store.reset();
    m_executor.reset();
}

ComparePage *TestComparePage::makePage(const QStringList &checked)
{
    const QList<Target> targets = TargetResolver::fromTierConfig(simulatedConfig());
    CompareContext context{.executor = m_executor.get(), .store = m_store.get(), .router = m_router.get(),
                           .targets = targets, .initiallyChecked = checked};
    m_page = std::make_unique<ComparePage>(context);
    m_page->promptEditor()->setPromptTemplate(QStringLiteral("Explain caching in two sentences."));
    m_page->resize(1200, 800);
    m_page->show();
    return m_page.get();
}

void TestComparePage::panesStreamAndShowFinalFigures()
{
    m_executor->setFixedPace({20, 25}); // slow enough to observe mid-stream
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("reasoning")});
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QCOMPARE(page->panes().size(), 2);
    StreamPane *fast = page->panes().at(0);
    StreamPane *reasoning = page->panes().at(1);
    QVERIFY(fast->isSimulated());
    QVERIFY(reasoning->isSimulated());
    // Mid-stream: both panes show part of their answer while the run is still going.
    QTRY_VERIFY(!fast->text().isEmpty() && !reasoning->text().isEmpty());
    QCOMPARE(fast->figureText(StreamPane::Figure::State), QStringLiteral("streaming"));
    QVERIFY(fast->figureText(StreamPane::Figure::TokensOut).endsWith(QStringLiteral("so far")));
    QCOMPARE(page->runner()->status(), RunStatus::Running);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

    const QList<CellResult> cells = page->runner()->cells();
    QCOMPARE(cells.size(), 2);
    for (const CellResult &c : cells) {
        StreamPane *pane = page->panes().at(c.key.targetIndex);
        QCOMPARE(c.state, CellState::Succeeded);
        QCOMPARE(pane->text(), c.outcome.text);
        QCOMPARE(pane->figureText(StreamPane::Figure::TokensOut), QString::number(*c.outcome.outputTokens));
        QCOMPARE(pane->figureText(StreamPane::Figure::Cost), Cost::format(c.outcome.cost));
        QVERIFY(pane->figureToolTip(StreamPane::Figure::Cost).contains(QStringLiteral("× $")));
        QCOMPARE(pane->figureText(StreamPane::Figure::FinishReason), QStringLiteral("stop"));
        QVERIFY(pane->figureText(StreamPane::Figure::Ttft).endsWith(QStringLiteral("ms")));
        QCOMPARE(pane->figureText(StreamPane::Figure::Model), c.outcome.model);
    }
    QCOMPARE(page->runControls()->progressText().left(13), QStringLiteral("2 of 2 cells "));
    QCOMPARE(m_store->loadCells(page->runner()->runId()).size(), 2);
}

void TestComparePage::routerPaneShowsDecision()
{
    ComparePage *page = makePage({QStringLiteral("router")});
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const CellResult cell = page->runner()->cells().constFirst();
    QCOMPARE(cell.state, CellState::Succeeded);
    QVERIFY(!cell.decision.isEmpty());
    StreamPane *pane = page->panes().constFirst();
    const QString decision = pane->figureText(StreamPane::Figure::Decision);
    QVERIFY2(decision.startsWith(QStringLiteral("routed: ")), qPrintable(decision));
    QVERIFY(decision.contains(cell.decision.value(u"tier").toString()));
    QCOMPARE(pane->figureText(StreamPane::Figure::Tier), cell.decision.value(u"tier").toString());
    QVERIFY(pane->isSimulated());
}

void TestComparePage::cancelButtonCancelsTheRun()
{
    m_executor->setFixedPace({20, 40});
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")});
    page->promptEditor()->setPromptTemplate(QStringLiteral("Tell me about {{topic}}."));
    page->promptEditor()->setCases(cases(6));
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_VERIFY(!page->panes().at(0)->text().isEmpty());
    QPushButton *cancel = page->runControls()->cancelButton();
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<RunStatus>(), RunStatus::Cancelled);
    QCOMPARE(page->runner()->inFlight(), 0);
    const RunProgress p = page->runner()->progress();
    QVERIFY(p.done < p.total);
    QCOMPARE(p.running, 0);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(page->runControls()->runButton()->isEnabled());
    QCOMPARE(page->panes().at(0)->figureText(StreamPane::Figure::State), QStringLiteral("cancelled"));
    QVERIFY(page->message().contains(QStringLiteral("cancelled")));
    const int started = m_executor->started();
    QTest::qWait(200);
    QCOMPARE(m_executor->started(), started); // nothing starts after the cancel
}

void TestComparePage::pauseAndResume()
{
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("standard")});
    page->promptEditor()->setPromptTemplate(QStringLiteral("Tell me about {{topic}}."));
    page->promptEditor()->setCases(cases(10));
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_VERIFY(page->runner()->progress().done > 0);
    QTest::mouseClick(page->runControls()->pauseButton(), Qt::LeftButton);
    QCOMPARE(page->runner()->status(), RunStatus::Paused);
    QVERIFY(page->runControls()->resumeButton()->isEnabled());
    QTRY_COMPARE(page->runner()->inFlight(), 0); // cells in flight finish, none start
    const int done = page->runner()->progress().done;
    QTest::qWait(150);
    QCOMPARE(page->runner()->progress().done, done);
    QVERIFY(done < 20);
    QTest::mouseClick(page->runControls()->resumeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(page->runner()->progress().done, 20);
}

void TestComparePage::retryFailedCells()
{
    int failuresLeft = 1; // the first call to "standard" fails, the retry succeeds
    m_executor->setFailureRule([&failuresLeft](const CellRequest &r) {
        if (r.target.tier == u"standard" && failuresLeft > 0) {
            --failuresLeft;
            return QStringLiteral("auth"); // final; a 5xx would be backed off and run again
        }
        return QString();
    });
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("standard")});
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QPushButton *retry = page->runControls()->retryButton();
    QVERIFY(!retry->isEnabled());
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    StreamPane *standard = page->panes().at(1);
    QVERIFY(standard->figureText(StreamPane::Figure::Error).startsWith(QStringLiteral("auth: ")));
    QCOMPARE(page->runner()->progress().failed, 1);
    QVERIFY(retry->isEnabled());
    const int started = m_executor->started();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(m_executor->started(), started + 1); // only the failed cell ran again
    QCOMPARE(page->runner()->progress().failed, 0);
    QCOMPARE(page->runner()->progress().succeeded, 2);
    QCOMPARE(standard->figureText(StreamPane::Figure::FinishReason), QStringLiteral("stop"));
    QVERIFY(!retry->isEnabled());
    QCOMPARE(page->gridModel()->index(0, 1).data(CellGridModel::StateRole).toInt(), int(CellState::Succeeded));
}

void TestComparePage::ctrlEnterRuns()
{
    ComparePage *page = makePage({QStringLiteral("fast")});
    QApplication::setActiveWindow(page);
    QVERIFY(QTest::qWaitForWindowActive(page));
    QSignalSpy started(page->runner(), &ExperimentRunner::statusChanged);
    QTest::keyClick(page->targetPicker(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(started.size(), 1);
    QCOMPARE(page->runner()->status(), RunStatus::Running);
}

void TestComparePage::refusesWithoutTargets()
{
    ComparePage *page = makePage({});
    QVERIFY(!page->run());
    QVERIFY(page->message().contains(QStringLiteral("Tick at least one target")));
    page->targetPicker()->setChecked({QStringLiteral("fast")});
    page->promptEditor()->setPromptTemplate(QStringLiteral("About {{topic}}"));
    QVERIFY(!page->run()); // no test case supplies {{topic}}
    QVERIFY2(page->message().contains(QStringLiteral("topic")), qPrintable(page->message()));
}

void TestComparePage::batchFillsGridAndHistory()
{
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("reasoning"), QStringLiteral("router")});
    QAbstractItemModelTester tester(page->gridFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->promptEditor()->setPromptTemplate(QStringLiteral("Tell me about {{topic}}."));
    page->promptEditor()->setCases(cases(4));
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    CellGridModel *grid = page->gridModel();
    QCOMPARE(grid->rowCount(), 4);
    QCOMPARE(grid->columnCount(), 3);
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 3; ++c)
            QCOMPARE(grid->index(r, c).data(CellGridModel::BadgeTextRole).toString(), QStringLiteral("pass"));
    QVERIFY(grid->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("pass 100% (4/4)")));
    QTRY_COMPARE(page->history()->runCount(), 1); // listed once the writer has committed
}

void TestComparePage::reopenAndDiffRuns()
{
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("standard")});
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const QString first = page->runner()->runId();
    QTest::qWait(5); // run ids are per millisecond
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    const QString second = page->runner()->runId();
    QVERIFY(first != second);
    QTRY_COMPARE(page->history()->runCount(), 2);

    QVERIFY(page->openRun(first));
    QCOMPARE(page->gridModel()->rowCount(), 1);
    const CellResult stored = m_store->loadCells(first).constFirst();
    QCOMPARE(page->panes().at(stored.key.targetIndex)->text(), stored.outcome.text);

    RunHistory *history = page->history();
    QSignalSpy diffSpy(history, &RunHistory::diffRequested);
    history->select({first, second});
    QCOMPARE(diffSpy.size(), 0);
    const QList<QPushButton *> buttons = history->findChildren<QPushButton *>();
    QPushButton *diffButton = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == u"Diff two runs")
            diffButton = b;
    QVERIFY(diffButton);
    diffButton->click();
    QCOMPARE(diffSpy.size(), 1);
    RunDiffModel *diff = history->diffModel();
    QCOMPARE(diff->rowCount(), 2);
    // The simulator is deterministic: same text, same tokens, same cost in both runs.
    QCOMPARE(diff->index(0, RunDiffModel::SameText).data().toString(), QStringLiteral("same"));
    QCOMPARE(diff->index(0, RunDiffModel::DeltaCost).data().toString(), QStringLiteral("±$0"));
    QVERIFY(diff->totalDeltaCost().isZero());
}

void TestComparePage::exportsCells_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("csv") << QStringLiteral("cells.csv") << QStringLiteral("case-2");
    QTest::newRow("jsonl") << QStringLiteral("cells.jsonl") << QStringLiteral("\"target\":\"reasoning\"");
    QTest::newRow("markdown") << QStringLiteral("summary.md") << QStringLiteral("| reasoning");
}

void TestComparePage::exportsCells()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("reasoning")});
    page->promptEditor()->setPromptTemplate(QStringLiteral("Tell me about {{topic}}."));
    page->promptEditor()->setCases(cases(2));
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QString error;
    QVERIFY2(page->exportCells(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
    if (name.endsWith(u".jsonl"))
        QCOMPARE(text.count(u'\n'), 4); // one line per cell
    QVERIFY(!page->exportCells(dir.filePath(QStringLiteral("cells.txt")), &error));
}

void TestComparePage::blindVoteHidesThenReveals()
{
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("reasoning")});
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    BlindVoteView *blind = page->blindView();
    QCOMPARE(blind->pairCount(), 1);
    QVERIFY(blind->hasPair());
    QVERIFY(!blind->textA().isEmpty());
    QVERIFY(!blind->textB().isEmpty());
    QVERIFY(blind->revealText().isEmpty());
    QVERIFY(!blind->textA().contains(QStringLiteral("fast")));
    QVERIFY(blind->vote(Preference::A));
    QVERIFY(blind->revealText().contains(QStringLiteral("fast")));
    QVERIFY(blind->revealText().contains(QStringLiteral("reasoning")));
    QVERIFY(!blind->vote(Preference::B)); // one vote per pair
    const QList<RatingTable::Row> rows = blind->ratings();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).elo > rows.at(1).elo);
    QCOMPARE(rows.at(0).wins, 1);
}

QTEST_MAIN(TestComparePage)
void TestComparePage::memoryFallbackShowsBanner()
{
    // Issue 12: runs kept in memory (the store could not be opened) said so only on stderr.
    const QList<Target> targets = TargetResolver::fromTierConfig(simulatedConfig());
    CompareContext context{m_executor.get(), m_store.get(), m_router.get(), targets, {}};
    context.storeWarning = QStringLiteral("cannot open /nope/runs.sqlite: <i>read-only</i>");
    m_page = std::make_unique<ComparePage>(context);
    m_page->show();
    const auto *banner = m_page->findChild<QLabel *>(QStringLiteral("storeBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("memory only")));
    QVERIFY(banner->text().contains(context.storeWarning));
    QCOMPARE(banner->textFormat(), Qt::PlainText);

    CompareContext stored{m_executor.get(), m_store.get(), m_router.get(), targets, {}};
    ComparePage normal(stored);
    QVERIFY(!normal.findChild<QLabel *>(QStringLiteral("storeBanner")));
}

#include "tst_comparepage.moc"
