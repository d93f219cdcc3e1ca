#include "routing/metricscollector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

DecisionRecord rec(const char *iso, const char *tenant, RouteClass c, std::int64_t in,
                   std::int64_t out, double latencyMs)
{
    DecisionRecord r;
    r.timestamp = utc(iso);
    r.tenant = QString::fromLatin1(tenant);
    r.taskType = QStringLiteral("chat");
    r.routeClass = c;
    r.tier = RouteClasses::name(c);
    r.provider = QStringLiteral("anthropic");
    r.model = QStringLiteral("m");
    r.complexity = 0.5;
    r.inputTokens = in;
    r.outputTokens = out;
    r.latencyMs = latencyMs;
    return r;
}

} // namespace

class TestMetricsCollector : public QObject
{
    Q_OBJECT

private slots:
    void distributionOverWindow_data();
    void distributionOverWindow();
    void savingsWorkedExample();
    void gpuHours();
    void jsonExport();
    void csvExport();
    void missingTimestampIsNow();
};

void TestMetricsCollector::distributionOverWindow_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QList<qint64>>("counts");
    QTest::newRow("acme 24h") << "acme" << 24 << QList<qint64>{2, 1, 1};
    QTest::newRow("acme 1h") << "acme" << 1 << QList<qint64>{1, 0, 1};
    QTest::newRow("acme 72h includes old") << "acme" << 72 << QList<qint64>{3, 1, 1};
    QTest::newRow("all tenants 24h") << QString() << 24 << QList<qint64>{2, 2, 1};
}

void TestMetricsCollector::distributionOverWindow()
{
    QFETCH(QString, tenant);
    QFETCH(int, hours);
    QFETCH(QList<qint64>, counts);
    InMemoryMetricsSink sink;
    MetricsCollector m(sink, [] { return utc("2026-11-22T12:00:00Z"); });
    m.record(rec("2026-11-22T11:30:00Z", "acme", RouteClass::Light, 10, 10, 100));
    m.record(rec("2026-11-22T11:45:00Z", "acme", RouteClass::Heavy, 10, 10, 100));
    m.record(rec("2026-11-22T02:00:00Z", "acme", RouteClass::Light, 10, 10, 100));
    m.record(rec("2026-11-22T03:00:00Z", "acme", RouteClass::Standard, 10, 10, 100));
    m.record(rec("2026-11-20T12:00:01Z", "acme", RouteClass::Light, 10, 10, 100)); // 47h59m59s ago
    m.record(rec("2026-11-22T09:00:00Z", "other", RouteClass::Standard, 10, 10, 100));
    const TierDistribution d = m.tierDistribution(tenant, hours);
    const QList<qint64> got{d.counts[0], d.counts[1], d.counts[2]};
    QCOMPARE(got, counts);
    QCOMPARE(d.total, counts[0] + counts[1] + counts[2]);
    QVERIFY(std::fabs(d.percent(RouteClass::Light) + d.percent(RouteClass::Standard)
                      + d.percent(RouteClass::Heavy) - 100.0) < 1e-9);
}

void TestMetricsCollector::savingsWorkedExample()
{
    InMemoryMetricsSink sink;
    MetricsCollector m(sink, [] { return utc("2026-11-22T12:00:00Z"); });
    m.record(rec("2026-11-22T11:00:00Z", "t", RouteClass::Light, 500, 500, 1));
    m.record(rec("2026-11-22T11:00:00Z", "t", RouteClass::Standard, 500, 500, 1));
    m.record(rec("2026-11-22T11:00:00Z", "t", RouteClass::Heavy, 500, 500, 1));
    DecisionRecord unknownUsage = rec("2026-11-22T11:00:00Z", "t", RouteClass::Heavy, 0, 0, 1);
    unknownUsage.inputTokens.reset();
    unknownUsage.outputTokens.reset();
    m.record(unknownUsage); // counts in the distribution, adds no tokens
    const SavingsReport s = m.savings(QStringLiteral("t"));
    QCOMPARE(s.actualUnits, 14000);
    QCOMPARE(s.baselineUnits, 30000);
    QCOMPARE(QString::number(s.reductionPercent, 'f', 2), QStringLiteral("53.33"));
}

void TestMetricsCollector::gpuHours()
{
    InMemoryMetricsSink sink;
    MetricsCollector m(sink, [] { return utc("2026-11-22T12:00:00Z"); });
    // One hour on light and one hour on heavy.
    m.record(rec("2026-11-22T11:00:00Z", "t", RouteClass::Light, 1, 1, 3600000));
    m.record(rec("2026-11-22T11:00:00Z", "t", RouteClass::Heavy, 1, 1, 3600000));
    const GpuSavings g = m.gpuSavings(QStringLiteral("t"));
    QVERIFY(std::fabs(g.usedGpuHours - (8.0 + 72.0) / 80.0) < 1e-12);
    QVERIFY(std::fabs(g.baselineGpuHours - 144.0 / 80.0) < 1e-12);
    QVERIFY(std::fabs(g.savedGpuHours - 64.0 / 80.0) < 1e-12);
    m.setGpuCardMemoryGb(40);
    m.setGpuMemoryGb({4, 16, 36});
    QVERIFY(std::fabs(m.gpuSavings(QStringLiteral("t")).savedGpuHours - 32.0 / 40.0) < 1e-12);
}

void TestMetricsCollector::jsonExport()
{
    InMemoryMetricsSink sink;
    MetricsCollector m(sink, [] { return utc("2026-11-22T12:00:00Z"); });
    DecisionRecord r = rec("2026-11-22T11:00:00Z", "t", RouteClass::Standard, 100, 50, 1234.5);
    r.cost = Decimal::parse(u"0.00105");
    r.fallbackEvents = {QStringLiteral("server@reasoning")};
    m.record(r);
    const QJsonObject o = QJsonDocument::fromJson(m.exportJson(QStringLiteral("t"))).object();
    QCOMPARE(o.value(u"tenant").toString(), QStringLiteral("t"));
    QCOMPARE(o.value(u"distribution").toObject().value(u"standard").toObject().value(u"count").toInt(), 1);
    QCOMPARE(o.value(u"savings").toObject().value(u"basis").toString(), QStringLiteral("cost_weights"));
    QVERIFY(o.value(u"gpu").toObject().contains(u"gpu_hours_saved"));
    const QJsonArray decisions = o.value(u"decisions").toArray();
    QCOMPARE(decisions.size(), 1);
    const QJsonObject d = decisions[0].toObject();
    QCOMPARE(d.value(u"cost").toString(), QStringLiteral("0.00105"));
    QCOMPARE(d.value(u"latency_ms").toDouble(), 1234.5);
    QCOMPARE(d.value(u"input_tokens").toInt(), 100);
    QCOMPARE(d.value(u"fallback_events").toArray().size(), 1);
    QCOMPARE(d.value(u"timestamp").toString(), QStringLiteral("2026-11-22T11:00:00.000Z"));
}

void TestMetricsCollector::csvExport()
{
    InMemoryMetricsSink sink;
    MetricsCollector m(sink, [] { return utc("2026-11-22T12:00:00Z"); });
    DecisionRecord r = rec("2026-11-22T11:00:00Z", "t", RouteClass::Light, 1, 2, 3);
    r.taskType = QStringLiteral("say \"hi\", politely");
    r.outputTokens.reset();
    m.record(r);
    const QList<QByteArray> lines = m.exportCsv(QStringLiteral("t")).split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, trailing empty
    QVERIFY(lines[0].startsWith("timestamp,tenant,task_type,class,tier"));
    QCOMPARE(lines[1].trimmed(),
             QByteArray("2026-11-22T11:00:00.000Z,t,\"say \"\"hi\"\", politely\",light,light,anthropic,m,0.5000,1,,3.0,,"));
}

void TestMetricsCollector::missingTimestampIsNow()
{
    InMemoryMetricsSink sink;
    MetricsCollector m(sink, [] { return utc("2026-11-22T12:00:00Z"); });
    DecisionRecord r = rec("2026-11-22T11:00:00Z", "t", RouteClass::Light, 1, 1, 1);
    r.timestamp = QDateTime();
    QVERIFY(m.record(r));
    const QList<DecisionRecord> all = m.records(QStringLiteral("t"), 1);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].timestamp, utc("2026-11-22T12:00:00Z"));
}

QTEST_GUILESS_MAIN(TestMetricsCollector)
#include "tst_metricscollector.moc"
