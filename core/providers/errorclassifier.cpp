#include "errorclassifier.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ErrorClassifier)
};

bool mentionsAny(const QString &text, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [&text](const char *w) {
        return text.contains(QLatin1StringView(w), Qt::CaseInsensitive);
    });
}

bool isContextLength(const QString &text)
{
    return mentionsAny(text, {"context_length_exceeded", "context length", "context window",
                              "prompt is too long", "maximum context", "too many tokens",
                              "reduce the length", "input is too long"});
}

bool isSpendCap(const QString &text)
{
    // Not "billing": OpenAI's ordinary rate-limit message links to the billing page too.
    if (mentionsAny(text, {"rate_limit_exceeded", "rate_limit_error"}))
        return false;
    return mentionsAny(text, {"insufficient_quota", "quota", "spend limit", "spending limit",
                              "credit balance", "insufficient credits", "usage limit"});
}

/// The error object of any of the wire formats: `error` as object or string, or the root.
struct Parsed
{
    QString type;    ///< error.type (Anthropic / OpenAI)
    QString code;    ///< error.code as text (int or string)
    int numericCode = 0;
    QString message;
};

Parsed parse(const QJsonObject &root)
{
    Parsed p;
    const QJsonValue error = root.value(QStringLiteral("error"));
    if (error.isString()) {
        p.message = error.toString();
        return p;
    }
    const QJsonObject e = error.isObject() ? error.toObject() : root;
    p.type = e.value(QStringLiteral("type")).toString();
    const QJsonValue code = e.value(QStringLiteral("code"));
    if (code.isDouble()) {
        p.numericCode = code.toInt();
        p.code = QString::number(p.numericCode);
    } else {
        p.code = code.toString();
    }
    p.message = e.value(QStringLiteral("message")).toString();
    return p;
}

ErrorClass classOfStatus(int status, const QString &all)
{
    if ((status == 400 || status == 403) && mentionsAny(all, {"credit balance", "insufficient_quota"}))
        return ErrorClass::SpendCap;
    if (status == 401 || status == 403)
        return ErrorClass::Auth;
    if (status == 402)
        return ErrorClass::SpendCap;
    if (status == 408)
        return ErrorClass::Timeout;
    if (status == 429)
        return ErrorClass::RateLimited;
    if (status == 529)
        return ErrorClass::Overloaded;
    if (status >= 500 || status == 409)
        return ErrorClass::Server;
    if (status == 413 || isContextLength(all))
        return ErrorClass::ContextLength;
    return ErrorClass::InvalidRequest;
}

QString advice(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Auth: return Tr::tr("Check the API key (env var or keychain entry) and its permissions.");
    case ErrorClass::RateLimited: return Tr::tr("Wait and retry, or lower the request rate.");
    case ErrorClass::SpendCap: return Tr::tr("Check the account's quota, credits or spend limit.");
    case ErrorClass::Overloaded: return Tr::tr("The provider is overloaded; retry later.");
    case ErrorClass::ContextLength: return Tr::tr("Shorten the prompt or lower max tokens.");
    case ErrorClass::InvalidRequest: return Tr::tr("Check the model name and the request parameters.");
    default: return {};
    }
}

QString compose(int status, const Parsed &p, ErrorClass c)
{
    QString text = status > 0 ? Tr::tr("HTTP %1").arg(status) : Tr::tr("Error in the stream");
    if (!p.message.isEmpty())
        text += QStringLiteral(": ") + capMessage(p.message);
    const QString hint = advice(c);
    if (!hint.isEmpty())
        text += QStringLiteral(" (") + hint + u')';
    return text;
}

} // namespace

namespace ErrorClassifier {

std::optional<qint64> parseRetryAfter(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                      const QDateTime &now)
{
    // A year is "never" for a retry; larger values would overflow qint64 (undefined behaviour).
    constexpr double maxMs = 365.0 * 24 * 3600 * 1000;
    bool ok = false;
    const double ms = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && ms >= 0 && !std::isnan(ms))
        return qint64(std::ceil(std::min(ms, maxMs)));
    const double seconds = retryAfter.trimmed().toDouble(&ok);
    if (ok && seconds >= 0 && !std::isnan(seconds))
        return qint64(std::ceil(std::min(seconds * 1000, maxMs)));
    if (!retryAfter.trimmed().isEmpty()) {
        const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(retryAfter.trimmed()),
                                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (at.isValid()) {
            QDateTime utc = at;
            utc.setTimeSpec(Qt::UTC);
            return std::max<qint64>(0, now.msecsTo(utc));
        }
    }
    return std::nullopt;
}

ProviderError fromHttp(int status, const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                       const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    Parsed p = doc.isObject() ? parse(doc.object()) : Parsed{};
    if (p.message.isEmpty() && !doc.isObject())
        p.message = QString::fromUtf8(body.left(300)).trimmed();
    const QString all = p.type + u' ' + p.code + u' ' + p.message;

    ProviderError e;
    e.httpStatus = status;
    e.retryAfterMs = parseRetryAfter(retryAfterMs, retryAfter);
    e.errorClass = classOfStatus(status, all);
    if (p.type == u"overloaded_error")
        e.errorClass = ErrorClass::Overloaded;
    if (status == 429 && !e.retryAfterMs && isSpendCap(all))
        e.errorClass = ErrorClass::SpendCap;
    e.message = compose(status, p, e.errorClass);
    return e;
}

ProviderError fromInBand(const QJsonObject &json)
{
    const Parsed p = parse(json);
    const QString all = p.type + u' ' + p.code + u' ' + p.message;
    ProviderError e;
    if (p.numericCode >= 400) {
        e.errorClass = classOfStatus(p.numericCode, all);
    } else if (mentionsAny(all, {"overloaded"})) {
        e.errorClass = ErrorClass::Overloaded;
    } else if (mentionsAny(all, {"rate_limit"})) {
        e.errorClass = ErrorClass::RateLimited;
    } else if (isSpendCap(all)) {
        e.errorClass = ErrorClass::SpendCap;
    } else if (mentionsAny(all, {"authentication", "permission", "invalid_api_key"})) {
        e.errorClass = ErrorClass::Auth;
    } else if (isContextLength(all)) {
        e.errorClass = ErrorClass::ContextLength;
    } else if (mentionsAny(all, {"invalid_request", "not_found"})) {
        e.errorClass = ErrorClass::InvalidRequest;
    } else {
        e.errorClass = ErrorClass::Server;
    }
    e.message = compose(0, p, e.errorClass);
    return e;
}

} // namespace ErrorClassifier

namespace RetryPolicy {

bool shouldRetry(const ProviderError &error, int attempt, const CallPolicy &policy)
{
    // completion.h: a retry-after past maxRetryDelayMs is not waited for; the error is returned.
    if (error.retryAfterMs && *error.retryAfterMs > policy.maxRetryDelayMs)
        return false;
    return error.isRetryable() && attempt <= policy.maxRetries;
}

qint64 delayMs(const ProviderError &error, int attempt, const CallPolicy &policy)
{
    if (error.retryAfterMs)
        return std::clamp<qint64>(*error.retryAfterMs, 0, policy.maxRetryDelayMs);
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 base = std::min<qint64>(qint64(policy.initialBackoffMs) << exponent, policy.maxBackoffMs);
    const double jitter = 1.0 - 0.25 * QRandomGenerator::global()->generateDouble();
    return qint64(double(base) * jitter);
}

} // namespace RetryPolicy
