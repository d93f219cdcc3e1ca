#include "completion.h"

ProviderKind providerKindFromName(const QString &provider)
{
    const QString p = provider.trimmed().toLower();
    if (p == u"anthropic")
        return ProviderKind::Anthropic;
    if (p == u"ollama")
        return ProviderKind::Ollama;
    if (p == u"simulated")
        return ProviderKind::Simulated;
    return ProviderKind::OpenAi;
}

QString providerKindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Anthropic: return QStringLiteral("anthropic");
    case ProviderKind::OpenAi: return QStringLiteral("openai");
    case ProviderKind::Ollama: return QStringLiteral("ollama");
    case ProviderKind::Simulated: return QStringLiteral("simulated");
    }
    return {};
}

int CallPolicy::defaultTotalTimeoutMs()
{
    static const int ms = [] {
        bool ok = false;
        const int seconds = qEnvironmentVariableIntValue("TIERBENCH_CALL_TIMEOUT", &ok);
        return ok && seconds >= 0 && seconds <= 24 * 3600 ? seconds * 1000 : 600000;
    }();
    return ms;
}

QString capMessage(const QString &text)
{
    if (text.size() <= ResponseLimits::MaxMessageChars)
        return text;
    return text.left(ResponseLimits::MaxMessageChars)
           + QCoreApplication::translate("ProviderError", "… (%1 more characters cut)")
                 .arg(text.size() - ResponseLimits::MaxMessageChars);
}

QString errorClassName(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Auth: return QStringLiteral("auth");
    case ErrorClass::InvalidRequest: return QStringLiteral("invalid_request");
    case ErrorClass::RateLimited: return QStringLiteral("rate_limited");
    case ErrorClass::Overloaded: return QStringLiteral("overloaded");
    case ErrorClass::SpendCap: return QStringLiteral("spend_cap");
    case ErrorClass::ContextLength: return QStringLiteral("context_length");
    case ErrorClass::Server: return QStringLiteral("server");
    case ErrorClass::Timeout: return QStringLiteral("timeout");
    case ErrorClass::Network: return QStringLiteral("network");
    case ErrorClass::BadResponse: return QStringLiteral("bad_response");
    case ErrorClass::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

bool ProviderError::isRetryable() const
{
    switch (errorClass) {
    case ErrorClass::RateLimited:
    case ErrorClass::Overloaded:
    case ErrorClass::Server:
    case ErrorClass::Timeout:
    case ErrorClass::Network:
        return true;
    case ErrorClass::InvalidRequest:
        return httpStatus == 408 || httpStatus == 409;
    default:
        return false;
    }
}
