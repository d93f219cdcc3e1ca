// The three response parsers behind WireParser::create().
#include "errorclassifier.h"
#include "wireprotocol.h"

#include <QJsonArray>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WireParser)
};

QString truncatedMessage()
{
    return Tr::tr("The stream ended before its end marker (connection dropped or truncated).");
}

/// OpenAI Chat Completions and compatible servers.
class OpenAiParser final : public WireParser
{
public:
    QStringList feed(const QByteArray &bytes) override
    {
        const QStringList deltas = handle(m_framer.feed(bytes));
        if (m_framer.overflowed())
            setLineTooLong();
        return deltas;
    }
    QStringList finish() override
    {
        QStringList deltas = handle(m_framer.finish());
        // Some compatible servers omit [DONE]; a finish_reason is then enough.
        if (!m_complete && m_result.finishReason.isEmpty())
            setBadResponse(truncatedMessage());
        return deltas;
    }
    void parseWhole(const QByteArray &body) override
    {
        const auto o = object(body);
        if (!o)
            return;
        if (o->contains(QStringLiteral("error"))) {
            setInBandError(*o);
            return;
        }
        const QJsonObject choice = o->value(QStringLiteral("choices")).toArray().at(0).toObject();
        const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
        m_result.text = message.value(QStringLiteral("content")).toString(
            message.value(QStringLiteral("refusal")).toString());
        m_result.finishReason = choice.value(QStringLiteral("finish_reason")).toString();
        readCommon(*o);
        m_complete = true;
    }

private:
    QStringList handle(const QList<SseEvent> &events)
    {
        QStringList deltas;
        for (const SseEvent &e : events) {
            const QByteArray data = e.data.trimmed();
            if (data.isEmpty() || m_result.error)
                continue;
            if (data == "[DONE]") {
                m_complete = true;
                continue;
            }
            const auto o = object(data);
            if (!o)
                continue;
            readCommon(*o);
            for (const QJsonValue &c : o->value(QStringLiteral("choices")).toArray()) {
                const QJsonObject choice = c.toObject();
                if (choice.value(QStringLiteral("index")).toInt() != 0)
                    continue; // n > 1: only the first choice is the answer
                const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
                QString piece = delta.value(QStringLiteral("content")).toString();
                if (piece.isEmpty())
                    piece = delta.value(QStringLiteral("refusal")).toString();
                if (!piece.isEmpty()) {
                    m_result.text += piece;
                    deltas << piece;
                }
                const QJsonValue finish = choice.value(QStringLiteral("finish_reason"));
                if (finish.isString())
                    m_result.finishReason = finish.toString();
            }
            if (o->value(QStringLiteral("error")).isObject())
                setInBandError(*o);
        }
        return deltas;
    }
    void readCommon(const QJsonObject &o)
    {
        if (o.contains(QStringLiteral("model")))
            m_result.responseModel = o.value(QStringLiteral("model")).toString();
        const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
        if (usage.isEmpty())
            return;
        m_result.inputTokens = tokenCount(usage, "prompt_tokens");
        m_result.outputTokens = tokenCount(usage, "completion_tokens");
        const QJsonObject details = usage.value(QStringLiteral("prompt_tokens_details")).toObject();
        m_result.cachedInputTokens = tokenCount(details, "cached_tokens");
    }

    SseFramer m_framer{ResponseLimits::MaxLineBytes, ResponseLimits::MaxEventBytes};
};

/// Anthropic Messages.
class AnthropicParser final : public WireParser
{
public:
    QStringList feed(const QByteArray &bytes) override
    {
        const QStringList deltas = handle(m_framer.feed(bytes));
        if (m_framer.overflowed())
            setLineTooLong();
        return deltas;
    }
    QStringList finish() override
    {
        QStringList deltas = handle(m_framer.finish());
        if (!m_complete)
            setBadResponse(truncatedMessage());
        return deltas;
    }
    void parseWhole(const QByteArray &body) override
    {
        const auto o = object(body);
        if (!o)
            return;
        if (o->value(QStringLiteral("type")).toString() == u"error") {
            setInBandError(*o);
            return;
        }
        for (const QJsonValue &block : o->value(QStringLiteral("content")).toArray()) {
            if (block.toObject().value(QStringLiteral("type")).toString() == u"text")
                m_result.text += block.toObject().value(QStringLiteral("text")).toString();
        }
        m_result.finishReason = o->value(QStringLiteral("stop_reason")).toString();
        m_result.responseModel = o->value(QStringLiteral("model")).toString();
        readUsage(o->value(QStringLiteral("usage")).toObject());
        m_complete = true;
    }

private:
    QStringList handle(const QList<SseEvent> &events)
    {
        QStringList deltas;
        for (const SseEvent &e : events) {
            if (e.data.trimmed().isEmpty() || m_result.error)
                continue;
            const auto o = object(e.data);
            if (!o)
                continue;
            const QString type = o->value(QStringLiteral("type")).toString();
            if (type == u"message_start") {
                const QJsonObject message = o->value(QStringLiteral("message")).toObject();
                m_result.responseModel = message.value(QStringLiteral("model")).toString();
                readUsage(message.value(QStringLiteral("usage")).toObject());
            } else if (type == u"content_block_delta") {
                const QJsonObject delta = o->value(QStringLiteral("delta")).toObject();
                if (delta.value(QStringLiteral("type")).toString() == u"text_delta") {
                    const QString piece = delta.value(QStringLiteral("text")).toString();
                    m_result.text += piece;
                    if (!piece.isEmpty())
                        deltas << piece;
                } // input_json_delta, thinking_delta, signature_delta: not answer text
            } else if (type == u"message_delta") {
                const QJsonValue stop = o->value(QStringLiteral("delta")).toObject().value(QStringLiteral("stop_reason"));
                if (stop.isString())
                    m_result.finishReason = stop.toString();
                readUsage(o->value(QStringLiteral("usage")).toObject());
            } else if (type == u"message_stop") {
                m_complete = true;
            } else if (type == u"error") {
                setInBandError(*o);
            } // ping, content_block_start/stop and unknown events are skipped
        }
        return deltas;
    }
    /// message_start has the input side; message_delta has cumulative output and may repeat input.
    void readUsage(const QJsonObject &usage)
    {
        if (auto v = tokenCount(usage, "input_tokens"))
            m_input = v;
        if (auto v = tokenCount(usage, "cache_creation_input_tokens"))
            m_result.cacheCreationInputTokens = v;
        if (auto v = tokenCount(usage, "cache_read_input_tokens"))
            m_result.cachedInputTokens = v;
        if (auto v = tokenCount(usage, "output_tokens"))
            m_result.outputTokens = v;
        if (m_input)
            m_result.inputTokens = *m_input + m_result.cacheCreationInputTokens.value_or(0)
                + m_result.cachedInputTokens.value_or(0);
    }

    SseFramer m_framer{ResponseLimits::MaxLineBytes, ResponseLimits::MaxEventBytes};
    std::optional<std::int64_t> m_input;
};

/// Ollama native /api/chat (also reads /api/generate's "response" lines).
class OllamaParser final : public WireParser
{
public:
    QStringList feed(const QByteArray &bytes) override
    {
        const QStringList deltas = handle(m_framer.feed(bytes));
        if (m_framer.overflowed())
            setLineTooLong();
        return deltas;
    }
    QStringList finish() override
    {
        QStringList deltas = handle(m_framer.finish());
        if (!m_complete)
            setBadResponse(truncatedMessage());
        return deltas;
    }
    void parseWhole(const QByteArray &body) override
    {
        if (const auto o = object(body))
            line(*o);
    }

private:
    QStringList handle(const QList<QByteArray> &lines)
    {
        QStringList deltas;
        for (const QByteArray &l : lines) {
            if (m_result.error)
                break;
            if (const auto o = object(l)) {
                const QString piece = line(*o);
                if (!piece.isEmpty())
                    deltas << piece;
            }
        }
        return deltas;
    }
    QString line(const QJsonObject &o)
    {
        if (o.contains(QStringLiteral("error"))) {
            setInBandError(o);
            return {};
        }
        QString piece = o.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
        if (piece.isEmpty())
            piece = o.value(QStringLiteral("response")).toString();
        m_result.text += piece;
        if (o.contains(QStringLiteral("model")))
            m_result.responseModel = o.value(QStringLiteral("model")).toString();
        if (o.value(QStringLiteral("done")).toBool()) {
            m_complete = true;
            m_result.finishReason = o.value(QStringLiteral("done_reason")).toString();
            m_result.inputTokens = tokenCount(o, "prompt_eval_count"); // absent when the prompt was cached
            m_result.outputTokens = tokenCount(o, "eval_count");
        }
        return piece;
    }

    NdjsonFramer m_framer{ResponseLimits::MaxLineBytes};
};

} // namespace

void WireParser::setInBandError(const QJsonObject &json)
{
    if (!m_result.error)
        m_result.error = ErrorClassifier::fromInBand(json);
}

std::unique_ptr<WireParser> WireParser::create(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Anthropic: return std::make_unique<AnthropicParser>();
    case ProviderKind::Ollama: return std::make_unique<OllamaParser>();
    case ProviderKind::OpenAi:
    case ProviderKind::Simulated: break;
    }
    return std::make_unique<OpenAiParser>();
}
