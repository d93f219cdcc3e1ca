// Team mode (issue 17): several real processes (tb_store_worker) use one store at once, on a
// SQLite file and on PostgreSQL, through the product's code paths. Each test is data-driven
// over the backend; "postgres" needs TIERBENCH_TEST_PG_URL (skipped without it, failed under
// CI=true) and runs in a private schema, so parallel ctest runs do not meet.

#include "teamworkload.h"

#include "experiments/sqlcellstore.h"
#include "routing/budgetmanager.h"
#include "fakeproviderserver.h"
#include "store/dashboard.h"
#include "store/migrations.h"
#include "store/sqlbudgetledger.h"
#include "testbackend.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TestBackend::Kind)

namespace {

struct WorkerResult
{
    int exitCode = -1;
    QJsonObject out;
    QString stderrText;
};

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestTeamConcurrency final : public QObject
{
    Q_OBJECT

private slots:
    void migrationsAreSerialised_data() { backends(); }
    void migrationsAreSerialised();
    void budgetsStayExact_data() { backends(); }
    void budgetsStayExact();
    void alertFiresOncePerPeriod_data() { backends(); }
    void alertFiresOncePerPeriod();
    void routedCallsAreStoredOnce_data() { backends(); }
    void routedCallsAreStoredOnce();
    void registrySyncsDoNotDuplicate_data() { backends(); }
    void registrySyncsDoNotDuplicate();
    void resumingClientsRunEachCellOnce_data() { backends(); }
    void resumingClientsRunEachCellOnce();

private:
    static void backends();
    /// A fresh store on the row's backend (skips or fails the test when it is unavailable).
    Database freshStore(bool migrate = true);
    /// Starts `count` workers at once and waits for all of them.
    QList<WorkerResult> runWorkers(const Database &db, const QString &role, int count, int n,
                                   const QStringList &extra = {});

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestTeamConcurrency::backends()
{
    QTest::addColumn<TestBackend::Kind>("backend");
    QTest::newRow("sqlite") << TestBackend::Kind::Sqlite;
    QTest::newRow("postgres") << TestBackend::Kind::Postgres;
}

Database TestTeamConcurrency::freshStore(bool migrate)
{
    QFETCH(TestBackend::Kind, backend);
    const QString why = TestBackend::unavailableReason(backend);
    if (!why.isEmpty()) {
        if (TestBackend::mustRun())
            QTest::qFail(qPrintable(u"CI=true but the %1 backend is unavailable: %2"_s.arg(TestBackend::name(backend), why)),
                         __FILE__, __LINE__);
        return {};
    }
    QString error;
    const Database db = TestBackend::fresh(backend, m_dir.filePath(u"team%1.sqlite"_s.arg(++m_counter)), &error);
    if (!db.isValid() || (migrate && !db.openAndMigrate(&error))) {
        QTest::qFail(qPrintable(u"cannot create the test database: "_s + error), __FILE__, __LINE__);
        return {};
    }
    return db;
}

QList<WorkerResult> TestTeamConcurrency::runWorkers(const Database &db, const QString &role, int count, int n,
                                                    const QStringList &extra)
{
    // The workers wait for a common start time, so that their writes really overlap.
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 1500;
    std::vector<std::unique_ptr<QProcess>> processes;
    QEventLoop loop;
    int running = count;
    for (int k = 0; k < count; ++k) {
        auto p = std::make_unique<QProcess>();
        QObject::connect(p.get(), &QProcess::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
        p->start(QStringLiteral(TB_STORE_WORKER),
                 QStringList{u"--db"_s, db.location(), u"--role"_s, role, u"--n"_s, QString::number(n),
                             u"--worker"_s, QString::number(k), u"--start-at"_s, QString::number(startAt)}
                     + extra);
        processes.push_back(std::move(p));
    }
    QTimer::singleShot(180000, &loop, &QEventLoop::quit); // a hung worker fails below, not forever
    loop.exec();
    QList<WorkerResult> results;
    for (const auto &p : processes) {
        WorkerResult r;
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished();
        }
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        const QList<QByteArray> lines = p->readAllStandardOutput().trimmed().split('\n');
        r.out = QJsonDocument::fromJson(lines.last()).object();
        r.stderrText = QString::fromUtf8(p->readAllStandardError());
        results.append(r);
    }
    return results;
}

/// freshStore() failed the test (CI, or the database could not be made) or the backend is missing.
#define REQUIRE_STORE(db)                                                                                \
    if (!(db).isValid()) {                                                                               \
        if (QTest::currentTestFailed())                                                                  \
            return;                                                                                      \
        QSKIP(qPrintable(TestBackend::unavailableReason(TestBackend::Kind::Postgres)));                  \
    }

#define VERIFY_WORKERS_OK(results, allowed)                                                              \
    for (const WorkerResult &r : results)                                                                \
        QVERIFY2(r.exitCode == 0 || r.exitCode == (allowed), qPrintable(r.stderrText));

void TestTeamConcurrency::migrationsAreSerialised()
{
    const Database db = freshStore(false);
    REQUIRE_STORE(db);
    const QList<WorkerResult> results = runWorkers(db, u"migrate"_s, 6, 1);
    VERIFY_WORKERS_OK(results, 0);
    for (const WorkerResult &r : results)
        QCOMPARE(r.out.value(u"version"_s).toInt(), Migrations::latestVersion());
    // Each step applied exactly once, none missing.
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM schema_version"_s), qint64(Migrations::latestVersion()));
    QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT version) FROM schema_version"_s), qint64(Migrations::latestVersion()));
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM experiment_schema"_s), 1);
    QCOMPARE(scalar(db, u"SELECT version FROM experiment_schema"_s), qint64(SqlCellStore::SchemaVersion));
}

void TestTeamConcurrency::budgetsStayExact()
{
    const Database db = freshStore();
    REQUIRE_STORE(db);
    constexpr int kWorkers = 6;
    constexpr int kAdds = 150;
    const QList<WorkerResult> results = runWorkers(db, u"budget"_s, kWorkers, kAdds);
    VERIFY_WORKERS_OK(results, 0);

    // What the workers were asked to add, and what they say they added, is what the row holds.
    qint64 tokens = 0;
    Decimal dollars;
    UsageByClass byClass{};
    for (int k = 0; k < kWorkers; ++k) {
        for (int i = 0; i < kAdds; ++i) {
            const UsageDelta d = TeamWorkload::usage(k, i);
            tokens += d.tokens();
            dollars += d.dollars;
            byClass[size_t(RouteClasses::index(d.routeClass))].inputTokens += d.inputTokens;
            byClass[size_t(RouteClasses::index(d.routeClass))].outputTokens += d.outputTokens;
        }
    }
    qint64 reportedTokens = 0;
    Decimal reportedDollars;
    for (const WorkerResult &r : results) {
        reportedTokens += r.out.value(u"tokens"_s).toInteger();
        reportedDollars += *Decimal::parse(r.out.value(u"dollars"_s).toString());
    }
    QCOMPARE(reportedTokens, tokens);
    QCOMPARE(reportedDollars, dollars);
    SqlBudgetLedger ledger(db);
    const std::optional<PeriodUsage> stored = ledger.load(TeamWorkload::tenant(), TeamWorkload::dayKey());
    QVERIFY2(stored, qPrintable(ledger.lastError()));
    QCOMPARE(stored->tokens, tokens);
    QCOMPARE(stored->dollars.toString(), dollars.toString());
    QCOMPARE(stored->byClass, byClass);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM budget_usage"_s), 1);
}

void TestTeamConcurrency::alertFiresOncePerPeriod()
{
    const Database db = freshStore();
    REQUIRE_STORE(db);
    constexpr int kWorkers = 6;
    constexpr int kCalls = 40; // each worker alone would reach its limits: together they cross them early
    const QList<WorkerResult> results = runWorkers(db, u"alert"_s, kWorkers, kCalls);
    VERIFY_WORKERS_OK(results, 0);
    QHash<QString, int> raised;
    for (const WorkerResult &r : results)
        for (const QJsonValue &a : r.out.value(u"alerts"_s).toArray())
            ++raised[a.toString()];
    const QStringList expected = {TeamWorkload::dayKey() + u"/tokens/80"_s, TeamWorkload::dayKey() + u"/tokens/95"_s,
                                  TeamWorkload::monthKey() + u"/dollars/80"_s, TeamWorkload::monthKey() + u"/dollars/95"_s};
    QCOMPARE(raised.size(), expected.size());
    for (const QString &alert : expected)
        QVERIFY2(raised.value(alert) == 1, qPrintable(u"%1 raised %2 times"_s.arg(alert).arg(raised.value(alert))));
    SqlBudgetLedger ledger(db);
    const BudgetAlert day80{TeamWorkload::tenant(), BudgetPeriod::Day, {}, BudgetAlert::Metric::Tokens, 80, {}, {}};
    const BudgetAlert day95{TeamWorkload::tenant(), BudgetPeriod::Day, {}, BudgetAlert::Metric::Tokens, 95, {}, {}};
    QCOMPARE(ledger.load(TeamWorkload::tenant(), TeamWorkload::dayKey())->alertsRaised, day80.bit() | day95.bit());
    QCOMPARE(ledger.load(TeamWorkload::tenant(), TeamWorkload::dayKey())->tokens, qint64(kWorkers) * kCalls * 10);
}

void TestTeamConcurrency::routedCallsAreStoredOnce()
{
    const Database db = freshStore();
    REQUIRE_STORE(db);
    constexpr int kWorkers = 5;
    constexpr int kCalls = 120;
    const QList<WorkerResult> results = runWorkers(db, u"calls"_s, kWorkers, kCalls);
    VERIFY_WORKERS_OK(results, 0);
    qint64 tokens = 0;
    Decimal dollars;
    for (const WorkerResult &r : results) {
        QCOMPARE(r.out.value(u"calls"_s).toInt(), kCalls);
        tokens += r.out.value(u"tokens"_s).toInteger();
        dollars += *Decimal::parse(r.out.value(u"dollars"_s).toString());
    }
    const qint64 total = qint64(kWorkers) * kCalls;
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM runs"_s), total);
    QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT id) FROM runs"_s), total);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM routing_decisions"_s), total);
    QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT call_id) FROM routing_decisions"_s), total);
    // The budget row and the dashboard's rollups agree with the calls, exactly.
    SqlBudgetLedger ledger(db);
    const std::optional<PeriodUsage> day = ledger.load(TeamWorkload::tenant(), TeamWorkload::dayKey());
    QVERIFY2(day, qPrintable(ledger.lastError()));
    QCOMPARE(day->tokens, tokens);
    QCOMPARE(day->dollars, dollars);
    QString error;
    const QList<DashboardGroup> totals = DashboardQueries(db).aggregate({}, {}, std::nullopt, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals[0].calls, total);
    QCOMPARE(totals[0].cost, dollars);
    QCOMPARE(*totals[0].inputTokens + *totals[0].outputTokens, tokens);
}

void TestTeamConcurrency::registrySyncsDoNotDuplicate()
{
    const Database db = freshStore();
    REQUIRE_STORE(db);
    FakeProviderServer server;
    QVERIFY(server.start());
    QStringList models;
    for (int i = 0; i < 40; ++i)
        models << u"team-model-%1"_s.arg(i);
    server.setModels(models);
    constexpr int kWorkers = 4;
    const QList<WorkerResult> results =
        runWorkers(db, u"registry-sync"_s, kWorkers, 1, {u"--url"_s, server.baseUrl().toString() + u"/v1"_s});
    VERIFY_WORKERS_OK(results, 0);
    int added = 0;
    int seen = 0;
    for (const WorkerResult &r : results) {
        added += r.out.value(u"added"_s).toInt();
        seen += r.out.value(u"added"_s).toInt() + r.out.value(u"unchanged"_s).toInt();
    }
    // Every model added once in all; every client saw the whole list.
    QCOMPARE(added, models.size());
    QCOMPARE(seen, kWorkers * models.size());
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM models"_s), qint64(models.size()));
    QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT model_id) FROM models"_s), qint64(models.size()));
    // One audit row per addition, none lost, none doubled.
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'added'"_s), qint64(models.size()));
    QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT entity) FROM audit_log WHERE action = 'added'"_s), qint64(models.size()));
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log"_s), qint64(models.size()));

    // The provider drops ten models and lists five new ones; four clients sync that at once.
    QStringList next = models.mid(10);
    for (int i = 0; i < 5; ++i)
        next << u"team-model-new-%1"_s.arg(i);
    server.setModels(next);
    const QList<WorkerResult> again =
        runWorkers(db, u"registry-sync"_s, kWorkers, 1, {u"--url"_s, server.baseUrl().toString() + u"/v1"_s});
    VERIFY_WORKERS_OK(again, 0);
    int addedAgain = 0;
    int deactivated = 0;
    for (const WorkerResult &r : again) {
        addedAgain += r.out.value(u"added"_s).toInt();
        deactivated += r.out.value(u"deactivated"_s).toInt();
    }
    QCOMPARE(addedAgain, 5);
    QCOMPARE(deactivated, 10);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM models"_s), qint64(models.size() + 5));
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM models WHERE is_active = 0"_s), 10);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'deactivated'"_s), 10);
    QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT entity) FROM audit_log WHERE action = 'deactivated'"_s), 10);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log"_s), qint64(models.size() + 5 + 10));
}

void TestTeamConcurrency::resumingClientsRunEachCellOnce()
{
    const Database db = freshStore();
    REQUIRE_STORE(db);
    constexpr int kCases = 40;
    constexpr int kDone = 10; // finished before the crash: nobody may run them again
    const Experiment experiment = TeamWorkload::experiment(kCases);
    const QString runId = u"team-run"_s;
    QStringList expected;
    {
        SqlCellStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        QVERIFY2(store.createRun({runId, experiment.name, experiment.fingerprint(), experiment.toJson(),
                                  u"running"_s, QDateTime::currentDateTimeUtc()}, &error), qPrintable(error));
        for (int i = 0; i < kCases; ++i) {
            const QString prompt = experiment.renderPrompt(i).text;
            if (i >= kDone) {
                expected << prompt;
                continue;
            }
            CellResult cell;
            cell.runId = runId;
            cell.key = {i, 0, 0};
            cell.caseId = experiment.cases[i].id;
            cell.targetId = experiment.targets[0].id;
            cell.tier = experiment.targets[0].tier;
            cell.prompt = prompt;
            cell.state = CellState::Succeeded;
            cell.attempts = 1;
            cell.outcome.text = u"ok"_s;
            cell.outcome.provider = experiment.targets[0].provider;
            cell.outcome.model = experiment.targets[0].model;
            QVERIFY2(store.saveCell(cell, &error), qPrintable(error));
        }
        store.flush();
        QCOMPARE(store.failedWrites(), 0);
    }
    const QList<WorkerResult> results = runWorkers(db, u"resume"_s, 4, kCases, {u"--run"_s, runId});
    VERIFY_WORKERS_OK(results, 3);
    QStringList executed;
    int ran = 0;
    for (const WorkerResult &r : results) {
        if (r.exitCode == 3) {
            QVERIFY(r.out.value(u"error"_s).toString().contains(u"is being run by"_s));
            continue;
        }
        ++ran;
        for (const QJsonValue &p : r.out.value(u"executed"_s).toArray())
            executed << p.toString();
    }
    QVERIFY(ran >= 1);
    // Each unfinished cell ran exactly once across all clients; the finished ones never.
    executed.sort();
    expected.sort();
    QCOMPARE(executed, expected);
    SqlCellStore store;
    QString error;
    QVERIFY2(store.open(db, &error), qPrintable(error));
    const QList<CellResult> cells = store.loadCells(runId);
    QCOMPARE(cells.size(), kCases);
    for (const CellResult &c : cells)
        QCOMPARE(c.state, CellState::Succeeded);
}

QTEST_GUILESS_MAIN(TestTeamConcurrency)
#include "tst_team_concurrency.moc"
