// ConfigCodec: typed values, source positions, lossless save, determinism, atomic writes.
#include "config/atomicfile.h"
#include "config/configcodec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestConfigCodec final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSeed();
    void positionOfPaths_data();
    void positionOfPaths();
    void unknownFieldsSurviveLoadSave();
    void wrongTypedValuesAreKeptNotCoerced();
    void brokenStructureIsKeptOnRegenerate();
    void structEditsWinOverKeptCopies();
    void outputIsDeterministic();
    void multiDocumentWriteBack();
    void unchangedDocumentsKeepComments();
    void modelApiBothCrdVersions();
    void noExceptionEscapes_data();
    void noExceptionEscapes();
    void mutationsNeverCrash();
    void atomicWrite();
    void oversizedFilesAreRefused();
    void loadTierConfig_data();
    void loadTierConfig();
};

namespace {

const QByteArray kSeed = "apiVersion: core.infraagent.io/v1alpha1\n"
                         "kind: ModelTierConfig\n"
                         "metadata:\n"
                         "  name: default\n"
                         "spec:\n"
                         "  defaultAuth:\n"
                         "    type: apiKey\n"
                         "    secretRef: llm-api-key\n"
                         "    secretKey: api-key\n"
                         "  tiers:\n"
                         "    - tier: fast\n"
                         "      provider: anthropic\n"
                         "      model: claude-haiku-3-5-20241022\n"
                         "      maxTokens: 4096\n"
                         "      costPerMillionInput: \"0.80\"\n"
                         "      costPerMillionOutput: \"4.00\"\n"
                         "    - tier: standard\n"
                         "      provider: anthropic\n"
                         "      model: claude-sonnet-4-20250514\n"
                         "      maxTokens: 8192\n"
                         "      costPerMillionInput: \"3.00\"\n"
                         "      costPerMillionOutput: \"15.00\"\n";

} // namespace

void TestConfigCodec::readsTheSeed()
{
    const ParsedConfigFile parsed = ConfigCodec::parse(kSeed);
    QVERIFY(parsed.diagnostics.isEmpty());
    QCOMPARE(parsed.documents.size(), 1);
    const ConfigDocument &doc = parsed.documents.constFirst();
    QCOMPARE(doc.kind, ConfigDocument::Kind::TierConfig);
    const TierConfig &c = doc.tierConfig;
    QCOMPARE(c.name, QStringLiteral("default"));
    QVERIFY(c.defaultAuth);
    QCOMPARE(c.defaultAuth->secretRef, QStringLiteral("llm-api-key"));
    QCOMPARE(c.tiers.size(), 2);
    QCOMPARE(c.tiers.at(1).model, QStringLiteral("claude-sonnet-4-20250514"));
    QCOMPARE(c.tiers.at(1).maxTokens, std::optional<int>(8192));
    QCOMPARE(c.tiers.at(0).costPerMillionInput, QStringLiteral("0.80")); // text as written
    QCOMPARE(ConfigCodec::toYaml(c), kSeed);
}

void TestConfigCodec::positionOfPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("root") << QString() << 1 << 1;
    QTest::newRow("name") << QStringLiteral("metadata.name") << 4 << 9;
    QTest::newRow("tier 1 model") << QStringLiteral("spec.tiers[1].model") << 19 << 14;
    QTest::newRow("tier 0 item") << QStringLiteral("spec.tiers[0]") << 11 << 7;
    QTest::newRow("missing field -> its tier") << QStringLiteral("spec.tiers[1].endpoint") << 17 << 7;
    QTest::newRow("missing tier -> list") << QStringLiteral("spec.tiers[7].model") << 11 << 5;
}

void TestConfigCodec::positionOfPaths()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    const ConfigDocument doc = ConfigCodec::parse(kSeed).documents.constFirst();
    QCOMPARE(doc.positionOf(path), (SourcePosition{line, column}));
    QCOMPARE(doc.keyPositions.value(QStringLiteral("spec.tiers")), (SourcePosition{10, 3}));
}

void TestConfigCodec::unknownFieldsSurviveLoadSave()
{
    const QByteArray in = "apiVersion: core.infraagent.io/v1alpha1\n"
                          "kind: ModelTierConfig\n"
                          "metadata:\n"
                          "  name: default\n"
                          "  labels:\n"
                          "    team: platform\n"
                          "spec:\n"
                          "  region: eu\n"
                          "  tiers:\n"
                          "    - tier: fast\n"
                          "      provider: anthropic\n"
                          "      model: m\n"
                          "      zone: \"0123\"\n"
                          "      flags: [a, b]\n"
                          "      auth:\n"
                          "        type: none\n"
                          "        note: |\n"
                          "          two\n"
                          "          lines\n"
                          "status:\n"
                          "  ready: true\n";
    const ParsedConfigFile parsed = ConfigCodec::parse(in);
    int unknownWarnings = 0;
    for (const Diagnostic &d : parsed.diagnostics) {
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QCOMPARE(d.code, QStringLiteral("unknown-field"));
        ++unknownWarnings;
    }
    QCOMPARE(unknownWarnings, 4); // region, zone, flags, note; labels and status are standard
    const QByteArray out = ConfigCodec::toYaml(parsed.documents.constFirst().tierConfig);
    QVERIFY2(out.contains("zone: \"0123\""), out.constData()); // still a string
    QVERIFY(out.contains("flags: [a, b]"));
    QVERIFY(out.contains("note: |\n          two\n          lines"));
    QVERIFY(out.contains("  labels:\n    team: platform"));
    QVERIFY(out.contains("status:\n  ready: true"));
    QVERIFY(out.contains("  region: eu"));
    // A second load/save is a fixed point, and reads back the same values.
    const ParsedConfigFile again = ConfigCodec::parse(out);
    QCOMPARE(again.documents.constFirst().tierConfig, parsed.documents.constFirst().tierConfig);
    QCOMPARE(ConfigCodec::toYaml(again.documents.constFirst().tierConfig), out);
}

void TestConfigCodec::wrongTypedValuesAreKeptNotCoerced()
{
    QByteArray in = kSeed;
    in.replace("costPerMillionInput: \"0.80\"", "costPerMillionInput: 0.80");
    in.replace("maxTokens: 8192", "maxTokens: \"8192\"");
    const ParsedConfigFile parsed = ConfigCodec::parse(in);
    QVERIFY(parsed.hasErrors());
    const TierConfig &c = parsed.documents.constFirst().tierConfig;
    QVERIFY(c.tiers.at(0).costPerMillionInput.isEmpty()); // not coerced into the struct
    QVERIFY(!c.tiers.at(1).maxTokens);
    const QByteArray out = ConfigCodec::toYaml(c);
    QVERIFY2(out.contains("costPerMillionInput: 0.80\n"), out.constData()); // kept as written
    QVERIFY(out.contains("maxTokens: \"8192\"\n"));
    QVERIFY(!out.contains("costPerMillionInput: \"0.80\""));
}

void TestConfigCodec::brokenStructureIsKeptOnRegenerate()
{
    const QByteArray in = "apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\nmetadata:\n"
                          "  name: 42\nspec:\n  defaultAuth: apiKey\n  tiers:\n    fast: m\n";
    const ParsedConfigFile parsed = ConfigCodec::parse(in);
    QVERIFY(parsed.hasErrors());
    const QByteArray out = ConfigCodec::toYaml(parsed.documents.constFirst().tierConfig);
    QVERIFY2(out.contains("  name: 42\n"), out.constData());
    QVERIFY(out.contains("  defaultAuth: apiKey\n"));
    QVERIFY(out.contains("  tiers:\n    fast: m\n"));
    QVERIFY(!out.contains("[]"));
    // Reading it back gives the same problems on the same paths.
    QStringList before, after;
    for (const Diagnostic &d : parsed.diagnostics)
        before << d.code + u' ' + d.path;
    for (const Diagnostic &d : ConfigCodec::parse(out).diagnostics)
        after << d.code + u' ' + d.path;
    QCOMPARE(after, before);
}

void TestConfigCodec::structEditsWinOverKeptCopies()
{
    QByteArray in = kSeed;
    in.replace("costPerMillionInput: \"0.80\"", "costPerMillionInput: 0.80");
    TierConfig c = ConfigCodec::parse(in).documents.constFirst().tierConfig;
    c.tiers[0].costPerMillionInput = QStringLiteral("0.80"); // the user fixes it in the form
    const QByteArray out = ConfigCodec::toYaml(c);
    QCOMPARE(out, kSeed);
    QCOMPARE(out.count("costPerMillionInput"), 2);
}

void TestConfigCodec::outputIsDeterministic()
{
    TierConfig c;
    c.name = QStringLiteral("x");
    TierEntry t;
    t.tier = QStringLiteral("fast");
    t.provider = QStringLiteral("openai");
    t.model = QStringLiteral("gpt-4o-mini");
    t.costPerMillionInput = QStringLiteral("0.15");
    t.auth = AuthConfig{QStringLiteral("apiKey"), QStringLiteral("openai-key"), QStringLiteral("key"), {}};
    c.tiers = {t};
    const QByteArray a = ConfigCodec::toYaml(c);
    QCOMPARE(ConfigCodec::toYaml(c), a);
    QCOMPARE(a, QByteArray("apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\nmetadata:\n"
                           "  name: x\nspec:\n  tiers:\n    - tier: fast\n      provider: openai\n"
                           "      model: gpt-4o-mini\n      costPerMillionInput: \"0.15\"\n      auth:\n"
                           "        type: apiKey\n        secretRef: openai-key\n        secretKey: key\n"));
    QVERIFY(ConfigCodec::parse(a).diagnostics.isEmpty());
}

void TestConfigCodec::multiDocumentWriteBack()
{
    const QByteArray other = "# a namespace\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n";
    const QByteArray in = QByteArray("---\n") + other + "---\n" + kSeed;
    ParsedConfigFile parsed = ConfigCodec::parse(in);
    QCOMPARE(parsed.documents.size(), 2);
    QCOMPARE(parsed.documents.at(1).startLine, 7);
    QCOMPARE(parsed.documents.at(1).positionOf(QStringLiteral("metadata.name")), (SourcePosition{11, 9}));
    QCOMPARE(ConfigCodec::toYaml(parsed.documents), in); // comments of other kinds kept verbatim
    parsed.documents[1].tierConfig.tiers[1].model = QStringLiteral("claude-opus-4-20250514");
    const QByteArray edited = ConfigCodec::toYaml(parsed.documents);
    QVERIFY(edited.startsWith(QByteArray("---\n" + other + "---\n")));
    QVERIFY(edited.contains("model: claude-opus-4-20250514"));
}

void TestConfigCodec::unchangedDocumentsKeepComments()
{
    QByteArray commented = kSeed;
    commented.replace("  tiers:\n", "  tiers:   # cheapest first\n");
    const QByteArray in = commented + "---\n" + commented;
    ParsedConfigFile parsed = ConfigCodec::parse(in);
    QCOMPARE(parsed.documents.size(), 2);
    QCOMPARE(ConfigCodec::toYaml(parsed.documents), in); // byte for byte
    parsed.documents[1].tierConfig.tiers[0].maxTokens = 2048; // a form edit in the second document
    const QByteArray out = ConfigCodec::toYaml(parsed.documents);
    QVERIFY(out.startsWith(QByteArray(commented + "---\n"))); // the first keeps its comment
    QCOMPARE(out.count("# cheapest first"), 1);                         // the second was regenerated
    QVERIFY(out.contains("maxTokens: 2048"));
}

void TestConfigCodec::modelApiBothCrdVersions()
{
    const QByteArray oldCrd = "apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: a\n"
                              "spec:\n  mode: Hosted\n  serverConfig:\n    model: \"smollm2:135m\"\n"
                              "    resources:\n      limits:\n        memory: 2Gi\n";
    const QByteArray newCrd = "apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: b\n"
                              "  namespace: dev\nspec:\n  mode: Proxy\n  proxyConfig:\n    configYaml:\n"
                              "      fromSecretKeyRef:\n        name: litellm\n        key: config.yaml\n"
                              "    env:\n      - name: KEY\n        valueFrom:\n          secretKeyRef:\n"
                              "            name: s\n            key: k\n";
    // Each is clean against its own CRD version; the only diagnostic names that version.
    const ParsedConfigFile a = ConfigCodec::parse(oldCrd);
    QCOMPARE(a.diagnostics.size(), 1);
    QCOMPARE(a.diagnostics.constFirst().code, QStringLiteral("schema-version"));
    QVERIFY(a.documents.constFirst().schemaName.contains(u"2025-12"));
    QCOMPARE(a.documents.constFirst().modelApi.serverConfig.model, QStringLiteral("smollm2:135m"));
    QCOMPARE(a.documents.constFirst().modelApi.serverConfig.resourceLimits.value(QStringLiteral("memory")),
             QStringLiteral("2Gi"));
    const ParsedConfigFile b = ConfigCodec::parse(newCrd);
    QCOMPARE(b.diagnostics.size(), 1);
    QCOMPARE(b.diagnostics.constFirst().code, QStringLiteral("schema-version"));
    QVERIFY(b.documents.constFirst().schemaName.contains(u"2026-01"));
    const ModelApi &api = b.documents.constFirst().modelApi;
    QCOMPARE(api.namespaceName, QStringLiteral("dev"));
    QCOMPARE(api.proxyConfig.configYamlSecretName, QStringLiteral("litellm"));
    QCOMPARE(api.proxyConfig.env.size(), 1);
    QCOMPARE(api.proxyConfig.env.constFirst().secretKey, QStringLiteral("k"));
}

void TestConfigCodec::noExceptionEscapes_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("tabs") << QByteArray("a:\n\t- b\n");
    QTest::newRow("bad alias") << QByteArray("a: *nope\n");
    QTest::newRow("unclosed quote") << QByteArray("a: \"x\n");
    QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe: [", 7);
    QTest::newRow("key is a map") << QByteArray("? {a: 1}\n: 2\nkind: ModelTierConfig\n");
    QTest::newRow("only markers") << QByteArray("---\n---\n");
}

void TestConfigCodec::noExceptionEscapes()
{
    QFETCH(QByteArray, yaml);
    const ParsedConfigFile parsed = ConfigCodec::parse(yaml);
    QVERIFY(parsed.hasErrors());
    for (const Diagnostic &d : parsed.diagnostics)
        QVERIFY(d.line >= 1);
}

void TestConfigCodec::mutationsNeverCrash()
{
    // Every single-character mutation of a config with a nested LiteLLM config: parse and
    // write back never throw, every diagnostic has a position inside the file, and an
    // unedited file always writes back unchanged.
    const QByteArray base = kSeed + "---\napiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\n"
                                    "metadata:\n  name: p\nspec:\n  mode: Proxy\n  proxyConfig:\n"
                                    "    configYaml: |\n      model_list:\n        - model_name: a\n"
                                    "          litellm_params: {model: x/y}\n";
    const int lines = int(base.count('\n')) + 2;
    int parsed = 0;
    for (qsizetype i = 0; i < base.size(); ++i) {
        for (const char c : {':', '[', '"', '\n', i % 2 ? '|' : '-'}) {
            QByteArray m = base;
            m[i] = c;
            const ParsedConfigFile file = ConfigCodec::parse(m);
            for (const Diagnostic &d : file.diagnostics)
                QVERIFY2(d.line >= 1 && d.line <= lines && d.column >= 1, qPrintable(d.code + QString::number(i)));
            QCOMPARE(ConfigCodec::toYaml(file.documents), m.endsWith('\n') ? m : m + '\n');
            ++parsed;
        }
    }
    QVERIFY(parsed > 2500);
}

void TestConfigCodec::atomicWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("c.yaml"));
    QVERIFY(!AtomicFile::write(path, kSeed));
    const AtomicFile::ReadResult r = AtomicFile::read(path);
    QVERIFY(r.ok());
    QCOMPARE(r.data, kSeed);
    const std::optional<QString> error = AtomicFile::write(dir.filePath(QStringLiteral("no/such/dir/c.yaml")), kSeed);
    QVERIFY(error);
    QVERIFY(error->contains(QStringLiteral("c.yaml")));
    QVERIFY(!AtomicFile::read(dir.filePath(QStringLiteral("missing.yaml"))).ok());
}

void TestConfigCodec::loadTierConfig_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedConfig"); // empty: no config
    QTest::addColumn<QString>("errorContains");
    const QByteArray teams = "apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\n"
                             "metadata:\n  name: team-a\nspec:\n  tiers:\n"
                             "    - tier: fast\n      provider: ollama\n      model: qwen2.5:7b\n"
                             "---\napiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\n"
                             "metadata:\n  name: team-b\nspec:\n  tiers:\n"
                             "    - tier: fast\n      provider: ollama\n      model: llama3.2\n";
    QTest::newRow("first") << teams << QString() << "team-a" << QString();
    QTest::newRow("by name") << teams << "team-b" << "team-b" << QString();
    QTest::newRow("name not there") << teams << "team-c" << QString() << "named 'team-c'";
    QTest::newRow("missing file") << QByteArray() << QString() << QString() << "tiers.yaml";
    QTest::newRow("no tier config")
        << QByteArray("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n") << QString() << QString()
        << "holds no ModelTierConfig";
    QTest::newRow("errors")
        << QByteArray(teams).replace("tier: fast\n      provider: ollama\n      model: llama3.2", "tier: turbo\n      provider: ollama\n      model: llama3.2")
        << QString() << QString() << "tierctl validate";
}

void TestConfigCodec::loadTierConfig()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, expectedConfig);
    QFETCH(QString, errorContains);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tiers.yaml"));
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const TierConfigLoad load = ConfigCodec::loadTierConfig(path, name);
    QCOMPARE(load.config.has_value(), !expectedConfig.isEmpty());
    if (load.config)
        QCOMPARE(load.config->name, expectedConfig);
    QVERIFY2(load.error.contains(errorContains), qPrintable(load.error));
    QCOMPARE(load.error.isEmpty(), errorContains.isEmpty());
}

QTEST_GUILESS_MAIN(TestConfigCodec)
void TestConfigCodec::oversizedFilesAreRefused()
{
    // Issue 12: a config past 10 MB is not read (the GUI parses every workspace file).
    QByteArray big("apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\n# ");
    big += QByteArray(ConfigCodec::MaxFileBytes, 'x');
    const ParsedConfigFile parsed = ConfigCodec::parse(big);
    QCOMPARE(parsed.diagnostics.size(), 1);
    QCOMPARE(parsed.diagnostics.constFirst().code, QStringLiteral("file-too-large"));
    QVERIFY(parsed.documents.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.yaml"));
    QVERIFY(!AtomicFile::write(path, big));
    const AtomicFile::ReadResult read = AtomicFile::read(path);
    QVERIFY(!read.ok());
    QVERIFY(read.data.isEmpty());
    QVERIFY2(read.error.contains(QStringLiteral("10 MB")), qPrintable(read.error));
    QVERIFY(AtomicFile::read(path, big.size()).ok());
}

#include "tst_configcodec.moc"
