// Checks the fake provider server itself with a bare QNetworkAccessManager, so the other
// integration tests can trust it.
#include "fakeproviderserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestFakeProviderServer final : public QObject
{
    Q_OBJECT

private:
    QNetworkReply *post(const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(m_server.baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("x-api-key", "test-key-not-real");
        return m_nam.post(request, QJsonDocument(body).toJson());
    }
    QByteArray waitBody(QNetworkReply *reply)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return {};
        reply->deleteLater();
        return reply->readAll();
    }
    static QJsonObject chatBody(bool stream)
    {
        return {{QStringLiteral("model"), QStringLiteral("fake-small")},
                {QStringLiteral("stream"), stream},
                {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                    {QStringLiteral("content"), QStringLiteral("Hello")}}}}};
    }

    FakeProviderServer m_server;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_server.clearRequests(); }

    void nonStreamingOpenAi()
    {
        m_server.setReplyText(QStringLiteral("one two three"));
        QNetworkReply *reply = post(QStringLiteral("/v1/chat/completions"), chatBody(false));
        const QJsonObject o = QJsonDocument::fromJson(waitBody(reply)).object();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(o.value(QStringLiteral("choices")).toArray().at(0).toObject()
                     .value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("one two three"));
        QCOMPARE(m_server.requestCount(), 1);
        QCOMPARE(m_server.lastRequest().header("X-API-KEY"), QByteArray("test-key-not-real"));
        m_server.setReplyText({});
    }

    void streamingFormats_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("lastFrame");
        QTest::newRow("openai") << QStringLiteral("/v1/chat/completions") << QByteArray("data: [DONE]\n\n");
        QTest::newRow("anthropic") << QStringLiteral("/v1/messages") << QByteArray("\"message_stop\"}\n\n");
        QTest::newRow("ollama") << QStringLiteral("/api/chat") << QByteArray("\"total_duration\":5000000000}\n");
    }
    void streamingFormats()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, lastFrame);
        m_server.setChunkDelay(1);
        const QByteArray body = waitBody(post(path, chatBody(true)));
        m_server.setChunkDelay(0);
        QVERIFY2(body.endsWith(lastFrame), body.right(80).constData());
    }

    void rateLimitCarriesRetryAfter()
    {
        m_server.queueFault(FakeProviderServer::Fault::RateLimited);
        m_server.setRetryAfter("3", "2500");
        QNetworkReply *reply = post(QStringLiteral("/v1/messages"), chatBody(false));
        waitBody(reply);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(reply->rawHeader("retry-after"), QByteArray("3"));
        QCOMPARE(reply->rawHeader("retry-after-ms"), QByteArray("2500"));
        // the queued fault is used up: the next request succeeds
        QNetworkReply *second = post(QStringLiteral("/v1/messages"), chatBody(false));
        waitBody(second);
        QCOMPARE(second->error(), QNetworkReply::NoError);
    }

    void dropMidStreamIsAnError()
    {
        m_server.queueFault(FakeProviderServer::Fault::DropMidStream);
        QNetworkReply *reply = post(QStringLiteral("/v1/chat/completions"), chatBody(true));
        const QByteArray body = waitBody(reply);
        // The server resets the connection. Qt 6.4 reports that as RemoteHostClosedError only
        // some of the time (a cut chunked body can look finished), so clients must detect
        // truncation by the missing end marker. Part of the stream arrived, its end did not.
        QVERIFY(reply->error() == QNetworkReply::NoError
                || reply->error() == QNetworkReply::RemoteHostClosedError);
        QVERIFY(body.contains("chat.completion.chunk"));
        QVERIFY(!body.contains("[DONE]"));
        QVERIFY(!body.contains("finish_reason\":\"stop"));
    }

    void cannedResponseWinsAndMatchesQuery()
    {
        m_server.setCannedResponse("GET", QStringLiteral("/v1/models?after_id=b"), 200, {}, "page2");
        m_server.setCannedResponse("GET", QStringLiteral("/api/v1/models"), 200, {}, "openrouter");
        QCOMPARE(waitBody(m_nam.get(QNetworkRequest(m_server.baseUrl().resolved(QUrl(QStringLiteral("/v1/models?after_id=b")))))),
                 QByteArray("page2"));
        QCOMPARE(waitBody(m_nam.get(QNetworkRequest(m_server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/models")))))),
                 QByteArray("openrouter"));
        const QByteArray models = waitBody(m_nam.get(QNetworkRequest(m_server.baseUrl().resolved(QUrl(QStringLiteral("/v1/models"))))));
        QCOMPARE(QJsonDocument::fromJson(models).object().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        QVERIFY(models.contains("fake-small"));
        QNetworkRequest anthropic(m_server.baseUrl().resolved(QUrl(QStringLiteral("/v1/models"))));
        anthropic.setRawHeader("anthropic-version", "2023-06-01");
        const QJsonObject am = QJsonDocument::fromJson(waitBody(m_nam.get(anthropic))).object();
        QCOMPARE(am.value(QStringLiteral("has_more")).toBool(true), false);
        QCOMPARE(am.value(QStringLiteral("data")).toArray().at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("model"));
        const QJsonObject tags = QJsonDocument::fromJson(waitBody(m_nam.get(QNetworkRequest(
            m_server.baseUrl().resolved(QUrl(QStringLiteral("/api/tags"))))))).object();
        QCOMPARE(tags.value(QStringLiteral("models")).toArray().size(), 2);
    }

    void handlerHook()
    {
        m_server.addHandler(QStringLiteral("/v1beta/models"), [](const FakeRequest &r) -> std::optional<FakeResponse> {
            return FakeResponse{200, {}, "token=" + r.query.queryItemValue(QStringLiteral("pageToken")).toUtf8()};
        });
        QCOMPARE(waitBody(m_nam.get(QNetworkRequest(m_server.baseUrl().resolved(QUrl(QStringLiteral("/v1beta/models?pageToken=abc")))))),
                 QByteArray("token=abc"));
    }
};

QTEST_MAIN(TestFakeProviderServer)
#include "tst_fakeproviderserver.moc"
