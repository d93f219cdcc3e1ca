// ModelApiEdit: the ModelAPI form's edits give a document that reads back with the edit,
// keeps its CRD version and is clean against it.
#include "config/modelapiedit.h"

#include <QTest>

class TestModelApiEdit final : public QObject
{
    Q_OBJECT

private slots:
    void setField_data();
    void setField();
    void setEnv();
    void refuses();
};

namespace {

const QByteArray kProxy = "# the proxy\napiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: p\n"
                          "spec:\n  mode: Proxy\n  proxyConfig:\n    apiBase: \"http://localhost:11434\"\n";
const QByteArray kHosted2025 = "apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: h\nspec:\n"
                               "  mode: Hosted\n  serverConfig:\n    model: \"smollm2:135m\"\n";

ConfigDocument only(const QByteArray &yaml)
{
    const ParsedConfigFile parsed = ConfigCodec::parse(yaml);
    return parsed.documents.value(0);
}

Diagnostics findings(const ParsedConfigFile &parsed)
{
    Diagnostics out;
    for (const Diagnostic &d : parsed.diagnostics)
        if (d.severity != Diagnostic::Severity::Info)
            out << d;
    return out;
}

} // namespace

void TestModelApiEdit::setField_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("apiBase") << kProxy << int(ModelApiEdit::Field::ApiBase) << QStringLiteral("https://api.openai.com")
                             << QStringLiteral("    apiBase: \"https://api.openai.com\"");
    QTest::newRow("numeric model stays a string")
        << kProxy << int(ModelApiEdit::Field::ProxyModel) << QStringLiteral("8080") << QStringLiteral("    model: \"8080\"");
    QTest::newRow("hosted model in a 2025-12 document goes to serverConfig")
        << kHosted2025 << int(ModelApiEdit::Field::HostedModel) << QStringLiteral("llama3")
        << QStringLiteral("  serverConfig:\n    model: \"llama3\"");
    QTest::newRow("mode") << kHosted2025 << int(ModelApiEdit::Field::Mode) << QStringLiteral("Proxy")
                          << QStringLiteral("  mode: Proxy");
    QTest::newRow("empty removes") << kProxy << int(ModelApiEdit::Field::ApiBase) << QString()
                                   << QStringLiteral("  proxyConfig:\n    {}");
}

void TestModelApiEdit::setField()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedLine);
    const ConfigDocument before = only(yaml);
    const ModelApiEdit::Result r = ModelApiEdit::setField(before, ModelApiEdit::Field(field), value);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(QString::fromUtf8(r.source).contains(expectedLine), r.source.constData());
    const ConfigDocument after = only(r.source);
    QCOMPARE(after.schemaName, before.schemaName);
    if (yaml.startsWith('#'))
        QVERIFY(r.source.startsWith("# the proxy\n"));
}

void TestModelApiEdit::setEnv()
{
    const QList<EnvVar> env = {{QStringLiteral("OPENAI_API_KEY"), {}, QStringLiteral("llm-secrets"), QStringLiteral("1")},
                               {QStringLiteral("LITELLM_LOG"), QStringLiteral("true"), {}, {}}};
    const ModelApiEdit::Result r = ModelApiEdit::setEnv(only(kProxy), false, env);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const ParsedConfigFile parsed = ConfigCodec::parse(r.source);
    QVERIFY2(findings(parsed).isEmpty(), r.source.constData());
    QCOMPARE(parsed.documents.at(0).modelApi.proxyConfig.env, env); // "1" and "true" stay strings
    QVERIFY(r.source.contains("key: \"1\""));
    QVERIFY(r.source.contains("value: \"true\""));
    // An empty table removes env.
    const ModelApiEdit::Result cleared = ModelApiEdit::setEnv(only(r.source), false, {});
    QVERIFY(!cleared.source.contains("env:"));
}

void TestModelApiEdit::refuses()
{
    QVERIFY(!ModelApiEdit::setField(only("apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: x\n"
                                         "spec: [1]\n"),
                                    ModelApiEdit::Field::ApiBase, QStringLiteral("http://a"))
                 .error.isEmpty());
    QVERIFY(!ModelApiEdit::setField(only("apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\nmetadata:\n"
                                         "  name: d\nspec:\n  tiers:\n    - {tier: fast, provider: a, model: b}\n"),
                                    ModelApiEdit::Field::ApiBase, QStringLiteral("http://a"))
                 .error.isEmpty());
}

QTEST_GUILESS_MAIN(TestModelApiEdit)
#include "tst_modelapiedit.moc"
