#include "testbackend.h"
// StoreCopy: a laptop's store into another, idempotently: every table's rows arrive once, a
// second copy adds nothing, rows the target already had stay as they were, the target's
// rollups count each copied call once; SQLite to SQLite always, SQLite to PostgreSQL when
// TIERBENCH_TEST_PG_URL names a server (a private schema, dropped afterwards).
#include "store/runstore.h"
#include "store/storecopy.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestStoreCopy final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copiesEveryTableOnce();
    void targetRowsWin();
    void sameStoreIsRefused();
    void intoPostgres();

private:
    void seed(const Database &db, int calls);
    static qint64 count(const Database &db, const char *sql);

    QTemporaryDir m_dir;
    Database m_from;
    Database m_to;
    int m_n = 0;
};

void TestStoreCopy::init()
{
    ++m_n;
    m_from = Database::fromLocation(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("laptop%1.sqlite").arg(m_n)));
    m_to = Database::fromLocation(m_dir.filePath(QStringLiteral("team%1.sqlite").arg(m_n)));
    QString error;
    QVERIFY2(m_from.openAndMigrate(&error), qPrintable(error));
    QVERIFY2(m_to.openAndMigrate(&error), qPrintable(error));
}

void TestStoreCopy::cleanup()
{
    m_from.closeThreadConnection();
    m_to.closeThreadConnection();
}

qint64 TestStoreCopy::count(const Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QLatin1StringView(sql)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestStoreCopy::seed(const Database &db, int calls)
{
    QSqlDatabase c = db.connection();
    QList<RunRecord> runs;
    const QDateTime start(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < calls; ++i) {
        RunRecord r;
        r.id = QStringLiteral("call-%1").arg(i, 5, 10, QLatin1Char('0'));
        r.createdAt = start.addSecs(i * 600);
        r.provider = QStringLiteral("anthropic");
        r.model = i % 2 ? QStringLiteral("claude-haiku") : QStringLiteral("claude-sonnet");
        r.tier = i % 2 ? QStringLiteral("fast") : QStringLiteral("standard");
        r.inputTokens = 100 + i;
        if (i % 3)
            r.totalMs = 400 + i; // unknown for every third call
        r.cost = Decimal::parse(QStringLiteral("0.00%1").arg(i + 1));
        runs.append(r);
    }
    QVERIFY(c.transaction());
    QString error;
    QVERIFY2(RunStore::insertRuns(c, runs, nullptr, &error), qPrintable(error));
    QVERIFY(c.commit());
    for (int i = 0; i < 3; ++i) {
        RoutingDecisionRecord d;
        d.id = QStringLiteral("decision-%1").arg(i);
        d.callId = runs.value(i).id;
        d.tier = QStringLiteral("fast");
        d.score = 0.25 * i;
        QVERIFY2(RunStore(db).insertRoutingDecision(d, &error), qPrintable(error));
    }
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO budget_usage (tenant, period, period_start, tokens, cost, updated_at_ms, cost_pico) "
                                  "VALUES ('team-a', 'month', '2026-11-01', 5000, '1.25', 1, 1250000000000)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO models (id, provider, model_id, tier, input_price, created_at_ms, updated_at_ms) "
                                  "VALUES ('anthropic/claude-haiku', 'anthropic', 'claude-haiku', 'fast', '0.80', 1, 1)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO model_prices (provider, model_id, source, input_price, imported_at_ms) "
                                  "VALUES ('anthropic', 'claude-haiku', 'litellm', '0.80', 1)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, entity, field, old_value, new_value) "
                                  "VALUES (5, 'sync', 'update', 'anthropic/claude-haiku', 'input_price', '1.00', '0.80')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, entity, field, old_value, new_value) "
                                  "VALUES (6, 'sync', 'add', 'anthropic/claude-sonnet', NULL, NULL, NULL)")));
}

void TestStoreCopy::copiesEveryTableOnce()
{
    seed(m_from, 250);
    StoreCopy::Options options;
    options.batchSize = 100; // three batches of runs
    QList<StoreCopyTable> progress;
    options.progress = [&progress](const StoreCopyTable &t) { progress.append(t); };
    const StoreCopyReport first = StoreCopy::copy(m_from, m_to, options);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(progress.size() >= 3);
    QCOMPARE(first.tables.constFirst().table, QStringLiteral("runs"));
    QCOMPARE(first.tables.constFirst().added, 250);
    for (const char *sql : {"SELECT COUNT(*) FROM runs", "SELECT COUNT(*) FROM routing_decisions",
                            "SELECT COUNT(*) FROM budget_usage", "SELECT COUNT(*) FROM models",
                            "SELECT COUNT(*) FROM model_prices", "SELECT COUNT(*) FROM audit_log",
                            "SELECT COUNT(total_ms) FROM runs", "SELECT SUM(cost_pico) FROM runs",
                            "SELECT SUM(calls) FROM call_rollups", "SELECT SUM(calls) FROM call_rollups_day",
                            "SELECT SUM(cost_pico) FROM budget_usage"})
        QVERIFY2(count(m_to, sql) == count(m_from, sql) && count(m_to, sql) > 0, sql);
    QCOMPARE(count(m_to, "SELECT SUM(calls) FROM call_rollups"), 250);

    const StoreCopyReport again = StoreCopy::copy(m_from, m_to, options);
    QVERIFY2(again.ok(), qPrintable(again.error));
    for (const StoreCopyTable &t : again.tables) {
        QVERIFY2(t.added == 0, qPrintable(t.table));
        QCOMPARE(t.kept, t.read);
    }
    QCOMPARE(count(m_to, "SELECT COUNT(*) FROM runs"), 250);
    QCOMPARE(count(m_to, "SELECT COUNT(*) FROM audit_log"), 2);
    QCOMPARE(count(m_to, "SELECT SUM(calls) FROM call_rollups"), 250);
}

void TestStoreCopy::targetRowsWin()
{
    seed(m_from, 10);
    QSqlQuery q(m_to.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO budget_usage (tenant, period, period_start, tokens, cost, updated_at_ms) "
                                  "VALUES ('team-a', 'month', '2026-11-01', 77, '0.5', 2)")));
    const StoreCopyReport report = StoreCopy::copy(m_from, m_to);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(count(m_to, "SELECT tokens FROM budget_usage WHERE tenant = 'team-a'"), 77);
    bool seen = false;
    for (const StoreCopyTable &t : report.tables) {
        if (t.table == u"budget_usage") {
            seen = true;
            QCOMPARE(t.kept, 1);
            QCOMPARE(t.added, 0);
        }
    }
    QVERIFY(seen);
}

void TestStoreCopy::sameStoreIsRefused()
{
    const StoreCopyReport report = StoreCopy::copy(m_from, m_from);
    QVERIFY(!report.ok());
    QVERIFY(report.error.contains(u"same store"));
}

void TestStoreCopy::intoPostgres()
{
    const QString url = qEnvironmentVariable("TIERBENCH_TEST_PG_URL");
    if (url.isEmpty() && TestBackend::mustRun())
        QFAIL("CI=true but TIERBENCH_TEST_PG_URL is not set: the copy into PostgreSQL must run in CI.");
    if (url.isEmpty())
        QSKIP("set TIERBENCH_TEST_PG_URL (bash tools/start-test-postgres.sh) to copy into PostgreSQL");
    seed(m_from, 120);
    const Database pg = Database::fromLocation(url);
    const QString schema = QStringLiteral("copy_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QString error;
        QSqlDatabase c = pg.connection(&error);
        QVERIFY2(c.isOpen(), qPrintable(error));
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA ") + schema));
        QVERIFY(q.exec(QStringLiteral("SET search_path TO ") + schema)); // this thread's connection, reused below
    }
    const StoreCopyReport first = StoreCopy::copy(m_from, pg);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const StoreCopyReport again = StoreCopy::copy(m_from, pg);
    QVERIFY2(again.ok(), qPrintable(again.error));
    for (const char *sql : {"SELECT COUNT(*) FROM runs", "SELECT COUNT(*) FROM audit_log", "SELECT SUM(calls) FROM call_rollups",
                            "SELECT COUNT(*) FROM routing_decisions", "SELECT SUM(cost_pico) FROM runs"})
        QVERIFY2(count(pg, sql) == count(m_from, sql),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(QLatin1StringView(sql)).arg(count(pg, sql)).arg(count(m_from, sql))));
    QSqlQuery(pg.connection()).exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
    pg.closeThreadConnection();
}

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
