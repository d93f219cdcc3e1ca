#include "testbackend.h"
#include "store/dashboard.h"
#include "store/database.h"
#include "store/runstore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRunStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TIERBENCH_REQUIRE_BACKEND(TestBackend::selected()); }
    void init();
    void cleanup();
    void roundTripKeepsUnknownsUnknown();
    void runsForExperimentInOrder();
    void dashboardSumsAreExact();
    void routingDecision();
    void rejectsRunWithoutModel();
    void dashboardPlansUseIndexes_data();
    void dashboardPlansUseIndexes();

private:
    RunRecord makeRun(const QString &tier, const QString &model, const QDateTime &at, const char *cost,
                      qint64 totalMs);

    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

static const QDateTime kDay1(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

RunRecord TestRunStore::makeRun(const QString &tier, const QString &model, const QDateTime &at, const char *cost,
                                qint64 totalMs)
{
    RunRecord r;
    r.createdAt = at;
    r.provider = QStringLiteral("anthropic");
    r.model = model;
    r.tier = tier;
    r.inputTokens = 3200;
    r.outputTokens = 1800;
    r.totalMs = totalMs;
    r.ttftMs = totalMs / 4;
    if (cost)
        r.cost = Decimal::parse(QString::fromLatin1(cost));
    return r;
}

void TestRunStore::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_counter)));
    QString error;
    QVERIFY2(m_database.openAndMigrate(&error), qPrintable(error));
}

void TestRunStore::cleanup()
{
    m_database.closeThreadConnection();
}

void TestRunStore::roundTripKeepsUnknownsUnknown()
{
    RunStore store(m_database);
    RunRecord r;
    r.provider = QStringLiteral("ollama");
    r.model = QStringLiteral("llama3.2:latest");
    r.text = QStringLiteral("héllo ✓");
    r.firstByteMs = 12;
    r.errorClass = QStringLiteral("bad_response");
    QString error;
    QVERIFY2(store.insertRun(r, &error), qPrintable(error));
    QVERIFY(!r.id.isEmpty());
    const std::optional<RunRecord> back = store.run(r.id);
    QVERIFY(back);
    QCOMPARE(back->text, r.text);
    QCOMPARE(back->firstByteMs, std::optional<qint64>(12));
    QVERIFY(!back->inputTokens); // unknown, not 0
    QVERIFY(!back->outputTokens);
    QVERIFY(!back->cost);
    QVERIFY(!back->totalMs);
    QCOMPARE(back->errorClass, QStringLiteral("bad_response"));
    QCOMPARE(back->createdAt.toMSecsSinceEpoch(), r.createdAt.toMSecsSinceEpoch());
}

void TestRunStore::runsForExperimentInOrder()
{
    RunStore store(m_database);
    for (int i = 2; i >= 0; --i) {
        RunRecord r = makeRun(QStringLiteral("fast"), QStringLiteral("m%1").arg(i), kDay1.addSecs(i), "0.01", 100);
        r.experimentId = QStringLiteral("exp-1");
        r.runId = QStringLiteral("ab-1");
        QVERIFY(store.insertRun(r));
    }
    RunRecord other = makeRun(QStringLiteral("fast"), QStringLiteral("x"), kDay1, "0.01", 100);
    other.experimentId = QStringLiteral("exp-2");
    QVERIFY(store.insertRun(other));

    const QList<RunRecord> rows = store.runsForExperiment(QStringLiteral("exp-1"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].model, QStringLiteral("m0"));
    QCOMPARE(rows[2].model, QStringLiteral("m2"));
    QCOMPARE(rows[1].cost->toString(), QStringLiteral("0.01"));
    QCOMPARE(store.runsForRun(QStringLiteral("ab-1")).size(), 3);
}

void TestRunStore::dashboardSumsAreExact()
{
    RunStore store(m_database);
    // 0.1 + 0.2 is not 0.3 in binary floating point; here it must be.
    RunRecord a = makeRun(QStringLiteral("fast"), QStringLiteral("haiku"), kDay1, "0.1", 100);
    RunRecord b = makeRun(QStringLiteral("fast"), QStringLiteral("haiku"), kDay1.addSecs(60), "0.2", 300);
    RunRecord c = makeRun(QStringLiteral("fast"), QStringLiteral("haiku"), kDay1.addDays(1), "0.0366", 50);
    RunRecord d = makeRun(QStringLiteral("reasoning"), QStringLiteral("opus"), kDay1, nullptr, 1000);
    d.errorClass = QStringLiteral("timeout");
    for (RunRecord *r : {&a, &b, &c, &d})
        QVERIFY(store.insertRun(*r));

    DashboardFilter f;
    f.from = QDateTime(kDay1.date().addDays(-1), QTime(0, 0), Qt::UTC);
    f.to = f.from.addDays(5);
    QString error;
    const QList<DashboardGroup> rows = DashboardQueries(m_database).aggregate(f, {DashboardDimension::Tier}, DashboardBucket::Day, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].key.value(DashboardDimension::Tier), QStringLiteral("fast"));
    QCOMPARE(rows[0].bucket.date(), QDate(2026, 3, 1));
    QCOMPARE(rows[0].calls, 2);
    QCOMPARE(rows[0].cost.toString(), QStringLiteral("0.3"));
    QCOMPARE(rows[1].key.value(DashboardDimension::Tier), QStringLiteral("reasoning"));
    QCOMPARE(rows[1].errors, 1);
    QCOMPARE(rows[1].costedCalls, 0); // unknown cost is not counted as $0
    QCOMPARE(rows[2].bucket.date(), QDate(2026, 3, 2));
    QCOMPARE(rows[2].cost.toString(), QStringLiteral("0.0366"));
}

void TestRunStore::routingDecision()
{
    RunStore store(m_database);
    RoutingDecisionRecord d;
    d.tenant = QStringLiteral("acme");
    d.score = 0.42;
    d.complexityClass = QStringLiteral("standard");
    d.tier = QStringLiteral("standard");
    d.reason = QStringLiteral("score 0.42 >= 0.30");
    QString error;
    QVERIFY2(store.insertRoutingDecision(d, &error), qPrintable(error));
    QSqlQuery q(m_database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT tenant, score, reason FROM routing_decisions")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("acme"));
    QCOMPARE(q.value(1).toDouble(), 0.42);
    QCOMPARE(q.value(2).toString(), d.reason);
}

void TestRunStore::rejectsRunWithoutModel()
{
    RunStore store(m_database);
    RunRecord r;
    r.provider = QStringLiteral("openai");
    QString error;
    QVERIFY(!store.insertRun(r, &error));
    QVERIFY(error.contains(QStringLiteral("model")));
}

void TestRunStore::dashboardPlansUseIndexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("binds");
    QTest::addColumn<QString>("index");
    QTest::newRow("recent calls") << QStringLiteral("SELECT id FROM runs WHERE created_at_ms >= ? ORDER BY created_at_ms")
                                  << 1 << "idx_runs_time";
    QTest::newRow("experiment") << QStringLiteral("SELECT * FROM runs WHERE experiment_id = ? ORDER BY created_at_ms, id")
                                << 1 << "idx_runs_experiment";
    QTest::newRow("models of a tier") << QStringLiteral("SELECT * FROM models WHERE tier = ? AND is_active = 1")
                                      << 1 << "idx_models_tier";
}

void TestRunStore::dashboardPlansUseIndexes()
{
    TIERBENCH_SQLITE_ONLY(m_database); // reads SQLite's EXPLAIN QUERY PLAN output
    QFETCH(QString, sql);
    QFETCH(int, binds);
    QFETCH(QString, index);
    // Some rows and fresh statistics, so the planner sees a realistic table.
    RunStore store(m_database);
    for (int i = 0; i < 50; ++i) {
        RunRecord r = makeRun(i % 2 ? QStringLiteral("fast") : QStringLiteral("standard"),
                              QStringLiteral("m%1").arg(i % 5), kDay1.addSecs(i * 3600), "0.01", 100);
        QVERIFY(store.insertRun(r));
    }
    QSqlQuery q(m_database.connection());
    QVERIFY(q.exec(QStringLiteral("ANALYZE")));
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    for (int i = 0; i < binds; ++i)
        q.addBindValue(QVariant(qint64(i)));
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next())
        plan.append(q.value(3).toString());
    const QString text = plan.join(u'\n');
    qInfo("plan: %s", qPrintable(plan.join(QStringLiteral(" | "))));
    QVERIFY2(text.contains(QStringLiteral("USING INDEX ") + index)
                 || text.contains(QStringLiteral("USING COVERING INDEX ") + index),
             qPrintable(text));
    // No full scan of the big table.
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("SCAN (runs|models)( |$)(?!USING)"))), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
