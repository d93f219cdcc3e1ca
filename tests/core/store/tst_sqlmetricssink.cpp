#include "testbackend.h"
#include "routing/metricscollector.h"
#include "store/database.h"
#include "store/sqlmetricssink.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

class TestSqlMetricsSink final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TIERBENCH_REQUIRE_BACKEND(TestBackend::selected()); }
    void init();
    void cleanup();
    void roundTripKeepsUnknownsUnknown();
    void queryFiltersTenantAndWindow();
    void metricsSurviveRestart();

private:
    static DecisionRecord decision(const QString &tenant, const QDateTime &at, RouteClass cls);

    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

DecisionRecord TestSqlMetricsSink::decision(const QString &tenant, const QDateTime &at, RouteClass cls)
{
    DecisionRecord r;
    r.timestamp = at;
    r.tenant = tenant;
    r.taskType = QStringLiteral("simple_qa");
    r.routeClass = cls;
    r.tier = cls == RouteClass::Heavy ? QStringLiteral("reasoning") : QStringLiteral("fast");
    r.provider = QStringLiteral("anthropic");
    r.model = QStringLiteral("claude-haiku");
    r.complexity = 0.25;
    r.inputTokens = 1000;
    r.outputTokens = 500;
    r.latencyMs = 420.5;
    r.cost = Decimal::parse(u"0.0028");
    return r;
}

void TestSqlMetricsSink::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_counter)));
    QVERIFY(m_database.openAndMigrate());
}

void TestSqlMetricsSink::cleanup()
{
    m_database.closeThreadConnection();
}

void TestSqlMetricsSink::roundTripKeepsUnknownsUnknown()
{
    SqlMetricsSink sink(m_database);
    const QDateTime at(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    DecisionRecord known = decision(QStringLiteral("acme"), at, RouteClass::Standard);
    known.fallbackEvents = {QStringLiteral("server@reasoning"), QStringLiteral("timeout@standard")};
    DecisionRecord unknown = decision(QStringLiteral("acme"), at.addSecs(1), RouteClass::Light);
    unknown.inputTokens.reset();
    unknown.outputTokens.reset();
    unknown.cost.reset();
    QVERIFY2(sink.append(known), qPrintable(sink.lastError()));
    QVERIFY2(sink.append(unknown), qPrintable(sink.lastError()));

    const QList<DecisionRecord> back = sink.query(QStringLiteral("acme"), at, at.addSecs(60));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[0].timestamp, at);
    QCOMPARE(back[0].routeClass, RouteClass::Standard);
    QCOMPARE(back[0].tier, QStringLiteral("fast"));
    QCOMPARE(back[0].inputTokens, std::optional<std::int64_t>(1000));
    QCOMPARE(back[0].cost->toString(), QStringLiteral("0.0028"));
    QCOMPARE(back[0].latencyMs, 420.5);
    QCOMPARE(back[0].fallbackEvents, known.fallbackEvents);
    QVERIFY(!back[1].inputTokens.has_value());
    QVERIFY(!back[1].outputTokens.has_value());
    QVERIFY(!back[1].cost.has_value());
    QVERIFY(back[1].fallbackEvents.isEmpty());
}

void TestSqlMetricsSink::queryFiltersTenantAndWindow()
{
    SqlMetricsSink sink(m_database);
    const QDateTime at(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    QVERIFY(sink.append(decision(QStringLiteral("acme"), at, RouteClass::Light)));
    QVERIFY(sink.append(decision(QStringLiteral("other"), at, RouteClass::Light)));
    QVERIFY(sink.append(decision(QStringLiteral("acme"), at.addSecs(3600), RouteClass::Heavy)));
    QCOMPARE(sink.query(QStringLiteral("acme"), at, at.addSecs(3600)).size(), 1); // end is exclusive
    QCOMPARE(sink.query(QStringLiteral("acme"), at, at.addSecs(3601)).size(), 2);
    QCOMPARE(sink.query(QString(), at, at.addSecs(1)).size(), 2); // every tenant
    QCOMPARE(sink.query(QStringLiteral("nobody"), at, at.addSecs(7200)).size(), 0);
}

void TestSqlMetricsSink::metricsSurviveRestart()
{
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    const auto clock = [now] { return now; };
    {
        SqlMetricsSink sink(m_database);
        MetricsCollector collector(sink, clock);
        QVERIFY(collector.record(decision(QStringLiteral("acme"), now.addSecs(-60), RouteClass::Light)));
        QVERIFY(collector.record(decision(QStringLiteral("acme"), now.addSecs(-30), RouteClass::Heavy)));
    }
    m_database.closeThreadConnection();
    SqlMetricsSink reopened(m_database);
    MetricsCollector collector(reopened, clock);
    const QList<DecisionRecord> records = collector.records(QStringLiteral("acme"), 24);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].routeClass, RouteClass::Light);
    QCOMPARE(records[1].routeClass, RouteClass::Heavy);
    QVERIFY(collector.exportCsv(QStringLiteral("acme")).count('\n') >= 3); // header + 2 rows
}

QTEST_GUILESS_MAIN(TestSqlMetricsSink)
#include "tst_sqlmetricssink.moc"
