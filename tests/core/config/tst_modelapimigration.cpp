// ModelApiMigration: a 2025-12 ModelAPI rewritten to the 2026-01 shape validates clean against
// the 2026-01 CRD and reads back as the same ModelAPI.
#include "config/modelapimigration.h"

#include <QFile>
#include <QTest>

class TestModelApiMigration final : public QObject
{
    Q_OBJECT

private slots:
    void migrates_data();
    void migrates();
    void refuses_data();
    void refuses();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const ConfigDocument *firstModelApi(const ParsedConfigFile &file)
{
    const QList<const ConfigDocument *> docs = file.documentsOfKind(ConfigDocument::Kind::ModelApi);
    return docs.isEmpty() ? nullptr : docs.first();
}

QByteArray hosted(const QByteArray &extra)
{
    return "# A hosted model\napiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: ollama\n"
           "spec:\n  mode: Hosted\n  serverConfig:\n    model: \"smollm2:135m\"\n    env:\n      - name: OLLAMA_DEBUG\n"
           "        value: \"false\"\n" + extra;
}

} // namespace

void TestModelApiMigration::migrates_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("changes");
    QTest::newRow("serverConfig") << hosted({}) << 1;
    QTest::newRow("serverConfig with resources")
        << hosted("    resources:\n      requests:\n        memory: \"2Gi\"\n      limits:\n        nvidia.com/gpu: \"1\"\n") << 2;
    QTest::newRow("string configYaml")
        << QByteArray("apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: p\nspec:\n  mode: Proxy\n"
                      "  proxyConfig:\n    apiBase: \"http://localhost:11434\"\n    configYaml: |\n      model_list:\n"
                      "        - model_name: \"a\"\n          litellm_params:\n            model: \"ollama/a\"\n")
        << 1;
    QTest::newRow("seed full specification")
        << readAll(QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/crd-samples/seed-modelapi-full-spec.yaml")) << 3;
}

void TestModelApiMigration::migrates()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, changes);
    const ParsedConfigFile before = ConfigCodec::parse(yaml);
    const ConfigDocument *doc = firstModelApi(before);
    QVERIFY(doc);
    QVERIFY(!before.hasErrors());
    QVERIFY(ModelApiMigration::canMigrate(*doc));

    const ModelApiMigration::Result migrated = ModelApiMigration::toV202601(*doc);
    QVERIFY2(migrated.error.isEmpty(), qPrintable(migrated.error));
    QCOMPARE(migrated.changes.size(), changes);

    const ParsedConfigFile after = ConfigCodec::parse(migrated.source);
    const ConfigDocument *out = firstModelApi(after);
    QVERIFY(out);
    QVERIFY2(out->schemaName.contains(u"2026-01"), qPrintable(out->schemaName));
    for (const Diagnostic &d : after.diagnostics)
        QVERIFY2(d.severity == Diagnostic::Severity::Info, qPrintable(d.code + u' ' + d.path + u' ' + d.message
                                                                       + u'\n' + QString::fromUtf8(migrated.source)));
    QVERIFY(!ModelApiMigration::canMigrate(*out));
    // The same ModelAPI: model, env, nested config, and the resources, which now live on the
    // pod override's model-api container and are read from there.
    QCOMPARE(out->modelApi, doc->modelApi);
    if (!doc->modelApi.serverConfig.resourceLimits.isEmpty() || !doc->modelApi.serverConfig.resourceRequests.isEmpty())
        QVERIFY(out->valuePositions.contains(QStringLiteral("spec.podSpec.containers[0].resources")));
    if (yaml.startsWith('#')) // the leading comment is kept
        QVERIFY(migrated.source.startsWith(yaml.left(yaml.indexOf('\n') + 1)));
}

void TestModelApiMigration::refuses_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("already 2026-01")
        << QByteArray("apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: h\nspec:\n  mode: Hosted\n"
                      "  hostedConfig:\n    model: a\n");
    QTest::newRow("not a ModelAPI")
        << QByteArray("apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\nmetadata:\n  name: d\nspec:\n"
                      "  tiers:\n    - {tier: fast, provider: a, model: b}\n");
    QTest::newRow("both blocks") << hosted("  hostedConfig:\n    model: a\n");
}

void TestModelApiMigration::refuses()
{
    QFETCH(QByteArray, yaml);
    const ParsedConfigFile parsed = ConfigCodec::parse(yaml);
    QCOMPARE(parsed.documents.size(), 1);
    const ModelApiMigration::Result r = ModelApiMigration::toV202601(parsed.documents.first());
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.source.isEmpty());
}

QTEST_GUILESS_MAIN(TestModelApiMigration)
#include "tst_modelapimigration.moc"
