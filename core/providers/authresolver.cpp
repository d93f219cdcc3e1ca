#include "authresolver.h"

#include "providerkeys.h"
#include "redirectguard.h"
#include "wireprotocol.h"
#include "config/configvalidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuthResolver)
};

ResolvedAuth authError(const QString &message)
{
    ProviderError e;
    e.errorClass = ErrorClass::Auth;
    e.message = message;
    return ResolvedAuth{{}, {}, e};
}

QList<QPair<QByteArray, QByteArray>> keyHeaders(ProviderKind kind, const QString &key)
{
    if (kind == ProviderKind::Anthropic)
        return {{"x-api-key", key.toUtf8()}};
    return {{"Authorization", "Bearer " + key.toUtf8()}};
}

/// A JSON object {"Header": "value"} or lines "Header: value".
std::optional<QList<QPair<QByteArray, QByteArray>>> customHeaders(const QString &text)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    } else {
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0)
                return std::nullopt;
            headers.append({line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
        }
    }
    if (headers.isEmpty())
        return std::nullopt;
    return headers;
}

void resolveOAuth(const AuthConfig &auth, const SecretStore &store, QNetworkAccessManager *network,
                  OAuthTokenCache *tokens, QObject *context, std::function<void(ResolvedAuth)> done)
{
    // Three lookups in a row: client_id, client_secret, token_url.
    auto values = std::make_shared<QStringList>();
    auto step = std::make_shared<std::function<void(int)>>();
    const QStringList keys{QStringLiteral("client_id"), QStringLiteral("client_secret"), QStringLiteral("token_url")};
    const std::weak_ptr<std::function<void(int)>> weakStep = step; // no self-owning cycle
    const SecretStore *storePtr = &store;
    *step = [=](int index) {
        if (index == keys.size()) {
            // In memory only; the secret's hash keeps a changed secret from reusing an old token.
            const QString cacheKey = values->at(2) + u'\n' + values->at(0) + u'\n'
                + QString::fromLatin1(QCryptographicHash::hash(values->at(1).toUtf8(), QCryptographicHash::Sha256).toHex());
            if (auto token = tokens->find(cacheKey)) {
                done(ResolvedAuth{{{"Authorization", "Bearer " + token->toUtf8()}}, {*token, values->at(1)}, {}});
                return;
            }
            const QUrl tokenUrl(values->at(2));
            if (tokenUrl.scheme() != u"https" && !(tokenUrl.scheme() == u"http" && ConfigValidator::isLoopbackHost(tokenUrl.host()))) {
                done(authError(Tr::tr("The OAuth token_url of secret %1 must be an https:// URL (http:// only on "
                                      "loopback): the client secret would cross the network unencrypted.")
                                   .arg(auth.secretRef)));
                return;
            }
            // One request per token: concurrent calls wait for the same answer.
            if (tokens->addWaiter(cacheKey, context, done))
                return;
            QNetworkRequest request{tokenUrl};
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
            request.setTransferTimeout(OAuthTokenCache::RequestTimeoutMs);
            RedirectGuard::prepare(request);
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
            form.addQueryItem(QStringLiteral("client_id"), values->at(0));
            form.addQueryItem(QStringLiteral("client_secret"), values->at(1));
            QNetworkReply *reply = network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
            auto refused = std::make_shared<QUrl>();
            RedirectGuard::watch(reply, reply, [refused](const QUrl &target) { *refused = target; });
            // The reply's own context: it is deleted even when every waiting call went away.
            QObject::connect(reply, &QNetworkReply::finished, reply, [=] {
                reply->deleteLater();
                const QJsonObject o = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
                const QString token = o.value(QStringLiteral("access_token")).toString();
                ResolvedAuth result;
                if (!refused->isEmpty()) {
                    result = authError(RedirectGuard::refusedMessage(reply->url(), *refused));
                } else if (reply->error() != QNetworkReply::NoError || token.isEmpty()) {
                    result = authError(Tr::tr("The OAuth token request to %1 failed (HTTP %2%3): check client_id, "
                                              "client_secret and token_url in secret %4.")
                                           .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                                           .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                                           .arg(reply->error() == QNetworkReply::OperationCanceledError
                                                    ? Tr::tr(", no answer within %1 s").arg(OAuthTokenCache::RequestTimeoutMs / 1000)
                                                    : QString())
                                           .arg(auth.secretRef));
                } else {
                    // A server's expires_in: clamped to a day (NaN and huge values would make the cast undefined).
                    const double expires = o.value(QStringLiteral("expires_in")).toDouble(3600);
                    tokens->insert(cacheKey, token, expires > 0 ? qint64(std::min(expires, 86400.0)) : 0);
                    result = ResolvedAuth{{{"Authorization", "Bearer " + token.toUtf8()}}, {token, values->at(1)}, {}};
                }
                tokens->finishWaiters(cacheKey, result);
            });
            return;
        }
        storePtr->lookup(auth.secretRef, keys.at(index), {}, context,
                         [=, self = weakStep.lock()](const SecretLookup &found) {
            if (!found.value) {
                done(authError(Tr::tr("OAuth needs %1: %2").arg(keys.at(index), found.missingMessage)));
                return;
            }
            values->append(*found.value);
            (*self)(index + 1);
        });
    };
    (*step)(0);
}

} // namespace

std::optional<QString> OAuthTokenCache::find(const QString &key) const
{
    auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->expiry.hasExpired())
        return std::nullopt;
    return it->token;
}

bool OAuthTokenCache::addWaiter(const QString &key, QObject *context, std::function<void(ResolvedAuth)> done)
{
    const bool inFlight = m_waiting.contains(key);
    m_waiting[key].append(Waiter{context, std::move(done)});
    return inFlight;
}

void OAuthTokenCache::finishWaiters(const QString &key, const ResolvedAuth &result)
{
    const QList<Waiter> waiters = m_waiting.take(key);
    for (const Waiter &w : waiters)
        if (w.context) // a cancelled (deleted) call is not called back
            w.done(result);
}

void OAuthTokenCache::insert(const QString &key, const QString &token, qint64 expiresInSeconds)
{
    const qint64 marginSeconds = std::min<qint64>(30, expiresInSeconds / 10);
    m_entries.insert(key, Entry{token, QDeadlineTimer((expiresInSeconds - marginSeconds) * 1000)});
}

bool sdkKeyAllowedFor(ProviderKind kind, const QUrl &url)
{
    const QString host = url.host().toLower();
    if (ConfigValidator::isLoopbackHost(host))
        return true;
    const QString official = kind == ProviderKind::Anthropic ? QStringLiteral("api.anthropic.com")
                           : kind == ProviderKind::OpenAi    ? QStringLiteral("api.openai.com")
                                                             : QString();
    if (!official.isEmpty() && host == official && url.scheme() == u"https")
        return true;
    const QUrl sdkBase = ProviderKeys::baseUrlFromEnvironment(
        kind == ProviderKind::Anthropic ? QStringLiteral("ANTHROPIC_BASE_URL") : QStringLiteral("OPENAI_BASE_URL"));
    return !sdkBase.isEmpty() && RedirectGuard::sameOrigin(sdkBase, url);
}

bool sendsKeyInCleartext(const QUrl &url, const ResolvedAuth &auth)
{
    return !auth.headers.isEmpty() && ConfigValidator::isCleartextRemote(url.toString());
}

QString sdkKeyVariable(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Anthropic: return QStringLiteral("ANTHROPIC_API_KEY");
    case ProviderKind::OpenAi: return QStringLiteral("OPENAI_API_KEY");
    case ProviderKind::Ollama:
    case ProviderKind::Simulated: break;
    }
    return {};
}

void resolveAuth(const CompletionRequest &request, const SecretStore &store,
                 QNetworkAccessManager *network, OAuthTokenCache *tokens, QObject *context,
                 std::function<void(ResolvedAuth)> done)
{
    const QString sdkVar = sdkKeyVariable(request.kind);
    AuthConfig auth = request.auth.value_or(AuthConfig{});
    QString type = auth.type.trimmed();
    if (type.isEmpty())
        type = (request.kind == ProviderKind::Ollama || request.kind == ProviderKind::Simulated) && auth.secretRef.isEmpty()
            ? QStringLiteral("none") : QStringLiteral("apiKey");

    auto later = [context, done](ResolvedAuth r) { QTimer::singleShot(0, context, [done, r] { done(r); }); };
    if (type == u"none") {
        later({});
    } else if (type == u"serviceAccount") {
        later(authError(Tr::tr("Auth type serviceAccount uses the Kubernetes pod's service-account token and works "
                               "only in-cluster. Outside a cluster use apiKey (env var or keychain) or none.")));
    } else if (type == u"apiKey") {
        const QUrl url = completionUrl(request.kind, request.baseUrl);
        // A tier that names no auth, on an OpenAI-compatible server on this machine (vLLM, LM
        // Studio), is called without a key when none is set (as ProviderKeys::keyStatus says).
        const bool keyOptional = !request.auth && request.kind == ProviderKind::OpenAi
            && ConfigValidator::isLoopbackHost(url.host());
        store.lookup(auth.secretRef, auth.secretKey, sdkVar, context, [kind = request.kind, url, sdkVar, keyOptional, done](const SecretLookup &found) {
            if (!found.value && keyOptional)
                done({});
            else if (!found.value)
                done(authError(found.missingMessage));
            else if (found.fromSdkVariable && !sdkKeyAllowedFor(kind, url))
                done(authError(Tr::tr("%1 is sent only to the provider's own API, to the host of its base-URL "
                                      "variable, or to loopback; this tier's endpoint is %2. To send a key there, "
                                      "name it in the tier's auth (secretRef) and set that secret.")
                                   .arg(sdkVar, url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath
                                                                    | QUrl::RemoveQuery))));
            else
                done(ResolvedAuth{keyHeaders(kind, *found.value), {*found.value}, {}});
        });
    } else if (type == u"custom") {
        store.lookup(auth.secretRef, auth.secretKey, {}, context, [done, auth](const SecretLookup &found) {
            const auto headers = found.value ? customHeaders(*found.value) : std::nullopt;
            if (!found.value) {
                done(authError(found.missingMessage));
            } else if (!headers) {
                done(authError(Tr::tr("Custom auth secret %1 must hold a JSON object {\"Header\": \"value\"} "
                                      "or lines \"Header: value\".").arg(auth.secretRef)));
            } else {
                QStringList secrets;
                for (const auto &h : *headers)
                    secrets << QString::fromUtf8(h.second);
                done(ResolvedAuth{*headers, secrets, {}});
            }
        });
    } else if (type == u"oauth") {
        resolveOAuth(auth, store, network, tokens, context, done);
    } else {
        later(authError(Tr::tr("Unknown auth type \"%1\": use apiKey, oauth, serviceAccount, none or custom.").arg(type)));
    }
}
