// tierctl end to end: exit codes, output formats, the golden cases through the CLI, and the
// LiteLLM round trip through files.
#include "tierctlrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestTierctl final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usage_data();
    void usage();
    void validateGolden_data();
    void validateGolden();
    void validateJson();
    void validateSeveralFiles();
    void validateStdin();
    void exportLiteLlm();
    void roundTripThroughFiles();
    void importRealConfig();
    void cost_data();
    void cost();
};

namespace {

const QString kSource = QStringLiteral(TIERBENCH_SOURCE_DIR);

QString demo(const char *file)
{
    return kSource + QStringLiteral("/resources/demo/") + QLatin1StringView(file);
}

QString golden(const QString &name)
{
    return kSource + QStringLiteral("/tests/fixtures/config/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestTierctl::initTestCase()
{
    QVERIFY2(QFile::exists(tierctlPath()), "build tierctl first");
}

void TestTierctl::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("needle"); // in stdout for 0, stderr otherwise
    const auto S = [](const char *s) { return QString::fromLatin1(s); };
    QTest::newRow("no command") << QStringList{} << 2 << S("Usage: tierctl");
    QTest::newRow("--help") << QStringList{S("--help")} << 0 << S("validate");
    QTest::newRow("unknown command") << QStringList{S("frobnicate")} << 2 << S("unknown command");
    for (const char *c : {"validate", "export", "import", "cost", "report"})
        QTest::addRow("%s --help", c) << QStringList{S(c), S("--help")} << 0 << S("--help");
    QTest::newRow("validate no file") << QStringList{S("validate")} << 2 << S("no FILE");
    QTest::newRow("validate bad option") << QStringList{S("validate"), S("--jsn"), demo("default.yaml")} << 2 << S("jsn");
    QTest::newRow("validate missing file") << QStringList{S("validate"), S("/nonexistent/x.yaml")} << 2 << S("cannot read");
    QTest::newRow("export no --to") << QStringList{S("export"), demo("default.yaml")} << 2 << S("--to");
    QTest::newRow("export bad format") << QStringList{S("export"), S("--to"), S("helm"), demo("default.yaml")} << 2 << S("helm");
    QTest::newRow("export two files") << QStringList{S("export"), S("--to"), S("litellm"), demo("default.yaml"), demo("teams.yaml")} << 2 << S("exactly one");
    QTest::newRow("export broken") << QStringList{S("export"), S("--to"), S("litellm"), demo("broken-example.yaml")} << 1 << S("has errors");
    QTest::newRow("import no --from") << QStringList{S("import"), demo("default.yaml")} << 2 << S("--from");
    QTest::newRow("import bad name") << QStringList{S("import"), S("--from"), S("litellm"), S("--name"), S("Bad_Name"), demo("default.yaml")} << 2 << S("DNS-1123");
    QTest::newRow("import not litellm") << QStringList{S("import"), S("--from"), S("litellm"), demo("default.yaml")} << 1 << S("model_list");
    QTest::newRow("cost missing --tier") << QStringList{S("cost"), S("--config"), demo("default.yaml"), S("--input"), S("1"), S("--output"), S("1")} << 2 << S("--tier");
    QTest::newRow("cost bad tokens") << QStringList{S("cost"), S("--config"), demo("default.yaml"), S("--tier"), S("fast"), S("--input"), S("lots"), S("--output"), S("1")} << 2 << S("whole numbers");
    QTest::newRow("cost unknown tier") << QStringList{S("cost"), S("--config"), demo("default.yaml"), S("--tier"), S("turbo"), S("--input"), S("1"), S("--output"), S("1")} << 1 << S("no tier 'turbo'");
    QTest::newRow("cost no such config") << QStringList{S("cost"), S("--config"), demo("teams.yaml"), S("--name"), S("team-z"), S("--tier"), S("fast"), S("--input"), S("1"), S("--output"), S("1")} << 1 << S("named 'team-z'");
    QTest::newRow("export picks by name") << QStringList{S("export"), S("--to"), S("litellm"), S("--name"), S("team-b"), demo("teams.yaml")} << 0 << S("openai/gpt-4o");
    QTest::newRow("cost missing file") << QStringList{S("cost"), S("--config"), S("/nonexistent.yaml"), S("--tier"), S("fast"), S("--input"), S("1"), S("--output"), S("1")} << 2 << S("cannot read");
}

void TestTierctl::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, needle);
    const TierctlRun r = runTierctl(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2((exitCode == 0 ? r.outText() : r.errText()).contains(needle), qPrintable(r.outText() + r.errText()));
}

void TestTierctl::validateGolden_data()
{
    QTest::addColumn<QString>("caseName");
    const QStringList names = QDir(golden(QString())).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &n : names)
        QTest::newRow(qPrintable(n)) << n;
}

void TestTierctl::validateGolden()
{
    // The CLI reports each golden diagnostic as FILE:LINE:COLUMN: severity: message [code],
    // and exits 1 exactly when one of them is an error.
    QFETCH(QString, caseName);
    const QString input = golden(caseName) + QStringLiteral("/input.yaml");
    QStringList expected;
    bool errors = false;
    for (const QByteArray &l : readAll(golden(caseName) + QStringLiteral("/expected.txt")).split('\n')) {
        if (l.trimmed().isEmpty() || l.startsWith('#'))
            continue;
        const QStringList f = QString::fromUtf8(l).split(u' '); // "L:C:" "severity:" "code" [path]
        expected << input + u':' + f.at(0) + u' ' + f.at(1) + QStringLiteral(" [") + f.at(2) + u']';
        errors = errors || f.at(1) == u"error:";
    }
    // A case with a `schema-only` file runs only the CRD schema checks.
    QStringList args = {QStringLiteral("validate"), input};
    if (QFile::exists(golden(caseName) + QStringLiteral("/schema-only")))
        args.insert(1, QStringLiteral("--schema-only"));
    const TierctlRun r = runTierctl(args);
    QCOMPARE(r.exitCode, errors ? 1 : 0);
    static const QRegularExpression line(QStringLiteral("^(.+:\\d+:\\d+: \\w+:) .+ (\\[[a-z0-9-]+\\])$"));
    QStringList actual;
    for (const QString &l : r.outText().split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        actual << m.captured(1) + u' ' + m.captured(2);
    }
    QCOMPARE(actual, expected);
}

void TestTierctl::validateJson()
{
    const TierctlRun r = runTierctl({QStringLiteral("validate"), QStringLiteral("--json"), demo("broken-example.yaml"),
                           demo("default.yaml")});
    QCOMPARE(r.exitCode, 1);
    // Key order as documented in the issue.
    QVERIFY(r.outText().startsWith(QStringLiteral("{\"files\":[{\"file\":")));
    QVERIFY(r.outText().contains(QStringLiteral("\"valid\":false,\"diagnostics\":[{\"severity\":\"error\",\"code\":\"invalid-name\",\"path\":\"metadata.name\",\"line\":6,\"column\":9,\"message\":")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.outText().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray files = doc.object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("diagnostics")).toArray().size(), 9);
    const QJsonObject clean = files.at(1).toObject();
    QCOMPARE(clean.value(QStringLiteral("file")).toString(), demo("default.yaml"));
    QCOMPARE(clean.value(QStringLiteral("valid")).toBool(), true);
    QVERIFY(clean.value(QStringLiteral("diagnostics")).toArray().isEmpty());
    const QJsonObject d = files.at(0).toObject().value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
    for (const char *key : {"severity", "code", "path", "line", "column", "message"})
        QVERIFY2(d.contains(QLatin1StringView(key)), key);
}

void TestTierctl::validateSeveralFiles()
{
    const TierctlRun ok = runTierctl({QStringLiteral("validate"), demo("default.yaml"), demo("teams.yaml"),
                            golden(QStringLiteral("warn-unknown-fields/input.yaml"))});
    QCOMPARE(ok.exitCode, 0); // warnings do not fail
    QVERIFY(ok.outText().contains(QStringLiteral("warning:")));
    const TierctlRun bad = runTierctl({QStringLiteral("validate"), demo("default.yaml"), demo("broken-example.yaml")});
    QCOMPARE(bad.exitCode, 1);
    const TierctlRun io = runTierctl({QStringLiteral("validate"), demo("broken-example.yaml"), QStringLiteral("/nonexistent")});
    QCOMPARE(io.exitCode, 2); // an I/O error wins, and the readable file is still reported
    QVERIFY(io.outText().contains(QStringLiteral("[invalid-name]")));
}

void TestTierctl::validateStdin()
{
    const TierctlRun r = runTierctl({QStringLiteral("validate"), QStringLiteral("-")},
                                    {.stdinData = readAll(demo("broken-example.yaml"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith("-:6:9: error: "));
}

void TestTierctl::exportLiteLlm()
{
    const TierctlRun r = runTierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm"), demo("default.yaml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().startsWith(QStringLiteral("model_list:\n  - model_name: fast\n")));
    QCOMPARE(r.outText().count(QStringLiteral("api_key: os.environ/LLM_API_KEY_API_KEY")), 3);
    QVERIFY(r.outText().contains(QStringLiteral("input_cost_per_token: 0.0000008\n")));
    QVERIFY(r.outText().contains(QStringLiteral("output_cost_per_token: 0.000075\n")));
    QVERIFY(r.errText().isEmpty());
}

void TestTierctl::roundTripThroughFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *file : {"default.yaml", "openai-anthropic.yaml", "local-ollama.yaml"}) {
        const TierctlRun exported = runTierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm"), demo(file)});
        QCOMPARE(exported.exitCode, 0);
        const QString litellm = dir.filePath(QStringLiteral("config.yaml"));
        QFile f(litellm);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(exported.outText().toUtf8());
        f.close();
        const TierctlRun imported = runTierctl({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("litellm"), litellm});
        QCOMPARE(imported.exitCode, 0);
        const QString tierFile = dir.filePath(QStringLiteral("imported.yaml"));
        QFile g(tierFile);
        QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
        g.write(imported.outText().toUtf8());
        g.close();
        QCOMPARE(runTierctl({QStringLiteral("validate"), tierFile}).exitCode, 0);
        // Export again: same models, same prices, same keys references.
        const TierctlRun again = runTierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm"), tierFile});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.outText(), exported.outText());
    }
}

void TestTierctl::importRealConfig()
{
    const QString path = QStringLiteral(TIERBENCH_FIXTURES_DIR "/wire/litellm_configs/kaos_model-api_litellm_config.yaml");
    if (!QFile::exists(path))
        QFAIL("fixture missing under tests/fixtures");
    const TierctlRun r = runTierctl({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("litellm"),
                           QStringLiteral("--name"), QStringLiteral("kaos"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(QStringLiteral("name: kaos")));
    QVERIFY(r.outText().contains(QStringLiteral("model: smollm2:135m")));
    QVERIFY(r.errText().contains(QStringLiteral("[setting-not-imported]"))); // router_settings etc.
}

void TestTierctl::cost_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("expected");
    QTest::newRow("issue example") << demo("default.yaml") << QStringLiteral("standard") << QStringLiteral("3200")
                                   << QStringLiteral("1800") << QStringLiteral("$0.04 (exact 0.0366)\n");
    QTest::newRow("under a cent") << demo("default.yaml") << QStringLiteral("fast") << QStringLiteral("1000")
                                  << QStringLiteral("100") << QStringLiteral("$0.0012 (exact 0.0012)\n");
    QTest::newRow("free local") << demo("local-ollama.yaml") << QStringLiteral("fast") << QStringLiteral("5000")
                                << QStringLiteral("5000") << QStringLiteral("$0.0000 (exact 0)\n");
    QTest::newRow("second config by name") << demo("teams.yaml") << QStringLiteral("standard --name team-b")
                                           << QStringLiteral("1000000") << QStringLiteral("1000000")
                                           << QStringLiteral("$12.50 (exact 12.5)\n");
    QTest::newRow("reasoning") << demo("default.yaml") << QStringLiteral("reasoning") << QStringLiteral("1000000")
                               << QStringLiteral("1000000") << QStringLiteral("$90.00 (exact 90)\n");
}

void TestTierctl::cost()
{
    QFETCH(QString, file);
    QFETCH(QString, tier);
    QFETCH(QString, in);
    QFETCH(QString, out);
    QFETCH(QString, expected);
    QStringList args = {QStringLiteral("cost"), QStringLiteral("--config"), file, QStringLiteral("--tier")};
    args << tier.split(u' '); // "standard --name team-b"
    args << QStringLiteral("--input") << in << QStringLiteral("--output") << out;
    const TierctlRun r = runTierctl(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), expected);
}

QTEST_GUILESS_MAIN(TestTierctl)
#include "tst_tierctl.moc"
