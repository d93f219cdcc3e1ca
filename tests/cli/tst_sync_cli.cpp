// `tierctl models` end to end: a real tierctl process syncs from the fake provider server
// (base URLs and fake keys through the SDK environment variables), then lists, prices and
// resolves from the same SQLite store.
#include "fakeproviderserver.h"
#include "tierctlrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestSyncCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncListResolve();
    void disappearingModelAlertsAndFailureExitCode();

private:
    TierctlRun tierctl(const QStringList &args);

    FakeProviderServer m_server;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_config;
    QByteArray m_anthropic;
    int m_openAiStatus = 200;
};

static QByteArray wire(const char *name)
{
    QFile f(QStringLiteral(TIERBENCH_FIXTURES_DIR "/wire/models_list/") + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestSyncCli::initTestCase()
{
    QVERIFY(m_server.start());
    m_anthropic = wire("anthropic_v1_models.real_curl.json");
    m_server.addHandler(QStringLiteral("/v1/models"), [this](const FakeRequest &r) -> std::optional<FakeResponse> {
        const FakeHeaders headers{{"Content-Type", "application/json"}};
        if (r.hasHeader("anthropic-version")) {
            if (r.header("x-api-key") != "test-key-not-real")
                return FakeResponse{401, headers, R"({"type":"error","error":{"type":"authentication_error"}})"};
            return FakeResponse{200, headers, m_anthropic};
        }
        if (m_openAiStatus != 200)
            return FakeResponse{m_openAiStatus, headers, R"({"error":{"message":"upstream down"}})"};
        return FakeResponse{200, headers, wire("openai_v1_models.docs_trailing_comma_removed.json")};
    });
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    m_config = m_dir.filePath(QStringLiteral("tiers.yaml"));
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"(apiVersion: core.infraagent.io/v1alpha1
kind: ModelTierConfig
metadata:
  name: default
spec:
  tiers:
    - tier: fast
      provider: anthropic
      model: claude-3-5-haiku-20241022
      costPerMillionInput: "0.80"
      costPerMillionOutput: "4.00"
    - tier: reasoning
      provider: anthropic
      model: claude-3-opus-20240229
)");
}

TierctlRun TestSyncCli::tierctl(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString base = m_server.baseUrl().toString();
    env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), base);
    env.insert(QStringLiteral("OPENAI_BASE_URL"), base + QStringLiteral("/v1"));
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key-not-real"));
    env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key-not-real"));
    env.insert(QStringLiteral("TIERBENCH_NO_KEYCHAIN"), QStringLiteral("1")); // keys come from the environment
    env.remove(QStringLiteral("OPENROUTER_API_KEY"));
    env.remove(QStringLiteral("GEMINI_API_KEY"));
    env.remove(QStringLiteral("GOOGLE_API_KEY"));
    // runTierctl() waits in the event loop: the fake server answers on this thread.
    return runTierctl(QStringList{QStringLiteral("models")} + args, {.environment = env});
}

void TestSyncCli::syncListResolve()
{
    TierctlRun r = tierctl({QStringLiteral("sync"), QStringLiteral("--provider"), QStringLiteral("anthropic"),
                     QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--config"), m_config,
                     QStringLiteral("--db"), m_db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
    QVERIFY2(r.outText().contains(QStringLiteral("anthropic: 6 added")), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QStringLiteral("openai: 3 added")), qPrintable(r.outText()));
    QVERIFY(!r.outText().contains(QStringLiteral("test-key-not-real")) && !r.errText().contains(QStringLiteral("test-key-not-real")));

    r = tierctl({QStringLiteral("import-prices"), QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/prices/model_prices_and_context_window.json"),
                 QStringLiteral("--db"), m_db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
    QVERIFY2(r.outText().startsWith(QStringLiteral("2982 entries")), qPrintable(r.outText()));

    r = tierctl({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray models = QJsonDocument::fromJson(r.outText().toUtf8()).array();
    QCOMPARE(models.size(), 9);
    const QStringList expectedKeys{QStringLiteral("contextWindow"), QStringLiteral("displayName"), QStringLiteral("id"),
                                   QStringLiteral("inputPrice"), QStringLiteral("isActive"), QStringLiteral("isDefault"),
                                   QStringLiteral("lastSyncedAt"), QStringLiteral("modelId"), QStringLiteral("outputPrice"),
                                   QStringLiteral("priceSource"), QStringLiteral("provider"), QStringLiteral("tier")};
    QJsonObject opus;
    for (const QJsonValue &v : models) {
        QCOMPARE(v.toObject().keys(), expectedKeys); // exactly the seed's names
        if (v.toObject().value(QStringLiteral("id")).toString() == u"anthropic:claude-3-opus-20240229")
            opus = v.toObject();
    }
    QCOMPARE(opus.value(QStringLiteral("tier")).toString(), QStringLiteral("reasoning"));
    QCOMPARE(opus.value(QStringLiteral("isDefault")).toBool(), true);
    QCOMPARE(opus.value(QStringLiteral("inputPrice")).toString(), QStringLiteral("15")); // a decimal string
    QCOMPARE(opus.value(QStringLiteral("outputPrice")).toString(), QStringLiteral("75"));
    QCOMPARE(opus.value(QStringLiteral("priceSource")).toString(), QStringLiteral("litellm"));

    r = tierctl({QStringLiteral("list"), QStringLiteral("--tier"), QStringLiteral("fast"), QStringLiteral("--db"), m_db});
    QVERIFY2(r.outText().contains(QStringLiteral("anthropic:claude-3-5-haiku-20241022")) && r.outText().contains(QStringLiteral("1 model(s)")),
             qPrintable(r.outText()));

    r = tierctl({QStringLiteral("resolve"), QStringLiteral("--tier"), QStringLiteral("fast"), QStringLiteral("--config"),
                 m_config, QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
    const QJsonObject resolved = QJsonDocument::fromJson(r.outText().toUtf8()).object();
    QCOMPARE(resolved.value(QStringLiteral("id")).toString(), QStringLiteral("anthropic:claude-3-5-haiku-20241022"));
    QCOMPARE(resolved.value(QStringLiteral("inputPrice")).toString(), QStringLiteral("0.8")); // the config's price
    QVERIFY(resolved.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("default")));

    r = tierctl({QStringLiteral("resolve"), QStringLiteral("--tier"), QStringLiteral("premium"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("No active model in tier 'premium'")), qPrintable(r.errText()));
}

void TestSyncCli::disappearingModelAlertsAndFailureExitCode()
{
    m_anthropic.replace(R"({"type":"model","id":"claude-3-opus-20240229","display_name":"Claude 3 Opus","created_at":"2024-02-29T00:00:00Z"})", "");
    m_anthropic.replace("},],", "}],");
    m_openAiStatus = 503;
    const TierctlRun r = tierctl({QStringLiteral("sync"), QStringLiteral("--provider"), QStringLiteral("anthropic"),
                           QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--config"), m_config,
                           QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 1); // openai failed
    QVERIFY2(r.outText().contains(QStringLiteral("openai: FAILED, rows left as they were: HTTP 503")), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QStringLiteral("1 marked inactive")), qPrintable(r.outText()));
    QVERIFY2(r.errText().contains(QStringLiteral("ALERT: anthropic:claude-3-opus-20240229, used by tier reasoning")), qPrintable(r.errText()));
    const TierctlRun list = tierctl({QStringLiteral("list"), QStringLiteral("--provider"), QStringLiteral("openai"),
                              QStringLiteral("--active"), QStringLiteral("--db"), m_db});
    QVERIFY2(list.outText().contains(QStringLiteral("3 model(s)")), qPrintable(list.outText())); // untouched
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
