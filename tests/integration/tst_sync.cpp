// The registry's sync job end to end: real HTTP (QNetworkAccessManager) against the fake
// provider server, speaking all five list-models formats with their paging.
#include "testbackend.h"
#include "fakeproviderserver.h"

#include "config/tierconfig.h"
#include "registry/modelregistry.h"
#include "registry/modelsync.h"
#include "store/database.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

static const QByteArray kKey = "test-key-not-real";

class TestSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void allFiveFormatsWithPaging();
    void providerErrorMidSyncLeavesRowsUntouched();
    void malformedPageIsAnError();
    void disappearingUsedModelAlerts();
    void deprecationDateAlerts();
    void priceChangeIsAudited();
    void runsOnSchedule();
    void offOriginNextLinkIsNotFollowed();
    void redirectToAnotherHostIsRefused();

private:
    QList<ProviderEndpoint> endpoints() const;
    QList<SyncOutcome> syncAndWait(const QStringList &providers = {});
    static FakeResponse json(const QByteArray &body, int status = 200)
    {
        return {status, {{"Content-Type", "application/json"}}, body};
    }
    static QByteArray wire(const char *name)
    {
        QFile f(QStringLiteral(TIERBENCH_FIXTURES_DIR "/wire/models_list/") + QLatin1StringView(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    FakeProviderServer m_server;
    FakeProviderServer m_other; ///< another origin: must never see the key
    int m_openAiStatus = 200;
    FakeHeaders m_openAiHeaders;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;

    // What the fake providers list now; tests change these between syncs.
    QByteArray m_openAi;
    QByteArray m_anthropicPage1;
    QByteArray m_anthropicPage2;
    int m_anthropicPage2Status = 200;
    QByteArray m_ollama;
    QByteArray m_openRouterPage1;
    QByteArray m_openRouterPage2;
    QByteArray m_geminiPage1;
    QByteArray m_geminiPage2;
};

void TestSync::initTestCase()
{
    TIERBENCH_REQUIRE_BACKEND(TestBackend::selected());
    QVERIFY(m_server.start());
    QVERIFY(m_other.start());
    // /v1/models is shared by OpenAI and Anthropic: tell them apart like the real SDKs do.
    m_server.addHandler(QStringLiteral("/v1/models"), [this](const FakeRequest &r) -> std::optional<FakeResponse> {
        if (!r.hasHeader("anthropic-version")) {
            if (r.header("Authorization") != "Bearer " + kKey)
                return json(R"J({"error":{"message":"bad key"}})J", 401);
            FakeResponse response = json(m_openAi, m_openAiStatus);
            response.headers += m_openAiHeaders;
            return response;
        }
        if (r.header("x-api-key") != kKey)
            return json(R"J({"type":"error","error":{"type":"authentication_error"}})J", 401);
        if (r.query.queryItemValue(QStringLiteral("after_id")) == u"claude-3-5-haiku-20241022")
            return json(m_anthropicPage2, m_anthropicPage2Status);
        return json(m_anthropicPage1);
    });
    m_server.addHandler(QStringLiteral("/api/tags"), [this](const FakeRequest &) -> std::optional<FakeResponse> {
        return json(m_ollama);
    });
    m_server.addHandler(QStringLiteral("/api/v1/models"), [this](const FakeRequest &r) -> std::optional<FakeResponse> {
        return json(r.query.queryItemValue(QStringLiteral("offset")) == u"1" ? m_openRouterPage2 : m_openRouterPage1);
    });
    m_server.addHandler(QStringLiteral("/v1beta/models"), [this](const FakeRequest &r) -> std::optional<FakeResponse> {
        if (r.header("x-goog-api-key") != kKey)
            return json(R"J({"error":{"code":403,"message":"API key not valid"}})J", 403);
        return json(r.query.queryItemValue(QStringLiteral("pageToken")) == u"page-2" ? m_geminiPage2 : m_geminiPage1);
    });
}

void TestSync::init()
{
    m_server.clearRequests();
    m_other.clearRequests();
    m_openAiStatus = 200;
    m_openAiHeaders.clear();
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter)));
    QVERIFY(m_database.openAndMigrate());
    m_openAi = wire("openai_v1_models.docs_trailing_comma_removed.json");
    // The real 6-model response, split into two pages joined by after_id.
    m_anthropicPage1 = R"J({"data":[
        {"type":"model","id":"claude-3-7-sonnet-20250219","display_name":"Claude 3.7 Sonnet","created_at":"2025-02-24T00:00:00Z"},
        {"type":"model","id":"claude-3-5-sonnet-20241022","display_name":"Claude 3.5 Sonnet (New)","created_at":"2024-10-22T00:00:00Z"},
        {"type":"model","id":"claude-3-5-haiku-20241022","display_name":"Claude 3.5 Haiku","created_at":"2024-10-22T00:00:00Z"}],
        "has_more":true,"first_id":"claude-3-7-sonnet-20250219","last_id":"claude-3-5-haiku-20241022"})J";
    m_anthropicPage2 = R"J({"data":[
        {"type":"model","id":"claude-3-5-sonnet-20240620","display_name":"Claude 3.5 Sonnet (Old)","created_at":"2024-06-20T00:00:00Z"},
        {"type":"model","id":"claude-3-haiku-20240307","display_name":"Claude 3 Haiku","created_at":"2024-03-07T00:00:00Z"},
        {"type":"model","id":"claude-3-opus-20240229","display_name":"Claude 3 Opus","created_at":"2024-02-29T00:00:00Z"}],
        "has_more":false,"first_id":"claude-3-5-sonnet-20240620","last_id":"claude-3-opus-20240229"})J";
    m_anthropicPage2Status = 200;
    m_ollama = wire("ollama_api_tags.docs.json");
    m_openRouterPage1 = wire("openrouter_api_v1_models.openapi_example.json");
    m_openRouterPage1.replace("/api/v1/models?offset=500&limit=500", "/api/v1/models?offset=1&limit=1");
    m_openRouterPage2 = R"J({"data":[{"id":"anthropic/claude-3-haiku","name":"Anthropic: Claude 3 Haiku","context_length":200000,
        "pricing":{"prompt":"0.00000025","completion":"0.00000125","input_cache_read":"0.00000003"}}],"links":{"next":null}})J";
    m_geminiPage1 = R"J({"models":[{"name":"models/gemini-2.0-flash","displayName":"Gemini 2.0 Flash","inputTokenLimit":1048576,
        "outputTokenLimit":8192}],"nextPageToken":"page-2"})J";
    m_geminiPage2 = R"J({"models":[{"name":"models/gemini-2.5-pro","displayName":"Gemini 2.5 Pro","inputTokenLimit":1048576,
        "outputTokenLimit":65536}]})J";
}

void TestSync::cleanup()
{
    m_database.closeThreadConnection();
}

QList<ProviderEndpoint> TestSync::endpoints() const
{
    const QUrl base = m_server.baseUrl();
    auto at = [&](ModelListFormat kind, const QString &path) {
        ProviderEndpoint e;
        e.kind = kind;
        e.provider = ModelListParser::kindName(kind);
        e.baseUrl = base.resolved(QUrl(path));
        return e;
    };
    return {at(ModelListFormat::OpenAi, QStringLiteral("/v1")), at(ModelListFormat::Anthropic, QStringLiteral("/")),
            at(ModelListFormat::Ollama, QStringLiteral("/")), at(ModelListFormat::OpenRouter, QStringLiteral("/api/v1")),
            at(ModelListFormat::Gemini, QStringLiteral("/"))};
}

QList<SyncOutcome> TestSync::syncAndWait(const QStringList &providers)
{
    ModelSync sync(m_database, &m_network);
    sync.setEndpoints(endpoints());
    sync.setApiKeyLookup([](const QString &provider) {
        return provider == u"ollama" ? QString() : QString::fromLatin1(kKey);
    });
    QSignalSpy finished(&sync, &ModelSync::finished);
    if (!sync.syncNow(providers) || !finished.wait(20000))
        return {};
    return finished.first().first().value<QList<SyncOutcome>>();
}

void TestSync::allFiveFormatsWithPaging()
{
    const QList<SyncOutcome> outcomes = syncAndWait();
    QCOMPARE(outcomes.size(), 5);
    for (const SyncOutcome &o : outcomes)
        QVERIFY2(o.ok(), qPrintable(o.provider + u": " + o.error));

    ModelRegistry registry(m_database);
    auto count = [&](const char *provider) {
        return registry.models({QString(), QString::fromLatin1(provider), true}).size();
    };
    QCOMPARE(count("openai"), 3);
    QCOMPARE(count("anthropic"), 6);  // both after_id pages
    QCOMPARE(count("ollama"), 2);
    QCOMPARE(count("openrouter"), 2); // both links.next pages
    QCOMPARE(count("gemini"), 2);     // both pageToken pages

    const LLMModel gpt4 = *registry.model(QStringLiteral("openrouter:openai/gpt-4"));
    QCOMPARE(gpt4.inputPrice->toString(), QStringLiteral("30"));
    QCOMPARE(gpt4.outputPrice->toString(), QStringLiteral("60"));
    QCOMPARE(gpt4.priceSource, QStringLiteral("openrouter-api"));
    const LLMModel haiku = *registry.model(QStringLiteral("openrouter:anthropic/claude-3-haiku"));
    QCOMPARE(haiku.cachedInputPrice->toString(), QStringLiteral("0.03"));
    QCOMPARE(registry.model(QStringLiteral("anthropic:claude-3-5-sonnet-20241022"))->displayName,
             QStringLiteral("Claude 3.5 Sonnet (New)"));
    QCOMPARE(registry.model(QStringLiteral("gemini:gemini-2.5-pro"))->maxOutput, std::optional<qint64>(65536));
    QCOMPARE(registry.model(QStringLiteral("openai:model-id-2"))->deprecationDate, QStringLiteral("2026-10-23"));

    // The paging requests carried the cursors, and the key went only into headers.
    int anthropicPages = 0;
    int geminiPages = 0;
    for (const FakeRequest &r : m_server.requests()) {
        if (r.hasHeader("anthropic-version")) {
            ++anthropicPages;
            QCOMPARE(r.header("anthropic-version"), QByteArray("2023-06-01"));
        }
        if (r.path == u"/v1beta/models")
            ++geminiPages;
        QVERIFY(!r.query.toString().contains(QString::fromLatin1(kKey)));
    }
    QCOMPARE(anthropicPages, 2);
    QCOMPARE(geminiPages, 2);
}

void TestSync::providerErrorMidSyncLeavesRowsUntouched()
{
    QVERIFY(!syncAndWait().isEmpty());
    ModelRegistry registry(m_database);
    const QList<LLMModel> before = registry.models({QString(), QStringLiteral("anthropic"), false});
    const int auditBefore = int(registry.auditLog().size());

    // Page 1 now lists fewer models, and page 2 fails: nothing of that may land.
    m_anthropicPage1.replace(R"J({"type":"model","id":"claude-3-7-sonnet-20250219","display_name":"Claude 3.7 Sonnet","created_at":"2025-02-24T00:00:00Z"},)J", "");
    m_anthropicPage2Status = 500;
    m_anthropicPage2 = R"J({"type":"error","error":{"type":"api_error","message":"Internal server error"}})J";
    m_openAi.replace("model-id-0", "model-id-9"); // OpenAI still syncs in the same run

    const QList<SyncOutcome> outcomes = syncAndWait({QStringLiteral("anthropic"), QStringLiteral("openai")});
    QCOMPARE(outcomes.size(), 2);
    for (const SyncOutcome &o : outcomes) {
        if (o.provider == u"anthropic") {
            QVERIFY(!o.ok());
            QVERIFY2(o.error.contains(QStringLiteral("HTTP 500")), qPrintable(o.error));
            QVERIFY(!o.error.contains(QString::fromLatin1(kKey)));
        } else {
            QVERIFY2(o.ok(), qPrintable(o.error));
            QCOMPARE(o.added, 1);
            QCOMPARE(o.deactivated, 1);
        }
    }
    const QList<LLMModel> after = registry.models({QString(), QStringLiteral("anthropic"), false});
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].id, before[i].id);
        QCOMPARE(after[i].isActive, before[i].isActive);
        QCOMPARE(after[i].lastSyncedAt, before[i].lastSyncedAt);
    }
    // Only OpenAI's two changes were audited.
    QCOMPARE(int(registry.auditLog().size()), auditBefore + 2);
}

void TestSync::malformedPageIsAnError()
{
    QVERIFY(!syncAndWait({QStringLiteral("openai")}).isEmpty());
    m_openAi = wire("openai_v1_models.docs_verbatim.txt"); // the docs' invalid JSON (trailing comma)
    const QList<SyncOutcome> outcomes = syncAndWait({QStringLiteral("openai")});
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes[0].ok());
    QVERIFY2(outcomes[0].error.contains(QStringLiteral("Malformed JSON")), qPrintable(outcomes[0].error));
    QCOMPARE(ModelRegistry(m_database).models({QString(), QStringLiteral("openai"), true}).size(), 3);
}

void TestSync::disappearingUsedModelAlerts()
{
    QVERIFY(!syncAndWait().isEmpty());
    TierConfig config;
    TierEntry fast;
    fast.tier = QStringLiteral("fast");
    fast.provider = QStringLiteral("anthropic");
    fast.model = QStringLiteral("claude-3-haiku-20240307");
    config.tiers = {fast};

    m_anthropicPage2.replace(R"J({"type":"model","id":"claude-3-haiku-20240307","display_name":"Claude 3 Haiku","created_at":"2024-03-07T00:00:00Z"},)J", "");
    ModelSync sync(m_database, &m_network);
    sync.setEndpoints(endpoints());
    sync.setApiKeyLookup([](const QString &) { return QString::fromLatin1(kKey); });
    sync.setTierConfigs({config});
    QSignalSpy alerts(&sync, &ModelSync::alert);
    QSignalSpy finished(&sync, &ModelSync::finished);
    QVERIFY(sync.syncNow({QStringLiteral("anthropic")}));
    QVERIFY(finished.wait(20000));
    QCOMPARE(alerts.count(), 1);
    const ModelAlert alert = alerts.first().first().value<ModelAlert>();
    QCOMPARE(alert.kind, ModelAlert::Kind::Disappeared);
    QCOMPARE(alert.modelId, QStringLiteral("anthropic:claude-3-haiku-20240307"));
    QCOMPARE(alert.tiers, QStringList{QStringLiteral("fast")});
    const std::optional<LLMModel> m = ModelRegistry(m_database).model(alert.modelId);
    QVERIFY(m);
    QVERIFY(!m->isActive);
}

void TestSync::deprecationDateAlerts()
{
    m_openAi.replace(R"J("shutdown_date": "2026-10-23")J", R"J("shutdown_date": null)J");
    QVERIFY(!syncAndWait({QStringLiteral("openai")}).isEmpty());
    QVERIFY(ModelRegistry(m_database).model(QStringLiteral("openai:model-id-2"))->deprecationDate.isEmpty());
    m_openAi.replace(R"J("id": "model-id-2",
      "object": "model",
      "created": 1686935002,
      "owned_by": "openai",
      "shutdown_date": null)J", R"J("id": "model-id-2",
      "object": "model",
      "created": 1686935002,
      "owned_by": "openai",
      "shutdown_date": "2026-10-23")J");
    TierConfig config;
    TierEntry e;
    e.tier = QStringLiteral("standard");
    e.provider = QStringLiteral("openai");
    e.model = QStringLiteral("model-id-2");
    config.tiers = {e};
    ModelSync sync(m_database, &m_network);
    sync.setEndpoints(endpoints());
    sync.setApiKeyLookup([](const QString &) { return QString::fromLatin1(kKey); });
    sync.setTierConfigs({config});
    QSignalSpy alerts(&sync, &ModelSync::alert);
    QSignalSpy finished(&sync, &ModelSync::finished);
    QVERIFY(sync.syncNow({QStringLiteral("openai")}));
    QVERIFY(finished.wait(20000));
    QCOMPARE(alerts.count(), 1);
    const ModelAlert alert = alerts.first().first().value<ModelAlert>();
    QCOMPARE(alert.kind, ModelAlert::Kind::Deprecated);
    QCOMPARE(alert.deprecationDate, QStringLiteral("2026-10-23"));
}

void TestSync::priceChangeIsAudited()
{
    QVERIFY(!syncAndWait({QStringLiteral("openrouter")}).isEmpty());
    m_openRouterPage1.replace(R"J("prompt": "0.00003")J", R"J("prompt": "0.000025")J");
    const QList<SyncOutcome> outcomes = syncAndWait({QStringLiteral("openrouter")});
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes[0].pricesChanged, 1);
    ModelRegistry registry(m_database);
    QCOMPARE(registry.model(QStringLiteral("openrouter:openai/gpt-4"))->inputPrice->toString(), QStringLiteral("25"));
    const QList<AuditEntry> audit = registry.auditLog(QStringLiteral("openrouter:openai/gpt-4"));
    QCOMPARE(audit.first().action, QStringLiteral("price_changed"));
    QCOMPARE(audit.first().field, QStringLiteral("inputPrice"));
    QCOMPARE(audit.first().oldValue, QStringLiteral("30"));
    QCOMPARE(audit.first().newValue, QStringLiteral("25"));
    QCOMPARE(audit.first().actor, QStringLiteral("sync:openrouter"));
    QVERIFY(audit.first().at.isValid());
}

void TestSync::runsOnSchedule()
{
    ModelSync sync(m_database, &m_network);
    QList<ProviderEndpoint> only;
    for (const ProviderEndpoint &e : endpoints())
        if (e.provider == u"ollama")
            only.append(e);
    sync.setEndpoints(only);
    QSignalSpy finished(&sync, &ModelSync::finished);
    sync.setSchedule(50);
    QCOMPARE(sync.scheduleInterval(), 50);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 20000);
    sync.setSchedule(0);
    QCOMPARE(ModelRegistry(m_database).models({QString(), QStringLiteral("ollama"), true}).size(), 2);
}

QTEST_GUILESS_MAIN(TestSync)
void TestSync::offOriginNextLinkIsNotFollowed()
{
    // Issue 12: OpenRouter's links.next was followed wherever it pointed, with the key.
    const QByteArray elsewhere = m_other.baseUrl().toString().toUtf8() + "/api/v1/models?offset=1&limit=1";
    m_openRouterPage1.replace("/api/v1/models?offset=1&limit=1", elsewhere);
    QVERIFY(m_openRouterPage1.contains(elsewhere));
    const QList<SyncOutcome> outcomes = syncAndWait({QStringLiteral("openrouter")});
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes[0].error.contains(QStringLiteral("another host")), qPrintable(outcomes[0].error));
    QCOMPARE(m_other.requestCount(), 0);
}

void TestSync::redirectToAnotherHostIsRefused()
{
    // Issue 12: a 307 to another origin got the Authorization header again.
    m_openAiStatus = 307;
    m_openAiHeaders = {{"Location", m_other.baseUrl().toString().toUtf8() + "/v1/models"}};
    const QList<SyncOutcome> outcomes = syncAndWait({QStringLiteral("openai")});
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes[0].error.contains(QStringLiteral("redirected")), qPrintable(outcomes[0].error));
    QVERIFY2(outcomes[0].error.contains(QStringLiteral("final URL")), qPrintable(outcomes[0].error));
    QCOMPARE(m_other.requestCount(), 0);
}

#include "tst_sync.moc"
