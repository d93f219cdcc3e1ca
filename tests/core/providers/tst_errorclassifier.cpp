#include "providers/errorclassifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace {

QByteArray wireFile(const char *relative)
{
    QFile f(QStringLiteral(TIERBENCH_FIXTURES_DIR "/wire/") + QString::fromUtf8(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestErrorClassifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void http_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfterMs");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("retryable");

        QTest::newRow("openai 429 rate limit, retry-after") << 429 << QByteArray() << QByteArray("2")
            << wireFile("openai/openai_error_429_rate_limit_exceeded.gpt-pilot-pr53.json") << "rate_limited" << true;
        QTest::newRow("openai 429 tpm mentions billing, no retry-after") << 429 << QByteArray() << QByteArray()
            << wireFile("openai/openai_error_429_tpm_retry_ms.videolingo-issue34.reconstructed.json") << "rate_limited" << true;
        QTest::newRow("openai 429 insufficient_quota") << 429 << QByteArray() << QByteArray()
            << wireFile("openai/openai_error_429_insufficient_quota.nextchat-issue3664.json") << "spend_cap" << false;
        QTest::newRow("anthropic 429 recorded") << 429 << QByteArray() << QByteArray("12")
            << wireFile("anthropic/anthropic_error_429_rate_limit.recorded.json") << "rate_limited" << true;
        QTest::newRow("anthropic 529") << 529 << QByteArray() << QByteArray()
            << wireFile("anthropic/anthropic_error_529_overloaded.json") << "overloaded" << true;
        QTest::newRow("anthropic 400") << 400 << QByteArray() << QByteArray()
            << wireFile("anthropic/anthropic_error_400_invalid_request.recorded.json") << "invalid_request" << false;
        QTest::newRow("openrouter 429 int code") << 429 << QByteArray() << QByteArray()
            << wireFile("openrouter/openrouter_error_429_upstream_rate_limited.recorded_reserialized.json") << "rate_limited" << true;
        QTest::newRow("ollama error body") << 500 << QByteArray() << QByteArray()
            << wireFile("ollama/ollama_error.docs.json") << "server" << true;
        QTest::newRow("401") << 401 << QByteArray() << QByteArray()
            << QByteArray("{\"error\":{\"message\":\"Incorrect API key\",\"code\":\"invalid_api_key\"}}") << "auth" << false;
        QTest::newRow("context length") << 400 << QByteArray() << QByteArray()
            << QByteArray("{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens\",\"code\":\"context_length_exceeded\"}}")
            << "context_length" << false;
        QTest::newRow("anthropic prompt too long") << 400 << QByteArray() << QByteArray()
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"prompt is too long: 210000 tokens > 200000 maximum\"}}")
            << "context_length" << false;
        QTest::newRow("anthropic credit balance") << 400 << QByteArray() << QByteArray()
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Your credit balance is too low\"}}")
            << "spend_cap" << false;
        QTest::newRow("503 html") << 503 << QByteArray() << QByteArray() << QByteArray("<html>down</html>") << "server" << true;
        QTest::newRow("408") << 408 << QByteArray() << QByteArray() << QByteArray() << "timeout" << true;
        QTest::newRow("409") << 409 << QByteArray() << QByteArray() << QByteArray() << "server" << true;
        QTest::newRow("404 model") << 404 << QByteArray() << QByteArray() << QByteArray("{\"error\":\"model not found\"}") << "invalid_request" << false;
    }
    void http()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfterMs);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QFETCH(bool, retryable);
        QVERIFY(!body.isEmpty() || status == 408 || status == 409);
        const ProviderError e = ErrorClassifier::fromHttp(status, retryAfterMs, retryAfter, body);
        QCOMPARE(errorClassName(e.errorClass), expected);
        QCOMPARE(e.isRetryable(), retryable);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.message.isEmpty());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("ms");
        QTest::addColumn<QByteArray>("seconds");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("ms wins") << QByteArray("250") << QByteArray("3") << qint64(250);
        QTest::newRow("fractional ms") << QByteArray("12.2") << QByteArray() << qint64(13);
        QTest::newRow("seconds") << QByteArray() << QByteArray("3") << qint64(3000);
        QTest::newRow("fractional seconds") << QByteArray() << QByteArray("0.5") << qint64(500);
        QTest::newRow("bad ms falls back") << QByteArray("soon") << QByteArray("2") << qint64(2000);
        QTest::newRow("http date") << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << qint64(10000);
        QTest::newRow("none") << QByteArray() << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray() << QByteArray("later") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, ms);
        QFETCH(QByteArray, seconds);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        const auto parsed = ErrorClassifier::parseRetryAfter(ms, seconds, now);
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void inBand_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("anthropic overloaded") << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}") << "overloaded";
        QTest::newRow("openai server_error") << QByteArray("{\"error\":{\"message\":\"x\",\"type\":\"server_error\",\"code\":null}}") << "server";
        QTest::newRow("int code 429") << QByteArray("{\"error\":{\"code\":429,\"message\":\"Provider returned error\"}}") << "rate_limited";
        QTest::newRow("ollama string") << QByteArray("{\"error\":\"an error was encountered while running the model\"}") << "server";
    }
    void inBand()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QCOMPARE(errorClassName(ErrorClassifier::fromInBand(QJsonDocument::fromJson(json).object()).errorClass), expected);
    }

    void retryPolicy()
    {
        CallPolicy policy;
        policy.maxRetries = 2;
        policy.maxRetryDelayMs = 5000;
        ProviderError e;
        e.errorClass = ErrorClass::RateLimited;
        e.httpStatus = 429;
        QVERIFY(RetryPolicy::shouldRetry(e, 1, policy));
        QVERIFY(RetryPolicy::shouldRetry(e, 2, policy));
        QVERIFY(!RetryPolicy::shouldRetry(e, 3, policy));
        e.retryAfterMs = 1200;
        QCOMPARE(RetryPolicy::delayMs(e, 1, policy), qint64(1200));
        e.retryAfterMs = 90000; // capped
        QCOMPARE(RetryPolicy::delayMs(e, 1, policy), qint64(5000));
        e.retryAfterMs.reset();
        for (int attempt = 1; attempt <= 6; ++attempt) {
            const qint64 full = std::min<qint64>(qint64(policy.initialBackoffMs) << (attempt - 1), policy.maxBackoffMs);
            const qint64 d = RetryPolicy::delayMs(e, attempt, policy);
            QVERIFY(d <= full && d >= full * 3 / 4 - 1);
        }
        e.errorClass = ErrorClass::SpendCap;
        QVERIFY(!RetryPolicy::shouldRetry(e, 1, policy));
        e.errorClass = ErrorClass::Auth;
        QVERIFY(!RetryPolicy::shouldRetry(e, 1, policy));
    }
};

QTEST_APPLESS_MAIN(TestErrorClassifier)
#include "tst_errorclassifier.moc"
