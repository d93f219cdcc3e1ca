#include "routing/complexityestimator.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The seed's heavy example, verbatim from seeds/model-router-usage.md (Testing section).
const char kSeedHeavy[] = "\n    Analyze the security implications of implementing a\n"
                          "    zero-trust architecture with mutual TLS authentication...\n    ";

const char kMidQuestion[] =
    "How should I configure connection pooling for PostgreSQL in a Python web service that "
    "handles about two hundred concurrent requests? Which settings matter most, and how do I "
    "monitor them in production?";

QStringList caps(const QString &commaSeparated)
{
    return commaSeparated.isEmpty() ? QStringList() : commaSeparated.split(u',');
}

} // namespace

class TestComplexityEstimator : public QObject
{
    Q_OBJECT

private slots:
    void seedCases_data();
    void seedCases();
    void textStats_data();
    void textStats();
    void utf8MatchesUtf16_data();
    void utf8MatchesUtf16();
    void messageFactor_data();
    void messageFactor();
    void contextFactor_data();
    void contextFactor();
    void capabilityFactor_data();
    void capabilityFactor();
    void depthFactor_data();
    void depthFactor();
    void keywordFactor_data();
    void keywordFactor();
    void thresholdEdges_data();
    void thresholdEdges();
    void weightsAreConfigurable();
    void customKeywordsAndCapabilities();
    void scratchReuseIsStateless();
    void rescoreFromFactors();
    void sameFactors_data();
    void sameFactors();
    void evidence_data();
    void evidence();
    void domainTermsAreConfigurable();
};

void TestComplexityEstimator::seedCases_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("context");
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<int>("history");
    QTest::addColumn<double>("minScore");
    QTest::addColumn<double>("maxScore");
    QTest::addColumn<QString>("expectedClass");

    QTest::newRow("hello") << QStringLiteral("Hello") << qint64(0) << QString() << 0 << 0.0 << 0.2999 << "light";
    QTest::newRow("seed heavy") << QString::fromUtf8(kSeedHeavy) << qint64(2048)
                                << QStringLiteral("security_analysis") << 0 << 0.7001 << 1.0 << "heavy";
    QTest::newRow("mid-size technical question") << QString::fromUtf8(kMidQuestion) << qint64(1024)
                                                 << QString() << 2 << 0.3 << 0.6999 << "standard";
    QTest::newRow("thanks") << QStringLiteral("Thanks, that works!") << qint64(0) << QString() << 0 << 0.0 << 0.2999 << "light";
}

void TestComplexityEstimator::seedCases()
{
    QFETCH(QString, message);
    QFETCH(qint64, context);
    QFETCH(QString, capabilities);
    QFETCH(int, history);
    QFETCH(double, minScore);
    QFETCH(double, maxScore);
    QFETCH(QString, expectedClass);

    ComplexityEstimator estimator;
    const Complexity c = estimator.estimate(message, {context, caps(capabilities), history});
    QVERIFY2(c.score >= minScore && c.score <= maxScore, qPrintable(QString::number(c.score)));
    QCOMPARE(RouteClasses::name(c.recommended), expectedClass);
}

void TestComplexityEstimator::textStats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<int>("clauses");
    QTest::addColumn<int>("codeIdentifiers");
    QTest::addColumn<bool>("fenced");

    QTest::newRow("empty") << QString() << 0 << 0 << 0 << 0 << false;
    QTest::newRow("joiners keep one word") << QStringLiteral("zero-trust don\u2019t v1.2") << 3 << 1 << 0 << 1 << false;
    QTest::newRow("case folded unique") << QStringLiteral("The the THE") << 3 << 1 << 0 << 0 << false;
    QTest::newRow("non-ascii folding") << QStringLiteral("\u00dcBER \u00fcber Stra\u00dfe") << 3 << 1 << 0 << 0 << false;
    QTest::newRow("sentence runs") << QStringLiteral("Wait... what?! Really.") << 3 << 3 << 0 << 0 << false;
    QTest::newRow("trailing unterminated") << QStringLiteral("One. Two") << 2 << 2 << 0 << 0 << false;
    QTest::newRow("clauses") << QStringLiteral("a, b; c: d (e)") << 5 << 1 << 4 << 0 << false;
    QTest::newRow("code identifiers") << QStringLiteral("foo_bar fooBar x.y plain") << 4 << 1 << 0 << 3 << false;
    QTest::newRow("fence") << QStringLiteral("```\nint x;\n```") << 2 << 1 << 1 << 0 << true;
    QTest::newRow("trailing joiner is punctuation") << QStringLiteral("end- next_") << 2 << 1 << 0 << 0 << false;
    QTest::newRow("cjk") << QStringLiteral("\u4f60\u597d\u3002\u4e16\u754c") << 2 << 2 << 0 << 0 << false;
}

void TestComplexityEstimator::textStats()
{
    QFETCH(QString, text);
    ComplexityEstimator estimator;
    const TextStats s = estimator.estimate(text).stats;
    QTEST(s.words, "words");
    QTEST(s.sentences, "sentences");
    QTEST(s.clauseMarks, "clauses");
    QTEST(s.codeIdentifiers, "codeIdentifiers");
    QTEST(s.fencedCode, "fenced");
}

void TestComplexityEstimator::utf8MatchesUtf16_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("seed heavy") << QString::fromUtf8(kSeedHeavy);
    QTest::newRow("mid") << QString::fromUtf8(kMidQuestion);
    QTest::newRow("unicode") << QStringLiteral("\u00c9valuez l\u2019architecture \U0001F600 na\u00efve caf\u00e9. \u4f60\u597d\uff01");
    QTest::newRow("code") << QStringLiteral("```cpp\nauto x = std::max(a, b); // fooBar\n```\nWhy?");
}

void TestComplexityEstimator::utf8MatchesUtf16()
{
    QFETCH(QString, text);
    ComplexityEstimator estimator;
    const ComplexitySignals hints{512, {QStringLiteral("code_review")}, 3};
    const Complexity a = estimator.estimate(text, hints);
    const QByteArray utf8 = text.toUtf8();
    const Complexity b = estimator.estimateUtf8(utf8, hints);
    QCOMPARE(b.stats.words, a.stats.words);
    QCOMPARE(b.stats.numberWords, a.stats.numberWords);
    QCOMPARE(b.stats.deepTerms, a.stats.deepTerms);
    QCOMPARE(b.stats.letters, a.stats.letters);
    QCOMPARE(b.stats.keywordHits, a.stats.keywordHits);
    QCOMPARE(b.score, a.score);
}

void TestComplexityEstimator::messageFactor_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("letters");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<int>("clauses");
    QTest::addColumn<int>("codeSymbols");
    QTest::addColumn<bool>("fenced");
    QTest::addColumn<int>("numbers");
    QTest::addColumn<int>("mathSymbols");
    QTest::addColumn<int>("deep");
    QTest::addColumn<int>("shallow");
    QTest::addColumn<double>("expected");

    // 0.30 length + 0.18 plainWords + 0.18 quantitative + 0.25 domainDepth + 0.15 code + 0.08 structure
    const double len21 = std::log2(21.0) / std::log2(401.0);
    QTest::newRow("nothing") << 0 << 0 << 0 << 0 << 0 << false << 0 << 0 << 0 << 0 << 0.0;
    QTest::newRow("symbols only") << 0 << 0 << 0 << 0 << 12 << false << 0 << 0 << 0 << 0 << 0.15 * 0.5;
    QTest::newRow("one 3-letter word") << 1 << 3 << 1 << 0 << 0 << false << 0 << 0 << 0 << 0
                                       << 0.30 * (1.0 / std::log2(401.0)) + 0.18 + 0.08 / 8;
    QTest::newRow("saturated") << 400 << 1200 << 8 << 0 << 0 << true << 10 << 0 << 4 << 0 << 1.0;
    QTest::newRow("beyond saturation clamps") << 5000 << 15000 << 100 << 100 << 500 << true << 900 << 90 << 90 << 0 << 1.0;
    QTest::newRow("word length 5 half") << 20 << 100 << 0 << 0 << 0 << false << 0 << 0 << 0 << 0
                                        << 0.30 * len21 + 0.18 * 0.5;
    QTest::newRow("long words score no plainness") << 20 << 140 << 0 << 0 << 0 << false << 0 << 0 << 0 << 0
                                                   << 0.30 * len21;
    QTest::newRow("numbers and maths symbols") << 20 << 140 << 0 << 0 << 0 << false << 5 << 3 << 0 << 0
                                               << 0.30 * len21 + 0.18 * (0.5 + 0.25);
    QTest::newRow("deep domain") << 20 << 140 << 0 << 0 << 0 << false << 0 << 0 << 2 << 0
                                 << 0.30 * len21 + 0.25 * 0.5;
    QTest::newRow("shallow domain lowers") << 20 << 140 << 0 << 0 << 0 << false << 0 << 0 << 0 << 1
                                           << 0.30 * len21 - 0.25 / 3;
    QTest::newRow("deep and shallow offset") << 20 << 140 << 0 << 0 << 0 << false << 0 << 0 << 4 << 3
                                             << 0.30 * len21;
    QTest::newRow("shallow clamps at zero") << 1 << 9 << 0 << 0 << 0 << false << 0 << 0 << 0 << 3 << 0.0;
}

void TestComplexityEstimator::messageFactor()
{
    QFETCH(int, words);
    QFETCH(int, letters);
    QFETCH(int, sentences);
    QFETCH(int, clauses);
    QFETCH(int, codeSymbols);
    QFETCH(bool, fenced);
    QFETCH(int, numbers);
    QFETCH(int, mathSymbols);
    QFETCH(int, deep);
    QFETCH(int, shallow);
    QFETCH(double, expected);
    TextStats s;
    s.words = words;
    s.letters = letters;
    s.sentences = sentences;
    s.clauseMarks = clauses;
    s.codeSymbols = codeSymbols;
    s.fencedCode = fenced;
    s.numberWords = numbers;
    s.mathSymbols = mathSymbols;
    s.deepTerms = deep;
    s.shallowTerms = shallow;
    QVERIFY2(std::fabs(ComplexityEstimator::messageFactor(s) - expected) < 1e-9,
             qPrintable(QString::number(ComplexityEstimator::messageFactor(s), 'f', 9)));
}

void TestComplexityEstimator::contextFactor_data()
{
    QTest::addColumn<qint64>("tokens");
    QTest::addColumn<double>("expected");
    QTest::newRow("none") << qint64(0) << 0.0;
    QTest::newRow("negative") << qint64(-5) << 0.0;
    QTest::newRow("64") << qint64(64) << 1.0 / std::log2(33.0);
    QTest::newRow("1024") << qint64(1024) << std::log2(17.0) / std::log2(33.0);
    QTest::newRow("2048 saturates") << qint64(2048) << 1.0;
    QTest::newRow("200k clamps") << qint64(200000) << 1.0;
}

void TestComplexityEstimator::contextFactor()
{
    QFETCH(qint64, tokens);
    QFETCH(double, expected);
    ComplexityEstimator estimator;
    QVERIFY(std::fabs(estimator.contextFactor(tokens) - expected) < 1e-12);
}

void TestComplexityEstimator::capabilityFactor_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<double>("expected");
    QTest::newRow("none declared is neutral") << QString() << 0.3;
    QTest::newRow("unknown is neutral") << QStringLiteral("juggling") << 0.3;
    QTest::newRow("security_analysis") << QStringLiteral("security_analysis") << 1.0;
    QTest::newRow("case-insensitive") << QStringLiteral("Security_Analysis") << 1.0;
    QTest::newRow("architecture") << QStringLiteral("architecture") << 0.8;
    QTest::newRow("two critical bonus") << QStringLiteral("architecture,pii_handling") << 1.0;
    QTest::newRow("critical plus plain") << QStringLiteral("architecture,code_review") << 0.8;
    QTest::newRow("light caps") << QStringLiteral("simple_qa,intent_classification") << 0.1;
    QTest::newRow("capped at one") << QStringLiteral("security_analysis,audit,compliance_review") << 1.0;
}

void TestComplexityEstimator::capabilityFactor()
{
    QFETCH(QString, capabilities);
    QFETCH(double, expected);
    ComplexityEstimator estimator;
    QVERIFY2(std::fabs(estimator.capabilityFactor(caps(capabilities)) - expected) < 1e-12,
             qPrintable(QString::number(estimator.capabilityFactor(caps(capabilities)))));
}

void TestComplexityEstimator::depthFactor_data()
{
    QTest::addColumn<int>("turns");
    QTest::addColumn<double>("expected");
    QTest::newRow("0") << 0 << 0.0;
    QTest::newRow("5") << 5 << 0.25;
    QTest::newRow("20") << 20 << 1.0;
    QTest::newRow("100") << 100 << 1.0;
    QTest::newRow("negative") << -3 << 0.0;
}

void TestComplexityEstimator::depthFactor()
{
    QFETCH(int, turns);
    QFETCH(double, expected);
    QCOMPARE(ComplexityEstimator::depthFactor(turns), expected);
}

void TestComplexityEstimator::keywordFactor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("hits");
    QTest::newRow("none") << QStringLiteral("the cat sat on the mat") << 0.0 << 0;
    QTest::newRow("one reasoning marker") << QStringLiteral("Please analyze it") << 0.15 << 1;
    QTest::newRow("repeats count once") << QStringLiteral("analyze ANALYZE Analyze") << 0.15 << 1;
    QTest::newRow("technical term") << QStringLiteral("about security") << 0.15 << 1;
    QTest::newRow("phrase") << QStringLiteral("go step by step") << 0.15 << 1;
    QTest::newRow("phrase broken by punctuation") << QStringLiteral("step, by step") << 0.0 << 0;
    QTest::newRow("hyphenated term") << QStringLiteral("a zero-trust network") << 0.15 << 1;
    QTest::newRow("simple indicator clamps at zero") << QStringLiteral("hello") << 0.0 << 1;
    QTest::newRow("simple offsets") << QStringLiteral("hello, please analyze and audit") << 0.15 << 3;
    QTest::newRow("constraint") << QStringLiteral("use exactly two") << 0.04 << 1;
    QTest::newRow("deliverables") << QStringLiteral("write and list") << 0.08 << 2;
    QTest::newRow("multi-hop") << QStringLiteral("she left; later, he came") << 0.12 << 1;
    QTest::newRow("clamped at one") << QStringLiteral("analyze evaluate compare explain why justify prove") << 1.0 << 7;
    QTest::newRow("substring does not match") << QStringLiteral("securityless whyever") << 0.0 << 0;
}

void TestComplexityEstimator::keywordFactor()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    ComplexityEstimator estimator;
    const Complexity c = estimator.estimate(text);
    QVERIFY2(std::fabs(c.factors.keywordSignals - expected) < 1e-9,
             qPrintable(QString::number(c.factors.keywordSignals)));
    QTEST(c.stats.keywordHits, "hits");
}

void TestComplexityEstimator::thresholdEdges_data()
{
    QTest::addColumn<double>("standard");
    QTest::addColumn<double>("heavy");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << 0.3 << 0.7 << 0.0 << "light";
    QTest::newRow("just below standard") << 0.3 << 0.7 << 0.2999999 << "light";
    QTest::newRow("at standard") << 0.3 << 0.7 << 0.3 << "standard";
    QTest::newRow("just below heavy") << 0.3 << 0.7 << 0.6999999 << "standard";
    QTest::newRow("at heavy") << 0.3 << 0.7 << 0.7 << "heavy";
    QTest::newRow("1") << 0.3 << 0.7 << 1.0 << "heavy";
    QTest::newRow("custom") << 0.5 << 0.9 << 0.7 << "standard";
    QTest::newRow("custom low") << 0.5 << 0.9 << 0.49 << "light";
}

void TestComplexityEstimator::thresholdEdges()
{
    QFETCH(double, standard);
    QFETCH(double, heavy);
    QFETCH(double, score);
    QFETCH(QString, expected);
    const ComplexityThresholds t{standard, heavy};
    QCOMPARE(RouteClasses::name(t.classify(score)), expected);
}

void TestComplexityEstimator::weightsAreConfigurable()
{
    ComplexityEstimator estimator;
    estimator.setWeights({0, 1, 0, 0, 0}); // context only
    const Complexity c = estimator.estimate(u"Hello", {1024, {}, 0});
    QCOMPARE(c.score, estimator.contextFactor(1024));
    estimator.setWeights({0, 0, 0, 0, 0});
    QCOMPARE(estimator.estimate(u"Hello").score, 0.0);
    estimator.setWeights({0, 0, 2, 0, 2}); // normalised by the sum of weights
    const Complexity d = estimator.estimate(u"analyze", {0, {QStringLiteral("security_analysis")}, 0});
    QCOMPARE(d.score, (1.0 + 0.15) / 2);
}

void TestComplexityEstimator::customKeywordsAndCapabilities()
{
    ComplexityEstimator estimator;
    estimator.setKeywords({{QStringLiteral("kubectl"), 0.5}, {QStringLiteral("helm chart"), 0.4}});
    const Complexity c = estimator.estimate(u"Write a Helm chart; run KUBECTL apply. Analyze it.");
    QCOMPARE(c.stats.keywordHits, 2);
    QVERIFY(std::fabs(c.factors.keywordSignals - 0.9) < 1e-12);
    estimator.setCapabilityCriticality({{QStringLiteral("Payments"), 0.95}});
    QCOMPARE(estimator.capabilityFactor({QStringLiteral("payments")}), 0.95);
    QCOMPARE(estimator.capabilityFactor({QStringLiteral("security_analysis")}), 0.3); // replaced
}

void TestComplexityEstimator::scratchReuseIsStateless()
{
    ComplexityEstimator reused;
    QString big;
    for (int i = 0; i < 5000; ++i)
        big += QStringLiteral("word%1 analyze ").arg(i);
    const Complexity first = reused.estimate(big);
    QCOMPARE(first.stats.words, 10000);
    QCOMPARE(first.stats.keywordHits, 1); // "analyze" 5,000 times counts once
    const Complexity small = reused.estimate(QString::fromUtf8(kMidQuestion), {1024, {}, 2});
    ComplexityEstimator fresh;
    const Complexity expected = fresh.estimate(QString::fromUtf8(kMidQuestion), {1024, {}, 2});
    QCOMPARE(small.stats.deepTerms, expected.stats.deepTerms);
    QCOMPARE(small.stats.keywordHits, expected.stats.keywordHits);
    QCOMPARE(small.score, expected.score);
}

void TestComplexityEstimator::rescoreFromFactors()
{
    // Replay scores a message once and re-weights its factors for the other policy.
    ComplexityEstimator a;
    ComplexityEstimator b;
    ComplexityWeights w;
    w.keywordSignals = 0.6;
    w.contextRequirement = 0;
    b.setWeights(w);
    const ComplexitySignals hints{3000, {QStringLiteral("code_review")}, 7};
    for (const QString &text : {QStringLiteral("Hello"), QStringLiteral("Analyze the security trade-offs step by step, "
                                                                         "then compare both architectures.")}) {
        const Complexity c = a.estimate(text, hints);
        QCOMPARE(a.scoreOf(c.factors), c.score);
        QCOMPARE(b.scoreOf(c.factors), b.estimate(text, hints).score); // exact, not approximately
    }
}

void TestComplexityEstimator::sameFactors_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("same");
    QTest::newRow("nothing") << 0 << true;
    QTest::newRow("weights and thresholds") << 1 << true;
    QTest::newRow("keywords") << 2 << false;
    QTest::newRow("capabilities") << 3 << false;
    QTest::newRow("neutral criticality") << 4 << false;
    QTest::newRow("context saturation") << 5 << false;
}

void TestComplexityEstimator::sameFactors()
{
    QFETCH(int, change);
    QFETCH(bool, same);
    const ComplexityEstimator a;
    ComplexityEstimator b;
    switch (change) {
    case 1:
        b.setWeights({0.1, 0.2, 0.3, 0.4, 0.5});
        b.setThresholds({0.1, 0.2});
        break;
    case 2: {
        QList<KeywordSignal> k = b.keywords();
        k.first().weight += 0.01;
        b.setKeywords(k);
        break;
    }
    case 3: b.setCapabilityCriticality({{QStringLiteral("chat"), 0.5}}); break;
    case 4: b.setNeutralCriticality(0.4); break;
    case 5: b.setContextSaturationTokens(4096); break;
    }
    QCOMPARE(a.sameFactorsAs(b), same);
    QCOMPARE(b.sameFactorsAs(a), same);
}

void TestComplexityEstimator::evidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("context");
    QTest::addColumn<int>("numbers");
    QTest::addColumn<int>("mathSymbols");
    QTest::addColumn<int>("deep");
    QTest::addColumn<int>("shallow");
    QTest::addColumn<int>("constraints");
    QTest::addColumn<int>("deliverables");
    QTest::addColumn<int>("multiHop");
    QTest::addColumn<bool>("trivial");
    QTest::addColumn<bool>("noSignal");

    QTest::newRow("greeting is trivial") << u"Hello"_s << qint64(0) << 0 << 0 << 0 << 0 << 0 << 0 << 0 << true << false;
    QTest::newRow("thanks is trivial") << u"Thanks, that works!"_s << qint64(0) << 0 << 0 << 0 << 0 << 0 << 0 << 0 << true << false;
    QTest::newRow("plain question has no signal") << u"Where did you put the blue box?"_s << qint64(0)
                                                  << 0 << 0 << 0 << 0 << 0 << 0 << 0 << false << true;
    QTest::newRow("context is a signal") << u"Where did you put the blue box?"_s << qint64(500)
                                         << 0 << 0 << 0 << 0 << 0 << 0 << 0 << false << false;
    QTest::newRow("GSM8K-style prose maths") << u"Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?"_s
                                             << qint64(0) << 1 << 0 << 0 << 0 << 0 << 0 << 1 << false << false;
    QTest::newRow("equation") << u"Solve x^2 + 3x = 10 for x."_s << qint64(0) << 3 << 3 << 2 << 0 << 0 << 1 << 0 << false << false;
    QTest::newRow("law fact pattern") << u"The plaintiff sued the defendant for negligence after the accident; later the court dismissed the claim."_s
                                      << qint64(0) << 0 << 0 << 6 << 0 << 0 << 0 << 2 << false << false;
    QTest::newRow("general-knowledge topic") << u"Which theory of culture best describes society?"_s << qint64(0)
                                             << 0 << 0 << 0 << 5 << 0 << 0 << 0 << false << false;
    QTest::newRow("deliverables and constraints") << u"Write a summary and list three risks; it must be exactly 100 words, without jargon."_s
                                                  << qint64(0) << 1 << 0 << 0 << 0 << 3 << 2 << 0 << false << false;
    QTest::newRow("greeting with a task is not trivial") << u"Hi, analyze this"_s << qint64(0)
                                                         << 0 << 0 << 0 << 0 << 0 << 0 << 0 << false << false;
    QTest::newRow("greeting with a number is not trivial") << u"hello 42"_s << qint64(0)
                                                           << 1 << 0 << 0 << 0 << 0 << 0 << 0 << false << false;
    QTest::newRow("empty") << QString() << qint64(0) << 0 << 0 << 0 << 0 << 0 << 0 << 0 << false << true;
}

void TestComplexityEstimator::evidence()
{
    QFETCH(QString, text);
    QFETCH(qint64, context);
    ComplexityEstimator estimator;
    const Complexity c = estimator.estimate(text, {context, {}, 0});
    QTEST(c.stats.numberWords, "numbers");
    QTEST(c.stats.mathSymbols, "mathSymbols");
    QTEST(c.stats.deepTerms, "deep");
    QTEST(c.stats.shallowTerms, "shallow");
    QTEST(c.evidence.constraints, "constraints");
    QTEST(c.evidence.deliverables, "deliverables");
    QTEST(c.evidence.multiHop, "multiHop");
    QTEST(c.evidence.trivial, "trivial");
    QTEST(c.evidence.noSignal, "noSignal");
    // The evidence's numbers are the message factor's inputs.
    QCOMPARE(c.evidence.domainDepth, std::min(c.stats.deepTerms / 4.0, 1.0) - std::min(c.stats.shallowTerms / 3.0, 1.0));
    const Complexity utf8 = estimator.estimateUtf8(text.toUtf8(), {context, {}, 0});
    QCOMPARE(utf8.evidence.trivial, c.evidence.trivial);
    QCOMPARE(utf8.stats.deepTerms, c.stats.deepTerms);
    QCOMPARE(utf8.stats.numberWords, c.stats.numberWords);
}

void TestComplexityEstimator::domainTermsAreConfigurable()
{
    ComplexityEstimator estimator;
    estimator.setDomainTerms({{u"helm"_s, 1.0}, {u"weather"_s, -1.0}, {u"two words"_s, 1.0}});
    const Complexity c = estimator.estimate(u"Helm HELM weather two words"_s);
    QCOMPARE(c.stats.deepTerms, 1); // distinct terms; a phrase is not a domain term
    QCOMPARE(c.stats.shallowTerms, 1);
    QVERIFY(!estimator.sameFactorsAs(ComplexityEstimator()));
    // A word can be a keyword and a domain term at once ("security" is both by default).
    const Complexity d = ComplexityEstimator().estimate(u"security"_s);
    QCOMPARE(d.stats.keywordHits, 1);
    QCOMPARE(d.stats.deepTerms, 1);
}

QTEST_GUILESS_MAIN(TestComplexityEstimator)
#include "tst_complexityestimator.moc"
