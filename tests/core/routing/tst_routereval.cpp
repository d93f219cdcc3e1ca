// RouteEval: CSV reading, ROC AUC, the quality curve, APGR and the strong share at 95% on
// cases small enough to work out by hand, and the report on a copy of three MMLU subjects.
#include "routing/modelrouter.h"
#include "routing/routereval.h"
#include "routing/routerevalreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kFixtures = QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/routing-labels/");

/// Rows from a compact spec: 'P' weak wrong + strong right (positive), 'N' weak right + strong
/// right, 'W' weak right + strong wrong, 'X' both wrong.
QList<LabelledPrompt> rowsOf(const QString &spec)
{
    QList<LabelledPrompt> rows;
    for (const QChar c : spec) {
        LabelledPrompt r;
        r.subject = QStringLiteral("s");
        r.weakCorrect = c == u'N' || c == u'W';
        r.strongCorrect = c == u'P' || c == u'N';
        rows.append(r);
    }
    return rows;
}

std::vector<double> scoresOf(const QList<double> &list)
{
    return std::vector<double>(list.begin(), list.end());
}

} // namespace

class TestRouteEval : public QObject
{
    Q_OBJECT

private slots:
    void auc_data();
    void auc();
    void apgr_data();
    void apgr();
    void qualityCurveGroupsTies();
    void readCsv_data();
    void readCsv();
    void readCsvNamedColumns();
    void subjectsAndGroups();
    void foldsAreStable();
    void fixtureReport();
};

void TestRouteEval::auc_data()
{
    QTest::addColumn<QString>("labels");
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<double>("expected"); // < 0: unknown

    QTest::newRow("perfect") << "NPNP" << QList<double>{0.1, 0.4, 0.35, 0.8} << 1.0;
    QTest::newRow("inverted") << "PN" << QList<double>{0.1, 0.9} << 0.0;
    // pairs (pos, neg): (0.4, 0.1) win, (0.4, 0.9) loss, (0.8, 0.1) win, (0.8, 0.9) loss
    QTest::newRow("half") << "PPNN" << QList<double>{0.4, 0.8, 0.1, 0.9} << 0.5;
    QTest::newRow("tie counts one half") << "PN" << QList<double>{0.5, 0.5} << 0.5;
    // one win, one tie out of two pairs
    QTest::newRow("win and tie") << "PNN" << QList<double>{0.5, 0.5, 0.2} << 0.75;
    QTest::newRow("both wrong and strong wrong rows") << "PNXW" << QList<double>{0.9, 0.1, 1.0, 0.95} << 0.5;
    QTest::newRow("no positive") << "NNX" << QList<double>{0.1, 0.2, 0.3} << -1.0;
    QTest::newRow("no negative") << "PPX" << QList<double>{0.1, 0.2, 0.3} << -1.0;
}

void TestRouteEval::auc()
{
    QFETCH(QString, labels);
    QFETCH(QList<double>, scores);
    QFETCH(double, expected);
    const RouterEvalMetrics m = RouteEval::evaluate(scoresOf(scores), rowsOf(labels));
    if (expected < 0) {
        QVERIFY(!m.auc);
        return;
    }
    QVERIFY(m.auc);
    QCOMPARE(*m.auc, expected);
}

void TestRouteEval::apgr_data()
{
    QTest::addColumn<QString>("labels");
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<double>("apgr");    // < 0: unknown
    QTest::addColumn<double>("share95"); // < 0: unknown

    // weak 0.5, strong 1.0. Right order: curve (0, .5) (.5, 1) (1, 1); area .375 + .5 = .875;
    // APGR (.875 - .5) / .5 = .75; 95% of 1.0 reached at .45 (.9 of the way to the 2nd point).
    QTest::newRow("right order") << "PN" << QList<double>{0.9, 0.1} << 0.75 << 0.45;
    // Wrong order: (0, .5) (.5, .5) (1, 1); area .25 + .375 = .625; APGR .25; share .95.
    QTest::newRow("wrong order") << "PN" << QList<double>{0.1, 0.9} << 0.25 << 0.95;
    // One score for all: a single step from weak to strong, the random line; 95% at .9.
    QTest::newRow("all tied") << "PNPN" << QList<double>{0.5, 0.5, 0.5, 0.5} << 0.5 << 0.9;
    // weak .75 >= .95 * strong .75: no strong call is needed; no gap, so APGR is unknown.
    QTest::newRow("weak as good as strong") << "NNNX" << QList<double>{0.1, 0.2, 0.3, 0.4} << -1.0 << 0.0;
    // weak 2/4, strong 3/4; the W row loses a right answer when sent to strong, so APGR can
    // pass 1. Curve by descending score P P W N: (0,.5) (.25,.75) (.5,1) (.75,.75) (1,.75);
    // area .15625 + .21875 + .21875 + .1875 = .78125; APGR (.78125 - .5) / .25 = 1.125;
    // target .95 * .75 = .7125, reached at .25 * (.2125 / .25) = .2125.
    QTest::newRow("strong can lose") << "PPWN" << QList<double>{0.9, 0.8, 0.7, 0.1} << 1.125 << 0.2125;
}

void TestRouteEval::apgr()
{
    QFETCH(QString, labels);
    QFETCH(QList<double>, scores);
    QFETCH(double, apgr);
    QFETCH(double, share95);
    const RouterEvalMetrics m = RouteEval::evaluate(scoresOf(scores), rowsOf(labels));
    if (apgr < 0) {
        QVERIFY(!m.apgr);
    } else {
        QVERIFY(m.apgr);
        QVERIFY2(qAbs(*m.apgr - apgr) < 1e-12, qPrintable(QString::number(*m.apgr)));
    }
    QVERIFY(m.strongShareAt95);
    QVERIFY2(qAbs(*m.strongShareAt95 - share95) < 1e-12, qPrintable(QString::number(*m.strongShareAt95)));
}

void TestRouteEval::qualityCurveGroupsTies()
{
    const QList<LabelledPrompt> rows = rowsOf(QStringLiteral("PNPN"));
    const std::vector<int> all{0, 1, 2, 3};
    const QualityCurve c = RouteEval::qualityCurve({0.9, 0.5, 0.5, 0.1}, rows, all);
    QCOMPARE(c.strongShare, (std::vector<double>{0, 0.25, 0.75, 1.0}));
    QCOMPARE(c.quality, (std::vector<double>{0.5, 0.75, 1.0, 1.0}));
}

void TestRouteEval::readCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("error"); // a fragment of the error; empty = success

    QTest::newRow("RouteLLM shape") << QByteArray("prompt,weak-model,strong-model\n\"a, b\",True,False\nc,false,TRUE\n") << 2 << QString();
    QTest::newRow("quoted newline and quote") << QByteArray("prompt,w,s\r\n\"line 1\nsaid \"\"hi\"\"\",1,0\r\n\r\n") << 1 << QString();
    QTest::newRow("no trailing newline") << QByteArray("prompt,w,s\nx,yes,no") << 1 << QString();
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFprompt,w,s\nx,1,1\n") << 1 << QString();
    QTest::newRow("no prompt column") << QByteArray("text,w,s\nx,1,1\n") << 0 << QStringLiteral("'prompt'");
    QTest::newRow("one label column") << QByteArray("prompt,w\nx,1\n") << 0 << QStringLiteral("strong");
    QTest::newRow("bad label") << QByteArray("prompt,w,s\nx,1,1\ny,maybe,1\n") << 1 << QStringLiteral("record 3");
    QTest::newRow("short record") << QByteArray("prompt,w,s\nx,1\n") << 0 << QStringLiteral("record 2");
    QTest::newRow("unclosed quote") << QByteArray("prompt,w,s\n\"x,1,1\n") << 0 << QStringLiteral("not closed");
    QTest::newRow("empty") << QByteArray() << 0 << QStringLiteral("header");
}

void TestRouteEval::readCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, rows);
    QFETCH(QString, error);
    LabelledSet set;
    const QString got = RouteEval::readCsv(csv, QStringLiteral("subj"), set);
    if (error.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(error), qPrintable(got));
    QCOMPARE(set.rows.size(), rows);
    if (QByteArray(QTest::currentDataTag()) == "RouteLLM shape") {
        QCOMPARE(set.weakModel, u"weak-model");
        QCOMPARE(set.rows.at(0).prompt, u"a, b");
        QVERIFY(set.rows.at(0).weakCorrect && !set.rows.at(0).strongCorrect);
        QVERIFY(set.rows.at(1).needsStrong());
        QCOMPARE(set.rows.at(1).subject, u"subj");
    }
    if (QByteArray(QTest::currentDataTag()) == "quoted newline and quote")
        QCOMPARE(set.rows.at(0).prompt, u"line 1\nsaid \"hi\"");
}

void TestRouteEval::readCsvNamedColumns()
{
    // The user's own A/B results: a category column and label columns named on the command line.
    const QByteArray csv("category,strong,prompt,weak,notes\nbilling,loss,x,win,n\n");
    LabelledSet set;
    QVERIFY(RouteEval::readCsv(csv, QStringLiteral("file"), set, QStringLiteral("weak"), QStringLiteral("strong")).isEmpty());
    QCOMPARE(set.rows.size(), 1);
    QCOMPARE(set.rows.at(0).subject, u"billing");
    QVERIFY(set.rows.at(0).weakCorrect);
    QVERIFY(!set.rows.at(0).strongCorrect);
    QCOMPARE(set.strongModel, u"strong");
}

void TestRouteEval::subjectsAndGroups()
{
    QCOMPARE(RouteEval::subjectFromFileName(QStringLiteral("/x/mmlu_college_mathematics.csv")), u"college_mathematics");
    QCOMPARE(RouteEval::subjectFromFileName(QStringLiteral("ab-results.csv")), u"ab-results");
    QCOMPARE(RouteEval::mmluGroup(QStringLiteral("college_mathematics")), u"stem");
    QCOMPARE(RouteEval::mmluGroup(QStringLiteral("professional_law")), u"humanities");
    QCOMPARE(RouteEval::mmluGroup(QStringLiteral("econometrics")), u"social sciences");
    QCOMPARE(RouteEval::mmluGroup(QStringLiteral("professional_medicine")), u"other");
    QCOMPARE(RouteEval::mmluGroup(QStringLiteral("billing")), u"other");
}

void TestRouteEval::foldsAreStable()
{
    for (const QString &s : {QStringLiteral("anatomy"), QStringLiteral("virology"), QStringLiteral("x")}) {
        const int f = RouteEval::foldOf(s, 5);
        QVERIFY(f >= 0 && f < 5);
        QCOMPARE(RouteEval::foldOf(s, 5), f);
    }
    QCOMPARE(RouteEval::foldOf(QStringLiteral("anatomy"), 1), 0);
}

void TestRouteEval::fixtureReport()
{
    LabelledSet set;
    for (const char *name : {"mmlu_college_mathematics", "mmlu_management", "mmlu_high_school_geography"}) {
        QFile f(kFixtures + QLatin1StringView(name) + QStringLiteral(".csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(RouteEval::readCsv(f.readAll(), RouteEval::subjectFromFileName(f.fileName()), set).isEmpty());
    }
    QCOMPARE(set.rows.size(), 100 + 103 + 198); // the counts in the fixtures' README
    const ModelRouter router;
    const QList<RouterEvalScorer> scorers = {RouteEval::estimatorScorer(router, set.rows),
                                             RouteEval::lengthScorer(set.rows),
                                             RouteEval::randomScorer(set.rows, 3)};
    const RouterEvalReport r = RouteEval::report(set, scorers, 3);
    QCOMPARE(r.subjects, 3);
    QCOMPARE(r.scorers, (QStringList{QStringLiteral("estimator"), QStringLiteral("prompt-length"), QStringLiteral("random")}));
    const RouterEvalSlice &all = r.slices.first();
    QCOMPARE(all.labels.positives, 21 + 12 + 19);
    QCOMPARE(all.labels.negatives, 35 + 87 + 171);
    for (const RouterEvalMetrics &m : all.perScorer) {
        QVERIFY(m.auc && *m.auc >= 0 && *m.auc <= 1);
        QVERIFY(m.strongShareAt95 && *m.strongShareAt95 >= 0 && *m.strongShareAt95 <= 1);
    }
    // The estimator's scores are the estimator's: the report does not rescale them.
    QCOMPARE(scorers.first().draws.front().front(), router.estimator().estimate(set.rows.first().prompt).score);
    // One slice each: all, groups stem + social sciences + other, three subjects.
    QCOMPARE(r.slices.size(), 1 + 3 + 3);
    QCOMPARE(r.folds.size(), 3);
    int foldSubjects = 0;
    for (const RouterEvalFold &f : r.folds)
        foldSubjects += int(f.subjects.size());
    QCOMPARE(foldSubjects, 3);

    const QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
    QCOMPARE(json.value(QStringLiteral("slices")).toArray().size(), r.slices.size());
    QVERIFY(json.value(QStringLiteral("crossValidatedAuc")).toObject().contains(QStringLiteral("estimator")));
    QVERIFY(r.toText(true).contains(QStringLiteral("subject:management")));
    QVERIFY(!r.toText(false).contains(QStringLiteral("subject:management")));
}

QTEST_GUILESS_MAIN(TestRouteEval)
#include "tst_routereval.moc"
