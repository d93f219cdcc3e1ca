#include "connectiontest.h"

#include "providers/redirectguard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};

QString hint(int status, QNetworkReply::NetworkError error)
{
    if (status == 401 || status == 403)
        return Tr::tr("The key was refused: set a valid key (Set key…) or check the environment variable.");
    if (status == 404)
        return Tr::tr("No model list at this address: check the base URL (OpenAI-compatible servers include /v1).");
    if (status == 429)
        return Tr::tr("Rate limited: try again in a minute.");
    if (status >= 500)
        return Tr::tr("The provider has a problem: try again later.");
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return Tr::tr("No answer in time: check the base URL and your network.");
    if (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError)
        return Tr::tr("Nothing answers there: check the base URL, or start the server.");
    return {};
}

} // namespace

void testConnection(QNetworkAccessManager *network, const ProviderEndpoint &endpoint, const QString &key,
                    int timeoutMs, QObject *context, std::function<void(ConnectionTest)> done)
{
    const QNetworkRequest request = ModelSync::listRequest(endpoint, key, {}, timeoutMs);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = network->get(request);
    auto refused = std::make_shared<QUrl>();
    RedirectGuard::watch(reply, reply, [refused](const QUrl &target) { *refused = target; });
    QObject::connect(reply, &QNetworkReply::finished, context, [=] {
        reply->deleteLater();
        ConnectionTest result;
        result.provider = endpoint.provider;
        const QByteArray body = reply->read(16 * 1024 * 1024);
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.httpStatus > 0)
            result.latencyMs = timer->elapsed();
        const QString where = reply->url().toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        if (!refused->isEmpty()) {
            result.error = RedirectGuard::refusedMessage(reply->url(), *refused);
        } else if (reply->error() != QNetworkReply::NoError || result.httpStatus >= 400) {
            QString detail = result.httpStatus > 0 ? Tr::tr("HTTP %1 from %2").arg(result.httpStatus).arg(where)
                                                   : Tr::tr("%1: %2").arg(where, reply->errorString());
            const QString h = hint(result.httpStatus, reply->error());
            result.error = h.isEmpty() ? detail : detail + QStringLiteral(". ") + h;
        } else {
            const ModelListPage page = ModelListParser::parse(endpoint.kind, body);
            if (!page.ok()) {
                result.error = Tr::tr("%1 answered, but not with a model list: %2").arg(where, page.error);
            } else {
                for (const ListedModel &m : page.models)
                    result.models.append(m.modelId);
            }
        }
        if (!key.isEmpty())
            result.error.replace(key, QStringLiteral("[key]"));
        done(result);
    });
}
