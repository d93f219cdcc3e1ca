// LiteLLM config.yaml export/import: exact prices, key references only, round trip.
#include "config/configcodec.h"
#include "config/litellmconfig.h"
#include "config/secretenv.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestLiteLlmConfig final : public QObject
{
    Q_OBJECT

private slots:
    void secretEnvNames_data();
    void secretEnvNames();
    void exportIsExactAndReferencesKeys();
    void exportReportsInexactPrices();
    void roundTripKeepsModelsAndPrices_data();
    void roundTripKeepsModelsAndPrices();
    void importsRealConfigs_data();
    void importsRealConfigs();
    void importNeverCopiesAnInlineKey();
    void importRejectsGarbage();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TierConfig demoConfig(const QString &file)
{
    const QByteArray yaml = readAll(QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/") + file);
    return ConfigCodec::parse(yaml).documents.value(0).tierConfig;
}

bool hasCode(const Diagnostics &list, const QString &code)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const Diagnostic &d) { return d.code == code; });
}

} // namespace

void TestLiteLlmConfig::secretEnvNames_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("env");
    QTest::newRow("seed") << QStringLiteral("llm-api-key") << QStringLiteral("api-key") << QStringLiteral("LLM_API_KEY_API_KEY");
    QTest::newRow("default key") << QStringLiteral("openai") << QString() << QStringLiteral("OPENAI_API_KEY");
    QTest::newRow("seed override") << QStringLiteral("openai-key") << QStringLiteral("key") << QStringLiteral("OPENAI_KEY_KEY");
    QTest::newRow("dots and runs") << QStringLiteral("team.b--llm") << QStringLiteral("x") << QStringLiteral("TEAM_B_LLM_X");
    QTest::newRow("leading digit") << QStringLiteral("1password") << QStringLiteral("k") << QStringLiteral("_1PASSWORD_K");
}

void TestLiteLlmConfig::secretEnvNames()
{
    QFETCH(QString, ref);
    QFETCH(QString, key);
    QFETCH(QString, env);
    QCOMPARE(secretEnvName(ref, key), env);
}

void TestLiteLlmConfig::exportIsExactAndReferencesKeys()
{
    const TierConfig config = demoConfig(QStringLiteral("openai-anthropic.yaml"));
    QCOMPARE(config.tiers.size(), 3);
    const LiteLlmConfig::ExportResult r = LiteLlmConfig::exportConfig(config);
    QVERIFY(r.diagnostics.isEmpty());
    const QByteArray expected = "model_list:\n"
                                "  - model_name: fast\n"
                                "    litellm_params:\n"
                                "      model: openai/gpt-4o-mini\n"
                                "      api_key: os.environ/OPENAI_KEY_KEY\n"
                                "      input_cost_per_token: 0.00000015\n"
                                "      output_cost_per_token: 0.0000006\n"
                                "      max_tokens: 4096\n"
                                "  - model_name: standard\n"
                                "    litellm_params:\n"
                                "      model: anthropic/claude-sonnet-4-20250514\n"
                                "      api_key: os.environ/ANTHROPIC_KEY_API_KEY\n"
                                "      input_cost_per_token: 0.000003\n"
                                "      output_cost_per_token: 0.000015\n"
                                "      max_tokens: 8192\n"
                                "  - model_name: reasoning\n"
                                "    litellm_params:\n"
                                "      model: anthropic/claude-opus-4-20250514\n"
                                "      api_key: os.environ/ANTHROPIC_KEY_API_KEY\n"
                                "      input_cost_per_token: 0.000015\n"
                                "      output_cost_per_token: 0.000075\n"
                                "      max_tokens: 16384\n";
    QCOMPARE(r.yaml, expected);
    QCOMPARE(LiteLlmConfig::exportConfig(config).yaml, r.yaml); // deterministic

    const LiteLlmConfig::ExportResult local = LiteLlmConfig::exportConfig(demoConfig(QStringLiteral("local-ollama.yaml")));
    QVERIFY(local.diagnostics.isEmpty());
    QVERIFY(local.yaml.contains("api_base: http://localhost:11434/v1"));
    QVERIFY(!local.yaml.contains("api_key")); // auth none
}

void TestLiteLlmConfig::exportReportsInexactPrices()
{
    TierConfig c = demoConfig(QStringLiteral("default.yaml"));
    c.tiers[0].costPerMillionInput = QStringLiteral("0.0000001234567"); // 1e-6 of it needs 19 digits
    c.tiers[1].auth = AuthConfig{QStringLiteral("oauth"), QStringLiteral("o"), {}, {}};
    const LiteLlmConfig::ExportResult r = LiteLlmConfig::exportConfig(c);
    QVERIFY(hasCode(r.diagnostics, QStringLiteral("cost-invalid")));
    QVERIFY(hasCode(r.diagnostics, QStringLiteral("auth-not-exported")));
    QVERIFY(!r.yaml.contains("0.0000001234567"));
}

void TestLiteLlmConfig::roundTripKeepsModelsAndPrices_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"default.yaml", "openai-anthropic.yaml", "local-ollama.yaml"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestLiteLlmConfig::roundTripKeepsModelsAndPrices()
{
    QFETCH(QString, file);
    const TierConfig original = demoConfig(file);
    const LiteLlmConfig::ExportResult exported = LiteLlmConfig::exportConfig(original);
    QVERIFY(exported.diagnostics.isEmpty());
    const LiteLlmConfig::ImportResult imported = LiteLlmConfig::importConfig(exported.yaml, original.name);
    QVERIFY(imported.ok());
    QCOMPARE(imported.config.tiers.size(), original.tiers.size());
    for (qsizetype i = 0; i < original.tiers.size(); ++i) {
        const TierEntry &a = original.tiers.at(i);
        const TierEntry &b = imported.config.tiers.at(i);
        QCOMPARE(b.tier, a.tier);
        QCOMPARE(b.provider, a.provider);
        QCOMPARE(b.model, a.model);
        QCOMPARE(b.endpoint, a.endpoint);
        QCOMPARE(b.maxTokens, a.maxTokens);
        QCOMPARE(Decimal::parse(b.costPerMillionInput), Decimal::parse(a.costPerMillionInput));
        QCOMPARE(Decimal::parse(b.costPerMillionOutput), Decimal::parse(a.costPerMillionOutput));
        QCOMPARE(b.costPerMillionInput, a.costPerMillionInput); // even the text, for these files
        // The key reference survives: the same environment variable name, or still no key.
        const std::optional<AuthConfig> authA = original.effectiveAuth(a);
        const std::optional<AuthConfig> authB = imported.config.effectiveAuth(b);
        const auto envOf = [](const std::optional<AuthConfig> &auth) {
            return auth && auth->type == u"apiKey" ? secretEnvName(auth->secretRef, auth->secretKey) : QString();
        };
        QCOMPARE(envOf(authB), envOf(authA));
    }
    QVERIFY(ConfigCodec::parse(ConfigCodec::toYaml(imported.config)).diagnostics.isEmpty());
    if (file == u"default.yaml") // the seed comes back byte for byte
        QCOMPARE(ConfigCodec::toYaml(imported.config),
                 readAll(QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/default.yaml")));
}

void TestLiteLlmConfig::importsRealConfigs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("tiers");
    const QString dir = QStringLiteral(TIERBENCH_FIXTURES_DIR "/wire/litellm_configs/");
    QTest::newRow("kaos") << dir + QStringLiteral("kaos_model-api_litellm_config.yaml") << 3;
    QTest::newRow("proxy_server_config") << dir + QStringLiteral("proxy_server_config.yaml") << 3;
    QTest::newRow("azure tpm") << dir + QStringLiteral("azure_config_with_tpm.yaml") << 2;
}

void TestLiteLlmConfig::importsRealConfigs()
{
    QFETCH(QString, path);
    QFETCH(int, tiers);
    const QByteArray yaml = readAll(path);
    if (yaml.isEmpty())
        QFAIL("fixture missing under tests/fixtures");
    const LiteLlmConfig::ImportResult r = LiteLlmConfig::importConfig(yaml);
    QVERIFY(r.ok());
    QCOMPARE(r.config.tiers.size(), tiers);
    QVERIFY(!r.diagnostics.isEmpty()); // these configs have more than a ModelTierConfig can hold
    for (const Diagnostic &d : r.diagnostics)
        QVERIFY2(d.line >= 1 && !d.message.isEmpty(), qPrintable(d.code));
    const ParsedConfigFile back = ConfigCodec::parse(ConfigCodec::toYaml(r.config));
    QVERIFY2(!back.hasErrors(), qPrintable(QString::fromUtf8(ConfigCodec::toYaml(r.config))));
}

void TestLiteLlmConfig::importNeverCopiesAnInlineKey()
{
    const QByteArray yaml = "model_list:\n"
                            "  - model_name: fast\n"
                            "    litellm_params:\n"
                            "      model: openai/gpt-4o-mini\n"
                            "      api_key: test-key-not-real-0123456789\n"
                            "      input_cost_per_token: 1.5e-07\n";
    const LiteLlmConfig::ImportResult r = LiteLlmConfig::importConfig(yaml);
    QVERIFY(r.ok());
    QVERIFY(hasCode(r.diagnostics, QStringLiteral("inline-key-not-imported")));
    const QByteArray out = ConfigCodec::toYaml(r.config);
    QVERIFY(!out.contains("test-key-not-real"));
    for (const Diagnostic &d : r.diagnostics)
        QVERIFY(!d.message.contains(QStringLiteral("test-key-not-real")));
    QCOMPARE(r.config.tiers.constFirst().costPerMillionInput, QStringLiteral("0.15")); // 1.5e-07 * 1e6, exact
}

void TestLiteLlmConfig::importRejectsGarbage()
{
    QVERIFY(!LiteLlmConfig::importConfig("model_list: [").ok());
    QVERIFY(!LiteLlmConfig::importConfig("general_settings: {}\n").ok());
    QVERIFY(!LiteLlmConfig::importConfig("").ok());
}

QTEST_GUILESS_MAIN(TestLiteLlmConfig)
#include "tst_litellmconfig.moc"
