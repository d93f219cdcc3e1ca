// SecretStore lookup order and every auth type, through the client against the fake server.
#include "fakeproviderserver.h"
#include "providers/providerclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

SecretLookup lookupNow(const SecretStore &store, const QString &ref, const QString &key, const QString &sdkVar)
{
    QObject context;
    std::optional<SecretLookup> result;
    store.lookup(ref, key, sdkVar, &context, [&result](const SecretLookup &r) { result = r; });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&result] { return result.has_value(); }, 5000); // else empty
    return result.value_or(SecretLookup{});
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    CompletionResult run(const CompletionRequest &r)
    {
        CompletionCall *call = m_client->complete(r);
        QSignalSpy finished(call, &CompletionCall::finished);
        if (!finished.wait(15000))
            return {};
        delete call;
        return finished.at(0).at(0).value<CompletionResult>();
    }
    CompletionRequest request(const AuthConfig &auth)
    {
        CompletionRequest r;
        r.kind = ProviderKind::OpenAi;
        r.provider = QStringLiteral("vllm");
        r.model = QStringLiteral("fake-small");
        r.baseUrl = m_server.baseUrl().resolved(QUrl(QStringLiteral("/v1")));
        r.messages = {{QStringLiteral("user"), QStringLiteral("hi")}};
        r.auth = auth;
        return r;
    }

    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    std::shared_ptr<MemorySecretBackend> m_keychain = std::make_shared<MemorySecretBackend>();
    ProviderClient *m_client = nullptr;
    int m_tokenRequests = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_client = new ProviderClient(&m_network, m_keychain, this);
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("ANTHROPIC_API_KEY");
        m_server.addHandler(QStringLiteral("/oauth/token"), [this](const FakeRequest &req) -> std::optional<FakeResponse> {
            ++m_tokenRequests;
            if (!req.body.contains("grant_type=client_credentials") || !req.body.contains("client_secret=s3cr3t-not-real"))
                return FakeResponse{401, {}, "{\"error\":\"invalid_client\"}"};
            return FakeResponse{200, {{"Content-Type", "application/json"}},
                                "{\"access_token\":\"tok-not-real\",\"token_type\":\"bearer\",\"expires_in\":3600}"};
        });
    }
    void init() { m_server.clearRequests(); }

    void order()
    {
        SecretStore store(m_keychain);
        // nothing anywhere: the message names what was tried and what to do
        SecretLookup none = lookupNow(store, QStringLiteral("llm-api-key"), QStringLiteral("api-key"),
                                      QStringLiteral("ANTHROPIC_API_KEY"));
        QVERIFY(!none.value);
        QVERIFY(none.missingMessage.contains(u"ANTHROPIC_API_KEY"));
        QVERIFY(none.missingMessage.contains(u"LLM_API_KEY_API_KEY"));
        QVERIFY(none.missingMessage.contains(u"llm-api-key/api-key"));
        // SDK variable
        qputenv("ANTHROPIC_API_KEY", "sdk-key-not-real");
        QCOMPARE(lookupNow(store, QStringLiteral("llm-api-key"), {}, QStringLiteral("ANTHROPIC_API_KEY")).value,
                 std::optional<QString>(QStringLiteral("sdk-key-not-real")));
        // the derived name wins over the SDK variable
        qputenv("LLM_API_KEY_API_KEY", "derived-key-not-real");
        const SecretLookup derived = lookupNow(store, QStringLiteral("llm-api-key"), {}, QStringLiteral("ANTHROPIC_API_KEY"));
        QCOMPARE(derived.value, std::optional<QString>(QStringLiteral("derived-key-not-real")));
        QVERIFY(derived.source.contains(u"LLM_API_KEY_API_KEY"));
        QVERIFY(!derived.source.contains(u"derived-key-not-real"));
        // the keychain wins over both
        m_keychain->set(QStringLiteral("llm-api-key/api-key"), QStringLiteral("keychain-key-not-real"));
        QCOMPARE(lookupNow(store, QStringLiteral("llm-api-key"), {}, QStringLiteral("ANTHROPIC_API_KEY")).value,
                 std::optional<QString>(QStringLiteral("keychain-key-not-real")));
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("LLM_API_KEY_API_KEY");
    }

    void brokenKeychainCountsAsNotFound()
    {
        // A real QtKeychain with no secret service (CI): an error or the bound, never a hang.
        SecretStore store(std::make_shared<KeychainSecretBackend>(500));
        qputenv("OPENAI_API_KEY", "env-key-not-real");
        const SecretLookup found = lookupNow(store, QStringLiteral("nothing-here"), {}, QStringLiteral("OPENAI_API_KEY"));
        qunsetenv("OPENAI_API_KEY");
        QCOMPARE(found.value, std::optional<QString>(QStringLiteral("env-key-not-real")));
    }

    void apiKeyFromKeychainIsSent()
    {
        m_keychain->set(QStringLiteral("openai-key/key"), QStringLiteral("kc-key-not-real"));
        const CompletionResult r = run(request({QStringLiteral("apiKey"), QStringLiteral("openai-key"), QStringLiteral("key"), {}}));
        QVERIFY(r.ok());
        QCOMPARE(m_server.lastRequest().header("authorization"), QByteArray("Bearer kc-key-not-real"));
    }

    void missingKeyIsAnAuthErrorThatSaysWhatToDo()
    {
        const CompletionResult r = run(request({QStringLiteral("apiKey"), QStringLiteral("absent"), QStringLiteral("api-key"), {}}));
        QVERIFY(r.error);
        QCOMPARE(r.error->errorClass, ErrorClass::Auth);
        QVERIFY2(r.error->message.contains(u"OPENAI_API_KEY") && r.error->message.contains(u"absent/api-key"),
                 qPrintable(r.error->message));
        QCOMPARE(m_server.requestCount(), 0);
    }

    void noneSendsNoKey()
    {
        qputenv("OPENAI_API_KEY", "must-not-be-sent");
        const CompletionResult r = run(request({QStringLiteral("none"), {}, {}, {}}));
        qunsetenv("OPENAI_API_KEY");
        QVERIFY(r.ok());
        QVERIFY(!m_server.lastRequest().hasHeader("authorization"));
    }

    void customHeaders_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("json") << QStringLiteral("{\"X-Team\":\"blue\",\"X-Token\":\"custom-not-real\"}");
        QTest::newRow("lines") << QStringLiteral("X-Team: blue\nX-Token: custom-not-real\n");
    }
    void customHeaders()
    {
        QFETCH(QString, secret);
        m_keychain->set(QStringLiteral("gateway/headers"), secret);
        const CompletionResult r = run(request({QStringLiteral("custom"), QStringLiteral("gateway"), QStringLiteral("headers"), {}}));
        QVERIFY(r.ok());
        QCOMPARE(m_server.lastRequest().header("x-team"), QByteArray("blue"));
        QCOMPARE(m_server.lastRequest().header("x-token"), QByteArray("custom-not-real"));
    }

    void oauthClientCredentialsCached()
    {
        m_keychain->set(QStringLiteral("idp/client_id"), QStringLiteral("client-1"));
        m_keychain->set(QStringLiteral("idp/client_secret"), QStringLiteral("s3cr3t-not-real"));
        m_keychain->set(QStringLiteral("idp/token_url"), m_server.baseUrl().toString() + QStringLiteral("/oauth/token"));
        const AuthConfig auth{QStringLiteral("oauth"), QStringLiteral("idp"), {}, {}};
        QVERIFY(run(request(auth)).ok());
        QCOMPARE(m_server.lastRequest().header("authorization"), QByteArray("Bearer tok-not-real"));
        QCOMPARE(m_tokenRequests, 1);
        QVERIFY(run(request(auth)).ok());
        QCOMPARE(m_tokenRequests, 1); // cached until expiry
    }

    void oauthBadSecretIsAuthError()
    {
        m_keychain->set(QStringLiteral("idp2/client_id"), QStringLiteral("client-1"));
        m_keychain->set(QStringLiteral("idp2/client_secret"), QStringLiteral("wrong-not-real"));
        m_keychain->set(QStringLiteral("idp2/token_url"), m_server.baseUrl().toString() + QStringLiteral("/oauth/token"));
        const CompletionResult r = run(request({QStringLiteral("oauth"), QStringLiteral("idp2"), {}, {}}));
        QVERIFY(r.error);
        QCOMPARE(r.error->errorClass, ErrorClass::Auth);
        QVERIFY(!r.error->message.contains(u"wrong-not-real"));
    }

    void serviceAccountIsInClusterOnly()
    {
        const CompletionResult r = run(request({QStringLiteral("serviceAccount"), {}, {}, {}}));
        QVERIFY(r.error);
        QCOMPARE(r.error->errorClass, ErrorClass::Auth);
        QVERIFY(r.error->message.contains(u"in-cluster"));
        QCOMPARE(m_server.requestCount(), 0);
    }

    void keyIsRedactedFromServerMessages()
    {
        // A server that echoes the key back in its error body.
        m_server.setCannedResponse("POST", QStringLiteral("/v1/chat/completions"), 401, {},
                                   "{\"error\":{\"message\":\"Incorrect API key provided: echo-key-not-real\"}}");
        m_keychain->set(QStringLiteral("echo/api-key"), QStringLiteral("echo-key-not-real"));
        const CompletionResult r = run(request({QStringLiteral("apiKey"), QStringLiteral("echo"), {}, {}}));
        m_server.removeCannedResponse("POST", QStringLiteral("/v1/chat/completions"));
        QVERIFY(r.error);
        QCOMPARE(r.error->errorClass, ErrorClass::Auth);
        QVERIFY(!r.error->message.contains(u"echo-key-not-real"));
        QVERIFY(r.error->message.contains(u"[redacted]"));
    }
};

QTEST_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
