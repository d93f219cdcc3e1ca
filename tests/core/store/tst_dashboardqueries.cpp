// DashboardQueries over a seeded store: bucket edges, stacked sums, percentiles against a
// direct computation on the raw values, unknowns, filters, dedupe and the options.
#include "testbackend.h"
#include "store/dashboard.h"
#include "store/database.h"
#include "store/runstore.h"
#include "store/storewriter.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

class TestDashboardQueries final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TIERBENCH_REQUIRE_BACKEND(TestBackend::selected()); }
    void init();
    void cleanup();
    void emptyStoreHasNoGroups();
    void bucketEdges_data();
    void bucketEdges();
    void stackedCostsAddUpExactly();
    void percentilesMatchRawValues();
    void unknownTokensStayUnknown();
    void errorsCountButHaveNoLatency();
    void filters_data();
    void filters();
    void reinsertAddsNothing();
    void writerPathIsRolledUp();
    void textSurvivesQuoting();
    void options();
    void sumsReadOnlyTheRollups_data();
    void sumsReadOnlyTheRollups();
    void dayRowsEqualHourRows();

private:
    RunRecord call(const QString &id, const QDateTime &at, const QString &tier = QStringLiteral("fast"));
    void insert(QList<RunRecord> runs);

    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

namespace {

const QDateTime kMonday(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC); // a Monday

double exactAt(QList<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[qsizetype(std::floor(q * double(v.size() - 1)))];
}

void expectClose(const std::optional<double> &got, double exact)
{
    QVERIFY(got);
    QVERIFY2(std::abs(*got - exact) <= 0.01 * exact * (1 + 1e-9),
             qPrintable(QStringLiteral("sketch %1, exact %2").arg(*got).arg(exact)));
}

} // namespace

RunRecord TestDashboardQueries::call(const QString &id, const QDateTime &at, const QString &tier)
{
    RunRecord r;
    r.id = id;
    r.createdAt = at;
    r.provider = QStringLiteral("anthropic");
    r.model = QStringLiteral("claude-haiku");
    r.tier = tier;
    r.tenant = QStringLiteral("team-a");
    r.source = QStringLiteral("import");
    return r;
}

void TestDashboardQueries::insert(QList<RunRecord> runs)
{
    QSqlDatabase db = m_database.connection();
    QVERIFY(db.transaction());
    QString error;
    QVERIFY2(RunStore::insertRuns(db, runs, nullptr, &error), qPrintable(error));
    QVERIFY(db.commit());
}

void TestDashboardQueries::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_counter)));
    QString error;
    QVERIFY2(m_database.openAndMigrate(&error), qPrintable(error));
}

void TestDashboardQueries::cleanup()
{
    m_database.closeThreadConnection();
}

void TestDashboardQueries::emptyStoreHasNoGroups()
{
    DashboardQueries queries(m_database);
    QString error;
    QVERIFY(queries.aggregate({}, {}, std::nullopt, &error).isEmpty());
    QVERIFY(error.isEmpty());
    QVERIFY(queries.aggregate({}, {DashboardDimension::Tier}, DashboardBucket::Day).isEmpty());
    const DashboardOptions o = queries.options({});
    QCOMPARE(o.calls, 0);
    QVERIFY(!o.first.isValid());
}

void TestDashboardQueries::bucketEdges_data()
{
    QTest::addColumn<int>("bucket");
    QTest::addColumn<QList<QDateTime>>("starts");
    QTest::addColumn<QList<qint64>>("calls");
    // Calls at Sun 23:59:59.999, Mon 00:00, Mon 00:59:59.999, Mon 01:00 and the next Monday 00:00.
    QTest::newRow("hour") << int(DashboardBucket::Hour)
                          << QList<QDateTime>{kMonday.addSecs(-3600), kMonday, kMonday.addSecs(3600), kMonday.addDays(7)}
                          << QList<qint64>{1, 2, 1, 1};
    QTest::newRow("day") << int(DashboardBucket::Day)
                         << QList<QDateTime>{kMonday.addDays(-1), kMonday, kMonday.addDays(7)}
                         << QList<qint64>{1, 3, 1};
    QTest::newRow("week starts Monday") << int(DashboardBucket::Week)
                                        << QList<QDateTime>{kMonday.addDays(-7), kMonday, kMonday.addDays(7)}
                                        << QList<qint64>{1, 3, 1};
}

void TestDashboardQueries::bucketEdges()
{
    QFETCH(int, bucket);
    QFETCH(QList<QDateTime>, starts);
    QFETCH(QList<qint64>, calls);
    insert({call(QStringLiteral("sun"), kMonday.addMSecs(-1)), call(QStringLiteral("mon0"), kMonday),
            call(QStringLiteral("mon0b"), kMonday.addMSecs(3599999)), call(QStringLiteral("mon1"), kMonday.addSecs(3600)),
            call(QStringLiteral("next"), kMonday.addDays(7))});
    QString error;
    const QList<DashboardGroup> groups =
        DashboardQueries(m_database).aggregate({}, {}, DashboardBucket(bucket), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(groups.size(), starts.size());
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QCOMPARE(groups[i].bucket, starts[i]);
        QCOMPARE(groups[i].bucket.timeSpec(), Qt::UTC);
        QCOMPARE(groups[i].calls, calls[i]);
        QVERIFY(groups[i].key.isEmpty());
        QCOMPARE(DashboardQueries::bucketStart(groups[i].bucket.addMSecs(1), DashboardBucket(bucket)), starts[i]);
    }
}

void TestDashboardQueries::stackedCostsAddUpExactly()
{
    const char *costs[] = {"0.000123", "1.1", "0.333333333333", "0.000000000001", "12.5", "0.07"};
    const QString tiers[] = {QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")};
    QList<RunRecord> runs;
    Decimal expected;
    for (int i = 0; i < 60; ++i) {
        RunRecord r = call(QStringLiteral("c%1").arg(i), kMonday.addSecs(i * 4000), tiers[i % 3]);
        if (i % 7 != 0) { // some calls have no known cost: they add nothing, and are not counted as costed
            r.cost = Decimal::parse(QString::fromLatin1(costs[i % 6]));
            expected += *r.cost;
        }
        runs.append(r);
    }
    insert(runs);
    DashboardQueries queries(m_database);
    const QList<DashboardGroup> total = queries.aggregate({}, {}, std::nullopt);
    QCOMPARE(total.size(), 1);
    QCOMPARE(total[0].cost, expected);
    QCOMPARE(total[0].calls, 60);
    QCOMPARE(total[0].costedCalls, 60 - 9);
    // Per tier per day: the stack of every day adds up to that day's total, and all days to the total.
    const QList<DashboardGroup> stacked = queries.aggregate({}, {DashboardDimension::Tier}, DashboardBucket::Day);
    const QList<DashboardGroup> daily = queries.aggregate({}, {}, DashboardBucket::Day);
    QVERIFY(daily.size() >= 3);
    Decimal all;
    for (const DashboardGroup &day : daily) {
        Decimal stack;
        for (const DashboardGroup &g : stacked) {
            if (g.bucket == day.bucket)
                stack += g.cost;
        }
        QCOMPARE(stack, day.cost);
        all += stack;
    }
    QCOMPARE(all, expected);
    // Ordered by bucket, then tier name.
    for (qsizetype i = 1; i < stacked.size(); ++i) {
        QVERIFY(stacked[i - 1].bucket < stacked[i].bucket
                || (stacked[i - 1].bucket == stacked[i].bucket
                    && stacked[i - 1].key.value(DashboardDimension::Tier) < stacked[i].key.value(DashboardDimension::Tier)));
    }
}

void TestDashboardQueries::percentilesMatchRawValues()
{
    QRandomGenerator rng(7);
    QList<RunRecord> runs;
    QHash<QString, QList<double>> latency, ttft;
    QHash<QString, qint64> genTokens, genMs;
    const QString tiers[] = {QStringLiteral("fast"), QStringLiteral("reasoning")};
    for (int i = 0; i < 3000; ++i) {
        const QString tier = tiers[i % 2];
        RunRecord r = call(QStringLiteral("p%1").arg(i), kMonday.addSecs(i * 50), tier); // ~42 hours
        const double scale = tier == u"fast" ? 600 : 6000;
        r.totalMs = qint64(scale * std::exp(rng.generateDouble() * 2 - 1)) + 1;
        if (i % 5 != 0) // some calls report no TTFT (non-streaming)
            r.ttftMs = *r.totalMs / 3;
        r.outputTokens = 100 + i % 400;
        latency[tier].append(double(*r.totalMs));
        if (r.ttftMs)
            ttft[tier].append(double(*r.ttftMs));
        genTokens[tier] += *r.outputTokens;
        genMs[tier] += r.ttftMs ? *r.totalMs - *r.ttftMs : *r.totalMs;
        runs.append(r);
    }
    insert(runs);
    const QList<DashboardGroup> groups = DashboardQueries(m_database).aggregate({}, {DashboardDimension::Tier}, std::nullopt);
    QCOMPARE(groups.size(), 2);
    for (const DashboardGroup &g : groups) {
        const QString tier = g.key.value(DashboardDimension::Tier);
        const QList<double> &l = latency[tier];
        expectClose(g.latencyMs.p50, exactAt(l, 0.50));
        expectClose(g.latencyMs.p95, exactAt(l, 0.95));
        expectClose(g.latencyMs.p99, exactAt(l, 0.99));
        expectClose(g.ttftMs.p50, exactAt(ttft[tier], 0.50));
        expectClose(g.ttftMs.p99, exactAt(ttft[tier], 0.99));
        QCOMPARE(*g.latencyBox.min, *std::min_element(l.begin(), l.end())); // exact
        QCOMPARE(*g.latencyBox.max, *std::max_element(l.begin(), l.end()));
        expectClose(g.latencyBox.q1, exactAt(l, 0.25));
        expectClose(g.latencyBox.median, exactAt(l, 0.5));
        expectClose(g.latencyBox.q3, exactAt(l, 0.75));
        QVERIFY(g.tokensPerSecond);
        QCOMPARE(*g.tokensPerSecond, double(genTokens[tier]) * 1000.0 / double(genMs[tier]));
    }
    // Merged across many hour rows and both tiers.
    QList<double> both = latency[tiers[0]] + latency[tiers[1]];
    const QList<DashboardGroup> total = DashboardQueries(m_database).aggregate({}, {}, std::nullopt);
    expectClose(total[0].latencyMs.p95, exactAt(both, 0.95));
}

void TestDashboardQueries::unknownTokensStayUnknown()
{
    RunRecord none = call(QStringLiteral("none"), kMonday, QStringLiteral("fast"));
    RunRecord some1 = call(QStringLiteral("s1"), kMonday, QStringLiteral("standard"));
    RunRecord some2 = call(QStringLiteral("s2"), kMonday, QStringLiteral("standard"));
    some1.inputTokens = 1000;
    some1.outputTokens = 0; // a known zero is not unknown
    insert({none, some1, some2});
    const QList<DashboardGroup> groups = DashboardQueries(m_database).aggregate({}, {DashboardDimension::Tier}, std::nullopt);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0].key.value(DashboardDimension::Tier), QStringLiteral("fast"));
    QVERIFY(!groups[0].inputTokens);
    QVERIFY(!groups[0].outputTokens);
    QVERIFY(!groups[0].latencyMs.p50);
    QVERIFY(!groups[0].tokensPerSecond);
    QCOMPARE(groups[0].costedCalls, 0);
    QCOMPARE(groups[1].inputTokens, std::optional<qint64>(1000));
    QCOMPARE(groups[1].outputTokens, std::optional<qint64>(0));
    QCOMPARE(groups[1].calls, 2);
}

void TestDashboardQueries::errorsCountButHaveNoLatency()
{
    RunRecord ok = call(QStringLiteral("ok"), kMonday);
    ok.totalMs = 500;
    RunRecord failed = call(QStringLiteral("failed"), kMonday);
    failed.totalMs = 30000;
    failed.errorClass = QStringLiteral("timeout");
    RunRecord limited = call(QStringLiteral("limited"), kMonday);
    limited.errorClass = QStringLiteral("rate_limited");
    limited.simulated = true;
    insert({ok, failed, limited});
    DashboardQueries queries(m_database);
    const QList<DashboardGroup> total = queries.aggregate({}, {}, std::nullopt);
    QCOMPARE(total[0].calls, 3);
    QCOMPARE(total[0].errors, 2);
    QCOMPARE(total[0].simulatedCalls, 1);
    QCOMPARE(*total[0].latencyMs.p99, 500.0); // one value: exact (clamped to the exact min/max); no 30 s timeout in it
    QCOMPARE(*total[0].latencyMs.p50, 500.0);
    QCOMPARE(*total[0].latencyBox.max, 500.0);
    const QList<DashboardGroup> byClass = queries.aggregate({}, {DashboardDimension::Tier, DashboardDimension::ErrorClass}, std::nullopt);
    QCOMPARE(byClass.size(), 3);
    QCOMPARE(byClass[0].key.value(DashboardDimension::ErrorClass), QString());
    QCOMPARE(byClass[0].errors, 0);
    QCOMPARE(byClass[1].key.value(DashboardDimension::ErrorClass), QStringLiteral("rate_limited"));
    QCOMPARE(byClass[2].key.value(DashboardDimension::ErrorClass), QStringLiteral("timeout"));
    QCOMPARE(byClass[2].errors, 1);
}

void TestDashboardQueries::filters_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<qint64>("calls");
    QTest::newRow("everything") << "all" << qint64(8);
    QTest::newRow("one tenant") << "tenant" << qint64(4);
    QTest::newRow("two tiers") << "tiers" << qint64(6);
    QTest::newRow("unassigned tier") << "unassigned" << qint64(2);
    QTest::newRow("provider") << "provider" << qint64(2);
    QTest::newRow("model") << "model" << qint64(2);
    QTest::newRow("source") << "source" << qint64(1);
    QTest::newRow("config") << "config" << qint64(1);
    QTest::newRow("from (inclusive)") << "from" << qint64(4);
    QTest::newRow("to (exclusive)") << "to" << qint64(4);
    QTest::newRow("one week of one tenant") << "week+tenant" << qint64(2);
    QTest::newRow("no match") << "nothing" << qint64(0);
}

void TestDashboardQueries::filters()
{
    QFETCH(QString, what);
    QFETCH(qint64, calls);
    QList<RunRecord> runs;
    const QString tiers[] = {QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning"), QString()};
    for (int i = 0; i < 8; ++i) {
        RunRecord r = call(QStringLiteral("f%1").arg(i), kMonday.addDays(i < 4 ? 0 : 7).addSecs(3600 * i), tiers[i % 4]);
        r.tenant = i % 2 ? QStringLiteral("team-b") : QStringLiteral("team-a");
        if (i == 5) {
            r.provider = QStringLiteral("openai");
            r.model = QStringLiteral("gpt-4o");
            r.source = QStringLiteral("litellm");
            r.config = QStringLiteral("prod");
        }
        if (i == 6) {
            r.provider = QStringLiteral("openai");
            r.model = QStringLiteral("gpt-4o");
        }
        runs.append(r);
    }
    insert(runs);
    DashboardFilter f;
    if (what == u"tenant")
        f.tenants = {QStringLiteral("team-b")};
    else if (what == u"tiers")
        f.tiers = {QStringLiteral("fast"), QStringLiteral("reasoning"), QStringLiteral("standard")};
    else if (what == u"unassigned")
        f.tiers = {QStringLiteral("unassigned")};
    else if (what == u"provider")
        f.providers = {QStringLiteral("openai")};
    else if (what == u"model")
        f.models = {QStringLiteral("gpt-4o")};
    else if (what == u"source")
        f.sources = {QStringLiteral("litellm")};
    else if (what == u"config")
        f.configs = {QStringLiteral("prod")};
    else if (what == u"from")
        f.from = kMonday.addDays(7);
    else if (what == u"to")
        f.to = kMonday.addDays(7);
    else if (what == u"week+tenant") {
        f.from = kMonday;
        f.to = kMonday.addDays(7);
        f.tenants = {QStringLiteral("team-a")};
    } else if (what == u"nothing")
        f.tenants = {QStringLiteral("nobody")};
    QString error;
    const QList<DashboardGroup> groups = DashboardQueries(m_database).aggregate(f, {}, std::nullopt, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(groups.isEmpty() ? 0 : groups[0].calls, calls);
}

void TestDashboardQueries::reinsertAddsNothing()
{
    RunRecord r = call(QStringLiteral("same"), kMonday);
    r.cost = Decimal::parse(u"0.5");
    r.totalMs = 100;
    insert({r, r}); // twice in one batch
    insert({r});    // and again
    RunStore store(m_database);
    QString error;
    QVERIFY(!store.insertRun(r, &error));
    QVERIFY(error.contains(QStringLiteral("already stored")));
    const QList<DashboardGroup> total = DashboardQueries(m_database).aggregate({}, {}, std::nullopt);
    QCOMPARE(total[0].calls, 1);
    QCOMPARE(total[0].cost.toString(), QStringLiteral("0.5"));
    QSqlQuery q(m_database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDashboardQueries::writerPathIsRolledUp()
{
    StoreWriter writer(m_database);
    QSignalSpy saved(&writer, &StoreWriter::saved);
    for (int i = 0; i < 20; ++i) {
        RunRecord r = call(QString(), kMonday.addSecs(i * 60));
        r.cost = Decimal::parse(u"0.01");
        r.totalMs = 100 + i;
        writer.enqueueRun(r);
    }
    QTRY_COMPARE(saved.count(), 20);
    const QList<DashboardGroup> total = DashboardQueries(m_database).aggregate({}, {}, std::nullopt);
    QCOMPARE(total[0].calls, 20);
    QCOMPARE(total[0].cost.toString(), QStringLiteral("0.2"));
    QCOMPARE(*total[0].latencyBox.max, 119.0);
}

void TestDashboardQueries::textSurvivesQuoting()
{
    // The bulk insert writes values as SQL literals: nothing a value holds may end one.
    RunRecord r = call(QStringLiteral("it's \\ \"q\""), kMonday);
    r.tenant = QStringLiteral("o'brien'); DROP TABLE runs; --");
    r.prompt = QStringLiteral("back\\slash \\' quote '' h\u00e9llo \u2713 \U0001F389");
    r.errorMessage = QString(QStringLiteral("nul")) + QChar(0) + QStringLiteral("byte");
    r.errorClass = QStringLiteral("server");
    insert({r});
    const std::optional<RunRecord> back = RunStore(m_database).run(r.id);
    QVERIFY(back);
    QCOMPARE(back->tenant, r.tenant);
    QCOMPARE(back->prompt, r.prompt);
    QCOMPARE(back->errorMessage, QStringLiteral("nulbyte")); // TEXT cannot hold NUL: dropped
    DashboardFilter f;
    f.tenants = {r.tenant};
    const QList<DashboardGroup> g = DashboardQueries(m_database).aggregate(f, {DashboardDimension::Tenant}, std::nullopt);
    QCOMPARE(g.size(), 1);
    QCOMPARE(g[0].key.value(DashboardDimension::Tenant), r.tenant);
}

void TestDashboardQueries::options()
{
    RunRecord a = call(QStringLiteral("a"), kMonday.addMSecs(1234));
    RunRecord b = call(QStringLiteral("b"), kMonday.addDays(3).addMSecs(5678), QString());
    b.tenant = QStringLiteral("team-b");
    b.config = QStringLiteral("prod");
    b.provider = QStringLiteral("openai");
    b.model = QStringLiteral("gpt-4o");
    insert({a, b});
    DashboardQueries queries(m_database);
    const DashboardOptions o = queries.options({});
    QCOMPARE(o.calls, 2);
    QCOMPARE(o.first, kMonday.addMSecs(1234));
    QCOMPARE(o.last, kMonday.addDays(3).addMSecs(5678));
    QCOMPARE(o.tenants, (QStringList{QStringLiteral("team-a"), QStringLiteral("team-b")}));
    QCOMPARE(o.tiers, (QStringList{QStringLiteral("fast"), QStringLiteral("unassigned")}));
    QCOMPARE(o.configs, (QStringList{QString(), QStringLiteral("prod")}));
    QCOMPARE(o.providers, (QStringList{QStringLiteral("anthropic"), QStringLiteral("openai")}));
    DashboardFilter f;
    f.to = kMonday.addDays(1);
    QCOMPARE(queries.options(f).calls, 1);
}

void TestDashboardQueries::sumsReadOnlyTheRollups_data()
{
    QTest::addColumn<int>("bucket");
    QTest::addColumn<qint64>("fromOffsetMs");
    QTest::addColumn<QString>("table");
    QTest::newRow("days on midnight: day rows") << int(DashboardBucket::Day) << qint64(0) << "call_rollups_day";
    QTest::newRow("weeks: day rows") << int(DashboardBucket::Week) << qint64(0) << "call_rollups_day";
    QTest::newRow("hours: hour rows") << int(DashboardBucket::Hour) << qint64(0) << "call_rollups";
    QTest::newRow("from 06:00: hour rows") << int(DashboardBucket::Day) << qint64(6 * 3600000) << "call_rollups";
}

void TestDashboardQueries::sumsReadOnlyTheRollups()
{
    TIERBENCH_SQLITE_ONLY(m_database); // reads SQLite's EXPLAIN QUERY PLAN output
    QFETCH(int, bucket);
    QFETCH(qint64, fromOffsetMs);
    QFETCH(QString, table);
    DashboardFilter f;
    f.from = kMonday.addMSecs(fromOffsetMs);
    f.to = kMonday.addDays(7);
    f.tenants = {QStringLiteral("team-a")};
    const QString sql = DashboardQueries::aggregateSql(f, {DashboardDimension::Tier}, DashboardBucket(bucket));
    QVERIFY(sql.contains(QStringLiteral("FROM ") + table + u' ') || sql.endsWith(QStringLiteral("FROM ") + table));
    QVERIFY(!sql.contains(QStringLiteral("runs")));
    QSqlQuery q(m_database.connection());
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    q.addBindValue(f.from.toMSecsSinceEpoch());
    q.addBindValue(f.to.toMSecsSinceEpoch());
    q.addBindValue(QStringLiteral("team-a"));
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next())
        plan.append(q.value(3).toString());
    const QString text = plan.join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("SEARCH ") + table + QStringLiteral(" USING INDEX")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("SCAN ")), qPrintable(text));
}

void TestDashboardQueries::dayRowsEqualHourRows()
{
    QRandomGenerator rng(3);
    QList<RunRecord> runs;
    for (int i = 0; i < 800; ++i) {
        RunRecord r = call(QStringLiteral("h%1").arg(i), kMonday.addSecs(i * 700), i % 3 ? QStringLiteral("fast") : QStringLiteral("standard"));
        r.totalMs = 100 + rng.bounded(5000);
        r.ttftMs = *r.totalMs / 5;
        r.outputTokens = 10 + rng.bounded(500);
        r.cost = Decimal::fromRaw(Decimal::Raw(rng.bounded(1000000)) * 1000);
        if (i % 13 == 0)
            r.errorClass = QStringLiteral("server");
        runs.append(r);
    }
    insert(runs);
    DashboardQueries queries(m_database);
    DashboardFilter days; // on midnight: the day rows
    days.from = kMonday;
    days.to = kMonday.addDays(7);
    DashboardFilter hours = days; // 1 ms later: the hour rows, covering the same hours
    hours.from = kMonday.addMSecs(1);
    for (const auto bucket : {std::optional<DashboardBucket>(), std::optional(DashboardBucket::Day), std::optional(DashboardBucket::Week)}) {
        const QList<DashboardGroup> a = queries.aggregate(days, {DashboardDimension::Tier}, bucket);
        const QList<DashboardGroup> b = queries.aggregate(hours, {DashboardDimension::Tier}, bucket);
        QCOMPARE(a.size(), b.size());
        QVERIFY(!a.isEmpty());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].key, b[i].key);
            QCOMPARE(a[i].bucket, b[i].bucket);
            QCOMPARE(a[i].calls, b[i].calls);
            QCOMPARE(a[i].errors, b[i].errors);
            QCOMPARE(a[i].cost, b[i].cost);
            QCOMPARE(a[i].outputTokens, b[i].outputTokens);
            QCOMPARE(a[i].latencyMs.p50, b[i].latencyMs.p50); // the same buckets, merged in another order
            QCOMPARE(a[i].latencyMs.p99, b[i].latencyMs.p99);
            QCOMPARE(a[i].ttftMs.p95, b[i].ttftMs.p95);
            QCOMPARE(a[i].latencyBox.min, b[i].latencyBox.min);
            QCOMPARE(a[i].tokensPerSecond, b[i].tokensPerSecond);
        }
    }
    QCOMPARE(queries.options(days).calls, queries.options(hours).calls);
}

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "tst_dashboardqueries.moc"
