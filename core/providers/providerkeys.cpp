#include "providerkeys.h"

#include "config/configvalidator.h"
#include "config/secretenv.h"
#include "config/tierconfig.h"

#include <QTimer>

#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProviderKeys)
};

bool envSet(const QString &name)
{
    return !name.isEmpty() && !qEnvironmentVariable(name.toLatin1().constData()).trimmed().isEmpty();
}

bool isLocalServer(const QString &provider)
{
    return provider == u"ollama" || provider == u"simulated";
}

/// Providers that exist only as a hosted API: a loopback address for them is a proxy or a test
/// server, which still gets the key.
bool isHostedOnly(const QString &provider)
{
    return provider == u"anthropic" || provider == u"openrouter" || provider == u"gemini" || provider == u"google";
}

} // namespace

QUrl ProviderInfo::baseUrl() const
{
    const QUrl fromEnvironment = ProviderKeys::baseUrlFromEnvironment(baseUrlVariable);
    return fromEnvironment.isEmpty() ? QUrl(defaultBaseUrl) : fromEnvironment;
}

QUrl ProviderKeys::baseUrlFromEnvironment(const QString &variable)
{
    const QString value = variable.isEmpty() ? QString() : qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
    if (value.isEmpty())
        return {};
    return QUrl::fromUserInput(value.contains(QStringLiteral("://")) ? value : QStringLiteral("http://") + value);
}

QString KeyStatus::sourceText() const
{
    switch (source) {
    case Source::Keychain: return Tr::tr("keychain");
    case Source::Environment: return Tr::tr("environment");
    case Source::NotNeeded: return Tr::tr("not needed");
    case Source::Missing: break;
    }
    return Tr::tr("missing");
}

QList<ProviderInfo> ProviderKeys::providers()
{
    return {
        {QStringLiteral("anthropic"), QStringLiteral("Anthropic"), QStringLiteral("ANTHROPIC_API_KEY"),
         QStringLiteral("ANTHROPIC_BASE_URL"), QStringLiteral("https://api.anthropic.com")},
        {QStringLiteral("openai"), QStringLiteral("OpenAI"), QStringLiteral("OPENAI_API_KEY"),
         QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("https://api.openai.com/v1")},
        {QStringLiteral("openai-compatible"), Tr::tr("OpenAI-compatible"), QStringLiteral("OPENAI_COMPATIBLE_API_KEY"),
         QStringLiteral("OPENAI_COMPATIBLE_BASE_URL"), QStringLiteral("http://localhost:8000/v1")},
        {QStringLiteral("ollama"), QStringLiteral("Ollama"), QString(), QStringLiteral("OLLAMA_HOST"),
         QStringLiteral("http://localhost:11434")},
        {QStringLiteral("openrouter"), QStringLiteral("OpenRouter"), QStringLiteral("OPENROUTER_API_KEY"),
         QStringLiteral("OPENROUTER_BASE_URL"), QStringLiteral("https://openrouter.ai/api/v1")},
        {QStringLiteral("gemini"), QStringLiteral("Gemini"), QStringLiteral("GEMINI_API_KEY"),
         QStringLiteral("GEMINI_BASE_URL"), QStringLiteral("https://generativelanguage.googleapis.com")},
    };
}

std::optional<ProviderInfo> ProviderKeys::provider(const QString &name)
{
    for (const ProviderInfo &p : providers()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ProviderKeys::sdkVariableFor(const QString &provider)
{
    const QString name = provider.toLower();
    if (isLocalServer(name))
        return {};
    if (name == u"anthropic" || name == u"openrouter" || name == u"gemini" || name == u"openai-compatible")
        return ProviderKeys::provider(name)->keyVariable;
    if (name == u"google")
        return QStringLiteral("GEMINI_API_KEY");
    return QStringLiteral("OPENAI_API_KEY"); // every other name speaks the OpenAI wire (vllm, litellm, ...)
}

KeyStatus ProviderKeys::keyStatus(const QString &provider, const std::optional<AuthConfig> &auth, const QUrl &baseUrl,
                                  const QSet<QString> &keychainEntries)
{
    KeyStatus status;
    const QString type = auth ? auth->type.trimmed() : QString();
    const bool namesSecret = auth && !auth->secretRef.isEmpty();
    if (type == u"none") {
        status.source = KeyStatus::Source::NotNeeded;
        status.reason = Tr::tr("auth type none");
        return status;
    }
    if (isLocalServer(provider.toLower()) && !namesSecret) {
        status.source = KeyStatus::Source::NotNeeded;
        status.reason = Tr::tr("a local server takes no key");
        return status;
    }
    if (namesSecret) {
        const QString key = auth->secretKey.isEmpty() ? QStringLiteral("api-key") : auth->secretKey;
        status.keychainEntry = auth->secretRef + u'/' + key;
        status.envVariable = secretEnvName(auth->secretRef, key);
    } else {
        status.keychainEntry = sdkVariableFor(provider);
        status.envVariable = status.keychainEntry;
    }
    if (keychainEntries.contains(status.keychainEntry)) {
        status.source = KeyStatus::Source::Keychain;
    } else if (envSet(status.envVariable)) {
        status.source = KeyStatus::Source::Environment;
    } else if (namesSecret && envSet(sdkVariableFor(provider))) {
        status.source = KeyStatus::Source::Environment; // SecretStore's step 3
        status.envVariable = sdkVariableFor(provider);
    } else if (!namesSecret && type.isEmpty() && !baseUrl.isEmpty()
               && ConfigValidator::isLoopbackHost(baseUrl.host()) && !isHostedOnly(provider)) {
        status.source = KeyStatus::Source::NotNeeded;
        status.reason = Tr::tr("a server on this machine (%1) takes no key").arg(baseUrl.authority());
    } else {
        status.reason = Tr::tr("Set %1 in the environment, or store a key in the keychain (service \"%2\", entry \"%3\").")
                            .arg(status.envVariable, SecretStore::keychainService(), status.keychainEntry);
    }
    return status;
}

KeyStatus ProviderKeys::keyStatus(const TierEntry &entry, const TierConfig &config, const QSet<QString> &keychainEntries)
{
    return keyStatus(entry.provider, config.effectiveAuth(entry), QUrl(entry.endpoint), keychainEntries);
}

bool ProviderKeys::isUsable(const QString &provider, const TierConfig &config, const QSet<QString> &keychainEntries)
{
    for (const TierEntry &entry : config.tiers) {
        if (entry.provider == provider)
            return keyStatus(entry, config, keychainEntries).usable();
    }
    return keyStatus(provider, config.defaultAuth, {}, keychainEntries).usable();
}

QStringList ProviderKeys::candidateEntries(const QList<TierConfig> &configs)
{
    QStringList entries;
    for (const ProviderInfo &p : providers()) {
        if (!p.keyVariable.isEmpty())
            entries.append(p.keyVariable);
    }
    for (const TierConfig &config : configs) {
        for (const TierEntry &entry : config.tiers) {
            const QString e = keyStatus(entry, config, {}).keychainEntry;
            if (!e.isEmpty() && !entries.contains(e))
                entries.append(e);
        }
    }
    return entries;
}

void ProviderKeys::scan(SecretBackend *backend, const QStringList &entries, QObject *context,
                        std::function<void(QSet<QString>)> done)
{
    if (!backend || entries.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    auto found = std::make_shared<QSet<QString>>();
    auto pending = std::make_shared<int>(int(entries.size()));
    for (const QString &entry : entries) {
        backend->read(entry, context, [entry, found, pending, done](std::optional<QString> value) {
            if (value && !value->isEmpty())
                found->insert(entry);
            if (--*pending == 0)
                done(*found);
        });
    }
}

void ProviderKeys::keychainAvailability(SecretBackend *backend, QObject *context, std::function<void(QString)> done)
{
    if (!backend) {
        QTimer::singleShot(0, context, [done] {
            done(Tr::tr("the keychain is switched off (TIERBENCH_NO_KEYCHAIN=1)"));
        });
        return;
    }
    backend->probe(context, std::move(done));
}
