// A Proxy ModelAPI as a Compare target: the models it serves at its apiBase.
#include "config/configcodec.h"
#include "config/modelapitargets.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ModelApi parsed(const QByteArray &yaml)
{
    const ParsedConfigFile file = ConfigCodec::parse(yaml);
    for (const ConfigDocument &doc : file.documents)
        if (doc.kind == ConfigDocument::Kind::ModelApi)
            return doc.modelApi;
    return {};
}

const QByteArray kHead = "apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: team-proxy\nspec:\n";

} // namespace

class TestModelApiTargets final : public QObject
{
    Q_OBJECT

private slots:
    void servedModels_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QStringList>("models");
        QTest::newRow("proxy with a model")
            << QByteArray("  mode: Proxy\n  proxyConfig:\n    apiBase: http://127.0.0.1:4000\n    model: gpt-4o-mini\n")
            << QStringList{u"gpt-4o-mini"_s};
        QTest::newRow("nested LiteLLM config, names once each, in order")
            << QByteArray("  mode: Proxy\n  proxyConfig:\n    apiBase: https://litellm.internal\n    configYaml: |\n"
                          "      model_list:\n        - model_name: fast\n          litellm_params: {model: openai/gpt-4o-mini}\n"
                          "        - model_name: smart\n          litellm_params: {model: anthropic/claude-sonnet-4}\n"
                          "        - model_name: fast\n          litellm_params: {model: openai/gpt-4.1-mini}\n")
            << QStringList{u"fast"_s, u"smart"_s};
        QTest::newRow("2026-01 fromString")
            << QByteArray("  mode: Proxy\n  proxyConfig:\n    apiBase: https://litellm.internal\n    configYaml:\n      fromString: |\n"
                          "        model_list:\n          - model_name: llama2\n            litellm_params: {model: ollama/llama2}\n")
            << QStringList{u"llama2"_s};
        QTest::newRow("wildcard proxy: no model known") << QByteArray("  mode: Proxy\n  proxyConfig:\n    apiBase: http://10.0.0.5:4000\n")
                                                       << QStringList{};
        QTest::newRow("no apiBase") << QByteArray("  mode: Proxy\n  proxyConfig:\n    model: gpt-4o-mini\n") << QStringList{};
        QTest::newRow("hosted") << QByteArray("  mode: Hosted\n  serverConfig:\n    model: smollm2:135m\n") << QStringList{};
        QTest::newRow("nested config that does not parse")
            << QByteArray("  mode: Proxy\n  proxyConfig:\n    apiBase: http://127.0.0.1:4000\n    configYaml: |\n      model_list: [\n")
            << QStringList{};
    }

    void servedModels()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QStringList, models);
        QCOMPARE(ModelApiTargets::servedModels(parsed(kHead + spec)), models);
    }

    void asTierConfig_data()
    {
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<bool>("noAuth");
        QTest::newRow("loopback needs no key") << u"http://127.0.0.1:4000/v1"_s << true;
        QTest::newRow("localhost needs no key") << u"http://localhost:4000"_s << true;
        QTest::newRow("a remote proxy uses the OpenAI key") << u"https://litellm.internal"_s << false;
    }

    void asTierConfig()
    {
        QFETCH(QString, apiBase);
        QFETCH(bool, noAuth);
        const ModelApi api = parsed(kHead + "  mode: Proxy\n  proxyConfig:\n    apiBase: " + apiBase.toUtf8()
                                    + "\n    model: gpt-4o-mini\n");
        const TierConfig config = ModelApiTargets::asTierConfig(api);
        QCOMPARE(config.name, u"team-proxy"_s);
        QCOMPARE(config.tiers.size(), 1);
        const TierEntry &entry = config.tiers.constFirst();
        QCOMPARE(entry.tier, u"gpt-4o-mini"_s);
        QCOMPARE(entry.model, u"gpt-4o-mini"_s);
        QCOMPARE(entry.provider, QString::fromLatin1(ModelApiTargets::ProxyProvider));
        QCOMPARE(entry.endpoint, apiBase);
        QCOMPARE(entry.auth.has_value(), noAuth);
        if (noAuth)
            QCOMPARE(entry.auth->type, u"none"_s);
        QVERIFY(entry.costPerMillionInput.isEmpty()); // prices unknown, never zero
    }
};

QTEST_GUILESS_MAIN(TestModelApiTargets)
#include "tst_modelapitargets.moc"
