#include "testbackend.h"
#include "registry/modelregistry.h"
#include "store/dashboard.h"
#include "experiments/sqlcellstore.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/runstore.h"
#include "store/storewriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

/// The same store code against PostgreSQL (QPSQL). Runs when TIERBENCH_TEST_PG_URL is set
/// or a server answers on localhost:5432; otherwise it is skipped with the reason.
class TestStorePostgres final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void migratesAndRoundTrips();
    void writerCommitsBatches();
    void registrySyncAndAudit();
    void dashboardRollups();
    void runLocksAndSchemaLock();

private:
    Database m_database;
    QString m_schema;
};

void TestStorePostgres::initTestCase()
{
    QString url = qEnvironmentVariable("TIERBENCH_TEST_PG_URL");
    if (url.isEmpty() && TestBackend::mustRun())
        QFAIL("CI=true but TIERBENCH_TEST_PG_URL is not set: .ci/run starts a server (tools/start-test-postgres.sh); "
              "the PostgreSQL tests must not be skipped in CI.");
    if (url.isEmpty()) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), 5432);
        if (!probe.waitForConnected(1000))
            QSKIP("No PostgreSQL server: set TIERBENCH_TEST_PG_URL=postgres://user:pass@host:port/db "
                  "or run one on localhost:5432 to test the QPSQL path.");
        url = QStringLiteral("postgres://postgres@127.0.0.1:5432/postgres");
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("The Qt PostgreSQL driver (QPSQL) is not installed.");
    m_database = Database::fromLocation(url);
    QString error;
    QSqlDatabase db = m_database.connection(&error);
    if (!db.isOpen())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL at %1 is not usable: %2").arg(m_database.displayName(), error)));
    // A private schema per run, so the test never touches real data.
    m_schema = QStringLiteral("tierbench_test_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA ") + m_schema));
    QVERIFY(q.exec(QStringLiteral("SET search_path TO ") + m_schema));
}

void TestStorePostgres::cleanupTestCase()
{
    if (m_schema.isEmpty())
        return;
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral("DROP SCHEMA ") + m_schema + QStringLiteral(" CASCADE"));
    m_database.closeThreadConnection();
}

void TestStorePostgres::migratesAndRoundTrips()
{
    QSqlDatabase db = m_database.connection();
    QString error;
    QVERIFY2(Migrations::migrate(m_database, db, Migrations::latestVersion(), &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());

    RunStore store(m_database);
    const QDateTime day(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    for (const char *cost : {"0.1", "0.2"}) {
        RunRecord r;
        r.createdAt = day;
        r.provider = QStringLiteral("anthropic");
        r.model = QStringLiteral("claude-haiku-4-5");
        r.tier = QStringLiteral("fast");
        r.experimentId = QStringLiteral("pg-exp");
        r.cost = Decimal::parse(QString::fromLatin1(cost));
        r.totalMs = 100;
        QVERIFY2(store.insertRun(r, &error), qPrintable(error));
    }
    QCOMPARE(store.runsForExperiment(QStringLiteral("pg-exp")).size(), 2);
    DashboardFilter f;
    f.from = QDateTime(day.date(), QTime(0, 0), Qt::UTC);
    f.to = f.from.addDays(1);
    const QList<DashboardGroup> stats = DashboardQueries(m_database).aggregate(f, {DashboardDimension::Tier}, DashboardBucket::Day, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats[0].cost.toString(), QStringLiteral("0.3"));
    QCOMPARE(stats[0].bucket.date(), QDate(2026, 3, 1));
}

void TestStorePostgres::writerCommitsBatches()
{
    // The writer opens its own connection, which needs the test schema on its path.
    QSqlQuery q(m_database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) && q.next());
    const qint64 before = q.value(0).toLongLong();
    StoreWriter writer(m_database);
    QSignalSpy saved(&writer, &StoreWriter::saved);
    writer.enqueue(QStringLiteral("path"), [schema = m_schema](QSqlDatabase &db, QString *) {
        QSqlQuery set(db);
        return set.exec(QStringLiteral("SET search_path TO ") + schema);
    });
    writer.waitForIdle();
    for (int i = 0; i < 50; ++i) {
        RunRecord r;
        r.provider = QStringLiteral("openai");
        r.model = QStringLiteral("gpt-4o-mini");
        writer.enqueueRun(r);
    }
    QTRY_COMPARE(saved.count(), 51); // the search_path write, then the 50 rows
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), before + 50);
}

void TestStorePostgres::registrySyncAndAudit()
{
    ModelRegistry registry(m_database);
    ListedModel a;
    a.modelId = QStringLiteral("openai/gpt-4");
    a.inputPrice = Decimal::parse(QStringLiteral("30"));
    a.outputPrice = Decimal::parse(QStringLiteral("60"));
    ListedModel b;
    b.modelId = QStringLiteral("anthropic/claude-3-haiku");
    SyncOutcome o = registry.applySync(QStringLiteral("openrouter"), {a, b}, QStringLiteral("sync:openrouter"));
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.added, 2);
    a.inputPrice = Decimal::parse(QStringLiteral("25"));
    QHash<QString, QStringList> usage;
    usage.insert(QStringLiteral("openrouter:anthropic/claude-3-haiku"), {QStringLiteral("fast")});
    o = registry.applySync(QStringLiteral("openrouter"), {a}, QStringLiteral("sync:openrouter"), usage);
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.deactivated, 1);
    QCOMPARE(o.pricesChanged, 1);
    QCOMPARE(o.alerts.size(), 1);
    QCOMPARE(registry.model(QStringLiteral("openrouter:openai/gpt-4"))->inputPrice->toString(), QStringLiteral("25"));
    const QList<AuditEntry> audit = registry.auditLog(QStringLiteral("openrouter:openai/gpt-4"));
    QCOMPARE(audit.first().oldValue, QStringLiteral("30"));
    QCOMPARE(audit.first().newValue, QStringLiteral("25"));
    QVERIFY(registry.assignTier(QStringLiteral("openrouter:openai/gpt-4"), QStringLiteral("reasoning"), true, QStringLiteral("t")));
    QCOMPARE(registry.models({QStringLiteral("reasoning"), QString(), true}).size(), 1);
}

void TestStorePostgres::dashboardRollups()
{
    // Batched inserts with dedupe, the rollup upsert and the sketch merge on QPSQL.
    QSqlDatabase db = m_database.connection();
    const QDateTime monday(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    QList<RunRecord> runs;
    for (int i = 0; i < 250; ++i) {
        RunRecord r;
        r.id = QStringLiteral("pg-dash-%1").arg(i);
        r.createdAt = monday.addSecs(i * 600);
        r.provider = QStringLiteral("openai");
        r.model = QStringLiteral("gpt-4o-mini");
        r.tier = i % 2 ? QStringLiteral("fast") : QString();
        r.tenant = QStringLiteral("team-a");
        r.cost = Decimal::parse(u"0.000001");
        r.totalMs = 100 + i;
        r.outputTokens = 10;
        runs.append(r);
    }
    for (int pass = 0; pass < 2; ++pass) { // the second pass adds nothing
        QVERIFY(db.transaction());
        QList<bool> inserted;
        QString error;
        QVERIFY2(RunStore::insertRuns(db, runs, &inserted, &error), qPrintable(error));
        QVERIFY(db.commit());
        QCOMPARE(inserted.count(true), pass == 0 ? 250 : 0);
    }
    QString error;
    DashboardQueries queries(m_database);
    DashboardFilter week; // the other tests' calls are elsewhere in time
    week.from = monday;
    week.to = monday.addDays(7);
    const QList<DashboardGroup> byTier = queries.aggregate(week, {DashboardDimension::Tier}, DashboardBucket::Week, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qint64 calls = 0;
    Decimal cost;
    QCOMPARE(byTier.size(), 2);
    QCOMPARE(byTier[0].key.value(DashboardDimension::Tier), QStringLiteral("fast"));
    QCOMPARE(byTier[1].key.value(DashboardDimension::Tier), QStringLiteral("unassigned"));
    for (const DashboardGroup &g : byTier) {
        QCOMPARE(g.bucket, monday);
        calls += g.calls;
        cost += g.cost;
    }
    QCOMPARE(calls, 250);
    QCOMPARE(cost.toString(), QStringLiteral("0.00025"));
    DashboardFilter f;
    f.tenants = {QStringLiteral("team-a")};
    const QList<DashboardGroup> total = queries.aggregate(f, {}, std::nullopt, &error);
    QCOMPARE(total.size(), 1);
    QVERIFY(std::abs(*total[0].latencyMs.p50 - 224) <= 2.24);
    QCOMPARE(*total[0].latencyBox.min, 100.0);
    QCOMPARE(*total[0].latencyBox.max, 349.0);
    QCOMPARE(queries.options(f, &error).calls, 250);

    // Values are written as E'' literals: quotes and backslashes come back as they were.
    RunRecord odd;
    odd.id = QStringLiteral("pg-odd-'\\");
    odd.createdAt = monday;
    odd.provider = QStringLiteral("openai");
    odd.model = QStringLiteral("gpt-4o-mini");
    odd.tenant = QStringLiteral("o'brien \\' \\\\ '); DROP TABLE runs; --");
    odd.prompt = QStringLiteral("h\u00e9llo \u2713 \\n not a newline");
    RunStore store(m_database);
    QVERIFY2(store.insertRun(odd, &error), qPrintable(error));
    const std::optional<RunRecord> back = store.run(odd.id);
    QVERIFY(back);
    QCOMPARE(back->tenant, odd.tenant);
    QCOMPARE(back->prompt, odd.prompt);
}

QTEST_GUILESS_MAIN(TestStorePostgres)
void TestStorePostgres::runLocksAndSchemaLock()
{
    // Issue 12 on QPSQL: the experiments schema migrates under pg_advisory_xact_lock, and a
    // run held by one store is refused to another, naming the holder.
    SqlCellStore a;
    SqlCellStore b;
    QString error;
    QVERIFY2(a.open(m_database, &error), qPrintable(error));
    QVERIFY2(b.open(m_database, &error), qPrintable(error)); // migrated already: a no-op under the lock
    QVERIFY2(a.lockRun(QStringLiteral("pg-run"), &error), qPrintable(error));
    QVERIFY(!b.lockRun(QStringLiteral("pg-run"), &error));
    QVERIFY2(error.contains(QStringLiteral("is being run by")), qPrintable(error));
    a.unlockRun(QStringLiteral("pg-run"));
    QVERIFY2(b.lockRun(QStringLiteral("pg-run"), &error), qPrintable(error));
    b.unlockRun(QStringLiteral("pg-run"));
}

#include "tst_store_postgres.moc"
