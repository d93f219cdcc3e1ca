#pragma once

#include "completion.h"
#include "streamframer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <memory>

/// The request URL of a call: the tier's endpoint, else the SDK env var (ANTHROPIC_BASE_URL,
/// OPENAI_BASE_URL, OLLAMA_HOST), else the provider's public default; then the API path.
/// OpenAI-style bases include "/v1" ("https://api.openai.com/v1"); a bare host gets "/v1"
/// added. A base that already ends with the full path is used as is.
QUrl completionUrl(ProviderKind kind, const QUrl &tierEndpoint);
/// The base URL alone (no API path), after the same precedence.
QUrl providerBaseUrl(ProviderKind kind, const QUrl &tierEndpoint);

/// The JSON body of a call in the provider's wire format.
QByteArray completionBody(const CompletionRequest &request);

/// Parses one provider's response, streamed or whole, into a CompletionResult.
/// Streaming: feed() the body bytes as they arrive (any split), then finish().
class WireParser
{
public:
    virtual ~WireParser() = default;
    static std::unique_ptr<WireParser> create(ProviderKind kind);

    /// Returns the text deltas completed by these bytes.
    virtual QStringList feed(const QByteArray &bytes) = 0;
    /// End of a streamed body. Sets a bad_response error if the stream's end marker never came.
    virtual QStringList finish() = 0;
    /// A whole non-streamed JSON body.
    virtual void parseWhole(const QByteArray &body) = 0;

    /// Text, usage, finish reason, model and any in-band error seen so far.
    const CompletionResult &result() const { return m_result; }
    /// The largest token count a usage object may report (one call never has more).
    static constexpr std::int64_t MaxTokenCount = 1'000'000'000;
    /// Whether the stream's end marker arrived ([DONE], message_stop, done:true).
    bool complete() const { return m_complete; }

protected:
    void setBadResponse(const QString &message);
    /// bad_response for a stream line or event past ResponseLimits.
    void setLineTooLong();
    void setInBandError(const QJsonObject &json);
    /// A token count from a usage object: nullopt when absent; a negative, fractional or absurd
    /// (over MaxTokenCount) number records bad_response and gives nullopt too.
    std::optional<std::int64_t> tokenCount(const QJsonObject &usage, const char *key);
    /// Parses `bytes` as a JSON object; on failure records bad_response and returns nullopt.
    std::optional<QJsonObject> object(const QByteArray &bytes);

    CompletionResult m_result;
    bool m_complete = false;
};
