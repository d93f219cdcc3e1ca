#include "testbackend.h"
#include "store/database.h"
#include "store/latencysketch.h"
#include "store/migrations.h"

#include <QMutex>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TIERBENCH_REQUIRE_BACKEND(TestBackend::selected()); }
    void init();
    void cleanup();
    void stepsAreContiguous();
    void fromEmpty_data();
    void fromEmpty();
    void fromPrevious_data();
    void fromPrevious();
    void backfillsRollups();
    void idempotentAtLatest();
    void refusesDowngrade();
    void concurrentOpensOfANewDatabase();

private:
    QStringList objectsOf(int version) const;
    QStringList schemaObjects();
    static QStringList droppedBy7();

    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

// What each step must create (tables and indexes by name).
QStringList TestMigrations::objectsOf(int version) const
{
    switch (version) {
    case 1: return {QStringLiteral("runs"), QStringLiteral("routing_decisions"), QStringLiteral("budget_usage")};
    case 2: return {QStringLiteral("models"), QStringLiteral("model_prices"), QStringLiteral("audit_log")};
    case 3:
        return {QStringLiteral("idx_runs_time_tier"), QStringLiteral("idx_runs_tier_time"),
                QStringLiteral("idx_runs_model_time"), QStringLiteral("idx_runs_experiment"),
                QStringLiteral("idx_routing_time"), QStringLiteral("idx_models_tier"),
                QStringLiteral("idx_models_provider"), QStringLiteral("idx_audit_time")};
    case 5: return {QStringLiteral("idx_routing_tenant_time")};
    case 6: return {QStringLiteral("idx_routing_call")};
    case 7:
        return {QStringLiteral("call_rollups"), QStringLiteral("call_rollups_day"), QStringLiteral("idx_rollups_tenant_time"),
                QStringLiteral("idx_rollups_day_tenant_time"), QStringLiteral("idx_runs_time")};
    }
    return {};
}

// What step 7 drops again (the indexes of the raw-rows dashboard queries).
QStringList TestMigrations::droppedBy7()
{
    return {QStringLiteral("idx_runs_time_tier"), QStringLiteral("idx_runs_tier_time"), QStringLiteral("idx_runs_model_time")};
}

QStringList TestMigrations::schemaObjects()
{
    QStringList names;
    QSqlQuery q(m_database.connection());
    q.exec(m_database.isPostgres()
               ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                                " UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
               : QStringLiteral("SELECT name FROM sqlite_master"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

void TestMigrations::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_counter)));
}

void TestMigrations::cleanup()
{
    m_database.closeThreadConnection();
}

void TestMigrations::stepsAreContiguous()
{
    int expected = 1;
    for (const Migrations::Step &step : Migrations::steps()) {
        QCOMPARE(step.version, expected++);
        QVERIFY(!step.statements.isEmpty());
    }
    QCOMPARE(Migrations::latestVersion(), 7);
}

void TestMigrations::fromEmpty_data()
{
    QTest::addColumn<int>("target");
    for (const Migrations::Step &step : Migrations::steps())
        QTest::addRow("empty -> v%d", step.version) << step.version;
}

void TestMigrations::fromEmpty()
{
    QFETCH(int, target);
    QSqlDatabase db = m_database.connection();
    QCOMPARE(Migrations::currentVersion(db), 0);
    QString error;
    QVERIFY2(Migrations::migrate(m_database, db, target, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(db), target);
    const QStringList objects = schemaObjects();
    for (int v = 1; v <= Migrations::latestVersion(); ++v) {
        for (const QString &name : objectsOf(v)) {
            const bool dropped = target >= 7 && droppedBy7().contains(name);
            QCOMPARE(objects.contains(name), v <= target && !dropped);
        }
    }
}

void TestMigrations::fromPrevious_data()
{
    QTest::addColumn<int>("target");
    for (const Migrations::Step &step : Migrations::steps()) {
        if (step.version > 1)
            QTest::addRow("v%d -> v%d", step.version - 1, step.version) << step.version;
    }
}

void TestMigrations::fromPrevious()
{
    QFETCH(int, target);
    QSqlDatabase db = m_database.connection();
    QString error;
    QVERIFY2(Migrations::migrate(m_database, db, target - 1, &error), qPrintable(error));
    // Data written at the previous version must survive the step.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (id, created_at_ms, provider, model, cost, cost_pico)"
                                  " VALUES ('keep-me', 1700000000000, 'anthropic', 'claude-haiku-4-5', '0.00976', 9760000000)")));
    if (target - 1 >= 2)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO models (id, provider, model_id, input_price, created_at_ms, updated_at_ms)"
                                      " VALUES ('openai:gpt-4o', 'openai', 'gpt-4o', '2.5', 1, 1)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO budget_usage (tenant, period, period_start, tokens, cost, updated_at_ms)"
                                  " VALUES ('acme', 'day', '2026-11-22', 900, '0.05', 1)")));
    QVERIFY2(Migrations::migrate(m_database, db, target, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(db), target);
    if (target == 4) { // new columns, old row kept with the defaults
        QVERIFY(q.exec(QStringLiteral("SELECT tokens, by_class, alerts_raised FROM budget_usage WHERE tenant = 'acme'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 900LL);
        QVERIFY(q.value(1).isNull());
        QCOMPARE(q.value(2).toLongLong(), 0LL);
    }
    if (target == 6) { // counters start at zero; the old text total stays the base
        QVERIFY(q.exec(QStringLiteral("SELECT tokens, cost, cost_pico, heavy_output FROM budget_usage WHERE tenant = 'acme'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 900LL);
        QCOMPARE(q.value(1).toString(), QStringLiteral("0.05"));
        QCOMPARE(q.value(2).toLongLong(), 0LL);
        QCOMPARE(q.value(3).toLongLong(), 0LL);
        QVERIFY(q.exec(QStringLiteral("SELECT tenant, simulated FROM runs WHERE id = 'keep-me'")) && q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(q.value(1).toInt(), 0);
    }
    if (target == 7) { // the old call is rolled up; its config is unknown
        QVERIFY(q.exec(QStringLiteral("SELECT config FROM runs WHERE id = 'keep-me'")) && q.next());
        QVERIFY(q.value(0).isNull());
        QVERIFY(q.exec(QStringLiteral("SELECT tier, calls, cost_pico, costed_calls, input_calls, first_ms FROM call_rollups")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("unassigned"));
        QCOMPARE(q.value(1).toLongLong(), 1LL);
        QCOMPARE(q.value(2).toLongLong(), 9760000000LL);
        QCOMPARE(q.value(3).toLongLong(), 1LL);
        QCOMPARE(q.value(4).toLongLong(), 0LL); // no tokens reported: none counted
        QCOMPARE(q.value(5).toLongLong(), 1700000000000LL);
        QVERIFY(!q.next());
    }
    const QStringList objects = schemaObjects();
    for (const QString &name : objectsOf(target))
        QVERIFY2(objects.contains(name), qPrintable(name));
    if (target == 7) {
        for (const QString &name : droppedBy7())
            QVERIFY2(!objects.contains(name), qPrintable(name));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT cost, cost_pico FROM runs WHERE id = 'keep-me'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("0.00976"));
    QCOMPARE(q.value(1).toLongLong(), 9760000000LL);
    if (target - 1 >= 2) {
        QVERIFY(q.exec(QStringLiteral("SELECT input_price FROM models WHERE id = 'openai:gpt-4o'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2.5"));
    }
}

void TestMigrations::backfillsRollups()
{
    QSqlDatabase db = m_database.connection();
    QString error;
    QVERIFY2(Migrations::migrate(m_database, db, 6, &error), qPrintable(error));
    QSqlQuery q(db);
    // 10:05, 10:40 and 11:00 (UTC) on one day: two hour rows; one failed call.
    const qint64 hour = 1764583200000; // 2025-12-01T10:00:00Z
    const struct { const char *id; qint64 at; int total; int ttft; const char *error; } calls[] = {
        {"a", hour + 300000, 800, 200, nullptr},
        {"b", hour + 2400000, 1200, 300, nullptr},
        {"c", hour + 2500000, 5000, 100, "timeout"},
        {"d", hour + 3600000, 900, 250, nullptr},
    };
    for (const auto &c : calls) {
        q.prepare(QStringLiteral("INSERT INTO runs (id, created_at_ms, provider, model, tier, total_ms, ttft_ms, error_class,"
                                 " output_tokens) VALUES (?, ?, 'openai', 'gpt-4o', 'fast', ?, ?, ?, 100)"));
        q.addBindValue(QString::fromLatin1(c.id));
        q.addBindValue(c.at);
        q.addBindValue(c.total);
        q.addBindValue(c.ttft);
        q.addBindValue(c.error ? QVariant(QString::fromLatin1(c.error)) : QVariant(QMetaType::fromType<QString>()));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY2(Migrations::migrate(m_database, db, 7, &error), qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT bucket_ms, error_class, calls, latency_min_ms, latency_max_ms, latency_sketch,"
                                  " ttft_sketch, gen_output_tokens, gen_ms FROM call_rollups ORDER BY bucket_ms, error_class")));
    QVERIFY(q.next()); // 10:00, successes
    QCOMPARE(q.value(0).toLongLong(), hour);
    QCOMPARE(q.value(1).toString(), QString());
    QCOMPARE(q.value(2).toLongLong(), 2LL);
    QCOMPARE(q.value(3).toLongLong(), 800LL);
    QCOMPARE(q.value(4).toLongLong(), 1200LL);
    QCOMPARE(LatencySketch::decode(q.value(5).toString().toLatin1())->count(), 2);
    QCOMPARE(LatencySketch::decode(q.value(6).toString().toLatin1())->count(), 2);
    QCOMPARE(q.value(7).toLongLong(), 200LL);
    QCOMPARE(q.value(8).toLongLong(), 600LL + 900LL); // generation time after the first token
    QVERIFY(q.next()); // 10:00, the timeout: counted, but in no latency figure
    QCOMPARE(q.value(1).toString(), QStringLiteral("timeout"));
    QCOMPARE(q.value(2).toLongLong(), 1LL);
    QVERIFY(q.value(3).isNull());
    QVERIFY(q.value(5).isNull());
    QVERIFY(q.next()); // 11:00
    QCOMPARE(q.value(0).toLongLong(), hour + 3600000);
    QCOMPARE(q.value(2).toLongLong(), 1LL);
    QVERIFY(!q.next());
}

void TestMigrations::idempotentAtLatest()
{
    QString error;
    QVERIFY2(m_database.openAndMigrate(&error), qPrintable(error));
    QVERIFY2(m_database.openAndMigrate(&error), qPrintable(error));
    QSqlDatabase db = m_database.connection();
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Migrations::latestVersion());
}

void TestMigrations::refusesDowngrade()
{
    QVERIFY(m_database.openAndMigrate());
    QSqlDatabase db = m_database.connection();
    QString error;
    QVERIFY(!Migrations::migrate(m_database, db, 1, &error));
    QVERIFY(error.contains(QStringLiteral("downgrade")));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at_ms) VALUES (99, 'future', 0)")));
    QVERIFY(!m_database.openAndMigrate(&error));
    QVERIFY(error.contains(QStringLiteral("newer")));
}

QTEST_GUILESS_MAIN(TestMigrations)
void TestMigrations::concurrentOpensOfANewDatabase()
{
    // Issue 12: processes opening a new database at once each ran the migrations; the
    // later ones failed ("table runs already exists") or recorded a version twice.
    QTemporaryDir dir;
    constexpr int rounds = 8;
    constexpr int openers = 6;
    for (int round = 0; round < rounds; ++round) {
        const Database shared = TestBackend::fresh(dir.filePath(QStringLiteral("shared%1.sqlite").arg(round)));
        QSemaphore ready;
        QSemaphore go;
        QStringList errors;
        QMutex mutex;
        QList<QThread *> threads;
        for (int i = 0; i < openers; ++i) {
            threads.append(QThread::create([&] {
                const Database &db = shared;
                (void)db.connection(); // open first, so that every thread migrates at the same moment
                ready.release();
                go.acquire();
                QString error;
                if (!db.openAndMigrate(&error)) {
                    const QMutexLocker lock(&mutex);
                    errors.append(error);
                }
                db.closeThreadConnection();
            }));
            threads.last()->start();
        }
        ready.acquire(openers);
        go.release(openers);
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const Database &db = shared;
        QSqlDatabase c = db.connection();
        QCOMPARE(Migrations::currentVersion(c), Migrations::latestVersion());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), Migrations::latestVersion());
        QCOMPARE(q.value(1).toInt(), Migrations::latestVersion());
        q.finish();
        db.closeThreadConnection();
    }
}

#include "tst_migrations.moc"
