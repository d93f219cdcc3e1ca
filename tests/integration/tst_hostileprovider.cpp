// Issue 12: the client against a provider that misbehaves on purpose: redirects to other
// hosts, configs that point an SDK key elsewhere, cleartext endpoints, bodies and lines past
// the limits, a server that drips bytes, absurd retry-after values and token counts, OAuth
// token endpoints. Everything is on 127.0.0.1; the hosts that are not never get a request
// (the client refuses before it sends).
#include "fakeproviderserver.h"
#include "providers/errorclassifier.h"
#include "providers/providerclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ProviderKind)

namespace {

const QByteArray kKey = "test-key-not-real";

QString className(const CompletionResult &r)
{
    return r.error ? errorClassName(r.error->errorClass) : QStringLiteral("ok");
}

} // namespace

class TestHostileProvider final : public QObject
{
    Q_OBJECT

private:
    CompletionRequest request(const QUrl &base, ProviderKind kind = ProviderKind::OpenAi)
    {
        CompletionRequest r;
        r.kind = kind;
        r.provider = providerKindName(kind);
        r.model = QStringLiteral("fake-small");
        r.baseUrl = base;
        r.messages = {{QStringLiteral("user"), QStringLiteral("Say the sentence.")}};
        r.policy.maxRetries = 0;
        r.policy.initialBackoffMs = 10;
        r.policy.maxBackoffMs = 20;
        return r;
    }
    QUrl v1(const FakeProviderServer &server) const { return server.baseUrl().resolved(QUrl(QStringLiteral("/v1"))); }

    CompletionResult run(ProviderClient *client, const CompletionRequest &r)
    {
        CompletionCall *call = client->complete(r);
        QSignalSpy finished(call, &CompletionCall::finished);
        if (!finished.wait(20000))
            return {};
        const CompletionResult result = finished.at(0).at(0).value<CompletionResult>();
        delete call;
        return result;
    }
    CompletionResult run(const CompletionRequest &r) { return run(m_client, r); }

    FakeProviderServer m_server;
    FakeProviderServer m_other; ///< another origin (another port): must never see a key
    QNetworkAccessManager m_network;
    ProviderClient *m_client = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_other.start());
        qputenv("OPENAI_API_KEY", kKey);
        qputenv("ANTHROPIC_API_KEY", kKey);
        qunsetenv("OPENAI_BASE_URL");
        qputenv("TIERBENCH_NO_KEYCHAIN", "1");
        m_client = new ProviderClient(&m_network, nullptr, this);
    }
    void init()
    {
        m_server.clearRequests();
        m_other.clearRequests();
        m_server.setFault(FakeProviderServer::Fault::None);
        m_server.setChunkDelay(0);
        m_server.setRequiredApiKey(kKey);
        m_server.setReplyText(QStringLiteral("The quick brown fox jumps over the lazy dog."));
    }

    void redirectToAnotherOriginIsNotFollowed_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("stream") << true;
        QTest::newRow("whole") << false;
    }
    void redirectToAnotherOriginIsNotFollowed()
    {
        QFETCH(bool, stream);
        m_server.setCannedResponse("POST", QStringLiteral("/v1/chat/completions"), 307,
                                   {{"Location", m_other.baseUrl().toString().toUtf8() + "/v1/chat/completions"}}, {});
        CompletionRequest r = request(v1(m_server));
        r.stream = stream;
        const CompletionResult result = run(r);
        m_server.removeCannedResponse("POST", QStringLiteral("/v1/chat/completions"));
        QCOMPARE(className(result), QStringLiteral("invalid_request"));
        QVERIFY2(result.error->message.contains(QStringLiteral("final URL")), qPrintable(result.error->message));
        QCOMPARE(result.attempts, 1);
        QCOMPARE(m_other.requestCount(), 0); // the key never reached the other host
    }

    void sameOriginRedirectClassifiesTheFinalStatus()
    {
        // Was "connection dropped mid-stream" and retried: the 307's status stuck.
        m_server.setCannedResponse("POST", QStringLiteral("/v1/chat/completions"), 307,
                                   {{"Location", "/v2/chat/completions"}}, {});
        m_server.setCannedResponse("POST", QStringLiteral("/v2/chat/completions"), 401,
                                   {{"Content-Type", "application/json"}},
                                   R"J({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})J");
        const CompletionResult result = run(request(v1(m_server)));
        m_server.removeCannedResponse("POST", QStringLiteral("/v1/chat/completions"));
        m_server.removeCannedResponse("POST", QStringLiteral("/v2/chat/completions"));
        QCOMPARE(className(result), QStringLiteral("auth"));
        QCOMPARE(result.httpStatus, 401);
        QCOMPARE(m_server.requestCount(), 2);
    }

    void sdkKeyIsNotSentToAConfigsEndpoint_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("variable");
        QTest::newRow("openai") << ProviderKind::OpenAi << QStringLiteral("https://collector.attacker.example/v1") << QStringLiteral("OPENAI_API_KEY");
        QTest::newRow("anthropic") << ProviderKind::Anthropic << QStringLiteral("https://api.anthropic.com.attacker.example") << QStringLiteral("ANTHROPIC_API_KEY");
        QTest::newRow("http official host") << ProviderKind::OpenAi << QStringLiteral("http://api.openai.com/v1") << QStringLiteral("OPENAI_API_KEY");
    }
    void sdkKeyIsNotSentToAConfigsEndpoint()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QString, endpoint);
        QFETCH(QString, variable);
        const CompletionResult result = run(request(QUrl(endpoint), kind));
        QCOMPARE(className(result), QStringLiteral("auth"));
        QVERIFY2(result.error->message.contains(variable), qPrintable(result.error->message));
        QVERIFY2(result.error->message.contains(QStringLiteral("secretRef")), qPrintable(result.error->message));
        QCOMPARE(result.attempts, 0); // refused before any request
        QVERIFY(!result.error->message.contains(QString::fromLatin1(kKey)));
    }

    void sdkKeyStillGoesToLoopbackAndTheSdkBaseUrl()
    {
        QCOMPARE(className(run(request(v1(m_server)))), QStringLiteral("ok"));
        QVERIFY(sdkKeyAllowedFor(ProviderKind::OpenAi, QUrl(QStringLiteral("https://api.openai.com/v1/chat/completions"))));
        QVERIFY(!sdkKeyAllowedFor(ProviderKind::OpenAi, QUrl(QStringLiteral("https://proxy.corp.example/v1/chat/completions"))));
        qputenv("OPENAI_BASE_URL", "https://proxy.corp.example/v1");
        QVERIFY(sdkKeyAllowedFor(ProviderKind::OpenAi, QUrl(QStringLiteral("https://proxy.corp.example/v1/chat/completions"))));
        QVERIFY(!sdkKeyAllowedFor(ProviderKind::OpenAi, QUrl(QStringLiteral("https://proxy.corp.example:8443/v1"))));
        qunsetenv("OPENAI_BASE_URL");
    }

    void cleartextKeyNeedsApproval()
    {
        qputenv("CLEARTEXT_TEST_API_KEY", kKey);
        ProviderClient client(&m_network, nullptr);
        QList<QUrl> asked;
        client.setCleartextApproval([&asked](const QUrl &url) {
            asked.append(url);
            return false;
        });
        CompletionRequest r = request(QUrl(QStringLiteral("http://gpu-box.invalid:8000/v1")));
        r.auth = AuthConfig{};
        r.auth->type = QStringLiteral("apiKey");
        r.auth->secretRef = QStringLiteral("cleartext-test");
        const CompletionResult result = run(&client, r);
        QCOMPARE(className(result), QStringLiteral("auth"));
        QVERIFY2(result.error->message.contains(QStringLiteral("declined")), qPrintable(result.error->message));
        QCOMPARE(result.attempts, 0);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().host(), QStringLiteral("gpu-box.invalid"));
        // Loopback over http is not asked about; https never is.
        ResolvedAuth auth;
        auth.headers = {{"Authorization", "Bearer x"}};
        QVERIFY(!sendsKeyInCleartext(QUrl(QStringLiteral("http://127.0.0.1:8000/v1")), auth));
        QVERIFY(!sendsKeyInCleartext(QUrl(QStringLiteral("https://gpu-box.invalid/v1")), auth));
        QVERIFY(!sendsKeyInCleartext(QUrl(QStringLiteral("http://gpu-box.invalid/v1")), ResolvedAuth{}));
        QVERIFY(sendsKeyInCleartext(QUrl(QStringLiteral("http://gpu-box.invalid/v1")), auth));
        qunsetenv("CLEARTEXT_TEST_API_KEY");
    }

    void hugeErrorBodyIsCut()
    {
        // Was: a 300 MB HTTP 500 body held, printed and stored whole.
        const QByteArray body(8 * 1024 * 1024, 'x');
        m_server.setCannedResponse("POST", QStringLiteral("/v1/chat/completions"), 500,
                                   {{"Content-Type", "text/plain"}}, body);
        CompletionRequest r = request(v1(m_server));
        r.stream = false;
        const CompletionResult result = run(r);
        m_server.removeCannedResponse("POST", QStringLiteral("/v1/chat/completions"));
        QCOMPARE(className(result), QStringLiteral("server"));
        QCOMPARE(result.httpStatus, 500);
        QVERIFY2(result.error->message.size() <= ResponseLimits::MaxMessageChars + 100,
                 qPrintable(QString::number(result.error->message.size())));
    }

    void hugeAnswerIsRefused()
    {
        QByteArray body = "{\"choices\":[{\"message\":{\"content\":\"";
        body += QByteArray(ResponseLimits::MaxBodyBytes + 1024, 'a');
        body += "\"},\"finish_reason\":\"stop\"}]}";
        m_server.setCannedResponse("POST", QStringLiteral("/v1/chat/completions"), 200,
                                   {{"Content-Type", "application/json"}}, body);
        CompletionRequest r = request(v1(m_server));
        r.stream = false;
        const CompletionResult result = run(r);
        m_server.removeCannedResponse("POST", QStringLiteral("/v1/chat/completions"));
        QCOMPARE(className(result), QStringLiteral("bad_response"));
        QVERIFY(result.text.isEmpty());
    }

    void overlongStreamLineIsRefused_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QString>("path");
        QTest::newRow("sse") << ProviderKind::OpenAi << QStringLiteral("/v1/chat/completions");
        QTest::newRow("ndjson") << ProviderKind::Ollama << QStringLiteral("/api/chat");
    }
    void overlongStreamLineIsRefused()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QString, path);
        const QByteArray line = "data: " + QByteArray(ResponseLimits::MaxLineBytes + 4096, 'a');
        m_server.setCannedStream("POST", path, kind == ProviderKind::Ollama ? "application/x-ndjson" : "text/event-stream",
                                 line, 256 * 1024);
        m_server.setRequiredApiKey({});
        const CompletionResult result = run(request(kind == ProviderKind::OpenAi ? v1(m_server) : m_server.baseUrl(), kind));
        m_server.setCannedStream("POST", path, {}, {});
        QCOMPARE(className(result), QStringLiteral("bad_response"));
        QVERIFY2(result.error->message.contains(QStringLiteral("MB")), qPrintable(result.error->message));
    }

    void totalDeadlineStopsADrippingServer()
    {
        // Each piece arrives well within the idle limit, so only the total deadline ends it.
        m_server.setReplyText(QString(400, u'x').replace(u'x', QStringLiteral("word ")));
        m_server.setChunkDelay(50);
        CompletionRequest r = request(v1(m_server));
        r.policy.idleTimeoutMs = 5000;
        r.policy.totalTimeoutMs = 400;
        const CompletionResult result = run(r);
        QCOMPARE(className(result), QStringLiteral("timeout"));
        QVERIFY2(result.error->message.contains(QStringLiteral("total deadline")), qPrintable(result.error->message));
        QCOMPARE(result.attempts, 1); // not retried
    }

    void hugeRetryAfterIsNotWaitedFor()
    {
        QCOMPARE(ErrorClassifier::parseRetryAfter({}, "1e300"), qint64(365LL * 24 * 3600 * 1000));
        QCOMPARE(ErrorClassifier::parseRetryAfter("inf", {}), qint64(365LL * 24 * 3600 * 1000));
        QVERIFY(!ErrorClassifier::parseRetryAfter("nan", "nan"));
        m_server.setCannedResponse("POST", QStringLiteral("/v1/chat/completions"), 429,
                                   {{"Content-Type", "application/json"}, {"retry-after", "1e300"}},
                                   R"J({"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}})J");
        CompletionRequest r = request(v1(m_server));
        r.policy.maxRetries = 2;
        const CompletionResult result = run(r);
        m_server.removeCannedResponse("POST", QStringLiteral("/v1/chat/completions"));
        QCOMPARE(className(result), QStringLiteral("rate_limited"));
        QCOMPARE(result.attempts, 1); // completion.h: past maxRetryDelayMs the error is returned
        ProviderError e;
        e.errorClass = ErrorClass::RateLimited;
        e.retryAfterMs = 30000;
        QVERIFY(RetryPolicy::shouldRetry(e, 1, r.policy));
        QCOMPARE(RetryPolicy::delayMs(e, 1, r.policy), 30000);
        e.retryAfterMs = r.policy.maxRetryDelayMs + 1;
        QVERIFY(!RetryPolicy::shouldRetry(e, 1, r.policy));
    }

    void impossibleTokenCountsAreBadResponses_data()
    {
        QTest::addColumn<QByteArray>("usage");
        QTest::newRow("negative") << QByteArray(R"J({"prompt_tokens":-5,"completion_tokens":3})J");
        QTest::newRow("absurd") << QByteArray(R"J({"prompt_tokens":1e30,"completion_tokens":3})J");
        QTest::newRow("fraction") << QByteArray(R"J({"prompt_tokens":2.5,"completion_tokens":3})J");
    }
    void impossibleTokenCountsAreBadResponses()
    {
        QFETCH(QByteArray, usage);
        m_server.setCannedResponse("POST", QStringLiteral("/v1/chat/completions"), 200,
                                   {{"Content-Type", "application/json"}},
                                   R"J({"model":"m","choices":[{"message":{"content":"hi"},"finish_reason":"stop"}],"usage":)J"
                                       + usage + "}");
        CompletionRequest r = request(v1(m_server));
        r.stream = false;
        r.prices.inputPerMillion = Decimal::parse(u"3");
        r.prices.outputPerMillion = Decimal::parse(u"15");
        const CompletionResult result = run(r);
        m_server.removeCannedResponse("POST", QStringLiteral("/v1/chat/completions"));
        QCOMPARE(className(result), QStringLiteral("bad_response"));
        QVERIFY(!result.cost || !result.cost->isNegative());
    }

    void oauthTokenUrlMustBeHttps()
    {
        qputenv("OAUTH_TEST_CLIENT_ID", "id");
        qputenv("OAUTH_TEST_CLIENT_SECRET", "secret-not-real");
        qputenv("OAUTH_TEST_TOKEN_URL", "http://login.corp.example/oauth/token");
        CompletionRequest r = request(v1(m_server));
        r.auth = AuthConfig{};
        r.auth->type = QStringLiteral("oauth");
        r.auth->secretRef = QStringLiteral("oauth-test");
        const CompletionResult result = run(r);
        QCOMPARE(className(result), QStringLiteral("auth"));
        QVERIFY2(result.error->message.contains(QStringLiteral("https://")), qPrintable(result.error->message));
        QCOMPARE(m_server.requestCount(), 0);
    }

    void concurrentCallsShareOneTokenRequest()
    {
        int tokenRequests = 0;
        m_server.addHandler(QStringLiteral("/oauth/token"), [&tokenRequests](const FakeRequest &) -> std::optional<FakeResponse> {
            ++tokenRequests;
            return FakeResponse{200, {{"Content-Type", "application/json"}},
                                R"J({"access_token":"tok-not-real","token_type":"bearer","expires_in":3600})J"};
        });
        m_server.setFirstByteDelay(50);
        m_server.setRequiredApiKey("tok-not-real");
        qputenv("OAUTH_SHARED_CLIENT_ID", "id");
        qputenv("OAUTH_SHARED_CLIENT_SECRET", "secret-not-real");
        qputenv("OAUTH_SHARED_TOKEN_URL", m_server.baseUrl().toString().toUtf8() + "/oauth/token");
        CompletionRequest r = request(v1(m_server));
        r.auth = AuthConfig{};
        r.auth->type = QStringLiteral("oauth");
        r.auth->secretRef = QStringLiteral("oauth-shared");
        QList<CompletionCall *> calls;
        QList<QSignalSpy *> spies;
        for (int i = 0; i < 4; ++i) {
            calls.append(m_client->complete(r));
            spies.append(new QSignalSpy(calls.last(), &CompletionCall::finished));
        }
        calls.first()->cancel(); // a cancelled waiter is skipped, the others still get the token
        for (QSignalSpy *spy : std::as_const(spies))
            QVERIFY(spy->size() == 1 || spy->wait(20000));
        QCOMPARE(tokenRequests, 1);
        QCOMPARE(m_client->oauthTokens()->pendingRequests(), 0);
        for (int i = 1; i < 4; ++i)
            QCOMPARE(className(spies.at(i)->first().first().value<CompletionResult>()), QStringLiteral("ok"));
        qDeleteAll(spies);
        qDeleteAll(calls);
        m_server.setFirstByteDelay(0);
    }
};

QTEST_GUILESS_MAIN(TestHostileProvider)
#include "tst_hostileprovider.moc"
