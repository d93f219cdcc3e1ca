// Every client against the fake provider server: streamed and not, each error class, retries,
// retry-after, cancel, timeouts.
#include "fakeproviderserver.h"
#include "providers/providerclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Fault = FakeProviderServer::Fault;
Q_DECLARE_METATYPE(ProviderKind)
Q_DECLARE_METATYPE(FakeProviderServer::Fault)

namespace {

const QString kReply = QStringLiteral("The quick brown fox jumps over the lazy dog.");
const QByteArray kKey = "test-key-not-real";

} // namespace

class TestProviderClient final : public QObject
{
    Q_OBJECT

private:
    CompletionRequest request(ProviderKind kind, bool stream = true)
    {
        CompletionRequest r;
        r.kind = kind;
        r.provider = providerKindName(kind);
        r.model = QStringLiteral("fake-small");
        r.baseUrl = kind == ProviderKind::OpenAi ? m_server.baseUrl().resolved(QUrl(QStringLiteral("/v1")))
                                                 : m_server.baseUrl();
        r.messages = {{QStringLiteral("system"), QStringLiteral("Be brief.")},
                      {QStringLiteral("user"), QStringLiteral("Say the sentence.")}};
        r.stream = stream;
        r.prices.inputPerMillion = Decimal::parse(u"3.00");
        r.prices.outputPerMillion = Decimal::parse(u"15.00");
        r.policy.maxRetries = 0;
        r.policy.initialBackoffMs = 10;
        r.policy.maxBackoffMs = 20;
        return r;
    }

    /// Runs a call to the end; `deltas` gets the streamed text.
    CompletionResult run(const CompletionRequest &r, QString *deltas = nullptr, CompletionCall **out = nullptr)
    {
        CompletionCall *call = m_client->complete(r);
        QSignalSpy finished(call, &CompletionCall::finished);
        QString text;
        connect(call, &CompletionCall::textDelta, this, [&text](const QString &d) { text += d; });
        if (out)
            *out = call;
        if (!finished.wait(15000))
            return {};
        if (deltas)
            *deltas = text;
        const CompletionResult result = finished.at(0).at(0).value<CompletionResult>();
        if (!out)
            delete call;
        return result;
    }

    static QString className(const CompletionResult &r)
    {
        return r.error ? errorClassName(r.error->errorClass) : QStringLiteral("ok");
    }

    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    ProviderClient *m_client = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        qputenv("ANTHROPIC_API_KEY", kKey);
        qputenv("OPENAI_API_KEY", kKey);
        m_client = new ProviderClient(&m_network, nullptr, this);
    }
    void init()
    {
        m_server.clearRequests();
        m_server.setReplyText(kReply);
        m_server.setChunkDelay(0);
        m_server.setFirstByteDelay(0);
        m_server.setRequiredApiKey(kKey);
    }

    void completes_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<bool>("stream");
        for (ProviderKind k : {ProviderKind::OpenAi, ProviderKind::Anthropic, ProviderKind::Ollama}) {
            QTest::addRow("%s stream", qPrintable(providerKindName(k))) << k << true;
            QTest::addRow("%s whole", qPrintable(providerKindName(k))) << k << false;
        }
    }
    void completes()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(bool, stream);
        if (kind == ProviderKind::Ollama)
            m_server.setRequiredApiKey({}); // Ollama has no key by default
        m_server.setChunkDelay(2);
        QString deltas;
        const CompletionResult r = run(request(kind, stream), &deltas);
        QCOMPARE(className(r), QStringLiteral("ok"));
        QCOMPARE(r.text, kReply);
        QCOMPARE(deltas, kReply);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.inputTokens.has_value());
        QCOMPARE(r.outputTokens, std::optional<std::int64_t>(9)); // nine words
        QVERIFY(!r.finishReason.isEmpty());
        const Decimal expected = (Decimal::fromInt(3) * *r.inputTokens + Decimal::fromInt(15) * 9).divPow10(6);
        QCOMPARE(r.cost, std::optional<Decimal>(expected));
        // monotonic order of the recorded times (no durations asserted)
        QVERIFY(r.timings.requestSentNs && r.timings.firstByteNs && r.timings.firstTokenNs && r.timings.lastTokenNs);
        QVERIFY(*r.timings.requestSentNs <= *r.timings.firstByteNs);
        QVERIFY(*r.timings.firstByteNs <= *r.timings.firstTokenNs);
        QVERIFY(*r.timings.firstTokenNs <= *r.timings.lastTokenNs);
        QVERIFY(*r.timings.lastTokenNs <= r.timings.totalNs);

        const FakeRequest sent = m_server.lastRequest();
        QCOMPARE(sent.json().value(QStringLiteral("stream")).toBool(), stream);
        if (kind == ProviderKind::Anthropic) {
            QCOMPARE(sent.header("x-api-key"), kKey);
            QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
            QCOMPARE(sent.json().value(QStringLiteral("system")).toString(), QStringLiteral("Be brief."));
        } else if (kind == ProviderKind::OpenAi) {
            QCOMPARE(sent.header("authorization"), "Bearer " + kKey);
            QCOMPARE(sent.json().value(QStringLiteral("stream_options")).toObject()
                         .value(QStringLiteral("include_usage")).toBool(), stream);
        } else {
            QVERIFY(!sent.hasHeader("authorization"));
        }
    }

    void recordedTranscriptsOverHttp_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("textLength");
        QTest::addColumn<QString>("output"); // output tokens, "unknown" when not reported
        QTest::addColumn<QString>("expected");
        const auto oa = ProviderKind::OpenAi, an = ProviderKind::Anthropic, ol = ProviderKind::Ollama;
        QTest::newRow("openai recorded") << oa << "openai/openai_chat_stream_usage.sse" << 159 << "30" << "ok";
        QTest::newRow("openai refusal") << oa << "openai/openai_chat_stream_refusal_usage.sse" << 44 << "11" << "ok";
        QTest::newRow("openrouter comments") << oa << "openrouter/openrouter_chat_stream_processing_comments_usage_cost.recorded.sse" << 284 << "187" << "ok";
        QTest::newRow("openrouter error chunk") << oa << "openrouter/openrouter_chat_stream_midstream_error.recorded.sse" << 0 << "10" << "invalid_request";
        QTest::newRow("anthropic no final newline") << an << "anthropic/anthropic_messages_stream_basic.sse" << 12 << "6" << "ok";
        QTest::newRow("anthropic sonnet 4.5 padded") << an << "anthropic/anthropic_messages_stream_recorded_sonnet45.sse" << 13 << "10" << "ok";
        QTest::newRow("anthropic error event") << an << "anthropic/anthropic_stream_error_event_overloaded.sse" << 0 << "unknown" << "overloaded";
        QTest::newRow("ollama chat") << ol << "ollama/ollama_chat_stream.docs_reconstructed.ndjson" << 3 << "282" << "ok";
        QTest::newRow("ollama error line") << ol << "ollama/ollama_generate_stream_midstream_error.docs.ndjson" << 9 << "unknown" << "server";
    }
    void recordedTranscriptsOverHttp()
    {
        // Real recorded bytes, served one byte per HTTP chunk, through the whole client.
        QFETCH(ProviderKind, kind);
        QFETCH(QString, file);
        QFETCH(int, textLength);
        QFETCH(QString, output);
        QFETCH(QString, expected);
        QFile f(QStringLiteral(TIERBENCH_FIXTURES_DIR "/wire/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString path = kind == ProviderKind::OpenAi ? QStringLiteral("/v1/chat/completions")
            : kind == ProviderKind::Anthropic             ? QStringLiteral("/v1/messages")
                                                          : QStringLiteral("/api/chat");
        m_server.setRequiredApiKey({});
        m_server.setCannedStream("POST", path, kind == ProviderKind::Ollama ? "application/x-ndjson" : "text/event-stream",
                                 f.readAll(), 1);
        QString deltas;
        const CompletionResult r = run(request(kind), &deltas);
        m_server.setCannedStream("POST", path, {}, {});
        QCOMPARE(className(r), expected);
        QCOMPARE(r.text.size(), textLength);
        QCOMPARE(deltas, r.text);
        QCOMPARE(r.outputTokens ? QString::number(*r.outputTokens) : QStringLiteral("unknown"), output);
    }

    void maxTokensTruncates()
    {
        CompletionRequest r = request(ProviderKind::Anthropic);
        r.maxTokens = 3;
        const CompletionResult result = run(r);
        QCOMPARE(result.text, QStringLiteral("The quick brown "));
        QCOMPARE(result.finishReason, QStringLiteral("max_tokens"));
        QCOMPARE(m_server.lastRequest().json().value(QStringLiteral("max_tokens")).toInt(), 3);
    }

    void unknownUsageStaysUnknown()
    {
        // An OpenAI-compatible server that ignores include_usage: tokens and cost unknown, not 0.
        m_server.setCannedResponse("POST", QStringLiteral("/v1/chat/completions"), 200,
                                   {{"Content-Type", "text/event-stream"}},
                                   "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}\n\n"
                                   "data: [DONE]\n\n");
        const CompletionResult r = run(request(ProviderKind::OpenAi));
        m_server.removeCannedResponse("POST", QStringLiteral("/v1/chat/completions"));
        QCOMPARE(className(r), QStringLiteral("ok"));
        QCOMPARE(r.text, QStringLiteral("Hi"));
        QVERIFY(!r.inputTokens.has_value());
        QVERIFY(!r.outputTokens.has_value());
        QVERIFY(!r.cost.has_value());
    }

    void errorClasses_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("expected");
        const auto oa = ProviderKind::OpenAi, an = ProviderKind::Anthropic, ol = ProviderKind::Ollama;
        QTest::newRow("openai 429") << oa << Fault::RateLimited << true << "rate_limited";
        QTest::newRow("anthropic 429") << an << Fault::RateLimited << false << "rate_limited";
        QTest::newRow("openai spend cap") << oa << Fault::SpendCap << true << "spend_cap";
        QTest::newRow("openai 401") << oa << Fault::Auth << true << "auth";
        QTest::newRow("anthropic 401") << an << Fault::Auth << true << "auth";
        QTest::newRow("openai 400") << oa << Fault::InvalidRequest << false << "invalid_request";
        QTest::newRow("openai context") << oa << Fault::ContextLength << true << "context_length";
        QTest::newRow("anthropic context") << an << Fault::ContextLength << true << "context_length";
        QTest::newRow("openai 500") << oa << Fault::ServerError << true << "server";
        QTest::newRow("ollama 500") << ol << Fault::ServerError << true << "server";
        QTest::newRow("anthropic 503") << an << Fault::Unavailable << true << "server";
        QTest::newRow("anthropic 529") << an << Fault::Overloaded << true << "overloaded";
        QTest::newRow("openai in-stream") << oa << Fault::InStreamError << true << "server";
        QTest::newRow("anthropic in-stream") << an << Fault::InStreamError << true << "overloaded";
        QTest::newRow("ollama in-stream") << ol << Fault::InStreamError << true << "server";
        QTest::newRow("openai malformed stream") << oa << Fault::MalformedJson << true << "bad_response";
        QTest::newRow("anthropic malformed body") << an << Fault::MalformedJson << false << "bad_response";
        QTest::newRow("ollama malformed stream") << ol << Fault::MalformedJson << true << "bad_response";
    }
    void errorClasses()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(Fault, fault);
        QFETCH(bool, stream);
        QFETCH(QString, expected);
        m_server.setRequiredApiKey({});
        m_server.setFault(fault);
        m_server.setRetryAfter("1");
        const CompletionResult r = run(request(kind, stream));
        QCOMPARE(className(r), expected);
        QVERIFY(!r.error->message.isEmpty());
        QVERIFY(!r.error->message.contains(QString::fromLatin1(kKey)));
        QCOMPARE(r.attempts, 1);
        if (fault == Fault::RateLimited)
            QCOMPARE(r.error->retryAfterMs, std::optional<qint64>(1000));
        if (fault == Fault::InStreamError) // the text before the error is kept
            QCOMPARE(r.text, QStringLiteral("The quick "));
    }

    void droppedConnectionMidStream_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::newRow("openai") << ProviderKind::OpenAi;
        QTest::newRow("anthropic") << ProviderKind::Anthropic;
        QTest::newRow("ollama") << ProviderKind::Ollama;
    }
    void droppedConnectionMidStream()
    {
        QFETCH(ProviderKind, kind);
        m_server.setRequiredApiKey({});
        m_server.setFault(Fault::DropMidStream);
        CompletionRequest req = request(kind);
        req.policy.maxRetries = 3; // text went out: never retried
        const CompletionResult r = run(req);
        QVERIFY2(className(r) == u"network" || className(r) == u"bad_response", qPrintable(className(r)));
        QCOMPARE(r.text, QStringLiteral("The quick "));
        QCOMPARE(r.attempts, 1);
    }

    void connectTimeout()
    {
        m_server.setFault(Fault::NoResponse);
        CompletionRequest r = request(ProviderKind::OpenAi);
        r.policy.connectTimeoutMs = 200;
        QCOMPARE(className(run(r)), QStringLiteral("timeout"));
    }

    void slowFirstByte_data()
    {
        QTest::addColumn<int>("connectTimeoutMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("within the limit") << 5000 << "ok";
        QTest::newRow("beyond the limit") << 100 << "timeout";
    }
    void slowFirstByte()
    {
        QFETCH(int, connectTimeoutMs);
        QFETCH(QString, expected);
        m_server.setFirstByteDelay(600);
        m_server.setTokensPerSecond(500);
        CompletionRequest r = request(ProviderKind::Ollama);
        m_server.setRequiredApiKey({});
        r.policy.connectTimeoutMs = connectTimeoutMs;
        const CompletionResult result = run(r);
        QCOMPARE(className(result), expected);
        if (expected == u"ok")
            QCOMPARE(result.text, kReply);
    }

    void idleTimeout()
    {
        m_server.setChunkDelay(3000);
        CompletionRequest r = request(ProviderKind::Anthropic);
        r.policy.idleTimeoutMs = 200;
        const CompletionResult result = run(r);
        QCOMPARE(className(result), QStringLiteral("timeout"));
        QVERIFY(result.timings.firstByteNs.has_value());
    }

    void networkError()
    {
        CompletionRequest r = request(ProviderKind::OpenAi);
        r.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1")); // nothing listens on port 1
        QCOMPARE(className(run(r)), QStringLiteral("network"));
    }

    void retryAfterHonoured_data()
    {
        QTest::addColumn<QByteArray>("seconds");
        QTest::addColumn<QByteArray>("milliseconds");
        QTest::addColumn<qint64>("expectedDelay");
        QTest::newRow("retry-after-ms wins") << QByteArray("5") << QByteArray("150") << qint64(150);
        QTest::newRow("retry-after seconds") << QByteArray("1") << QByteArray() << qint64(1000);
    }
    void retryAfterHonoured()
    {
        QFETCH(QByteArray, seconds);
        QFETCH(QByteArray, milliseconds);
        QFETCH(qint64, expectedDelay);
        m_server.setRetryAfter(seconds, milliseconds);
        m_server.queueFault(Fault::RateLimited);
        CompletionRequest req = request(ProviderKind::OpenAi);
        req.policy.maxRetries = 2;
        CompletionCall *call = nullptr;
        const CompletionResult r = run(req, nullptr, &call);
        QCOMPARE(className(r), QStringLiteral("ok"));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(m_server.requestCount(), 2);
        QCOMPARE(r.text, kReply);
        delete call;
        // the retrying signal carried the server's delay
        m_server.clearRequests();
        m_server.queueFault(Fault::RateLimited);
        CompletionCall *second = m_client->complete(req);
        QSignalSpy retrying(second, &CompletionCall::retrying);
        QSignalSpy finished(second, &CompletionCall::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.at(0).at(0).toInt(), 2);
        QCOMPARE(retrying.at(0).at(1).value<qint64>(), expectedDelay);
        delete second;
    }

    void backoffRetriesServerErrorsButNotSpendCapOrAuth_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("503 then ok") << Fault::Unavailable << 2 << "ok";
        QTest::newRow("529 then ok") << Fault::Overloaded << 2 << "ok";
        QTest::newRow("spend cap") << Fault::SpendCap << 1 << "spend_cap";
        QTest::newRow("auth") << Fault::Auth << 1 << "auth";
    }
    void backoffRetriesServerErrorsButNotSpendCapOrAuth()
    {
        QFETCH(Fault, fault);
        QFETCH(int, attempts);
        QFETCH(QString, expected);
        m_server.queueFault(fault);
        CompletionRequest req = request(ProviderKind::Anthropic);
        req.policy.maxRetries = 2;
        const CompletionResult r = run(req);
        QCOMPARE(className(r), expected);
        QCOMPARE(r.attempts, attempts);
        QCOMPARE(m_server.requestCount(), attempts);
    }

    void retriesGiveUpAfterMax()
    {
        m_server.setFault(Fault::ServerError);
        CompletionRequest req = request(ProviderKind::OpenAi);
        req.policy.maxRetries = 2;
        const CompletionResult r = run(req);
        QCOMPARE(className(r), QStringLiteral("server"));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(m_server.requestCount(), 3);
    }

    void cancelMidStream()
    {
        m_server.setChunkDelay(100);
        CompletionCall *call = m_client->complete(request(ProviderKind::OpenAi));
        QSignalSpy finished(call, &CompletionCall::finished);
        QSignalSpy deltas(call, &CompletionCall::textDelta);
        QVERIFY(deltas.wait(10000));
        call->cancel();
        QTRY_COMPARE(finished.size(), 1);
        const CompletionResult r = finished.at(0).at(0).value<CompletionResult>();
        QCOMPARE(className(r), QStringLiteral("cancelled"));
        QVERIFY(r.text.size() < kReply.size());
        call->cancel(); // harmless after the end
        QCOMPARE(finished.size(), 1);
        QTRY_COMPARE(m_server.abortedStreams(), 1);
        delete call;
    }

    void cancelDuringRetryWait()
    {
        m_server.setRetryAfter("30");
        m_server.queueFault(Fault::RateLimited);
        CompletionRequest req = request(ProviderKind::OpenAi);
        req.policy.maxRetries = 2;
        CompletionCall *call = m_client->complete(req);
        QSignalSpy retrying(call, &CompletionCall::retrying);
        QSignalSpy finished(call, &CompletionCall::finished);
        QVERIFY(retrying.wait(10000));
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(className(finished.at(0).at(0).value<CompletionResult>()), QStringLiteral("cancelled"));
        QCOMPARE(m_server.requestCount(), 1);
        delete call;
    }

    void baseUrlFromEnvironment()
    {
        qputenv("OPENAI_BASE_URL", m_server.baseUrl().toString().toUtf8() + "/v1");
        CompletionRequest r = request(ProviderKind::OpenAi);
        r.baseUrl = QUrl();
        const CompletionResult result = run(r);
        qunsetenv("OPENAI_BASE_URL");
        QCOMPARE(className(result), QStringLiteral("ok"));
        QCOMPARE(m_server.lastRequest().path, QStringLiteral("/v1/chat/completions"));
    }

    void simulatedProviderNeedsNoNetwork()
    {
        CompletionRequest r = request(ProviderKind::Simulated);
        r.baseUrl = QUrl();
        QString deltas;
        const CompletionResult first = run(r, &deltas);
        QCOMPARE(className(first), QStringLiteral("ok"));
        QVERIFY(first.simulated);
        QVERIFY(!first.text.isEmpty());
        QCOMPARE(deltas, first.text);
        QVERIFY(first.cost.has_value());
        QCOMPARE(m_server.requestCount(), 0);
        QCOMPARE(run(r).text, first.text); // deterministic
    }
};

QTEST_MAIN(TestProviderClient)
#include "tst_providerclient.moc"
