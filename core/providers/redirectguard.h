#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QNetworkReply;
class QNetworkRequest;
class QObject;

/// Keys travel in headers, and Qt follows a redirect with the same headers. Every request
/// that carries a credential goes through this guard: a redirect within the same origin
/// (scheme, host and port) is followed, one to another origin is refused and the reply
/// aborted, so the key never reaches the other host.
namespace RedirectGuard {

/// Same scheme, host (case-insensitive) and port (default ports filled in).
bool sameOrigin(const QUrl &a, const QUrl &b);

/// Sets the user-verified redirect policy on a request before it is sent.
void prepare(QNetworkRequest &request);

/// Watches `reply`'s redirects. `refused(target)` is called, then the reply aborted, for a
/// redirect to another origin; `followed()` (optional) for one that is allowed.
void watch(QNetworkReply *reply, QObject *context, std::function<void(const QUrl &target)> refused,
           std::function<void()> followed = {});

/// "The endpoint redirected to <target>; set the endpoint to the final URL." (user text)
QString refusedMessage(const QUrl &from, const QUrl &target);

} // namespace RedirectGuard
