// tierctl calls import and tierctl report end to end, on a store seeded through the CLI:
// counts and bad lines, re-import, exit codes, and the report's JSON/CSV against the
// numbers computed here from the calls themselves.
#include "money/decimal.h"
#include "tierctlrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

class TestCallsCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importFixture();
    void importErrors_data();
    void importErrors();
    void reportJson();
    void reportFiltersByIsoDates();
    void reportCsvAndText();
    void reportTotalAndEmpty();
    void reportUsage_data();
    void reportUsage();

private:
    TierctlRun tierctl(QStringList args, const QString &db = {});
    QJsonArray reportGroups(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_seeded; // a store with the calls below
    // What the seeded calls should add up to, per tier per day.
    QHash<QString, Decimal> m_cost;
    QHash<QString, qint64> m_calls, m_errors;
    QHash<QString, QList<double>> m_latency;
};

namespace {

const QString kFixtures = QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/calls/");
const QString kTiers[] = {QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")};
const QString kModels[] = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("claude-opus-4-20250514")};
const QString kProviders[] = {QStringLiteral("openai"), QStringLiteral("openai"), QStringLiteral("anthropic")};

double exactAt(QList<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[qsizetype(std::floor(q * double(v.size() - 1)))];
}

} // namespace

TierctlRun TestCallsCli::tierctl(QStringList args, const QString &db)
{
    if (!db.isEmpty())
        args << QStringLiteral("--db") << db;
    return runTierctl(args, {.timeoutMs = 120000});
}

QJsonArray TestCallsCli::reportGroups(const QStringList &args)
{
    const TierctlRun r = tierctl(QStringList{QStringLiteral("report"), QStringLiteral("--json")} + args, m_seeded);
    if (r.exitCode != 0)
        qWarning("report failed: %s", qPrintable(r.errText()));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.outText().toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(e.errorString()), qPrintable(r.outText()));
    return doc.object().value(u"groups").toArray();
}

void TestCallsCli::initTestCase()
{
    QVERIFY2(QFile::exists(tierctlPath()), "build tierctl first");
    // 600 calls over two days (2026-11-29 and -30), three tiers, some errors, some without cost.
    QByteArray jsonl;
    for (int i = 0; i < 600; ++i) {
        const int t = i % 3;
        const QDateTime at = QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC).addSecs(i * 288);
        const QString day = at.date().toString(Qt::ISODate);
        const QString key = kTiers[t] + u'|' + day;
        const qint64 total = 200 + (i * 37) % 3000 + t * 1000;
        const bool failed = i % 41 == 0;
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("call-%1").arg(i)},
                      {QStringLiteral("time"), at.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("provider"), kProviders[t]},
                      {QStringLiteral("model"), kModels[t]},
                      {QStringLiteral("tier"), kTiers[t]},
                      {QStringLiteral("tenant"), i % 2 ? QStringLiteral("team-b") : QStringLiteral("team-a")},
                      {QStringLiteral("inputTokens"), 100 + i},
                      {QStringLiteral("outputTokens"), 50 + i % 7},
                      {QStringLiteral("totalMs"), double(total)},
                      {QStringLiteral("ttftMs"), double(total / 4)}};
        if (i % 5 != 0) {
            const Decimal cost = *Decimal::parse(QStringLiteral("0.000%1").arg(100 + i * 13));
            o.insert(QStringLiteral("cost"), cost.toString());
            m_cost[key] += cost;
        }
        if (failed) {
            o.insert(QStringLiteral("errorClass"), QStringLiteral("server"));
            ++m_errors[key];
        } else {
            m_latency[key].append(double(total));
        }
        ++m_calls[key];
        jsonl += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString file = m_dir.filePath(QStringLiteral("seed.jsonl"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(jsonl);
    f.close();
    m_seeded = m_dir.filePath(QStringLiteral("seeded.sqlite"));
    const TierctlRun r = tierctl({QStringLiteral("calls"), QStringLiteral("import"), file}, m_seeded);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("600 imported, 0 duplicates, 0 bad")), qPrintable(r.outText() + r.errText()));
}

void TestCallsCli::importFixture()
{
    const QString db = m_dir.filePath(QStringLiteral("fixture.sqlite"));
    const QStringList args{QStringLiteral("calls"), QStringLiteral("import"), kFixtures + QStringLiteral("tierbench.jsonl"),
                           QStringLiteral("--config"), kFixtures + QStringLiteral("tiers.yaml")};
    const TierctlRun first = tierctl(args, db);
    QCOMPARE(first.exitCode, 1); // bad rows are findings
    QVERIFY2(first.outText().contains(QStringLiteral("(tierbench): 5 imported, 1 duplicate, 5 bad")), qPrintable(first.outText()));
    for (int line : {6, 7, 8, 9, 10})
        QVERIFY2(first.errText().contains(QStringLiteral("tierbench.jsonl:%1: ").arg(line)), qPrintable(first.errText()));
    const TierctlRun again = tierctl(args, db);
    QVERIFY2(again.outText().contains(QStringLiteral("0 imported, 6 duplicates, 5 bad")), qPrintable(again.outText()));
    const TierctlRun csv = tierctl({QStringLiteral("calls"), QStringLiteral("import"), kFixtures + QStringLiteral("litellm.csv")}, db);
    QVERIFY2(csv.outText().contains(QStringLiteral("(litellm-csv): 4 imported")), qPrintable(csv.outText()));
    QVERIFY(csv.errText().contains(QStringLiteral("litellm.csv:10: bad CSV")));
}

void TestCallsCli::importErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle"); // in stderr
    const QString csv = kFixtures + QStringLiteral("litellm.csv");
    QTest::newRow("no file") << QStringList{QStringLiteral("import")} << 2 << "exactly one FILE";
    QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/calls.jsonl")} << 2 << "Cannot read";
    QTest::newRow("bad format") << QStringList{QStringLiteral("import"), csv, QStringLiteral("--format"), QStringLiteral("helicone")} << 2 << "tierbench or litellm";
    QTest::newRow("csv as tierbench") << QStringList{QStringLiteral("import"), csv, QStringLiteral("--format"), QStringLiteral("tierbench")} << 2 << "looks like CSV";
    QTest::newRow("missing config") << QStringList{QStringLiteral("import"), csv, QStringLiteral("--config"), QStringLiteral("/nonexistent.yaml")} << 2 << "nonexistent.yaml";
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("export")} << 2 << "Usage:";
}

void TestCallsCli::importErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const TierctlRun r = tierctl(QStringList{QStringLiteral("calls")} + args, m_dir.filePath(QStringLiteral("errors.sqlite")));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errText().contains(needle), qPrintable(r.errText()));
}

void TestCallsCli::reportJson()
{
    const QJsonArray groups = reportGroups({QStringLiteral("--group-by"), QStringLiteral("tier"),
                                            QStringLiteral("--bucket"), QStringLiteral("day")});
    QCOMPARE(groups.size(), 6);
    QString previous;
    for (const QJsonValue &v : groups) {
        const QJsonObject g = v.toObject();
        const QJsonObject key = g.value(u"key").toObject();
        QCOMPARE(key.keys(), (QStringList{QStringLiteral("bucket"), QStringLiteral("tier")})); // only what was asked
        const QString k = key.value(u"tier").toString() + u'|' + key.value(u"bucket").toString();
        QVERIFY2(previous < key.value(u"bucket").toString() + k, "ordered by bucket, then tier");
        previous = key.value(u"bucket").toString() + k;
        QCOMPARE(g.value(u"calls").toInteger(), m_calls.value(k));
        QCOMPARE(g.value(u"errors").toInteger(), m_errors.value(k));
        QVERIFY(g.value(u"cost").isString()); // exact decimal text
        QCOMPARE(g.value(u"cost").toString(), m_cost.value(k).toString());
        const QJsonObject latency = g.value(u"latencyMs").toObject();
        for (const auto &[name, q] : {std::pair{"p50", 0.5}, std::pair{"p95", 0.95}, std::pair{"p99", 0.99}}) {
            const double exact = exactAt(m_latency.value(k), q);
            const double got = latency.value(QLatin1StringView(name)).toDouble();
            QVERIFY2(std::abs(got - exact) <= 0.01 * exact + 0.5, qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(k, QLatin1StringView(name)).arg(got).arg(exact)));
        }
        QVERIFY(g.value(u"ttftMs").toObject().value(u"p50").isDouble());
        QVERIFY(g.value(u"inputTokens").isDouble());
        QVERIFY(g.value(u"tokensPerSecond").isDouble());
        QCOMPARE(g.keys().size(), 9); // key, calls, errors, inputTokens, outputTokens, cost, latencyMs, ttftMs, tokensPerSecond
    }
    // The tiers' costs add up to the total, exactly.
    const QJsonArray total = reportGroups({});
    QCOMPARE(total.size(), 1);
    QVERIFY(total[0].toObject().value(u"key").toObject().isEmpty());
    Decimal sum;
    for (const Decimal &d : std::as_const(m_cost))
        sum += d;
    QCOMPARE(total[0].toObject().value(u"cost").toString(), sum.toString());
    QCOMPARE(total[0].toObject().value(u"calls").toInteger(), 600);
}

void TestCallsCli::reportFiltersByIsoDates()
{
    const QJsonArray day = reportGroups({QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"),
                                         QStringLiteral("2026-12-01"), QStringLiteral("--group-by"), QStringLiteral("tier")});
    QCOMPARE(day.size(), 3);
    for (const QJsonValue &v : day) {
        const QString k = v.toObject().value(u"key").toObject().value(u"tier").toString() + QStringLiteral("|2026-11-30");
        QCOMPARE(v.toObject().value(u"calls").toInteger(), m_calls.value(k));
    }
    const QJsonArray tenant = reportGroups({QStringLiteral("--tenant"), QStringLiteral("team-a"), QStringLiteral("--group-by"),
                                            QStringLiteral("tenant"), QStringLiteral("--to"), QStringLiteral("2026-11-30T00:00:00Z")});
    QCOMPARE(tenant.size(), 1);
    QCOMPARE(tenant[0].toObject().value(u"key").toObject().value(u"tenant").toString(), QStringLiteral("team-a"));
    QCOMPARE(tenant[0].toObject().value(u"calls").toInteger(), 150); // even calls of the first day
}

void TestCallsCli::reportCsvAndText()
{
    const TierctlRun csv = tierctl({QStringLiteral("report"), QStringLiteral("--csv"), QStringLiteral("--group-by"), QStringLiteral("model"),
                             QStringLiteral("--group-by"), QStringLiteral("provider"), QStringLiteral("--bucket"), QStringLiteral("week")},
                            m_seeded);
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.outText().trimmed().split(u'\n');
    QCOMPARE(lines.first(), QStringLiteral("model,provider,bucket,calls,errors,inputTokens,outputTokens,cost,latencyP50Ms,"
                                           "latencyP95Ms,latencyP99Ms,ttftP50Ms,ttftP95Ms,ttftP99Ms,tokensPerSecond"));
    // 2026-11-29 is a Sunday: its calls are in the week of Monday 2026-11-23.
    QCOMPARE(lines.size(), 1 + 3 * 2);
    QVERIFY(lines[1].contains(QStringLiteral(",2026-11-23,")));
    const TierctlRun text = tierctl({QStringLiteral("report"), QStringLiteral("--group-by"), QStringLiteral("tier")}, m_seeded);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().startsWith(QStringLiteral("tier")));
    QVERIFY(text.outText().contains(QStringLiteral("p95 ms")));
    QCOMPARE(text.outText().trimmed().split(u'\n').size(), 4);
}

void TestCallsCli::reportTotalAndEmpty()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    const TierctlRun json = tierctl({QStringLiteral("report"), QStringLiteral("--json")}, empty);
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.outText().trimmed(), QStringLiteral("{\"groups\": []}"));
    const TierctlRun text = tierctl({QStringLiteral("report")}, empty);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QStringLiteral("tierctl calls import")));
}

void TestCallsCli::reportUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");
    QTest::newRow("bad --from") << QStringList{QStringLiteral("--from"), QStringLiteral("last week")} << "ISO date";
    QTest::newRow("from after to") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                                                 QStringLiteral("2026-11-01")} << "before --to";
    QTest::newRow("bad --group-by") << QStringList{QStringLiteral("--group-by"), QStringLiteral("colour")} << "colour";
    QTest::newRow("bad --bucket") << QStringList{QStringLiteral("--bucket"), QStringLiteral("month")} << "hour, day or week";
    QTest::newRow("json and csv") << QStringList{QStringLiteral("--json"), QStringLiteral("--csv")} << "one of";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("tier")} << "unexpected";
}

void TestCallsCli::reportUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    const TierctlRun r = tierctl(QStringList{QStringLiteral("report")} + args, m_seeded);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(needle), qPrintable(r.errText()));
}

QTEST_GUILESS_MAIN(TestCallsCli)
#include "tst_callscli.moc"
