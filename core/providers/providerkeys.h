#pragma once

#include "secretstore.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

struct AuthConfig;
struct TierConfig;
struct TierEntry;

/// A provider as the Providers page lists it: its key's SDK name (also its keychain entry when
/// no tier config names a secretRef) and where its API lives.
struct ProviderInfo
{
    QString name;            ///< "anthropic", "openai", "openai-compatible", "ollama", "openrouter", "gemini"
    QString label;           ///< "Anthropic", "OpenAI-compatible", ...
    QString keyVariable;     ///< "ANTHROPIC_API_KEY"; empty when the provider takes no key (Ollama)
    QString baseUrlVariable; ///< "ANTHROPIC_BASE_URL", "OLLAMA_HOST", ...
    QString defaultBaseUrl;  ///< the public API root (OpenAI's includes /v1)

    /// The base-URL variable's value when set, else the default.
    QUrl baseUrl() const;
};

/// Where a provider's key comes from, never the key itself.
struct KeyStatus
{
    enum class Source { Keychain, Environment, NotNeeded, Missing };
    Source source = Source::Missing;
    QString keychainEntry; ///< the entry that is (or would be) read: "<secretRef>/<secretKey>" or the SDK name
    QString envVariable;   ///< the variable that is (or could be) set instead
    QString reason;        ///< why no key is needed, or what to do when one is missing

    bool usable() const { return source != Source::Missing; }
    /// "keychain", "environment", "not needed", "missing" (translated).
    QString sourceText() const;
};

/// "Is this provider usable": the one answer Compare, the Router mode, sync and the Providers
/// page share. Keychain reads are asynchronous, so the keychain side is a snapshot of the
/// entries found (ProviderKeys::scan); the environment is read now.
namespace ProviderKeys {

/// The six providers of the Providers page, in display order.
QList<ProviderInfo> providers();
std::optional<ProviderInfo> provider(const QString &name);
/// The URL a base-URL variable (ANTHROPIC_BASE_URL, OPENAI_BASE_URL, OLLAMA_HOST, ...) holds,
/// trimmed; a value without a scheme ("host:port", as OLLAMA_HOST often is) gets http://.
/// Empty when the variable is unset or blank. The one environment lookup behind calls
/// (completionUrl), model sync, the Providers page and the SDK-key guard.
QUrl baseUrlFromEnvironment(const QString &variable);
/// The SDK key variable of a provider name as tier configs spell it ("vllm" is OpenAI-compatible
/// and uses OPENAI_API_KEY; "ollama" and "simulated" none).
QString sdkVariableFor(const QString &provider);

/// Where the key of `provider` comes from. `auth` is the tier's effective auth (none: the SDK
/// variable); `baseUrl` its endpoint (empty: the default). No key is needed for auth type
/// none, for Ollama and the simulated provider, and for an OpenAI-compatible server on
/// loopback when the tier names no auth (a local vLLM or LM Studio).
KeyStatus keyStatus(const QString &provider, const std::optional<AuthConfig> &auth, const QUrl &baseUrl,
                    const QSet<QString> &keychainEntries);
/// keyStatus() for one tier of `config`.
KeyStatus keyStatus(const TierEntry &entry, const TierConfig &config, const QSet<QString> &keychainEntries);
/// Whether `provider` can be called through its first tier in `config` (else its SDK name).
bool isUsable(const QString &provider, const TierConfig &config, const QSet<QString> &keychainEntries);

/// The keychain entries the tiers of `configs` and the six providers could read.
QStringList candidateEntries(const QList<TierConfig> &configs);

/// Reads each entry and reports those that hold a value (values are dropped at once).
void scan(SecretBackend *backend, const QStringList &entries, QObject *context,
          std::function<void(QSet<QString>)> done);

/// Why keys cannot be stored in the keychain (empty: they can): no backend
/// (TIERBENCH_NO_KEYCHAIN=1) or the service's own error.
void keychainAvailability(SecretBackend *backend, QObject *context, std::function<void(QString)> done);
} // namespace ProviderKeys
