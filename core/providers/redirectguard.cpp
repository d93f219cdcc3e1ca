#include "redirectguard.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace RedirectGuard {

namespace {
int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
}
} // namespace

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && !a.host().isEmpty()
           && effectivePort(a) == effectivePort(b);
}

void prepare(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
}

void watch(QNetworkReply *reply, QObject *context, std::function<void(const QUrl &)> refused,
           std::function<void()> followed)
{
    const QUrl origin = reply->url();
    QObject::connect(reply, &QNetworkReply::redirected, context, [reply, origin, refused, followed](const QUrl &target) {
        const QUrl resolved = origin.resolved(target);
        if (!sameOrigin(origin, resolved)) {
            refused(resolved);
            reply->abort();
            return;
        }
        if (followed)
            followed();
        Q_EMIT reply->redirectAllowed();
    });
}

QString refusedMessage(const QUrl &from, const QUrl &target)
{
    return QCoreApplication::translate("RedirectGuard",
                                       "%1 redirected to %2, another host; TierBench does not follow it with the "
                                       "key. Set the endpoint to the final URL.")
        .arg(from.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
             target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

} // namespace RedirectGuard
