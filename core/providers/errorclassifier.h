#pragma once

#include "completion.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

/// Turns what a provider answered into a ProviderError of the right class. Pure functions.
namespace ErrorClassifier {

/// Milliseconds to wait, from `retry-after-ms` (float ms) first, then `retry-after`
/// (seconds, possibly fractional, or an HTTP date relative to `now`). nullopt when neither parses.
std::optional<qint64> parseRetryAfter(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

/// An HTTP error response (status >= 400). `body` is the raw response body.
ProviderError fromHttp(int status, const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                       const QByteArray &body);

/// An error object that arrived inside an HTTP 200 stream or body: OpenAI's `{"error":{...}}`
/// chunk (its `code` may be a string or an integer), Anthropic's `event: error` data, Ollama's
/// `{"error":"..."}` line. `json` is the whole parsed frame.
ProviderError fromInBand(const QJsonObject &json);

} // namespace ErrorClassifier

/// Retry decisions as in the official SDKs (openai-python / anthropic-sdk-python).
namespace RetryPolicy {

/// Whether attempt number `attempt` (1-based, the one that just failed) may be retried.
bool shouldRetry(const ProviderError &error, int attempt, const CallPolicy &policy);

/// Delay before the next attempt: the server's retry-after (capped at maxRetryDelayMs) when
/// given, else min(initial * 2^(attempt-1), maxBackoff) reduced by up to 25% jitter.
qint64 delayMs(const ProviderError &error, int attempt, const CallPolicy &policy);

} // namespace RetryPolicy
