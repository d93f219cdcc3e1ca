// tierctl replay and calibrate end to end: the JSON shapes of the issue with exact decimal
// costs, figures equal to the library's on the same requests (JSONL and store), bad lines by
// number, the empty-input message, the aligned table and the usage errors.
#include "../core/routing/replaysample.h"

#include "routing/calibration.h"
#include "routing/replay.h"
#include "routing/routejson.h"
#include "routing/routerpolicycodec.h"
#include "store/database.h"
#include "store/runstore.h"
#include "tierctlrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <string>

class TestReplayCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replayJsonEqualsLibrary();
    void replayFromStore();
    void replayTable();
    void emptyInputSaysWhatToDo_data();
    void emptyInputSaysWhatToDo();
    void calibrateJson();
    void policyFile();
    void policyWithErrors();
    void usageErrors_data();
    void usageErrors();

private:
    QString writeJsonl(const QList<ReplayRequest> &requests, const QByteArray &extraLine = {});

    QTemporaryDir m_dir;
    QList<ReplayRequest> m_requests;
    QString m_jsonl;
};

namespace {

const auto S = [](const char *s) { return QString::fromLatin1(s); };

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QByteArray toJsonl(const ReplayRequest &r)
{
    std::string line = "{\"id\":";
    RouteJson::appendString(line, utf8(r.id));
    line += ",\"message\":";
    RouteJson::appendString(line, std::string(r.message.constData(), size_t(r.message.size())));
    line += ",\"taskType\":";
    RouteJson::appendString(line, utf8(r.request.taskType));
    line += ",\"contextTokens\":" + std::to_string(r.request.hints.contextTokens);
    line += ",\"history\":" + std::to_string(r.request.hints.historyTurns);
    line += ",\"capabilities\":[";
    for (qsizetype i = 0; i < r.request.hints.capabilities.size(); ++i) {
        line += i ? "," : "";
        RouteJson::appendString(line, utf8(r.request.hints.capabilities.at(i)));
    }
    line += "],\"preferredTier\":";
    RouteJson::appendString(line, utf8(r.request.preferredTier));
    if (r.request.expectedOutputTokens)
        line += ",\"expectedOutputTokens\":" + std::to_string(*r.request.expectedOutputTokens);
    line += "}\n";
    return QByteArray(line.data(), qsizetype(line.size()));
}

ModelRouter thresholdRouter(double standard, double heavy)
{
    ModelRouter r;
    r.setThresholds({standard, heavy});
    return r;
}

} // namespace

QString TestReplayCli::writeJsonl(const QList<ReplayRequest> &requests, const QByteArray &extraLine)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("requests%1.jsonl").arg(++counter));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (i == 2 && !extraLine.isEmpty())
            f.write(extraLine + '\n'); // becomes line 3
        f.write(toJsonl(requests.at(i)));
    }
    return path;
}

void TestReplayCli::initTestCase()
{
    QVERIFY2(QFile::exists(tierctlPath()), "build tierctl first");
    m_requests = ReplaySample::generate(1500, 4242);
    m_jsonl = writeJsonl(m_requests);
    QVERIFY(!m_jsonl.isEmpty());
}

void TestReplayCli::replayJsonEqualsLibrary()
{
    const QString path = writeJsonl(m_requests, "{\"message\": 42}");
    const TierctlRun r = runTierctl({S("replay"), S("--jsonl"), path, S("--standard-threshold"), S("0.25"),
                           S("--heavy-threshold"), S("0.55"), S("--json")});
    QCOMPARE(r.exitCode, 1); // one bad line: reported, the rest replayed
    QVERIFY2(r.errText().contains(path + QStringLiteral(":3: error: ")), qPrintable(r.errText()));

    const ReplayResult want = Replay::run(m_requests, ModelRouter(), thresholdRouter(0.25, 0.55));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.outText().toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.keys(), (QStringList{S("changed"), S("tiers")}));
    QCOMPARE(doc.value(S("changed")).toInteger(), want.changed.size());
    const QJsonArray tiers = doc.value(S("tiers")).toArray();
    QCOMPARE(tiers.size(), want.tiers.size());
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QJsonObject t = tiers.at(i).toObject();
        const ReplayTierRow &w = want.tiers.at(i);
        QCOMPARE(t.keys(), (QStringList{S("after"), S("before"), S("tier")}));
        QCOMPARE(t.value(S("tier")).toString(), w.tier);
        const QJsonObject before = t.value(S("before")).toObject();
        const QJsonObject after = t.value(S("after")).toObject();
        QCOMPARE(before.keys(), (QStringList{S("cost"), S("requests")}));
        QCOMPARE(before.value(S("requests")).toInteger(), w.beforeRequests);
        QCOMPARE(after.value(S("requests")).toInteger(), w.afterRequests);
        QVERIFY(before.value(S("cost")).isString()); // exact decimal strings
        QCOMPARE(before.value(S("cost")).toString(), w.beforeCost.toString());
        QCOMPARE(after.value(S("cost")).toString(), w.afterCost.toString());
    }
}

void TestReplayCli::replayFromStore()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Database db = Database::fromLocation(dbPath);
    QVERIFY(db.openAndMigrate());
    RunStore store(db);
    for (qsizetype i = 0; i < 200; ++i) {
        const ReplayRequest &r = m_requests.at(i);
        RoutingDecisionRecord d;
        d.createdAt = QDateTime::fromMSecsSinceEpoch(1'000'000 + i, Qt::UTC);
        d.message = QString::fromUtf8(r.message);
        d.taskType = r.request.taskType;
        d.contextTokens = r.request.hints.contextTokens;
        d.capabilities = r.request.hints.capabilities;
        d.historyTurns = r.request.hints.historyTurns;
        d.preferredTier = r.request.preferredTier;
        d.tier = QStringLiteral("standard");
        QVERIFY(store.insertRoutingDecision(d));
    }
    db.closeThreadConnection();

    QList<ReplayRequest> stored = m_requests.mid(100, 100); // --limit 100: the latest hundred
    for (ReplayRequest &r : stored)
        r.request.expectedOutputTokens.reset(); // nothing recorded: the router's default
    const ReplayResult want = Replay::run(stored, ModelRouter(), thresholdRouter(0.3, 0.5));
    const TierctlRun r = runTierctl({S("replay"), S("--db"), dbPath, S("--limit"), S("100"), S("--heavy-threshold"),
                           S("0.5"), S("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.outText().toUtf8()).object();
    QCOMPARE(doc.value(S("changed")).toInteger(), want.changed.size());
    const QJsonArray tiers = doc.value(S("tiers")).toArray();
    qint64 total = 0;
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QJsonObject after = tiers.at(i).toObject().value(S("after")).toObject();
        QCOMPARE(after.value(S("requests")).toInteger(), want.tiers.at(i).afterRequests);
        QCOMPARE(after.value(S("cost")).toString(), want.tiers.at(i).afterCost.toString());
        total += after.value(S("requests")).toInteger();
    }
    QCOMPARE(total, 100);
}

void TestReplayCli::replayTable()
{
    const TierctlRun r = runTierctl({S("replay"), S("--jsonl"), m_jsonl, S("--heavy-threshold"), S("0.5"),
                           S("--list-changed"), S("2")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(u'\n');
    QVERIFY(lines.at(0).startsWith(S("tier")));
    // Header, one row per tier and the total, all the same width: an aligned table.
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(lines.at(i).size(), lines.at(0).size());
    QVERIFY(lines.at(4).startsWith(S("total")));
    QVERIFY(r.outText().contains(S("all-heavy baseline (reasoning): $")));
    QVERIFY(r.outText().contains(S("savings vs all-heavy: before ")));
    QVERIFY(r.outText().contains(S("requests whose tier changed: ")));
    QVERIFY(r.outText().contains(S(" -> reasoning (score ")));
}

void TestReplayCli::emptyInputSaysWhatToDo_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("fromStore");
    QTest::newRow("replay, empty file") << S("replay") << false;
    QTest::newRow("replay, empty store") << S("replay") << true;
    QTest::newRow("calibrate, empty store") << S("calibrate") << true;
}

void TestReplayCli::emptyInputSaysWhatToDo()
{
    QFETCH(QString, command);
    QFETCH(bool, fromStore);
    QStringList args{command};
    if (fromStore) {
        const QString path = m_dir.filePath(QStringLiteral("empty-%1.sqlite").arg(command));
        const Database db = Database::fromLocation(path);
        QVERIFY(db.openAndMigrate());
        db.closeThreadConnection();
        args << S("--db") << path;
    } else {
        args << S("--jsonl") << writeJsonl({});
    }
    if (command == u"calibrate")
        args << S("--heavy-share") << S("0.2");
    const TierctlRun r = runTierctl(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.outText().isEmpty()); // no 0% table
    QVERIFY2(r.errText().contains(S("nothing to ") + command), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(fromStore ? S("tierctl complete --route") : S("{\"message\"")), qPrintable(r.errText()));
}

void TestReplayCli::calibrateJson()
{
    const TierctlRun r = runTierctl({S("calibrate"), S("--heavy-share"), S("0.2"), S("--light-share"), S("0.5"),
                           S("--jsonl"), m_jsonl, S("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().startsWith(S("{\"standardThreshold\":")));
    const QJsonObject doc = QJsonDocument::fromJson(r.outText().toUtf8()).object();
    QCOMPARE(doc.keys(), (QStringList{S("heavyShare"), S("heavyThreshold"), S("lightShare"), S("requests"),
                                      S("standardThreshold")}));
    const CalibrationResult want = Calibration::calibrate(m_requests, ModelRouter(), 0.2, 0.5);
    QCOMPARE(doc.value(S("requests")).toInteger(), m_requests.size());
    QCOMPARE(doc.value(S("standardThreshold")).toDouble(), want.standardThreshold);
    QCOMPARE(doc.value(S("heavyThreshold")).toDouble(), want.heavyThreshold);
    QCOMPARE(doc.value(S("lightShare")).toDouble(), want.lightShare);
    QCOMPARE(doc.value(S("heavyShare")).toDouble(), want.heavyShare);

    const TierctlRun human = runTierctl({S("calibrate"), S("--heavy-share"), S("20%"), S("--jsonl"), m_jsonl});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.outText().contains(S("heavy threshold:")));
    QVERIFY(human.outText().contains(S("target 20.0%")));
}

namespace {

const QByteArray kPolicy = "apiVersion: tierbench.io/v1alpha1\n"
                           "kind: RouterPolicy\n"
                           "metadata: {name: cheaper}\n"
                           "spec:\n"
                           "  thresholds: {standard: 0.35, heavy: 0.6}\n"
                           "  weights: {messageComplexity: 0.4, contextRequirement: 0.1, capabilityCriticality: 0.2,"
                           " conversationDepth: 0.1, keywordSignals: 0.2}\n"
                           "  taskOverrides: {security_analysis: heavy, chat: light}\n"
                           "  capabilities: {code_review: 0.9, chat: 0.1}\n";

} // namespace

void TestReplayCli::policyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("policy.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kPolicy);
    f.close();
    const RouterPolicyLoad load = RouterPolicyCodec::parse(kPolicy);
    QVERIFY(load.policy);
    ModelRouter policyRouter;
    load.policy->applyTo(policyRouter);

    // replay: the seed policy before, the file after (two scans: its capabilities differ).
    const ReplayResult want = Replay::run(m_requests, ModelRouter(), policyRouter);
    const TierctlRun r = runTierctl({S("replay"), S("--policy"), path, S("--jsonl"), m_jsonl, S("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.outText().toUtf8()).object();
    QVERIFY(want.changed.size() > 0);
    QCOMPARE(doc.value(S("changed")).toInteger(), want.changed.size());
    const QJsonArray tiers = doc.value(S("tiers")).toArray();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QJsonObject after = tiers.at(i).toObject().value(S("after")).toObject();
        QCOMPARE(after.value(S("requests")).toInteger(), want.tiers.at(i).afterRequests);
        QCOMPARE(after.value(S("cost")).toString(), want.tiers.at(i).afterCost.toString());
    }

    // --heavy-threshold wins over the file's.
    ModelRouter overridden = policyRouter;
    overridden.setThresholds({0.35, 0.5});
    const ReplayResult wantOverridden = Replay::run(m_requests, ModelRouter(), overridden);
    const TierctlRun o = runTierctl({S("replay"), S("--policy"), path, S("--heavy-threshold"), S("0.5"), S("--jsonl"),
                           m_jsonl, S("--json")});
    QCOMPARE(QJsonDocument::fromJson(o.outText().toUtf8()).object().value(S("changed")).toInteger(),
             wantOverridden.changed.size());

    // calibrate: the file's weights and overrides.
    const CalibrationResult c = Calibration::calibrate(m_requests, policyRouter, 0.3, std::nullopt);
    const TierctlRun cal = runTierctl({S("calibrate"), S("--policy"), path, S("--heavy-share"), S("0.3"), S("--jsonl"),
                             m_jsonl, S("--json")});
    QCOMPARE(cal.exitCode, 0);
    const QJsonObject calDoc = QJsonDocument::fromJson(cal.outText().toUtf8()).object();
    QCOMPARE(calDoc.value(S("heavyThreshold")).toDouble(), c.heavyThreshold);
    QCOMPARE(calDoc.value(S("heavyShare")).toDouble(), c.heavyShare);
    QCOMPARE(calDoc.value(S("standardThreshold")).toDouble(), c.standardThreshold);
}

void TestReplayCli::policyWithErrors()
{
    const QString path = m_dir.filePath(QStringLiteral("bad-policy.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(kPolicy).replace("heavy: 0.6}", "heavy: 0.2}")); // thresholds out of order
    f.close();
    for (const QString &command : {S("replay"), S("calibrate")}) {
        QStringList args{command, S("--policy"), path, S("--jsonl"), m_jsonl};
        if (command == u"calibrate")
            args << S("--heavy-share") << S("0.2");
        const TierctlRun r = runTierctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(path + S(":5:")), qPrintable(r.errText())); // the diagnostic at its line
        QVERIFY(r.outText().isEmpty());
    }
    const TierctlRun missing = runTierctl({S("replay"), S("--policy"), S("/nonexistent/policy.yaml"), S("--jsonl"), m_jsonl});
    QCOMPARE(missing.exitCode, 2);
}

void TestReplayCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle");
    const QString missing = S("/nonexistent/requests.jsonl");
    QTest::newRow("replay: no input") << QStringList{S("replay")} << 2 << S("exactly one of --db");
    QTest::newRow("replay: both inputs") << QStringList{S("replay"), S("--db"), S("x"), S("--jsonl"), S("y")} << 2 << S("exactly one of --db");
    QTest::newRow("replay: missing file") << QStringList{S("replay"), S("--jsonl"), missing} << 2 << missing;
    QTest::newRow("replay: missing db") << QStringList{S("replay"), S("--db"), S("/nonexistent/x.sqlite")} << 2 << S("no such database file");
    QTest::newRow("replay: thresholds out of order") << QStringList{S("replay"), S("--jsonl"), missing, S("--heavy-threshold"), S("0.2")} << 2 << S("must be below the heavy threshold");
    QTest::newRow("replay: --limit without --db") << QStringList{S("replay"), S("--jsonl"), missing, S("--limit"), S("5")} << 2 << S("--limit");
    QTest::newRow("replay: --help") << QStringList{S("replay"), S("--help")} << 0 << S("--jsonl");
    QTest::newRow("calibrate: no target") << QStringList{S("calibrate"), S("--jsonl"), missing} << 2 << S("--heavy-share");
    QTest::newRow("calibrate: bad share") << QStringList{S("calibrate"), S("--heavy-share"), S("1.5"), S("--jsonl"), missing} << 2 << S("from 0 to 1");
    QTest::newRow("calibrate: shares over 1") << QStringList{S("calibrate"), S("--heavy-share"), S("0.6"), S("--light-share"), S("0.6"), S("--jsonl"), missing} << 2 << S("more than 1");
}

void TestReplayCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const TierctlRun r = runTierctl(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2((exitCode == 0 ? r.outText() : r.errText()).contains(needle), qPrintable(r.outText() + r.errText()));
}

QTEST_GUILESS_MAIN(TestReplayCli)
#include "tst_replaycli.moc"
