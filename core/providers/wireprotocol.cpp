#include "wireprotocol.h"

#include "providerkeys.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WireParser)
};

QString envBase(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Anthropic: return ProviderKeys::baseUrlFromEnvironment(QStringLiteral("ANTHROPIC_BASE_URL")).toString();
    case ProviderKind::OpenAi: return ProviderKeys::baseUrlFromEnvironment(QStringLiteral("OPENAI_BASE_URL")).toString();
    case ProviderKind::Ollama: return ProviderKeys::baseUrlFromEnvironment(QStringLiteral("OLLAMA_HOST")).toString();
    case ProviderKind::Simulated: break;
    }
    return {};
}

QString defaultBase(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Anthropic: return QStringLiteral("https://api.anthropic.com");
    case ProviderKind::OpenAi: return QStringLiteral("https://api.openai.com/v1");
    case ProviderKind::Ollama: return QStringLiteral("http://127.0.0.1:11434");
    case ProviderKind::Simulated: break;
    }
    return {};
}

QUrl withPath(QUrl url, const QString &path)
{
    url.setPath(path);
    return url;
}

} // namespace

QUrl providerBaseUrl(ProviderKind kind, const QUrl &tierEndpoint)
{
    QString text = tierEndpoint.isValid() && !tierEndpoint.isEmpty() ? tierEndpoint.toString()
                                                                      : envBase(kind);
    if (text.isEmpty())
        text = defaultBase(kind);
    if (!text.contains(QStringLiteral("://"))) // a tier endpoint written "host:port"
        text.prepend(QStringLiteral("http://"));
    QUrl url(text);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl completionUrl(ProviderKind kind, const QUrl &tierEndpoint)
{
    const QUrl base = providerBaseUrl(kind, tierEndpoint);
    const QString path = base.path();
    switch (kind) {
    case ProviderKind::Anthropic:
        if (path.endsWith(u"/v1/messages"))
            return base;
        return withPath(base, path + (path.endsWith(u"/v1") ? u"/messages" : u"/v1/messages"));
    case ProviderKind::OpenAi:
        if (path.endsWith(u"/chat/completions"))
            return base;
        return withPath(base, path + (path.isEmpty() ? u"/v1/chat/completions" : u"/chat/completions"));
    case ProviderKind::Ollama:
        if (path.endsWith(u"/api/chat"))
            return base;
        return withPath(base, path + (path.endsWith(u"/api") ? u"/chat" : u"/api/chat"));
    case ProviderKind::Simulated:
        break;
    }
    return {};
}

QByteArray completionBody(const CompletionRequest &request)
{
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("stream"), request.stream}};
    QJsonArray messages;
    QStringList system;
    for (const ChatMessage &m : request.messages) {
        if (request.kind == ProviderKind::Anthropic && m.role == u"system") {
            system << m.content;
            continue;
        }
        messages.append(QJsonObject{{QStringLiteral("role"), m.role},
                                    {QStringLiteral("content"), m.content}});
    }
    body[QStringLiteral("messages")] = messages;
    if (request.temperature && request.kind != ProviderKind::Ollama)
        body[QStringLiteral("temperature")] = *request.temperature;
    switch (request.kind) {
    case ProviderKind::Anthropic:
        body[QStringLiteral("max_tokens")] = request.maxTokens.value_or(1024); // required there
        if (!system.isEmpty())
            body[QStringLiteral("system")] = system.join(u'\n');
        break;
    case ProviderKind::OpenAi:
        if (request.stream)
            body[QStringLiteral("stream_options")] = QJsonObject{{QStringLiteral("include_usage"), true}};
        if (request.maxTokens) {
            // api.openai.com deprecated max_tokens; compatible servers mostly know only max_tokens.
            const bool official = request.provider.compare(u"openai", Qt::CaseInsensitive) == 0;
            body[official ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens")] = *request.maxTokens;
        }
        break;
    case ProviderKind::Ollama: {
        QJsonObject options; // Ollama takes sampling settings under "options"
        if (request.maxTokens)
            options[QStringLiteral("num_predict")] = *request.maxTokens;
        if (request.temperature)
            options[QStringLiteral("temperature")] = *request.temperature;
        if (!options.isEmpty())
            body[QStringLiteral("options")] = options;
        break;
    }
    case ProviderKind::Simulated:
        break;
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<std::int64_t> WireParser::tokenCount(const QJsonObject &usage, const char *key)
{
    const QJsonValue v = usage.value(QLatin1StringView(key));
    if (!v.isDouble())
        return std::nullopt;
    const double n = v.toDouble();
    if (!(n >= 0 && n <= double(MaxTokenCount) && n == std::floor(n))) {
        setBadResponse(Tr::tr("The provider reported %1 = %2, which is not a possible token count; the response "
                              "is not trusted.").arg(QLatin1StringView(key), QString::number(n, 'g', 17)));
        return std::nullopt;
    }
    return std::int64_t(n);
}

void WireParser::setLineTooLong()
{
    setBadResponse(Tr::tr("The provider sent a stream line or event larger than %1 MB; the stream was stopped.")
                       .arg(ResponseLimits::MaxLineBytes / (1024 * 1024)));
}

void WireParser::setBadResponse(const QString &message)
{
    if (m_result.error)
        return;
    ProviderError e;
    e.errorClass = ErrorClass::BadResponse;
    e.message = message;
    m_result.error = e;
}

std::optional<QJsonObject> WireParser::object(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        setBadResponse(Tr::tr("The provider sent malformed JSON (%1): %2")
                           .arg(parseError.errorString(), QString::fromUtf8(bytes.left(120))));
        return std::nullopt;
    }
    return doc.object();
}
