#pragma once

#include "completion.h"
#include "secretstore.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QPair>

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

/// OAuth client-credentials tokens, cached until shortly before they expire.
class OAuthTokenCache
{
public:
    std::optional<QString> find(const QString &key) const;
    void insert(const QString &key, const QString &token, qint64 expiresInSeconds);

private:
    struct Entry { QString token; QDeadlineTimer expiry; };
    QHash<QString, Entry> m_entries;
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
