#include "routing/modelrouter.h"

#include "money/cost.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TierConfig configWith(const QStringList &tierNames)
{
    const TierConfig full = ModelRouter::defaultTierConfig();
    TierConfig c;
    c.name = full.name;
    for (const QString &name : tierNames)
        c.tiers.append(*full.findTier(name));
    return c;
}

RouteRequest request(const QString &message, const QString &taskType = {},
                     const QString &preferred = {})
{
    RouteRequest r;
    r.message = message;
    r.taskType = taskType;
    r.preferredTier = preferred;
    return r;
}

const QString kHeavyText = QStringLiteral(
    "Analyze the security implications of implementing a zero-trust architecture with mutual "
    "TLS authentication, compare the threat models and evaluate the trade-offs step by step.");

// The seed's heavy example, verbatim from seeds/model-router-usage.md (Testing section).
const char kSeedHeavy[] = "\n    Analyze the security implications of implementing a\n"
                          "    zero-trust architecture with mutual TLS authentication...\n    ";

} // namespace

class TestModelRouter : public QObject
{
    Q_OBJECT

private slots:
    void thresholdRule();
    void noSignalRule_data();
    void noSignalRule();
    void editableThresholds();
    void taskTypeOverrides_data();
    void taskTypeOverrides();
    void preferenceWins_data();
    void preferenceWins();
    void tierMapNearest_data();
    void tierMapNearest();
    void customTierMap();
    void noMatchingTier();
    void counterfactualCosts();
    void unknownPricesGiveNoCost();
};

void TestModelRouter::thresholdRule()
{
    const ModelRouter router;
    const RoutingDecision d = router.route(request(QStringLiteral("Hello")));
    QVERIFY(d.ok());
    QCOMPARE(d.rule, RoutingDecision::Rule::Threshold);
    QCOMPARE(d.routeClass, RouteClass::Light);
    QCOMPARE(d.tier, QStringLiteral("fast"));
    QCOMPARE(d.provider, QStringLiteral("anthropic"));
    QCOMPARE(d.model, QStringLiteral("claude-haiku-3-5-20241022"));
    QVERIFY(d.reason.contains(QStringLiteral("< standard threshold 0.30")));
}

void TestModelRouter::editableThresholds()
{
    ModelRouter router;
    RouteRequest r = request(QStringLiteral("Hello"));
    const double score = router.route(r).complexity.score;
    router.setThresholds({score / 2, score}); // the same score is now exactly at the heavy edge
    const RoutingDecision d = router.route(r);
    QCOMPARE(d.routeClass, RouteClass::Heavy);
    QCOMPARE(d.tier, QStringLiteral("reasoning"));
    router.setThresholds({score, 0.99});
    QCOMPARE(router.route(r).routeClass, RouteClass::Standard);
}

void TestModelRouter::taskTypeOverrides_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("taskType");
    QTest::addColumn<QString>("expectedClass");
    QTest::addColumn<QString>("expectedRule");
    QTest::newRow("intent_classification") << kHeavyText << "intent_classification" << "light" << "task-type-override";
    QTest::newRow("pii_detection") << kHeavyText << "pii_detection" << "light" << "task-type-override";
    QTest::newRow("simple_qa") << kHeavyText << "simple_qa" << "light" << "task-type-override";
    QTest::newRow("security_analysis") << QStringLiteral("hi") << "security_analysis" << "heavy" << "task-type-override";
    QTest::newRow("thinking_tools") << QStringLiteral("hi") << "thinking_tools" << "heavy" << "task-type-override";
    QTest::newRow("architecture") << QStringLiteral("hi") << "architecture" << "heavy" << "task-type-override";
    QTest::newRow("unknown task type") << QStringLiteral("hi") << "chat" << "light" << "threshold";
}

void TestModelRouter::taskTypeOverrides()
{
    QFETCH(QString, message);
    QFETCH(QString, taskType);
    QFETCH(QString, expectedClass);
    QFETCH(QString, expectedRule);
    const ModelRouter router;
    const RoutingDecision d = router.route(request(message, taskType));
    QCOMPARE(RouteClasses::name(d.routeClass), expectedClass);
    QCOMPARE(RoutingDecision::ruleName(d.rule), expectedRule);
    if (expectedRule == u"task-type-override") {
        // Not silent: the reason names the task type and still shows what the score said.
        QVERIFY(d.reason.contains(taskType));
        QVERIFY(d.reason.contains(QStringLiteral("score ")));
    }
}

void TestModelRouter::preferenceWins_data()
{
    QTest::addColumn<QString>("taskType");
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("expectedTier");
    QTest::addColumn<QString>("expectedRule");
    QTest::newRow("tier name beats override") << "security_analysis" << "fast" << "fast" << "agent-preference";
    QTest::newRow("class name") << "simple_qa" << "heavy" << "reasoning" << "agent-preference";
    QTest::newRow("class name any case") << QString() << "Standard" << "standard" << "agent-preference";
    QTest::newRow("unknown preference ignored") << "security_analysis" << "premium" << "reasoning" << "task-type-override";
}

void TestModelRouter::preferenceWins()
{
    QFETCH(QString, taskType);
    QFETCH(QString, preferred);
    QFETCH(QString, expectedTier);
    QFETCH(QString, expectedRule);
    const ModelRouter router;
    const RoutingDecision d = router.route(request(QStringLiteral("hi"), taskType, preferred));
    QCOMPARE(d.tier, expectedTier);
    QCOMPARE(RoutingDecision::ruleName(d.rule), expectedRule);
    if (expectedRule == u"task-type-override")
        QVERIFY(d.reason.contains(QStringLiteral("ignored")));
}

void TestModelRouter::tierMapNearest_data()
{
    QTest::addColumn<QStringList>("configured");
    QTest::addColumn<QString>("preferredClass");
    QTest::addColumn<QString>("expectedTier");
    QTest::addColumn<QString>("expectedClass");
    const QStringList noHeavy{QStringLiteral("fast"), QStringLiteral("standard")};
    const QStringList noStandard{QStringLiteral("fast"), QStringLiteral("reasoning")};
    const QStringList onlyFast{QStringLiteral("fast")};
    QTest::newRow("heavy missing -> standard") << noHeavy << "heavy" << "standard" << "standard";
    QTest::newRow("standard missing -> heavy (tie goes up)") << noStandard << "standard" << "reasoning" << "heavy";
    QTest::newRow("light present") << noStandard << "light" << "fast" << "light";
    QTest::newRow("only fast, heavy -> fast") << onlyFast << "heavy" << "fast" << "light";
}

void TestModelRouter::tierMapNearest()
{
    QFETCH(QStringList, configured);
    QFETCH(QString, preferredClass);
    QFETCH(QString, expectedTier);
    QFETCH(QString, expectedClass);
    const ModelRouter router(configWith(configured));
    const RoutingDecision d = router.route(request(QStringLiteral("hi"), {}, preferredClass));
    QVERIFY(d.ok());
    QCOMPARE(d.tier, expectedTier);
    QCOMPARE(RouteClasses::name(d.routeClass), expectedClass);
    if (expectedClass != preferredClass)
        QVERIFY2(d.reason.contains(QStringLiteral("nearest")), qPrintable(d.reason));
}

void TestModelRouter::customTierMap()
{
    TierConfig config = ModelRouter::defaultTierConfig();
    config.tiers[0].tier = QStringLiteral("cheap");
    config.tiers[2].tier = QStringLiteral("best");
    TierMap map;
    map.setTierName(RouteClass::Light, QStringLiteral("cheap"));
    map.setTierName(RouteClass::Heavy, QStringLiteral("best"));
    const ModelRouter router(config, map);
    QCOMPARE(router.route(request(QStringLiteral("hi"))).tier, QStringLiteral("cheap"));
    QCOMPARE(router.route(request(QStringLiteral("hi"), QStringLiteral("architecture"))).tier,
             QStringLiteral("best"));
    QCOMPARE(map.classOf(QStringLiteral("best")), std::optional(RouteClass::Heavy));
    QCOMPARE(map.classOf(QStringLiteral("fast")), std::nullopt);
}

void TestModelRouter::noMatchingTier()
{
    TierConfig config;
    TierEntry e;
    e.tier = QStringLiteral("balanced");
    config.tiers = {e};
    const ModelRouter router(config);
    const RoutingDecision d = router.route(request(QStringLiteral("hi")));
    QVERIFY(!d.ok());
    QVERIFY(d.tier.isEmpty());
    QVERIFY(d.error.contains(QStringLiteral("reasoning")));
    // A preference naming a configured tier still works even when the map does not know it.
    const RoutingDecision p = router.route(request(QStringLiteral("hi"), {}, QStringLiteral("balanced")));
    QVERIFY(p.ok());
    QCOMPARE(p.tier, QStringLiteral("balanced"));
}

void TestModelRouter::counterfactualCosts()
{
    ModelRouter router;
    RouteRequest r = request(QStringLiteral("Hello")); // 5 bytes -> 2 tokens
    r.hints.contextTokens = 998;
    r.expectedOutputTokens = 500;
    const RoutingDecision d = router.route(r);
    QCOMPARE(d.estimatedInputTokens, 1000);
    QCOMPARE(d.estimatedOutputTokens, 500);
    // fast: 1000 * 0.80/M + 500 * 4.00/M = 0.0008 + 0.002 = 0.0028 exactly.
    QCOMPARE(d.estimatedCost, Decimal::parse(u"0.0028"));
    QCOMPARE(d.alternatives.size(), 2);
    QCOMPARE(d.alternatives[0].tier, QStringLiteral("standard"));
    QCOMPARE(d.alternatives[0].estimatedCost, Decimal::parse(u"0.0105"));
    QCOMPARE(d.alternatives[1].tier, QStringLiteral("reasoning"));
    QCOMPARE(d.alternatives[1].estimatedCost, Decimal::parse(u"0.0525"));
    QCOMPARE(d.alternatives[1].model, QStringLiteral("claude-opus-4-20250514"));
}

void TestModelRouter::unknownPricesGiveNoCost()
{
    TierConfig config = ModelRouter::defaultTierConfig();
    config.tiers[1].costPerMillionInput.clear();
    const ModelRouter router(config);
    const RoutingDecision d = router.route(request(QStringLiteral("Hello")));
    QVERIFY(d.estimatedCost.has_value());
    QVERIFY(!d.alternatives[0].estimatedCost.has_value());
}

void TestModelRouter::noSignalRule_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("taskType");
    QTest::addColumn<QString>("prefer");
    QTest::addColumn<qint64>("context");
    QTest::addColumn<QString>("expectedClass");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("cause");

    QTest::newRow("greeting: light, trivial") << u"Hello"_s << QString() << QString() << qint64(0)
                                              << u"light"_s << u"threshold"_s << u"trivial"_s;
    QTest::newRow("no signal: default tier") << u"Where did you put the blue box?"_s << QString() << QString()
                                             << qint64(0) << u"standard"_s << u"no-signal-default"_s
                                             << u"no_signal_default"_s;
    QTest::newRow("prose maths is not simple")
        << u"Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether?"_s
        << QString() << QString() << qint64(0) << u"standard"_s << u"no-signal-default"_s
        << u"no_triviality_evidence"_s;
    QTest::newRow("context but light score") << u"Where did you put the blue box?"_s << QString() << QString()
                                             << qint64(100) << u"standard"_s << u"no-signal-default"_s
                                             << u"no_triviality_evidence"_s;
    QTest::newRow("override beats the rule") << u"Where did you put the blue box?"_s << u"simple_qa"_s << QString()
                                             << qint64(0) << u"light"_s << u"task-type-override"_s
                                             << u"task_type_override"_s;
    QTest::newRow("preference beats the rule") << u"Where did you put the blue box?"_s << QString() << u"light"_s
                                               << qint64(0) << u"light"_s << u"agent-preference"_s
                                               << u"agent_preference"_s;
    QTest::newRow("seed heavy keeps its score") << QString::fromUtf8(kSeedHeavy) << QString() << QString()
                                                << qint64(2048) << u"heavy"_s << u"threshold"_s << u"score"_s;
}

void TestModelRouter::noSignalRule()
{
    QFETCH(QString, message);
    QFETCH(QString, taskType);
    QFETCH(QString, prefer);
    QFETCH(qint64, context);
    RouteRequest r = request(message, taskType);
    r.preferredTier = prefer;
    r.hints.contextTokens = context;
    if (QByteArray(QTest::currentDataTag()) == "seed heavy keeps its score")
        r.hints.capabilities = {u"security_analysis"_s};
    const ModelRouter router;
    const RoutingDecision d = router.route(r);
    QTEST(RouteClasses::name(d.routeClass), "expectedClass");
    QTEST(RoutingDecision::ruleName(d.rule), "rule");
    QTEST(d.cause, "cause");
    QVERIFY(d.ok());
    // The UTF-8 batch path decides the same.
    const RoutingDecision u = router.routeUtf8(message.toUtf8(), r);
    QCOMPARE(u.cause, d.cause);
    QCOMPARE(u.routeClass, d.routeClass);
}

QTEST_GUILESS_MAIN(TestModelRouter)
#include "tst_modelrouter.moc"
