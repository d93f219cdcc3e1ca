// DemoTraffic: what `tierbench --demo` seeds for the Dashboard.
#include "config/configcodec.h"
#include "store/dashboard.h"
#include "store/database.h"
#include "store/demotraffic.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDemoTraffic final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedsOnceAllSimulated();
    void deterministic();
    void looksLikeTraffic();

private:
    TierConfig m_config;
    QTemporaryDir m_dir;
    const QDateTime m_end = QDateTime(QDate(2026, 11, 30), QTime(18, 30), Qt::UTC);
};

void TestDemoTraffic::initTestCase()
{
    const TierConfigLoad load = ConfigCodec::loadTierConfig(QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/default.yaml"));
    QVERIFY2(load.config, qPrintable(load.error));
    m_config = *load.config;
}

void TestDemoTraffic::seedsOnceAllSimulated()
{
    const Database db = Database::fromLocation(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.openAndMigrate());
    QVERIFY(!DemoTraffic::hasDemoRows(db));
    const DemoTrafficReport first = DemoTraffic::seed(db, m_config, 30, m_end);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.inserted, DemoTraffic::generate(m_config, 30, m_end).size());
    QVERIFY(first.inserted > 10000);
    QVERIFY(DemoTraffic::hasDemoRows(db));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(simulated), MIN(created_at_ms), MAX(created_at_ms) FROM runs"
                                  " WHERE source = 'demo'")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), first.inserted);
    QCOMPARE(q.value(1).toLongLong(), first.inserted);
    QVERIFY(q.value(2).toLongLong() >= m_end.addDays(-31).toMSecsSinceEpoch());
    QVERIFY(q.value(3).toLongLong() < m_end.toMSecsSinceEpoch());
    // A second call (a later start of the app) adds nothing.
    const DemoTrafficReport again = DemoTraffic::seed(db, m_config, 30, m_end.addDays(2));
    QVERIFY(again.ok());
    QVERIFY(again.alreadySeeded);
    QCOMPARE(again.inserted, 0);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), first.inserted);
    db.closeThreadConnection();
}

void TestDemoTraffic::deterministic()
{
    const QList<RunRecord> a = DemoTraffic::generate(m_config, 7, m_end);
    const QList<RunRecord> b = DemoTraffic::generate(m_config, 7, m_end);
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); i += 97) {
        QCOMPARE(a[i].id, b[i].id);
        QCOMPARE(a[i].createdAt, b[i].createdAt);
        QCOMPARE(a[i].totalMs, b[i].totalMs);
        QCOMPARE(a[i].cost, b[i].cost);
    }
    QVERIFY(DemoTraffic::generate(TierConfig(), 7, m_end).isEmpty());
}

void TestDemoTraffic::looksLikeTraffic()
{
    const QList<RunRecord> calls = DemoTraffic::generate(m_config, 30, m_end);
    QSet<QString> tiers, tenants, models, errors;
    QHash<int, qint64> perHour;
    qint64 failed = 0;
    for (const RunRecord &r : calls) {
        tiers.insert(r.tier);
        tenants.insert(r.tenant);
        models.insert(r.model);
        if (!r.errorClass.isEmpty()) {
            errors.insert(r.errorClass);
            ++failed;
        } else {
            QVERIFY(r.cost && r.inputTokens && r.outputTokens && r.totalMs); // priced from the config
        }
        QCOMPARE(r.config, QStringLiteral("default"));
        ++perHour[r.createdAt.time().hour()];
    }
    QCOMPARE(tiers.size(), 3);
    QCOMPARE(tenants.size(), 2);
    QCOMPARE(models.size(), 3);
    QVERIFY2(errors.size() >= 4, qPrintable(QStringList(errors.begin(), errors.end()).join(u',')));
    const double errorRate = double(failed) / double(calls.size());
    QVERIFY2(errorRate > 0.005 && errorRate < 0.08, qPrintable(QString::number(errorRate)));
    QVERIFY(perHour[15] > 2 * perHour[3]); // busy afternoons, quiet nights

    // Through the store: latency and cost ordered by tier as a user would expect.
    const Database db = Database::fromLocation(m_dir.filePath(QStringLiteral("demo2.sqlite")));
    QVERIFY(db.openAndMigrate());
    QVERIFY(DemoTraffic::seed(db, m_config, 30, m_end).ok());
    const QList<DashboardGroup> g = DashboardQueries(db).aggregate({}, {DashboardDimension::Tier}, std::nullopt);
    QCOMPARE(g.size(), 3);
    QHash<QString, DashboardGroup> byTier;
    for (const DashboardGroup &x : g)
        byTier.insert(x.key.value(DashboardDimension::Tier), x);
    QVERIFY(*byTier[QStringLiteral("fast")].latencyMs.p50 < *byTier[QStringLiteral("standard")].latencyMs.p50);
    QVERIFY(*byTier[QStringLiteral("standard")].latencyMs.p50 < *byTier[QStringLiteral("reasoning")].latencyMs.p50);
    QVERIFY(*byTier[QStringLiteral("fast")].ttftMs.p95 < *byTier[QStringLiteral("reasoning")].ttftMs.p95);
    QVERIFY(byTier[QStringLiteral("fast")].calls > byTier[QStringLiteral("reasoning")].calls);
    QCOMPARE(byTier[QStringLiteral("fast")].simulatedCalls, byTier[QStringLiteral("fast")].calls);
    db.closeThreadConnection();
}

QTEST_GUILESS_MAIN(TestDemoTraffic)
#include "tst_demotraffic.moc"
