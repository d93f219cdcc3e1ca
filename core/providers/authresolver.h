#pragma once

#include "completion.h"
#include "secretstore.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

/// Headers that authenticate a call, plus the secret values themselves so that callers can
/// scrub them from any message. Never log or store `secrets`.
struct ResolvedAuth
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QStringList secrets;
    std::optional<ProviderError> error; ///< class auth, with a message that says what to do
};

/// OAuth client-credentials tokens, cached until shortly before they expire, and the token
/// requests in flight: calls that need the same token share one request.
class OAuthTokenCache
{
public:
    static constexpr int RequestTimeoutMs = 15000; ///< a token request's deadline

    std::optional<QString> find(const QString &key) const;
    void insert(const QString &key, const QString &token, qint64 expiresInSeconds);

    /// Registers `done` (called later on `context`'s thread unless `context` is gone) for the
    /// token `key`. Returns true when a request for it is already in flight (nothing to send),
    /// false when the caller is first and must send it.
    bool addWaiter(const QString &key, QObject *context, std::function<void(ResolvedAuth)> done);
    /// The request for `key` ended: every waiter still alive gets `result`.
    void finishWaiters(const QString &key, const ResolvedAuth &result);
    int pendingRequests() const { return int(m_waiting.size()); }

private:
    struct Entry { QString token; QDeadlineTimer expiry; };
    struct Waiter { QPointer<QObject> context; std::function<void(ResolvedAuth)> done; };
    QHash<QString, Entry> m_entries;
    QHash<QString, QList<Waiter>> m_waiting;
};

/// Resolves a call's auth into headers, asynchronously (keychain reads and OAuth token requests
/// take time). Auth types: apiKey (x-api-key for Anthropic, else Authorization: Bearer), none,
/// custom (the secret holds a JSON object or "Name: value" lines; each becomes a header),
/// oauth (the secret's client_id, client_secret and token_url keys; client-credentials grant),
/// serviceAccount (in-cluster only: an error here). No auth config means apiKey from the
/// provider's SDK variable (ANTHROPIC_API_KEY, OPENAI_API_KEY); Ollama then needs none.
void resolveAuth(const CompletionRequest &request, const SecretStore &store,
                 QNetworkAccessManager *network, OAuthTokenCache *tokens, QObject *context,
                 std::function<void(ResolvedAuth)> done);

/// The SDK environment variable for a provider's key, or empty (Ollama).
QString sdkKeyVariable(ProviderKind kind);

/// Whether a key taken from the provider's SDK variable (OPENAI_API_KEY, ANTHROPIC_API_KEY)
/// may be sent to `url`: the provider's official host (api.openai.com, api.anthropic.com),
/// the host of its SDK base-URL variable (OPENAI_BASE_URL, ANTHROPIC_BASE_URL), or loopback.
/// Any other endpoint gets the key only through auth that the config names (a secretRef), so
/// an untrusted config cannot send the user's SDK key to a host of its choosing.
bool sdkKeyAllowedFor(ProviderKind kind, const QUrl &url);

/// Whether sending `auth` to `url` puts a credential on the network in cleartext: auth has
/// headers and `url` is http:// to a host that is not loopback.
bool sendsKeyInCleartext(const QUrl &url, const ResolvedAuth &auth);
