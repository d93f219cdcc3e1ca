// `tierctl route` end to end: runs the built binary with QProcess.
#include "tierctlrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kDataDir = QStringLiteral(TIERBENCH_FIXTURES_DIR "/route-cli/");

TierctlRun tierctl(const QStringList &args, const QByteArray &input = {})
{
    return runTierctl(QStringList{QStringLiteral("route")} + args, {.stdinData = input});
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char kSeedHeavy[] = "\n    Analyze the security implications of implementing a\n"
                          "    zero-trust architecture with mutual TLS authentication...\n    ";

} // namespace

class TestRouteCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonFields();
    void seedHeavyFromStdin();
    void humanOutput();
    void goldenBatch();
    void fieldsMatchTheFullDecision_data();
    void fieldsMatchTheFullDecision();
    void batchFromStdinKeepsOrderAndReportsBadLines();
    void configFile();
    void usageErrors_data();
    void usageErrors();
};

void TestRouteCli::initTestCase()
{
    QVERIFY2(QFile::exists(tierctlPath()), "build tierctl first");
}

void TestRouteCli::jsonFields()
{
    const TierctlRun r = tierctl({QStringLiteral("--json"), QStringLiteral("Hello")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    for (const char *key : {"score", "factors", "signals", "class", "tier", "provider", "model", "rule", "cause",
                            "reason", "alternatives"})
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    QCOMPARE(o.size(), 11);
    QCOMPARE(o.value(u"cause").toString(), u"trivial");
    QCOMPARE(o.value(u"signals").toObject().value(u"trivial").toBool(), true);
    const QJsonObject f = o.value(u"factors").toObject();
    for (const char *key : {"message_complexity", "context_requirement", "capability_criticality",
                            "conversation_depth", "keyword_signals"})
        QVERIFY2(f.contains(QLatin1StringView(key)), key);
    QCOMPARE(o.value(u"class").toString(), QStringLiteral("light"));
    QVERIFY(o.value(u"score").toDouble() < 0.3);
    QCOMPARE(o.value(u"tier").toString(), QStringLiteral("fast"));
    QCOMPARE(o.value(u"model").toString(), QStringLiteral("claude-haiku-3-5-20241022"));
    const QJsonArray alts = o.value(u"alternatives").toArray();
    QCOMPARE(alts.size(), 2);
    for (const QJsonValue &a : alts) {
        const QJsonObject alt = a.toObject();
        QCOMPARE(alt.size(), 4);
        QVERIFY(!alt.value(u"estimatedCost").toString().isEmpty());
    }
}

void TestRouteCli::seedHeavyFromStdin()
{
    const TierctlRun r = tierctl({QStringLiteral("--json"), QStringLiteral("--context-tokens"), QStringLiteral("2048"),
                           QStringLiteral("--capability"), QStringLiteral("security_analysis"), QStringLiteral("-")},
                          QByteArray(kSeedHeavy));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(u"score").toDouble() > 0.7);
    QCOMPARE(o.value(u"class").toString(), QStringLiteral("heavy"));
    QCOMPARE(o.value(u"tier").toString(), QStringLiteral("reasoning"));
    QCOMPARE(o.value(u"factors").toObject().value(u"context_requirement").toDouble(), 1.0);
}

void TestRouteCli::humanOutput()
{
    const TierctlRun r = tierctl({QStringLiteral("--task-type"), QStringLiteral("security_analysis"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("class:        heavy"));
    QVERIFY(r.out.contains("rule:         task-type-override"));
    QVERIFY(r.out.contains("claude-opus-4-20250514"));
    QVERIFY(r.out.contains("alternatives:"));
}

void TestRouteCli::fieldsMatchTheFullDecision_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("compact") << QStringList{QStringLiteral("--compact")}
                             << QStringList{u"cause"_s, u"class"_s, u"rule"_s, u"score"_s, u"tier"_s};
    QTest::newRow("one field") << QStringList{QStringLiteral("--fields"), QStringLiteral("tier")} << QStringList{u"tier"_s};
    QTest::newRow("lean with signals and factors")
        << QStringList{QStringLiteral("--fields"), QStringLiteral("factors,signals,provider,model,estimatedCost")}
        << QStringList{u"estimatedCost"_s, u"factors"_s, u"model"_s, u"provider"_s, u"signals"_s};
    QTest::newRow("full path for reason and alternatives")
        << QStringList{QStringLiteral("--fields"), QStringLiteral("reason,alternatives,cause")}
        << QStringList{u"alternatives"_s, u"cause"_s, u"reason"_s};
}

void TestRouteCli::fieldsMatchTheFullDecision()
{
    // Every selected key has the full decision's value, whichever path made it.
    QFETCH(QStringList, args);
    QFETCH(QStringList, keys);
    const QString cases = kDataDir + QStringLiteral("route_cases.jsonl");
    const TierctlRun full = tierctl({QStringLiteral("--jsonl"), cases});
    const TierctlRun part = tierctl(QStringList{QStringLiteral("--jsonl"), cases} + args);
    QCOMPARE(part.exitCode, full.exitCode);
    const QList<QJsonObject> a = full.jsonLines();
    const QList<QJsonObject> b = part.jsonLines();
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        QStringList got = b[i].keys();
        got.removeAll(u"error"_s);
        QCOMPARE(got, keys);
        for (const QString &key : b[i].keys()) {
            const QJsonValue expected = key == u"estimatedCost" && !a[i].contains(key) ? QJsonValue() : a[i].value(key);
            if (key != u"estimatedCost")
                QVERIFY2(b[i].value(key) == expected, qPrintable(QStringLiteral("line %1 %2").arg(i + 1).arg(key)));
        }
    }
}

void TestRouteCli::goldenBatch()
{
    const TierctlRun r = tierctl({QStringLiteral("--jsonl"), kDataDir + QStringLiteral("route_cases.jsonl")});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> got = r.jsonLines();
    const QList<QJsonObject> expected = jsonLines(readFile(kDataDir + QStringLiteral("route_cases.expected.jsonl")));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(got.size(), expected.size()); // the blank line is skipped
    for (int i = 0; i < got.size(); ++i) {
        for (const QString &key : expected[i].keys())
            QVERIFY2(got[i].value(key) == expected[i].value(key),
                     qPrintable(QStringLiteral("case %1 %2: got %3").arg(i + 1).arg(key, got[i].value(key).toString())));
    }
}

void TestRouteCli::batchFromStdinKeepsOrderAndReportsBadLines()
{
    const QByteArray input = "{\"message\":\"Hello\"}\r\nnot json\n"
                             "{\"message\":\"hi\",\"taskType\":\"architecture\"}"; // no final newline
    const TierctlRun r = tierctl({QStringLiteral("--jsonl"), QStringLiteral("-")}, input);
    QCOMPARE(r.exitCode, 1);
    const QList<QJsonObject> got = r.jsonLines();
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[0].value(u"class").toString(), QStringLiteral("light"));
    QVERIFY(got[1].value(u"error").toString().startsWith(QStringLiteral("line 2:")));
    QCOMPARE(got[2].value(u"class").toString(), QStringLiteral("heavy"));
}

void TestRouteCli::configFile()
{
    const TierctlRun r = tierctl({QStringLiteral("--json"), QStringLiteral("--config"), kDataDir + QStringLiteral("two_tiers.yaml"),
                           QStringLiteral("--task-type"), QStringLiteral("architecture"), QStringLiteral("hi")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"tier").toString(), QStringLiteral("standard"));
    QCOMPARE(o.value(u"model").toString(), QStringLiteral("gpt-4o"));
    QCOMPARE(o.value(u"class").toString(), QStringLiteral("standard"));
    QVERIFY(o.value(u"reason").toString().contains(QStringLiteral("nearest")));
    QCOMPARE(o.value(u"alternatives").toArray().size(), 1);
}

void TestRouteCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no message") << QStringList();
    QTest::newRow("two messages") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("compact without jsonl") << QStringList{QStringLiteral("--compact"), QStringLiteral("a")};
    QTest::newRow("unknown field") << QStringList{QStringLiteral("--jsonl"), QStringLiteral("-"), QStringLiteral("--fields"), QStringLiteral("bogus")};
    QTest::newRow("empty fields") << QStringList{QStringLiteral("--jsonl"), QStringLiteral("-"), QStringLiteral("--fields"), QStringLiteral(",")};
    QTest::newRow("fields and compact") << QStringList{QStringLiteral("--jsonl"), QStringLiteral("-"), QStringLiteral("--fields"), QStringLiteral("tier"), QStringLiteral("--compact")};
    QTest::newRow("bad context") << QStringList{QStringLiteral("--context-tokens"), QStringLiteral("lots"), QStringLiteral("a")};
    QTest::newRow("negative history") << QStringList{QStringLiteral("--history"), QStringLiteral("-2"), QStringLiteral("a")};
    QTest::newRow("missing config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/x.yaml"), QStringLiteral("a")};
    QTest::newRow("missing jsonl") << QStringList{QStringLiteral("--jsonl"), QStringLiteral("/nonexistent/x.jsonl")};
    QTest::newRow("jsonl plus message") << QStringList{QStringLiteral("--jsonl"), QStringLiteral("-"), QStringLiteral("a")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("a")};
}

void TestRouteCli::usageErrors()
{
    QFETCH(QStringList, args);
    const TierctlRun r = tierctl(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestRouteCli)
#include "tst_routecli.moc"
