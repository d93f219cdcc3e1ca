// Issue 13, item 7: the run status says what is true now: the plan before a run, "Paused"
// while paused, no ETA after a cancel, and the cells a cancel left can be run.
#include "comparepage.h"
#include "experiments/targetresolver.h"
#include "prompteditor.h"
#include "runcontrols.h"
#include "simulatedcellexecutor.h"
#include "targetpicker.h"

#include <QProgressBar>
#include <QPushButton>
#include <QtTest>

namespace {

QList<TestCase> cases(int n)
{
    QList<TestCase> list;
    for (int i = 0; i < n; ++i)
        list.append(TestCase{QStringLiteral("case-%1").arg(i + 1),
                             {{QStringLiteral("topic"), QStringLiteral("topic %1").arg(i)}}, {}});
    return list;
}

} // namespace

class TestRunStatus final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsThePlanBeforeARun();
    void pauseSaysPaused();
    void cancelDropsTheEtaAndOffersRunRemaining();

private:
    ComparePage *makePage(const QStringList &checked);
    std::unique_ptr<SimulatedCellExecutor> m_executor;
    std::unique_ptr<MemoryCellStore> m_store;
    std::unique_ptr<ComparePage> m_page;
};

void TestRunStatus::init()
{
    m_executor = std::make_unique<SimulatedCellExecutor>();
    m_executor->setFixedPace({20, 15});
    m_store = std::make_unique<MemoryCellStore>();
}

void TestRunStatus::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_executor.reset();
}

ComparePage *TestRunStatus::makePage(const QStringList &checked)
{
    TierConfig config = ModelRouter::defaultTierConfig();
    for (TierEntry &e : config.tiers)
        e.provider = QStringLiteral("simulated");
    CompareContext context{.executor = m_executor.get(), .store = m_store.get(),
                           .targets = TargetResolver::fromTierConfig(config), .initiallyChecked = checked};
    m_page = std::make_unique<ComparePage>(context);
    m_page->promptEditor()->setPromptTemplate(QStringLiteral("Tell me about {{topic}}."));
    m_page->resize(1200, 800);
    m_page->show();
    return m_page.get();
}

void TestRunStatus::showsThePlanBeforeARun()
{
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")});
    page->promptEditor()->setCases(cases(8));
    RunControls *controls = page->runControls();
    QVERIFY2(controls->progressText().startsWith(QStringLiteral("Ready: 24 cell(s)")), qPrintable(controls->progressText()));
    QVERIFY(controls->progressText().contains(QStringLiteral("3 target(s) × 8 case(s)")));
    QCOMPARE(controls->progressBar()->value(), 0);
    QCOMPARE(controls->progressBar()->maximum(), 24);
    QVERIFY(!controls->progressBar()->isTextVisible()); // nothing painted across the fill
    page->targetPicker()->setChecked({QStringLiteral("fast")});
    QVERIFY(controls->progressText().startsWith(QStringLiteral("Ready: 8 cell(s)")));
    // Only Run is offered before a run.
    QVERIFY(controls->runButton()->isVisible());
    QVERIFY(!controls->pauseButton()->isVisible());
    QVERIFY(!controls->cancelButton()->isVisible());
    QVERIFY(!controls->remainingButton()->isVisible());
}

void TestRunStatus::pauseSaysPaused()
{
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("standard")});
    page->promptEditor()->setCases(cases(10));
    QVERIFY(page->run());
    QVERIFY(page->message().startsWith(QStringLiteral("Running")));
    QTRY_VERIFY(page->runner()->progress().done > 0);
    QTest::mouseClick(page->runControls()->pauseButton(), Qt::LeftButton);
    QVERIFY2(page->message().startsWith(QStringLiteral("Paused")), qPrintable(page->message()));
    QVERIFY(page->runControls()->progressText().startsWith(QStringLiteral("Paused")));
    QVERIFY(!page->runControls()->progressText().contains(QStringLiteral("ETA")));
    QVERIFY(page->runControls()->resumeButton()->isVisible());
    QVERIFY(!page->runControls()->pauseButton()->isVisible());
    QTest::mouseClick(page->runControls()->resumeButton(), Qt::LeftButton);
    QVERIFY(page->message().contains(QStringLiteral("again")));
    page->runner()->cancel();
}

void TestRunStatus::cancelDropsTheEtaAndOffersRunRemaining()
{
    ComparePage *page = makePage({QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")});
    page->promptEditor()->setCases(cases(6));
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_VERIFY(page->runner()->progress().done >= 2);
    QTest::mouseClick(page->runControls()->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    const RunProgress cancelled = page->runner()->progress();
    QVERIFY(cancelled.done < cancelled.total);
    QVERIFY(cancelled.etaMs); // the runner still has an estimate: the controls must not show it
    const QString text = page->runControls()->progressText();
    QVERIFY2(!text.contains(QStringLiteral("ETA")), qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("Cancelled")));
    QPushButton *remaining = page->runControls()->remainingButton();
    QVERIFY(remaining->isVisible());
    QVERIFY(remaining->isEnabled());
    QVERIFY(!page->runControls()->retryButton()->isEnabled()); // nothing failed

    const int started = m_executor->started();
    QTest::mouseClick(remaining, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    const RunProgress done = page->runner()->progress();
    QCOMPARE(done.done, done.total);
    QCOMPARE(done.failed, 0);
    // Only the cells the cancel left were run; the finished ones were kept.
    QCOMPARE(m_executor->started() - started, cancelled.total - cancelled.done);
    QVERIFY(!remaining->isVisible());
    QCOMPARE(page->runner()->status(), RunStatus::Completed);
}

QTEST_MAIN(TestRunStatus)
#include "tst_runstatus.moc"
