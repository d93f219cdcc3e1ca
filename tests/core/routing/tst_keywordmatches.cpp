#include "routing/complexityestimator.h"
#include "routing/keywordmatches.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// "term@text" pairs for every match, in the order reported.
QStringList describe(const QString &message, const QList<KeywordMatch> &matches)
{
    QStringList out;
    for (const KeywordMatch &m : matches)
        out.append(m.term + u'@' + message.mid(m.start, m.length) + (m.counted ? u""_s : u"*"_s));
    return out;
}

} // namespace

class TestKeywordMatches : public QObject
{
    Q_OBJECT

private slots:
    void spans_data();
    void spans();
    void agreesWithEstimator_data();
    void agreesWithEstimator();
    void customKeywords();
};

void TestKeywordMatches::spans_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("expected"); // term@matched text, '*' = repeat (not counted)

    QTest::newRow("none") << u"Please look at the files."_s << QStringList();
    QTest::newRow("single, case-folded")
        << u"ANALYZE this."_s << QStringList{u"analyze@ANALYZE"_s};
    QTest::newRow("repeat counted once")
        << u"security, then security"_s
        << QStringList{u"security@security"_s, u"then@then"_s, u"security@security*"_s};
    QTest::newRow("joined word is one word")
        << u"a zero-trust design"_s
        << QStringList{u"zero-trust@zero-trust"_s, u"design@design"_s};
    QTest::newRow("phrase after its words")
        << u"Walk me through it step by step."_s
        << QStringList{u"step by step@step by step"_s};
    QTest::newRow("phrase across a newline")
        << u"explain the root\ncause"_s
        << QStringList{u"explain@explain"_s, u"root cause@root\ncause"_s};
    QTest::newRow("no phrase across a comma")
        << u"root, cause"_s << QStringList();
    QTest::newRow("no match inside a longer word")
        << u"redesigned hellos"_s << QStringList();
    QTest::newRow("trailing joiner is not part of the word")
        << u"Optimize. Then deadlock-"_s
        << QStringList{u"optimize@Optimize"_s, u"then@Then"_s, u"deadlock@deadlock"_s};
    QTest::newRow("double joiner splits")
        << u"trade--off"_s << QStringList();
    QTest::newRow("curly apostrophe and non-ASCII neighbours")
        << u"Grüße — hello, don’t audit"_s
        << QStringList{u"hello@hello"_s, u"audit@audit"_s};
    QTest::newRow("surrogate pairs before a match")
        << u"😀😀 security"_s << QStringList{u"security@security"_s};
}

void TestKeywordMatches::spans()
{
    QFETCH(QString, message);
    QFETCH(QStringList, expected);
    const KeywordMatcher matcher;
    QCOMPARE(describe(message, matcher.matches(message)), expected);
}

void TestKeywordMatches::agreesWithEstimator_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("seed heavy") << u"Analyze the security implications of implementing a "
                                   "zero-trust architecture with mutual TLS authentication..."_s;
    QTest::newRow("simple") << u"hello, thanks! ok ok"_s;
    QTest::newRow("phrases") << u"Pros and cons of a race condition fix, step-by-step, "
                                "what if the memory leak returns? Walk through it in detail."_s;
    QTest::newRow("code") << u"```\nif (a && b) { deadlock(); }\n``` review this"_s;
    QTest::newRow("mixed scripts") << u"Объясни why 并发 concurrency matters… then 最后 finally"_s;
    QTest::newRow("empty") << QString();
}

void TestKeywordMatches::agreesWithEstimator()
{
    QFETCH(QString, message);
    const ComplexityEstimator estimator;
    const KeywordMatcher matcher(estimator.keywords());
    const QList<KeywordMatch> matches = matcher.matches(message);
    const TextStats stats = estimator.estimate(message).stats;
    QCOMPARE(KeywordMatcher::countedSum(matches), stats.keywordSum);
    QCOMPARE(qsizetype(std::count_if(matches.cbegin(), matches.cend(),
                                     [](const KeywordMatch &m) { return m.counted; })),
             qsizetype(stats.keywordHits));
    for (const KeywordMatch &m : matches) {
        QVERIFY(m.start >= 0 && m.length > 0 && m.start + m.length <= message.size());
        QCOMPARE(estimator.keywords().at(m.keyword).term, m.term);
    }
}

void TestKeywordMatches::customKeywords()
{
    // The first definition of a term wins, as in ComplexityEstimator::setKeywords().
    const KeywordMatcher matcher({{u"Blue Green"_s, 0.5}, {u"blue green"_s, -1.0}, {u"a b c d"_s, 1.0}});
    const QString message = u"a blue green a b c d"_s;
    const QList<KeywordMatch> matches = matcher.matches(message);
    QCOMPARE(describe(message, matches), QStringList{u"Blue Green@blue green"_s});
    QCOMPARE(matches.constFirst().weight, 0.5);
    ComplexityEstimator estimator;
    estimator.setKeywords(matcher.keywords());
    QCOMPARE(KeywordMatcher::countedSum(matches), estimator.estimate(message).stats.keywordSum);
}

QTEST_GUILESS_MAIN(TestKeywordMatches)
#include "tst_keywordmatches.moc"
