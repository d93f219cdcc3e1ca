#pragma once

#include "config/tierconfig.h"
#include "money/cost.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <optional>

/// The wire protocol a provider speaks.
enum class ProviderKind {
    Anthropic, ///< Messages API, POST {base}/v1/messages
    OpenAi,    ///< Chat Completions, POST {base}/v1/chat/completions (also OpenAI-compatible servers)
    Ollama,    ///< native POST {base}/api/chat, NDJSON
    Simulated, ///< no network: deterministic generated text (demo mode)
};

/// "anthropic" -> Anthropic, "openai" / "vllm" / "litellm" / "lmstudio" / anything unknown -> OpenAi,
/// "ollama" -> Ollama, "simulated" -> Simulated.
ProviderKind providerKindFromName(const QString &provider);
QString providerKindName(ProviderKind kind);

/// The error classes shared by the UI, the fallback chain and the stored rows.
enum class ErrorClass {
    Auth,
    InvalidRequest,
    RateLimited,
    Overloaded,
    SpendCap,
    ContextLength,
    Server,
    Timeout,
    Network,
    BadResponse,
    Cancelled,
};
/// "auth", "invalid_request", "rate_limited", ... (the stored spelling).
QString errorClassName(ErrorClass c);

/// A failed call: class, a message that says what to do, and what the server said.
struct ProviderError
{
    ErrorClass errorClass = ErrorClass::Network;
    QString message;
    int httpStatus = 0;                  ///< 0 when there was no HTTP response
    std::optional<qint64> retryAfterMs;  ///< from retry-after-ms / retry-after

    /// Whether the official SDKs would retry this (408/409/429/5xx, timeouts, network).
    bool isRetryable() const;
};

struct ChatMessage
{
    QString role; ///< system | user | assistant
    QString content;
};

/// What a provider's answer may grow to. Past a limit the call fails with bad_response (an
/// error body is cut instead, and classified by its status).
namespace ResponseLimits {
inline constexpr qsizetype MaxLineBytes = 4 * 1024 * 1024;    ///< one SSE or NDJSON line
inline constexpr qsizetype MaxEventBytes = 16 * 1024 * 1024;  ///< one SSE event's joined data
inline constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;   ///< a whole non-streamed answer
inline constexpr qsizetype MaxErrorBodyBytes = 64 * 1024;     ///< the body of an HTTP error
inline constexpr qsizetype MaxMessageChars = 2000;            ///< a ProviderError's message
} // namespace ResponseLimits

/// `text` cut to ResponseLimits::MaxMessageChars, saying so.
QString capMessage(const QString &text);

/// Timeouts and retries of one call.
struct CallPolicy
{
    /// 10 minutes, or the environment's TIERBENCH_CALL_TIMEOUT (whole seconds; 0 = no limit).
    static int defaultTotalTimeoutMs();

    int connectTimeoutMs = 30000; ///< from sending until the response headers
    int idleTimeoutMs = 60000;    ///< longest silence between two reads of the body
    /// The whole call, retries and waits included: a server that drips bytes or sends only
    /// keep-alive comments is stopped here (class timeout, not retried). 0 = no limit.
    int totalTimeoutMs = defaultTotalTimeoutMs();
    int maxRetries = 2;           ///< as the official SDKs
    int maxRetryDelayMs = 60000;  ///< a longer retry-after is not waited for: the error is returned
    int initialBackoffMs = 500;
    int maxBackoffMs = 8000;
};

/// One call, fully resolved (no secrets: the client resolves auth through SecretStore).
struct CompletionRequest
{
    ProviderKind kind = ProviderKind::OpenAi;
    QString provider; ///< as written in the config ("openai", "vllm", ...)
    QString model;
    QString tier;     ///< for reports only
    QUrl baseUrl;     ///< empty: the SDK env var, else the provider's default
    std::optional<AuthConfig> auth; ///< nullopt: type apiKey with the provider's SDK env var
    QList<ChatMessage> messages;
    std::optional<int> maxTokens;
    std::optional<double> temperature; ///< nullopt: the provider's default
    bool stream = true;
    TokenPrices prices;
    CallPolicy policy;
};

/// Monotonic times in nanoseconds since the call started (QElapsedTimer), unset when not reached.
struct CompletionTimings
{
    std::optional<qint64> requestSentNs; ///< the (last) attempt's request was handed to the network
    std::optional<qint64> firstByteNs;
    std::optional<qint64> firstTokenNs;
    std::optional<qint64> lastTokenNs;
    qint64 totalNs = 0;
};

/// What a call produced. Token counts are unknown (nullopt) unless the server reported them.
struct CompletionResult
{
    QString text;
    QString finishReason; ///< as the provider says it ("stop", "end_turn", "length", ...)
    QString responseModel;
    std::optional<std::int64_t> inputTokens; ///< Anthropic: input + cache creation + cache read
    std::optional<std::int64_t> outputTokens;
    std::optional<std::int64_t> cachedInputTokens; ///< read from cache (billed at the cached price)
    std::optional<std::int64_t> cacheCreationInputTokens;
    std::optional<Decimal> cost; ///< exact, from the tier's prices; nullopt when unknown
    CompletionTimings timings;
    int attempts = 0;
    int httpStatus = 0;
    bool simulated = false;
    std::optional<ProviderError> error;

    bool ok() const { return !error.has_value(); }
};
