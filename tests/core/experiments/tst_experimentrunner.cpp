#include "experiments/experimentrunner.h"
#include "experiments/sqlcellstore.h"
#include "fakecellexecutor.h"
#include "runnertestutil.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kCloudA = QStringLiteral("https://a.example");
const QString kCloudB = QStringLiteral("https://b.example");

QList<Target> threeTargets()
{
    return {makeTarget(QStringLiteral("fast"), QStringLiteral("openai"), kCloudA),
            makeTarget(QStringLiteral("standard"), QStringLiteral("anthropic"), kCloudB),
            makeTarget(QStringLiteral("local"), QStringLiteral("ollama"), QStringLiteral("http://localhost:11434"))};
}

class FixedRouter final : public TargetRouter
{
public:
    Route route(const QString &, const QString &prompt) override
    {
        Route r;
        const bool heavy = prompt.contains(u'1');
        r.target = makeTarget(heavy ? QStringLiteral("reasoning") : QStringLiteral("fast"),
                              QStringLiteral("openai"), kCloudA);
        r.decision = QJsonObject{{QStringLiteral("class"), heavy ? QStringLiteral("heavy") : QStringLiteral("light")},
                                 {QStringLiteral("tier"), r.target.tier},
                                 {QStringLiteral("score"), heavy ? 0.8 : 0.1}};
        return r;
    }
};
} // namespace

class TestExperimentRunner : public QObject
{
    Q_OBJECT
private slots:
    void runsEveryCellAndStoresIt()
    {
        FakeCellExecutor exec;
        MemoryCellStore store;
        ExperimentRunner runner(&exec, &store);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QSignalSpy cellFinished(&runner, &ExperimentRunner::cellFinished);
        QSignalSpy deltas(&runner, &ExperimentRunner::cellDelta);
        const Experiment e = makeExperiment(3, threeTargets(), 2);
        QString error;
        QVERIFY2(runner.start(e, QStringLiteral("run-1"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Completed);
        QCOMPARE(cellFinished.size(), 18);
        QVERIFY(deltas.size() >= 18);
        QCOMPARE(store.loadCells(QStringLiteral("run-1")).size(), 18);
        QCOMPARE(store.findRun(QStringLiteral("run-1"))->status, QStringLiteral("completed"));
        const RunProgress p = runner.progress();
        QCOMPARE(p.done, 18);
        QCOMPARE(p.failed, 0);
        QCOMPARE(p.costSoFar, *Decimal::parse(u"0.018"));
        for (const CellResult &c : store.loadCells(QStringLiteral("run-1"))) {
            QCOMPARE(c.state, CellState::Succeeded);
            QVERIFY(c.outcome.text.endsWith(c.prompt));
            QCOMPARE(c.outcome.model, e.targets[c.key.targetIndex].model);
        }
    }

    void boundsConcurrencyPerEndpointAndInTotal()
    {
        FakeCellExecutor exec;
        exec.setScript([](const CellRequest &, int) { FakeReply r; r.text = QStringLiteral("ok"); r.latencyMs = 20; return r; });
        MemoryCellStore store;
        ExperimentRunner runner(&exec, &store);
        ConcurrencyPolicy policy;
        policy.total = 5;
        policy.cloudPerEndpoint = 3;
        runner.setPolicy(policy);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QVERIFY(runner.start(makeExperiment(10, threeTargets(), 1), QStringLiteral("r")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(exec.calls(), 30);
        QCOMPARE(exec.maxInFlight(QStringLiteral("ollama|http://localhost:11434")), 1); // local: one at a time
        QVERIFY(exec.maxInFlight(QStringLiteral("openai|") + kCloudA) <= 3);
        QVERIFY(exec.maxInFlight(QStringLiteral("openai|") + kCloudA) >= 2); // cloud runs in parallel
        QVERIFY(exec.maxInFlight() <= 5);
    }

    void absorbsRateLimitStorm()
    {
        FakeCellExecutor exec;
        const QString key = QStringLiteral("openai|") + kCloudA;
        exec.setCapacity(key, 2, 20); // the server takes 2 at a time, says retry after 20 ms
        MemoryCellStore store;
        ExperimentRunner runner(&exec, &store);
        ConcurrencyPolicy policy;
        policy.total = 16;
        policy.cloudPerEndpoint = 16;
        runner.setPolicy(policy);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QSignalSpy states(&runner, &ExperimentRunner::cellStateChanged);
        QVERIFY(runner.start(makeExperiment(40, {threeTargets().first()}, 1), QStringLiteral("r")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(exec.rateLimitedCalls() > 0);
        const RunProgress p = runner.progress();
        QCOMPARE(p.failed, 0);
        QCOMPARE(p.succeeded, 40);
        bool sawRateLimitedState = false;
        for (const auto &args : states)
            sawRateLimitedState |= args.at(1).value<CellState>() == CellState::RateLimited;
        QVERIFY(sawRateLimitedState);
        QVERIFY(runner.endpointLimit(key) < 16); // it backed off
        for (const CellResult &c : store.loadCells(QStringLiteral("r")))
            QCOMPARE(c.state, CellState::Succeeded);
    }

    void backsOffOnSaturation_data()
    {
        QTest::addColumn<QString>("errorClass");
        QTest::newRow("429") << QStringLiteral("rate_limited");
        QTest::newRow("overloaded") << QStringLiteral("overloaded"); // issue 12: was a final failure
        QTest::newRow("5xx") << QStringLiteral("server");
    }

    void backsOffOnSaturation()
    {
        QFETCH(QString, errorClass);
        FakeCellExecutor exec;
        // Every cell's first attempt finds the endpoint saturated; the second succeeds.
        exec.setScript([errorClass](const CellRequest &, int attempt) {
            FakeReply r;
            r.text = QStringLiteral("ok");
            if (attempt == 1)
                r.errorClass = errorClass;
            return r;
        });
        MemoryCellStore store;
        ExperimentRunner runner(&exec, &store);
        ConcurrencyPolicy policy;
        policy.total = 8;
        policy.cloudPerEndpoint = 8;
        runner.setPolicy(policy);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QVERIFY(runner.start(makeExperiment(6, {threeTargets().first()}, 1), QStringLiteral("r")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const RunProgress p = runner.progress();
        QCOMPARE(p.failed, 0);
        QCOMPARE(p.succeeded, 6);
        QVERIFY(runner.endpointLimit(QStringLiteral("openai|") + kCloudA) < 8); // it backed off
    }

    void storeFailuresAreReportedAndMarked()
    {
        // Issue 12: SqlCellStore::saveCell queued the write and always said yes; a failed write
        // was lost without a word.
        QTemporaryDir dir;
        const Database db = Database::fromLocation(dir.filePath(QStringLiteral("runs.sqlite")));
        SqlCellStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER full_disk BEFORE INSERT ON experiment_cells "
                                          "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        }
        FakeCellExecutor exec;
        ExperimentRunner runner(&exec, &store);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QSignalSpy storeErrors(&runner, &ExperimentRunner::storeError);
        QSignalSpy marked(&runner, &ExperimentRunner::cellStoreFailed);
        QVERIFY(runner.start(makeExperiment(2, {threeTargets().first()}, 1), QStringLiteral("r"), &error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        store.flush();
        QTRY_COMPARE_WITH_TIMEOUT(marked.size(), 2, 5000);
        QCOMPARE(runner.storeFailures(), 2);
        QCOMPARE(store.failedWrites(), 2);
        QVERIFY(storeErrors.size() >= 2);
        QVERIFY2(storeErrors.first().first().toString().contains(QStringLiteral("disk is full")),
                 qPrintable(storeErrors.first().first().toString()));
        for (const CellResult &c : runner.cells())
            QVERIFY(c.storeFailed);
        QVERIFY(store.loadCells(QStringLiteral("r")).isEmpty());
    }

    void oneRunIsRunByOneRunnerAtATime()
    {
        // Issue 12: two processes resuming one run executed the same cells twice.
        QTemporaryDir dir;
        const Database db = Database::fromLocation(dir.filePath(QStringLiteral("runs.sqlite")));
        SqlCellStore storeA;
        SqlCellStore storeB; // another process, as far as the lock is concerned
        QString error;
        QVERIFY2(storeA.open(db, &error), qPrintable(error));
        QVERIFY2(storeB.open(db, &error), qPrintable(error));
        FakeCellExecutor slow;
        slow.setScript([](const CellRequest &, int) { FakeReply r; r.text = QStringLiteral("ok"); r.latencyMs = 200; return r; });
        const Experiment e = makeExperiment(3, {threeTargets().first()}, 1);
        ExperimentRunner a(&slow, &storeA);
        QSignalSpy finishedA(&a, &ExperimentRunner::finished);
        QVERIFY2(a.start(e, QStringLiteral("r"), &error), qPrintable(error));

        FakeCellExecutor exec;
        ExperimentRunner b(&exec, &storeB);
        QVERIFY(!b.resume(e, QStringLiteral("r"), false, &error));
        QVERIFY2(error.contains(QStringLiteral("is being run by")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())), qPrintable(error));
        QCOMPARE(exec.calls(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(finishedA.size(), 1, 10000);
        QSignalSpy finishedB(&b, &ExperimentRunner::finished);
        QVERIFY2(b.resume(e, QStringLiteral("r"), false, &error), qPrintable(error)); // released when done
        QTRY_COMPARE_WITH_TIMEOUT(finishedB.size(), 1, 10000);
        QCOMPARE(exec.calls(), 0); // every cell was already done
        QCOMPARE(slow.calls(), 3);
    }

    void pauseStopsStartingCells()
    {
        FakeCellExecutor exec;
        MemoryCellStore store;
        ExperimentRunner runner(&exec, &store);
        ConcurrencyPolicy policy;
        policy.total = 2;
        runner.setPolicy(policy);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QSignalSpy cellFinished(&runner, &ExperimentRunner::cellFinished);
        QVERIFY(runner.start(makeExperiment(20, {threeTargets().first()}, 1), QStringLiteral("r")));
        QTRY_VERIFY(cellFinished.size() >= 2);
        runner.pause();
        QCOMPARE(runner.status(), RunStatus::Paused);
        QTRY_COMPARE(runner.inFlight(), 0);
        const int callsWhenPaused = exec.calls();
        QTest::qWait(100);
        QCOMPARE(exec.calls(), callsWhenPaused);
        QCOMPARE(finished.size(), 0);
        runner.unpause();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(store.loadCells(QStringLiteral("r")).size(), 20);
        QCOMPARE(exec.calls(), 20);
    }

    void cancelAbortsEveryInFlightCall()
    {
        FakeCellExecutor exec;
        exec.setScript([](const CellRequest &, int) { FakeReply r; r.text = QStringLiteral("slow"); r.latencyMs = 60000; return r; });
        MemoryCellStore store;
        ExperimentRunner runner(&exec, &store);
        ConcurrencyPolicy policy;
        policy.total = 6;
        runner.setPolicy(policy);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QVERIFY(runner.start(makeExperiment(10, threeTargets(), 1), QStringLiteral("r")));
        QTRY_VERIFY(exec.inFlight() >= 3);
        const int started = exec.calls();
        runner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Cancelled);
        QCOMPARE(exec.inFlight(), 0);
        QCOMPARE(exec.aborted(), started);
        QTest::qWait(50);
        QCOMPARE(exec.calls(), started);
        QCOMPARE(store.loadCells(QStringLiteral("r")).size(), 0); // nothing half-done is stored
        QCOMPARE(store.findRun(QStringLiteral("r"))->status, QStringLiteral("cancelled"));
    }

    void resumeNeverRerunsCompletedCells()
    {
        MemoryCellStore store;
        const Experiment e = makeExperiment(5, threeTargets(), 2);
        {
            FakeCellExecutor exec;
            exec.setScript([](const CellRequest &r, int call) {
                FakeReply reply;
                reply.text = r.prompt;
                reply.latencyMs = call < 8 ? 5 : 60000;
                if (call == 3)
                    reply.errorClass = QStringLiteral("invalid_request"); // final: not backed off
                return reply;
            });
            ExperimentRunner runner(&exec, &store);
            QVERIFY(runner.start(e, QStringLiteral("r")));
            QTRY_COMPARE(store.saveCount(), 8);
            // the runner goes away mid-run, as on a crash or quit
        }
        const QList<CellResult> before = store.loadCells(QStringLiteral("r"));
        QCOMPARE(before.size(), 8);
        FakeCellExecutor exec;
        ExperimentRunner runner(&exec, &store);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QString error;
        QVERIFY2(runner.resume(e, QStringLiteral("r"), false, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(exec.calls(), 30 - 8);
        QCOMPARE(store.loadCells(QStringLiteral("r")).size(), 30);
        // a re-run would have replaced the first executor's text (the bare prompt)
        for (const CellResult &c : before) {
            const CellResult now = runner.cell(c.key);
            QCOMPARE(now.outcome.text, c.outcome.text);
            QCOMPARE(now.attempts, 1);
        }
        QCOMPARE(runner.progress().failed, 1);

        // the errored cell is retried on its own
        QSignalSpy finished2(&runner, &ExperimentRunner::finished);
        QVERIFY(runner.retryFailed(&error));
        QTRY_COMPARE(finished2.size(), 1);
        QCOMPARE(exec.calls(), 30 - 8 + 1);
        QCOMPARE(runner.progress().failed, 0);
        QCOMPARE(runner.progress().succeeded, 30);
    }

    void resumeRefusesAChangedExperiment()
    {
        MemoryCellStore store;
        FakeCellExecutor exec;
        ExperimentRunner runner(&exec, &store);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        Experiment e = makeExperiment(2, threeTargets(), 1);
        QVERIFY(runner.start(e, QStringLiteral("r")));
        QTRY_COMPARE(finished.size(), 1);
        e.repeats = 3;
        QString error;
        QVERIFY(!runner.resume(e, QStringLiteral("r"), false, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!runner.resume(e, QStringLiteral("nope"), false, &error));
    }

    void missingVariableIsAnErrorBeforeAnyCall()
    {
        MemoryCellStore store;
        FakeCellExecutor exec;
        ExperimentRunner runner(&exec, &store);
        Experiment e = makeExperiment(2, threeTargets(), 1);
        e.cases[1].vars.remove(QStringLiteral("question"));
        QString error;
        QVERIFY(!runner.start(e, QStringLiteral("r"), &error));
        QVERIFY2(error.contains(QStringLiteral("question")) && error.contains(QStringLiteral("c1")), qPrintable(error));
        QCOMPARE(exec.calls(), 0);
    }

    void assertionsGivePassFailPerCell()
    {
        MemoryCellStore store;
        FakeCellExecutor exec;
        ExperimentRunner runner(&exec, &store);
        Experiment e = makeExperiment(2, {threeTargets().first()}, 1);
        e.cases[0].assertions = {*Assertion::parse(u"contains:what is 0"), *Assertion::parse(u"max-cost:1")};
        e.cases[1].assertions = {*Assertion::parse(u"is-json")};
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QVERIFY(runner.start(e, QStringLiteral("r")));
        QTRY_COMPARE(finished.size(), 1);
        const CellResult c0 = runner.cell({0, 0, 0});
        const CellResult c1 = runner.cell({1, 0, 0});
        QCOMPARE(c0.assertions.size(), 2);
        QVERIFY(c0.passed());
        QCOMPARE(c1.assertions.size(), 1);
        QVERIFY(!c1.passed());
        QCOMPARE(runner.progress().assertionFailures, 1);
    }

    void routerTargetStoresTheDecision()
    {
        MemoryCellStore store;
        FakeCellExecutor exec;
        FixedRouter router;
        ExperimentRunner runner(&exec, &store);
        runner.setRouter(&router);
        Target routerTarget;
        routerTarget.id = QStringLiteral("router");
        routerTarget.isRouter = true;
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QVERIFY(runner.start(makeExperiment(3, {routerTarget}, 1), QStringLiteral("r")));
        QTRY_COMPARE(finished.size(), 1);
        const CellResult heavy = runner.cell({1, 0, 0});
        QCOMPARE(heavy.decision.value(QStringLiteral("class")).toString(), QStringLiteral("heavy"));
        QCOMPARE(heavy.tier, QStringLiteral("reasoning"));
        QCOMPARE(heavy.outcome.model, QStringLiteral("reasoning-model"));
        QCOMPARE(runner.cell({0, 0, 0}).tier, QStringLiteral("fast"));
        QCOMPARE(store.loadCells(QStringLiteral("r")).value(1).decision, heavy.decision);

        // without a router the cell fails with its own class, and no call is made
        ExperimentRunner bare(&exec, &store);
        QSignalSpy finished2(&bare, &ExperimentRunner::finished);
        const int calls = exec.calls();
        QVERIFY(bare.start(makeExperiment(1, {routerTarget}, 1), QStringLiteral("r2")));
        QTRY_COMPARE(finished2.size(), 1);
        QCOMPARE(exec.calls(), calls);
        QCOMPARE(bare.cell({0, 0, 0}).outcome.errorClass, QStringLiteral("routing"));
    }
};

QTEST_GUILESS_MAIN(TestExperimentRunner)
#include "tst_experimentrunner.moc"
