// tierctl and router policies, end to end with the built binary: `validate` on RouterPolicy
// documents (the golden cases of tests/fixtures/policy), `route --policy` and the threshold
// flags, and `export --to litellm-router`.
#include "tierctlrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestPolicyCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesTheOptions_data();
    void helpNamesTheOptions();
    void validateDemoPolicy();
    void validateGolden_data();
    void validateGolden();
    void validatePolicyBesideAConfig();
    void routeWithPolicy_data();
    void routeWithPolicy();
    void routeBatchUsesPolicy();
    void badUsage_data();
    void badUsage();
    void exportLiteLlmRouter();
    void exportLiteLlmRouterImportsBack();

private:
    static TierctlRun tierctl(const QStringList &args, const QByteArray &input = {});
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

namespace {

const QString kSource = QStringLiteral(TIERBENCH_SOURCE_DIR);
const QString kMessage = QStringLiteral("Please review this design and explain the trade-offs of caching.");
const QByteArray kHeader = "apiVersion: tierbench.io/v1alpha1\nkind: RouterPolicy\n";

QString demo(const char *file)
{
    return kSource + QStringLiteral("/resources/demo/") + QLatin1StringView(file);
}

QString fixtures()
{
    return kSource + QStringLiteral("/tests/fixtures/policy/");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

TierctlRun TestPolicyCli::tierctl(const QStringList &args, const QByteArray &input)
{
    return runTierctl(args, {.stdinData = input});
}

QString TestPolicyCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

void TestPolicyCli::initTestCase()
{
    QVERIFY2(QFile::exists(tierctlPath()), "build tierctl first");
    QVERIFY(m_dir.isValid());
}

void TestPolicyCli::helpNamesTheOptions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("needles");
    QTest::newRow("route") << QStringLiteral("route")
                           << QStringList{QStringLiteral("--policy <FILE>"), QStringLiteral("--standard-threshold <X>"),
                                          QStringLiteral("--heavy-threshold <Y>")};
    QTest::newRow("export") << QStringLiteral("export")
                            << QStringList{QStringLiteral("litellm-router"), QStringLiteral("--policy <FILE>"),
                                           QStringLiteral("--router-name <NAME>")};
    QTest::newRow("validate") << QStringLiteral("validate") << QStringList{QStringLiteral("RouterPolicy")};
}

void TestPolicyCli::helpNamesTheOptions()
{
    QFETCH(QString, command);
    QFETCH(QStringList, needles);
    const TierctlRun r = tierctl({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const QString &n : needles)
        QVERIFY2(r.outText().contains(n), qPrintable(n + QStringLiteral(" missing in\n") + r.outText()));
}

void TestPolicyCli::validateDemoPolicy()
{
    const TierctlRun r = tierctl({QStringLiteral("validate"), demo("router-policy.yaml")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), QString());
    // And the whole demo workspace still validates as before: only the broken example fails.
    const QStringList files = QDir(kSource + QStringLiteral("/resources/demo")).entryList({QStringLiteral("*.yaml")});
    for (const QString &f : files) {
        const TierctlRun each = tierctl({QStringLiteral("validate"), kSource + QStringLiteral("/resources/demo/") + f});
        QCOMPARE(each.exitCode, f == u"broken-example.yaml" ? 1 : 0);
    }
}

void TestPolicyCli::validateGolden_data()
{
    // validate dispatches by kind: a document that is not recognisably `kind: RouterPolicy`
    // (no kind, another kind, not YAML, not a mapping) is reported by the tier config rules, and
    // a file's documents are checked one by one. Those cases are the codec's alone.
    static const QStringList notByKind = {
        QStringLiteral("bad-empty-document"), QStringLiteral("bad-kind"), QStringLiteral("bad-missing-kind"),
        QStringLiteral("bad-multiple-documents"), QStringLiteral("bad-not-a-mapping"),
        QStringLiteral("bad-recursive-alias"), QStringLiteral("bad-yaml-syntax")};
    QTest::addColumn<QString>("caseName");
    const QStringList names = QDir(fixtures()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(names.size() >= 20);
    for (const QString &n : names)
        if (!notByKind.contains(n))
            QTest::newRow(qPrintable(n)) << n;
}

void TestPolicyCli::validateGolden()
{
    // Same output format as for tier configs: FILE:LINE:COLUMN: severity: message [code].
    QFETCH(QString, caseName);
    const QString input = fixtures() + caseName + QStringLiteral("/input.yaml");
    QStringList expected;
    bool errors = false;
    for (const QByteArray &l : readAll(fixtures() + caseName + QStringLiteral("/expected.txt")).split('\n')) {
        if (l.trimmed().isEmpty())
            continue;
        const QStringList f = QString::fromUtf8(l).split(u' '); // "L:C:" "severity:" "code" [path]
        expected << input + u':' + f.at(0) + u' ' + f.at(1) + QStringLiteral(" [") + f.at(2) + u']';
        errors = errors || f.at(1) == u"error:";
    }
    const TierctlRun r = tierctl({QStringLiteral("validate"), input});
    QCOMPARE(r.exitCode, errors ? 1 : 0);
    static const QRegularExpression line(QStringLiteral("^(.+:\\d+:\\d+: \\w+:) .+ (\\[policy\\.[a-z0-9-]+\\])$"));
    QStringList actual;
    for (const QString &l : r.outText().split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        actual << m.captured(1) + u' ' + m.captured(2);
    }
    QCOMPARE(actual, expected);
}

void TestPolicyCli::validatePolicyBesideAConfig()
{
    const QByteArray config = readAll(demo("default.yaml"));
    const int policyStart = int(config.count('\n')) + 1; // the "---" line
    const QString file = write(QStringLiteral("both.yaml"),
                               config + "---\n" + kHeader + "spec:\n  weights:\n    keywordSignals: -1\n");
    const TierctlRun r = tierctl({QStringLiteral("validate"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.outText().count(u'\n'), 1);
    QVERIFY2(r.outText().startsWith(file + QStringLiteral(":%1:21: error: ").arg(policyStart + 5)), qPrintable(r.outText()));
    QVERIFY(r.outText().trimmed().endsWith(QStringLiteral("[policy.weight-negative]")));

    const TierctlRun j = tierctl({QStringLiteral("validate"), QStringLiteral("--json"), file});
    QCOMPARE(j.exitCode, 1);
    const QJsonObject f = json(j.outText()).value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(f.value(QStringLiteral("valid")).toBool(true), false);
    const QJsonObject d = f.value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
    QCOMPARE(d.value(QStringLiteral("code")).toString(), QStringLiteral("policy.weight-negative"));
    QCOMPARE(d.value(QStringLiteral("path")).toString(), QStringLiteral("spec.weights.keywordSignals"));
    QCOMPARE(d.value(QStringLiteral("line")).toInt(), policyStart + 5);
}

void TestPolicyCli::routeWithPolicy_data()
{
    QTest::addColumn<QByteArray>("policy"); // empty: no --policy
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("expectedClass");
    QTest::addColumn<QString>("expectedRule");
    // kMessage scores 0.257: light by the seed's thresholds, but with no evidence of
    // triviality it takes the default tier (standard).
    const QByteArray lowHeavy = kHeader + "spec:\n  thresholds: {standard: 0.1, heavy: 0.25}\n";
    QTest::newRow("built-in") << QByteArray() << QStringList() << QStringLiteral("standard") << QStringLiteral("no-signal-default");
    QTest::newRow("demo policy = built-in") << readAll(demo("router-policy.yaml")) << QStringList()
                                            << QStringLiteral("standard") << QStringLiteral("no-signal-default");
    QTest::newRow("policy thresholds") << lowHeavy << QStringList() << QStringLiteral("heavy") << QStringLiteral("threshold");
    QTest::newRow("flag beats policy") << lowHeavy << QStringList{QStringLiteral("--heavy-threshold"), QStringLiteral("0.9")}
                                       << QStringLiteral("standard") << QStringLiteral("threshold");
    QTest::newRow("flags alone") << QByteArray()
                                 << QStringList{QStringLiteral("--standard-threshold"), QStringLiteral("0.5"),
                                                QStringLiteral("--heavy-threshold"), QStringLiteral("0.8")}
                                 << QStringLiteral("standard") << QStringLiteral("no-signal-default");
    QTest::newRow("default tier off") << kHeader + "spec:\n  defaultTier: light\n" << QStringList()
                                      << QStringLiteral("light") << QStringLiteral("threshold");
    QTest::newRow("policy weights") << kHeader + "spec:\n  weights: {messageComplexity: 0, contextRequirement: 0, "
                                                 "capabilityCriticality: 0, conversationDepth: 0, keywordSignals: 1}\n"
                                    << QStringList() << QStringLiteral("standard") << QStringLiteral("threshold");
    QTest::newRow("built-in override") << QByteArray() << QStringList{QStringLiteral("--task-type"), QStringLiteral("simple_qa")}
                                       << QStringLiteral("light") << QStringLiteral("task-type-override");
    QTest::newRow("policy without overrides") << kHeader + "spec:\n  taskOverrides: {}\n"
                                              << QStringList{QStringLiteral("--task-type"), QStringLiteral("simple_qa")}
                                              << QStringLiteral("standard") << QStringLiteral("no-signal-default");
}

void TestPolicyCli::routeWithPolicy()
{
    QFETCH(QByteArray, policy);
    QFETCH(QStringList, flags);
    QFETCH(QString, expectedClass);
    QFETCH(QString, expectedRule);
    QStringList args = {QStringLiteral("route"), QStringLiteral("--json")};
    if (!policy.isEmpty())
        args << QStringLiteral("--policy") << write(QStringLiteral("policy.yaml"), policy);
    const TierctlRun r = tierctl(args + flags + QStringList{kMessage});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.errText(), QString());
    const QJsonObject d = json(r.outText());
    QCOMPARE(d.value(QStringLiteral("class")).toString(), expectedClass);
    QCOMPARE(d.value(QStringLiteral("rule")).toString(), expectedRule);
}

void TestPolicyCli::routeBatchUsesPolicy()
{
    const QString policy = write(QStringLiteral("low.yaml"), kHeader + "spec:\n  thresholds: {standard: 0.01, heavy: 0.02}\n");
    const QByteArray batch = "{\"message\": \"Hello\"}\n{\"message\": \"Explain the trade-offs of caching.\"}\n";
    const TierctlRun r = tierctl({QStringLiteral("route"), QStringLiteral("--jsonl"), QStringLiteral("-"), QStringLiteral("--policy"), policy}, batch);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &l : lines)
        QVERIFY2(json(l).value(QStringLiteral("score")).toDouble() < 0.02 || json(l).value(QStringLiteral("class")).toString() == u"heavy", qPrintable(l));
    QCOMPARE(json(lines.at(1)).value(QStringLiteral("class")).toString(), QStringLiteral("heavy"));
}

void TestPolicyCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle"); // in stderr
    const auto S = [](const char *s) { return QString::fromLatin1(s); };
    const QString broken = fixtures() + S("bad-thresholds-order/input.yaml");
    QTest::newRow("threshold not a number") << QStringList{S("route"), S("--heavy-threshold"), S("high"), S("x")} << 2 << S("between 0 and 1");
    QTest::newRow("threshold above 1") << QStringList{S("route"), S("--standard-threshold"), S("1.2"), S("x")} << 2 << S("between 0 and 1");
    QTest::newRow("thresholds out of order") << QStringList{S("route"), S("--standard-threshold"), S("0.8"), S("x")} << 2 << S("must be below the heavy threshold");
    QTest::newRow("route policy with errors") << QStringList{S("route"), S("--policy"), broken, S("x")} << 2 << S("[policy.thresholds-order]");
    QTest::newRow("route missing policy") << QStringList{S("route"), S("--policy"), S("/nonexistent/p.yaml"), S("x")} << 2 << S("cannot read");
    QTest::newRow("route tier config as policy") << QStringList{S("route"), S("--policy"), demo("default.yaml"), S("x")} << 2 << S("not a router policy");
    QTest::newRow("export policy without router") << QStringList{S("export"), S("--to"), S("litellm"), S("--policy"), demo("router-policy.yaml"), demo("default.yaml")} << 2 << S("litellm-router");
    QTest::newRow("export policy with errors") << QStringList{S("export"), S("--to"), S("litellm-router"), S("--policy"), broken, demo("default.yaml")} << 1 << S("[policy.thresholds-order]");
    QTest::newRow("export missing policy") << QStringList{S("export"), S("--to"), S("litellm-router"), S("--policy"), S("/nonexistent/p.yaml"), demo("default.yaml")} << 2 << S("cannot read");
    QTest::newRow("export router name clash") << QStringList{S("export"), S("--to"), S("litellm-router"), S("--router-name"), S("fast"), demo("default.yaml")} << 2 << S("no tier has");
    QTest::newRow("export broken config") << QStringList{S("export"), S("--to"), S("litellm-router"), demo("broken-example.yaml")} << 1 << S("has errors");
}

void TestPolicyCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const TierctlRun r = tierctl(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errText().contains(needle), qPrintable(r.errText()));
    QCOMPARE(r.outText(), QString());
}

void TestPolicyCli::exportLiteLlmRouter()
{
    const QString policy = write(QStringLiteral("export.yaml"),
                                 kHeader + "metadata: {name: tuned}\nspec:\n  thresholds: {standard: 0.25, heavy: 0.65}\n"
                                           "  taskOverrides: {security_analysis: heavy}\n"
                                           "  budgets: {default: {dailyUsd: \"5.00\"}}\n");
    const TierctlRun r = tierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm-router"),
                           QStringLiteral("--policy"), policy, QStringLiteral("--router-name"), QStringLiteral("auto"),
                           demo("default.yaml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().startsWith(QStringLiteral("# LiteLLM complexity router for TierBench router policy \"tuned\"")));
    const QString entry = QStringLiteral(
        "  - model_name: auto\n"
        "    litellm_params:\n"
        "      model: auto_router/complexity_router\n"
        "      complexity_router_config:\n"
        "        tiers:\n"
        "          SIMPLE: fast\n"
        "          MEDIUM: standard\n"
        "          COMPLEX: reasoning\n"
        "          REASONING: reasoning\n"
        "        tier_boundaries:\n"
        "          simple_medium: 0.25\n"
        "          medium_complex: 0.65\n"
        "          complex_reasoning: 1.0\n"
        "      complexity_router_default_model: standard\n");
    QVERIFY2(r.outText().endsWith(entry), qPrintable(r.outText()));
    // The tier entries are exactly what --to litellm writes.
    const TierctlRun plain = tierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm"), demo("default.yaml")});
    QVERIFY(r.outText().contains(plain.outText()));
    // What cannot map is said on stderr and in the comments, each part once.
    for (const char *part : {"spec.thresholds", "spec.weights", "spec.capabilities", "spec.taskOverrides (security_analysis)", "spec.budgets"}) {
        QCOMPARE(r.errText().count(QStringLiteral("cannot map exactly: ") + QLatin1StringView(part)), 1);
        QCOMPARE(r.outText().count(QStringLiteral("# - ") + QLatin1StringView(part)), 1);
    }
    // Without budgets or overrides, those are not mentioned.
    const TierctlRun bare = tierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm-router"),
                              QStringLiteral("--policy"), write(QStringLiteral("bare.yaml"), kHeader + "spec: {taskOverrides: {}}\n"),
                              demo("default.yaml")});
    QCOMPARE(bare.exitCode, 0);
    QVERIFY(!bare.errText().contains(QStringLiteral("spec.budgets")));
    QVERIFY(!bare.errText().contains(QStringLiteral("spec.taskOverrides")));
    QVERIFY(bare.outText().contains(QStringLiteral("simple_medium: 0.3\n          medium_complex: 0.7\n")));
}

void TestPolicyCli::exportLiteLlmRouterImportsBack()
{
    // The output is a LiteLLM config the importer reads: the tiers come back, the router entry is
    // recognised as not a tier.
    for (const char *config : {"default.yaml", "local-ollama.yaml", "openai-anthropic.yaml"}) {
        const TierctlRun exported = tierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm-router"), demo(config)});
        QCOMPARE(exported.exitCode, 0);
        const QString file = write(QStringLiteral("litellm.yaml"), exported.outText().toUtf8());
        const TierctlRun imported = tierctl({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("litellm"), file});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.errText().contains(QStringLiteral("model \"router\" is a LiteLLM auto router")), qPrintable(imported.errText()));
        const QString back = write(QStringLiteral("back.yaml"), imported.outText().toUtf8());
        const TierctlRun again = tierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm"), back});
        const TierctlRun original = tierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm"), demo(config)});
        QCOMPARE(again.outText(), original.outText());
    }
}

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "tst_policycli.moc"
