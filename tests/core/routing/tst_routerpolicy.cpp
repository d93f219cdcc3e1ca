// RouterPolicy and RouterPolicyCodec: golden diagnostics (tests/fixtures/policy/<case>/input.yaml
// against <case>/expected.txt, one "LINE:COL: severity: code path" per line), the round trip,
// the seed default, what applyTo changes, and budgets from the environment versus the file.
#include "config/diagnosticcodes.h"
#include "routing/litellmrouterexport.h"
#include "routing/modelrouter.h"
#include "routing/routerpolicy.h"
#include "routing/routerpolicycodec.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRouterPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void everyCodeIsCovered();
    void garbageNeverThrows_data();
    void garbageNeverThrows();
    void seedDefaultIsTheBuiltIn();
    void demoFileIsTheSeedDefault();
    void issueExampleReadsAsWritten();
    void roundTrip_data();
    void roundTrip();
    void defaultTier_data();
    void defaultTier();
    void defaultTierIsLiteLlmsDefaultModel();
    void unknownFieldsSurviveTheRoundTrip();
    void applyToChangesTheDecision();
    void budgetsFromEnvironmentWithoutASection();
    void budgetsFromTheFileWinOverEnvironment();
    void validateChecksPolicyDocumentsInAFile();
    void loadReportsWhatToDo();
};

namespace {

QString fixtures()
{
    return QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/policy");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList render(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << QStringLiteral("%1:%2: %3: %4 %5")
                     .arg(d.line)
                     .arg(d.column)
                     .arg(Diagnostic::severityName(d.severity), d.code, d.path)
                     .trimmed();
    return lines;
}

QStringList expectedLines(const QString &path)
{
    QStringList lines;
    for (const QByteArray &l : readAll(path).split('\n'))
        if (!l.trimmed().isEmpty() && !l.startsWith('#'))
            lines << QString::fromUtf8(l.trimmed());
    return lines;
}

QStringList caseNames()
{
    return QDir(fixtures()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

/// Sets an environment variable for one scope and restores it afterwards.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

RouterPolicy parsed(const QByteArray &yaml)
{
    const RouterPolicyLoad load = RouterPolicyCodec::parse(yaml);
    if (!load.policy)
        qWarning().noquote() << render(load.diagnostics).join(u'\n');
    return load.policy.value_or(RouterPolicy());
}

const QByteArray kHeader = "apiVersion: tierbench.io/v1alpha1\nkind: RouterPolicy\n";

} // namespace

void TestRouterPolicy::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList names = caseNames();
    QVERIFY2(names.size() >= 20, "the policy golden folder is missing");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << fixtures() + QLatin1Char('/') + name;
}

void TestRouterPolicy::golden()
{
    QFETCH(QString, caseDir);
    const QByteArray input = readAll(caseDir + QStringLiteral("/input.yaml"));
    QVERIFY2(QFile::exists(caseDir + QStringLiteral("/expected.txt")), qPrintable(caseDir));
    const RouterPolicyLoad load = RouterPolicyCodec::parse(input);
    const QStringList actual = render(load.diagnostics);
    const QStringList expected = expectedLines(caseDir + QStringLiteral("/expected.txt"));
    if (actual != expected)
        qWarning().noquote() << "actual:\n" << actual.join(u'\n') << "\nexpected:\n" << expected.join(u'\n');
    QCOMPARE(actual, expected);
    for (const Diagnostic &d : load.diagnostics) {
        QVERIFY2(d.line >= 1 && d.column >= 1, qPrintable(d.code));
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.code));
        QVERIFY2(d.code.startsWith(QStringLiteral("policy.")), qPrintable(d.code));
    }
    // A policy exactly when there is no error; and then it survives the round trip.
    QCOMPARE(load.policy.has_value(), !hasErrors(load.diagnostics));
    if (load.policy) {
        const QByteArray yaml = RouterPolicyCodec::toYaml(*load.policy);
        const RouterPolicyLoad again = RouterPolicyCodec::parse(yaml);
        QVERIFY2(again.policy.has_value(), yaml.constData());
        QVERIFY2(*again.policy == *load.policy, yaml.constData());
        QCOMPARE(RouterPolicyCodec::toYaml(*again.policy), yaml);
    }
}

void TestRouterPolicy::everyCodeIsCovered()
{
    // The golden cases' codes are the "policy." rows of DiagnosticCodes::table, with their
    // severity; every such row (but those marked otherwise) has a golden case.
    QSet<QString> seen;
    for (const QString &name : caseNames()) {
        for (const QString &line : expectedLines(fixtures() + QLatin1Char('/') + name + QStringLiteral("/expected.txt"))) {
            const QString code = line.section(u' ', 2, 2);
            const DiagnosticCodes::Code *entry = DiagnosticCodes::find(code);
            QVERIFY2(entry && entry->layer == DiagnosticCodes::Layer::Policy,
                     qPrintable(name + QStringLiteral(": code not in diagnosticcodes.h: ") + code));
            QCOMPARE(line.section(u' ', 1, 1).chopped(1), Diagnostic::severityName(entry->severity));
            seen.insert(code);
        }
    }
    for (const DiagnosticCodes::Code &c : DiagnosticCodes::table) {
        const QString code = QString::fromLatin1(c.code.data(), qsizetype(c.code.size()));
        if (c.layer == DiagnosticCodes::Layer::Policy && c.golden)
            QVERIFY2(seen.contains(code), qPrintable(QStringLiteral("no golden case for ") + code));
    }
}

void TestRouterPolicy::garbageNeverThrows_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("open brace") << QByteArray("{");
    QTest::newRow("open list") << QByteArray("[");
    QTest::newRow("colons") << QByteArray(": : :");
    QTest::newRow("tab indent") << QByteArray("a:\n\tb: 1\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4);
    QTest::newRow("scalar") << QByteArray("RouterPolicy");
    QTest::newRow("alias loop") << QByteArray("a: &x [*x]\n");
    QByteArray bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 10; ++i) { // 9^10 nodes once expanded: refused at the alias, in no time
        bomb += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 9; ++j)
            bomb += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        bomb += "]\n";
    }
    QTest::newRow("alias bomb") << kHeader + bomb;
    QTest::newRow("nul byte") << kHeader + QByteArray("spec: {}\n\0", 11);
    QTest::newRow("spec list") << kHeader + "spec: [1, 2]\n";
    QTest::newRow("complex key") << kHeader + "spec:\n  capabilities:\n    ? [a, b]\n    : 0.5\n";
    QTest::newRow("tenants list") << kHeader + "spec:\n  budgets:\n    tenants: [a]\n";
}

void TestRouterPolicy::garbageNeverThrows()
{
    QFETCH(QByteArray, yaml);
    RouterPolicyLoad load;
    try {
        load = RouterPolicyCodec::parse(yaml);
    } catch (...) {
        QFAIL("parse() let an exception out");
    }
    QVERIFY(hasErrors(load.diagnostics));
    QVERIFY(!load.policy);
}

void TestRouterPolicy::seedDefaultIsTheBuiltIn()
{
    const RouterPolicy seed = RouterPolicy::seedDefault();
    const ModelRouter router;
    QCOMPARE(seed.name, QStringLiteral("default"));
    QCOMPARE(seed.thresholds.standard, router.thresholds().standard);
    QCOMPARE(seed.thresholds.heavy, router.thresholds().heavy);
    QCOMPARE(seed.thresholds.standard, 0.3);
    QCOMPARE(seed.thresholds.heavy, 0.7);
    const ComplexityWeights &w = router.estimator().weights();
    QCOMPARE(seed.weights.messageComplexity, w.messageComplexity);
    QCOMPARE(seed.weights.contextRequirement, w.contextRequirement);
    QCOMPARE(seed.weights.capabilityCriticality, w.capabilityCriticality);
    QCOMPARE(seed.weights.conversationDepth, w.conversationDepth);
    QCOMPARE(seed.weights.keywordSignals, w.keywordSignals);
    QCOMPARE(seed.taskOverrides, router.taskTypeOverrides());
    QCOMPARE(seed.taskOverrides, ModelRouter::defaultTaskTypeOverrides());
    QCOMPARE(seed.capabilities, router.estimator().capabilityCriticality());
    QCOMPARE(seed.capabilities, ComplexityEstimator::defaultCapabilityCriticality());
    QVERIFY(!seed.hasBudgets);
    QVERIFY(sameLimits(seed.defaultBudget, BudgetManager::limitsFromEnvironment()));
    QVERIFY(seed.unknownFields.isEmpty());
    // An empty document body (header only) is the seed default too.
    QVERIFY(parsed(kHeader) == seed);
}

void TestRouterPolicy::demoFileIsTheSeedDefault()
{
    const RouterPolicyLoad load = RouterPolicyCodec::parse(readAll(QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/router-policy.yaml")));
    QVERIFY2(load.diagnostics.isEmpty(), qPrintable(render(load.diagnostics).join(u'\n')));
    QVERIFY(load.policy);
    QVERIFY(*load.policy == RouterPolicy::seedDefault());
}

void TestRouterPolicy::issueExampleReadsAsWritten()
{
    const RouterPolicy p = parsed(readAll(fixtures() + QStringLiteral("/ok-issue-example/input.yaml")));
    QCOMPARE(p.name, QStringLiteral("default"));
    QCOMPARE(p.taskOverrides.size(), 2);
    QCOMPARE(p.taskOverrides.value(QStringLiteral("security_analysis")), RouteClass::Heavy);
    QCOMPARE(p.capabilities, (QHash<QString, double>{{QStringLiteral("security_analysis"), 1.0}, {QStringLiteral("chat"), 0.2}}));
    QVERIFY(p.hasBudgets);
    QCOMPARE(p.defaultBudget.dailyTokens, std::optional<std::int64_t>(1000000));
    QCOMPARE(p.defaultBudget.monthlyTokens, std::optional<std::int64_t>(20000000));
    QVERIFY(p.defaultBudget.dailyDollars == Decimal::parse(u"50"));
    QVERIFY(!p.defaultBudget.monthlyDollars);
    const BudgetLimits teamA = p.limitsFor(QStringLiteral("team-a"));
    QVERIFY(teamA.dailyDollars == Decimal::parse(u"10"));
    QCOMPARE(teamA.dailyTokens, std::optional<std::int64_t>(1000000)); // inherited from default
    QVERIFY(sameLimits(p.limitsFor(QStringLiteral("someone-else")), p.defaultBudget));
}

void TestRouterPolicy::roundTrip_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("seed") << RouterPolicyCodec::toYaml(RouterPolicy::seedDefault());
    QTest::newRow("no overrides, no capabilities") << kHeader + "spec: {taskOverrides: {}, capabilities: {}}\n";
    QTest::newRow("awkward doubles") << kHeader
        + "spec:\n  thresholds: {standard: 0.30000000000000004, heavy: 0.7000000000000001}\n"
          "  weights: {messageComplexity: 1e-9, keywordSignals: 12345.678}\n";
    QTest::newRow("odd names") << kHeader
        + "spec:\n  taskOverrides: {\"yes\": light, \"123\": heavy, \"a b\": standard}\n"
          "  capabilities: {\"null\": 0.5, \"#x\": 0}\n";
    QTest::newRow("budgets") << kHeader
        + "spec:\n  budgets:\n    default: {monthlyUsd: \"12.345\"}\n"
          "    tenants: {team-a: {dailyTokens: 5}, team-b: {}, \"team c\": {dailyUsd: \"0.000000000001\"}}\n";
    QTest::newRow("empty budgets") << kHeader + "spec:\n  budgets: {}\n";
    QTest::newRow("default tier") << kHeader + "spec:\n  defaultTier: heavy\n";
    QTest::newRow("default tier light turns the rule off") << kHeader + "spec:\n  defaultTier: light\n";
}

void TestRouterPolicy::roundTrip()
{
    QFETCH(QByteArray, yaml);
    const RouterPolicyLoad first = RouterPolicyCodec::parse(yaml);
    QVERIFY2(first.policy, qPrintable(render(first.diagnostics).join(u'\n')));
    const QByteArray written = RouterPolicyCodec::toYaml(*first.policy);
    const RouterPolicyLoad second = RouterPolicyCodec::parse(written);
    QVERIFY2(second.policy, written.constData());
    QVERIFY2(*second.policy == *first.policy, written.constData());
    QCOMPARE(RouterPolicyCodec::toYaml(*second.policy), written); // deterministic
}

void TestRouterPolicy::unknownFieldsSurviveTheRoundTrip()
{
    const RouterPolicyLoad load = RouterPolicyCodec::parse(readAll(fixtures() + QStringLiteral("/warn-unknown-field/input.yaml")));
    QVERIFY(load.policy);
    QVERIFY(!hasErrors(load.diagnostics));
    const QByteArray yaml = RouterPolicyCodec::toYaml(*load.policy);
    for (const char *kept : {"labels:", "team: a", "reasoning: 0.9", "fallback: degrade", "sentiment: 0.1", "status:", "applied: true"})
        QVERIFY2(yaml.contains(kept), yaml.constData());
    // Still warned about after the round trip: the router ignores them.
    qsizetype warnings = 0;
    for (const Diagnostic &d : RouterPolicyCodec::parse(yaml).diagnostics)
        warnings += d.code == u"policy.unknown-field" ? 1 : 0;
    QCOMPARE(warnings, 4); // spec.thresholds.reasoning, spec.fallback, spec.weights.sentiment, status
}

void TestRouterPolicy::defaultTier_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("expected"); // the class, or the diagnostic code
    QTest::newRow("unset: standard") << QByteArray("spec: {}\n") << u"standard"_s;
    QTest::newRow("heavy") << QByteArray("spec: {defaultTier: heavy}\n") << u"heavy"_s;
    QTest::newRow("light") << QByteArray("spec: {defaultTier: light}\n") << u"light"_s;
    QTest::newRow("capitalised") << QByteArray("spec: {defaultTier: Heavy}\n") << u"policy.unknown-class"_s;
    QTest::newRow("not a class") << QByteArray("spec: {defaultTier: reasoning}\n") << u"policy.unknown-class"_s;
    QTest::newRow("a list") << QByteArray("spec: {defaultTier: [light]}\n") << u"policy.unknown-class"_s;
}

void TestRouterPolicy::defaultTier()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, expected);
    const auto parsed = RouterPolicyCodec::parse(kHeader + spec);
    if (expected.startsWith(u"policy.")) {
        QVERIFY(!parsed.diagnostics.isEmpty());
        QCOMPARE(parsed.diagnostics.constFirst().code, expected);
        return;
    }
    QVERIFY(parsed.policy);
    QCOMPARE(RouteClasses::name(parsed.policy->defaultClass), expected);
    ModelRouter router;
    parsed.policy->applyTo(router);
    QCOMPARE(RouteClasses::name(router.defaultClass()), expected);
    // A plain question with no signal goes to the default tier (light: the score's class).
    RouteRequest request;
    request.message = u"Where did you put the blue box?"_s;
    const RoutingDecision d = router.route(request);
    QCOMPARE(RouteClasses::name(d.routeClass), expected);
    QCOMPARE(d.cause, expected == u"light" ? u"score"_s : u"no_signal_default"_s);
}

void TestRouterPolicy::defaultTierIsLiteLlmsDefaultModel()
{
    RouterPolicy policy = RouterPolicy::seedDefault();
    const TierConfig tiers = ModelRouter::defaultTierConfig();
    QVERIFY(LiteLlmRouterExport::exportRouter(policy, tiers).yaml.contains("complexity_router_default_model: standard"));
    policy.defaultClass = RouteClass::Heavy;
    QVERIFY(LiteLlmRouterExport::exportRouter(policy, tiers).yaml.contains("complexity_router_default_model: reasoning"));
}

void TestRouterPolicy::applyToChangesTheDecision()
{
    RouteRequest request;
    request.message = QStringLiteral("Please review this design and explain the trade-offs of caching.");
    ModelRouter router;
    router.setDefaultClass(RouteClass::Light); // the thresholds alone decide (no default-tier rule)
    const RoutingDecision before = router.route(request);
    QCOMPARE(before.rule, RoutingDecision::Rule::Threshold);

    // Thresholds: put the heavy threshold just under this request's score.
    RouterPolicy lower = RouterPolicy::seedDefault();
    lower.thresholds = {before.complexity.score / 2, before.complexity.score};
    lower.applyTo(router);
    const RoutingDecision after = router.route(request);
    QCOMPARE(after.complexity.score, before.complexity.score);
    QCOMPARE(after.routeClass, RouteClass::Heavy);
    QCOMPARE(after.tier, QStringLiteral("reasoning"));

    // Weights: only keyword signals count.
    RouterPolicy keywordsOnly = RouterPolicy::seedDefault();
    keywordsOnly.weights = {0, 0, 0, 0, 1};
    keywordsOnly.applyTo(router);
    const RoutingDecision weighted = router.route(request);
    QCOMPARE(weighted.complexity.score, std::clamp(weighted.complexity.factors.keywordSignals, 0.0, 1.0));

    // Task overrides: the seed forces security_analysis heavy; a policy without overrides does not.
    request.taskType = QStringLiteral("security_analysis");
    RouterPolicy::seedDefault().applyTo(router);
    QCOMPARE(router.route(request).rule, RoutingDecision::Rule::TaskTypeOverride);
    RouterPolicy noOverrides = RouterPolicy::seedDefault();
    noOverrides.taskOverrides.clear();
    noOverrides.applyTo(router);
    // No override: this light score without evidence of triviality takes the default tier.
    QCOMPARE(router.route(request).rule, RoutingDecision::Rule::NoSignalDefault);
    QCOMPARE(router.route(request).routeClass, RouteClass::Standard);

    // Default tier: a policy that names one sends such requests there.
    RouterPolicy heavyDefault = noOverrides;
    heavyDefault.defaultClass = RouteClass::Heavy;
    heavyDefault.applyTo(router);
    QCOMPARE(router.route(request).routeClass, RouteClass::Heavy);
    QCOMPARE(router.route(request).cause, u"no_triviality_evidence");
    noOverrides.applyTo(router);

    // Capabilities: "chat" made critical raises the capability factor to 1.
    request.hints.capabilities = {QStringLiteral("chat")};
    const double seedFactor = router.route(request).complexity.factors.capabilityCriticality;
    RouterPolicy criticalChat = RouterPolicy::seedDefault();
    criticalChat.capabilities.insert(QStringLiteral("chat"), 1.0);
    criticalChat.applyTo(router);
    QCOMPARE(seedFactor, 0.2);
    QCOMPARE(router.route(request).complexity.factors.capabilityCriticality, 1.0);
}

void TestRouterPolicy::budgetsFromEnvironmentWithoutASection()
{
    const EnvGuard daily("TOKEN_BUDGET_DAILY", "1234");
    const EnvGuard monthly("TOKEN_BUDGET_MONTHLY", "56789");
    const RouterPolicy p = parsed(kHeader + "spec:\n  thresholds: {heavy: 0.8}\n");
    QVERIFY(!p.hasBudgets);
    QCOMPARE(p.limitsFor(QStringLiteral("anyone")).dailyTokens, std::optional<std::int64_t>(1234));
    QCOMPARE(p.limitsFor(QStringLiteral("anyone")).monthlyTokens, std::optional<std::int64_t>(56789));
    InMemoryBudgetLedger ledger;
    BudgetManager budget(ledger);
    budget.setDefaultLimits({});
    p.applyTo(budget);
    QCOMPARE(budget.limitsFor(QStringLiteral("anyone")).dailyTokens, std::optional<std::int64_t>(1234));
    QVERIFY(budget.check(QStringLiteral("anyone"), 1234).allowed);
    QVERIFY(!budget.check(QStringLiteral("anyone"), 1235).allowed);
}

void TestRouterPolicy::budgetsFromTheFileWinOverEnvironment()
{
    const EnvGuard daily("TOKEN_BUDGET_DAILY", "1234");
    const RouterPolicy p = parsed(kHeader
                                  + "spec:\n  budgets:\n    default: {dailyTokens: 500, dailyUsd: \"2.50\"}\n"
                                    "    tenants: {team-a: {dailyTokens: 9000}}\n");
    QVERIFY(p.hasBudgets);
    InMemoryBudgetLedger ledger;
    BudgetManager budget(ledger);
    p.applyTo(budget);
    const BudgetLimits other = budget.limitsFor(QStringLiteral("other"));
    QCOMPARE(other.dailyTokens, std::optional<std::int64_t>(500));
    QVERIFY(!other.monthlyTokens); // not written: unlimited, TOKEN_BUDGET_MONTHLY is not used
    QVERIFY(other.dailyDollars == Decimal::parse(u"2.5"));
    const BudgetLimits teamA = budget.limitsFor(QStringLiteral("team-a"));
    QCOMPARE(teamA.dailyTokens, std::optional<std::int64_t>(9000));
    QVERIFY(teamA.dailyDollars == Decimal::parse(u"2.5")); // inherited from default
    QVERIFY(!budget.check(QStringLiteral("other"), 501).allowed);
    QVERIFY(budget.check(QStringLiteral("team-a"), 8000).allowed);
    QVERIFY(!budget.check(QStringLiteral("team-a"), 100, Decimal::parse(u"3")).allowed);
    // A new policy replaces every tenant limit: team-a falls back to the new default.
    parsed(kHeader + "spec:\n  budgets:\n    default: {dailyTokens: 700}\n").applyTo(budget);
    QCOMPARE(budget.limitsFor(QStringLiteral("team-a")).dailyTokens, std::optional<std::int64_t>(700));
}

void TestRouterPolicy::validateChecksPolicyDocumentsInAFile()
{
    const QByteArray file = readAll(QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/default.yaml"))
                            + "---\n" + kHeader + "spec:\n  weights: {keywordSignals: -1}\n";
    const int tierLines = int(readAll(QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/default.yaml")).count('\n'));
    const ParsedConfigFile parsedFile = ConfigCodec::parse(file);
    const Diagnostics diagnostics = RouterPolicyCodec::validate(parsedFile);
    QCOMPARE(render(diagnostics), QStringList{QStringLiteral("%1:29: error: policy.weight-negative spec.weights.keywordSignals").arg(tierLines + 5)});
    // ConfigCodec alone passes the policy document over without a finding.
    QVERIFY(parsedFile.diagnostics.isEmpty());
    // A key pasted into a policy is still reported (by ConfigCodec's secret scan), never echoed.
    const QByteArray pasted = kHeader + "metadata:\n  name: p\n  annotations: {note: sk-ant-abcdefghijklmnopqrstuvwx}\n";
    const Diagnostics secret = RouterPolicyCodec::validate(ConfigCodec::parse(pasted));
    QCOMPARE(render(secret), QStringList{QStringLiteral("5:23: warning: inline-secret metadata.annotations.note")});
    QVERIFY(!secret.constFirst().message.contains(QStringLiteral("abcdefghijklmnop")));
}

void TestRouterPolicy::loadReportsWhatToDo()
{
    const RouterPolicyLoad missing = RouterPolicyCodec::load(QStringLiteral("/nonexistent/policy.yaml"));
    QVERIFY(!missing.policy);
    QVERIFY(!missing.error.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kHeader + "spec:\n  thresholds: {standard: 0.9, heavy: 0.1}\n");
    f.close();
    const RouterPolicyLoad bad = RouterPolicyCodec::load(path);
    QVERIFY(!bad.policy);
    QVERIFY2(bad.error.contains(QStringLiteral("tierctl validate")), qPrintable(bad.error));
    QCOMPARE(render(bad.diagnostics), QStringList{QStringLiteral("4:38: error: policy.thresholds-order spec.thresholds.heavy")});
}

QTEST_GUILESS_MAIN(TestRouterPolicy)
#include "tst_routerpolicy.moc"
