// `tierctl eval-router` end to end on the fixture copy of three MMLU subjects.
#include "tierctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kFixtures = QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/routing-labels");

TierctlRun evalRouter(const QStringList &args)
{
    return runTierctl(QStringList{QStringLiteral("eval-router")} + args);
}

} // namespace

class TestEvalRouterCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonReport();
    void textReport();
    void exitCodes_data();
    void exitCodes();
};

void TestEvalRouterCli::jsonReport()
{
    const TierctlRun r = evalRouter({QStringLiteral("--json"), QStringLiteral("--folds"), QStringLiteral("3"), kFixtures});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("subjects")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("strongModel")).toString(), QStringLiteral("gpt-4-1106-preview"));
    const QJsonObject all = o.value(QStringLiteral("slices")).toArray().first().toObject();
    QCOMPARE(all.value(QStringLiteral("prompts")).toInt(), 401);
    const QJsonObject metrics = all.value(QStringLiteral("metrics")).toObject();
    for (const char *scorer : {"estimator", "prompt-length", "random"}) {
        const QJsonObject m = metrics.value(QLatin1StringView(scorer)).toObject();
        QVERIFY2(m.value(QStringLiteral("auc")).isDouble(), scorer);
        QVERIFY2(m.value(QStringLiteral("apgr")).isDouble(), scorer);
        QVERIFY2(m.value(QStringLiteral("strongShareAt95")).isDouble(), scorer);
    }
    QCOMPARE(o.value(QStringLiteral("folds")).toArray().size(), 3);
}

void TestEvalRouterCli::textReport()
{
    const TierctlRun r = evalRouter({QStringLiteral("--per-subject"),
                              kFixtures + QStringLiteral("/mmlu_management.csv")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("103 labelled prompts in 1 subjects"));
    QVERIFY(r.out.contains("subject:management"));
    QVERIFY(r.out.contains("mean held-out AUC"));
}

void TestEvalRouterCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrPart");

    QTest::newRow("no file") << QStringList{} << 2 << QByteArray("at least one");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent.csv")} << 2 << QByteArray("not a file");
    QTest::newRow("bad folds") << QStringList{QStringLiteral("--folds"), QStringLiteral("x"), kFixtures} << 2 << QByteArray("--folds");
    QTest::newRow("below min auc") << QStringList{QStringLiteral("--min-auc"), QStringLiteral("1"), kFixtures} << 1 << QByteArray("below --min-auc");
    QTest::newRow("above min auc") << QStringList{QStringLiteral("--min-auc"), QStringLiteral("0"), kFixtures} << 0 << QByteArray();
}

void TestEvalRouterCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrPart);
    const TierctlRun r = evalRouter(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(stderrPart), r.err.constData());
}

QTEST_GUILESS_MAIN(TestEvalRouterCli)
#include "tst_evalroutercli.moc"
