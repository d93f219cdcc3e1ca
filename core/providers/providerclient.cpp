#include "providerclient.h"

#include "errorclassifier.h"
#include "redirectguard.h"
#include "simulatedprovider.h"
#include "wireprotocol.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProviderClient)
};

ProviderError makeError(ErrorClass c, const QString &message, int status = 0)
{
    ProviderError e;
    e.errorClass = c;
    e.message = message;
    e.httpStatus = status;
    return e;
}

} // namespace

ProviderClient::ProviderClient(QNetworkAccessManager *network,
                               std::shared_ptr<SecretBackend> keychain, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(std::move(keychain))
{
}

ProviderClient::~ProviderClient() = default;

CompletionCall *ProviderClient::complete(const CompletionRequest &request)
{
    auto *call = new CompletionCall(this, request);
    call->start();
    return call;
}

CompletionCall::CompletionCall(ProviderClient *client, const CompletionRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
{
    for (QTimer *t : {&m_connectTimer, &m_idleTimer, &m_stepTimer, &m_totalTimer})
        t->setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this, &CompletionCall::onTotalTimeout);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(Abort::ConnectTimeout); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(Abort::IdleTimeout); });
}

CompletionCall::~CompletionCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void CompletionCall::start()
{
    m_clock.start();
    if (m_request.policy.totalTimeoutMs > 0)
        m_totalTimer.start(m_request.policy.totalTimeoutMs);
    if (m_request.kind == ProviderKind::Simulated) {
        const SimulatedProvider::Plan plan = SimulatedProvider::plan(m_request);
        m_result.simulated = true;
        m_result.responseModel = m_request.model;
        m_result.inputTokens = plan.inputTokens;
        m_result.outputTokens = plan.outputTokens;
        m_result.finishReason = plan.finishReason;
        m_result.attempts = 1;
        m_result.timings.requestSentNs = now();
        m_simulatedPieces = plan.pieces;
        connect(&m_stepTimer, &QTimer::timeout, this, &CompletionCall::runSimulatedPiece);
        m_simulatedPieceMs = plan.pieceMs;
        m_stepTimer.start(plan.firstByteMs);
        return;
    }
    connect(&m_stepTimer, &QTimer::timeout, this, &CompletionCall::sendAttempt);
    resolveAuth(m_request, m_client->secrets(), m_client->network(), m_client->oauthTokens(), this,
                [this](const ResolvedAuth &auth) { onAuthResolved(auth); });
}

void CompletionCall::runSimulatedPiece()
{
    if (!m_firstByteSeen) {
        m_firstByteSeen = true;
        m_result.timings.firstByteNs = now();
        Q_EMIT firstByte();
    }
    if (m_simulatedPieces.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    handleDeltas({m_simulatedPieces.takeFirst()});
    m_stepTimer.start(m_simulatedPieceMs);
}

void CompletionCall::onAuthResolved(const ResolvedAuth &auth)
{
    if (m_finished)
        return;
    m_auth = auth;
    if (auth.error) {
        finish(auth.error);
        return;
    }
    const QUrl url = completionUrl(m_request.kind, m_request.baseUrl);
    if (sendsKeyInCleartext(url, auth) && m_client->cleartextApproval() && !m_client->cleartextApproval()(url)) {
        finish(makeError(ErrorClass::Auth, Tr::tr("The key was not sent: %1 is plain http:// to another machine and "
                                                  "sending it unencrypted was declined. Use an https:// endpoint.")
                                               .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
        return;
    }
    sendAttempt();
}

void CompletionCall::sendAttempt()
{
    ++m_result.attempts;
    m_parser = WireParser::create(m_request.kind);
    m_errorBody.clear();
    m_httpStatus = 0;
    m_abort = Abort::None;
    m_bodyTooLarge = false;

    QNetworkRequest request(completionUrl(m_request.kind, m_request.baseUrl));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", m_request.stream
                                       ? (m_request.kind == ProviderKind::Ollama ? "application/x-ndjson" : "text/event-stream")
                                       : "application/json");
    if (m_request.kind == ProviderKind::Anthropic)
        request.setRawHeader("anthropic-version", "2023-06-01");
    for (const auto &h : std::as_const(m_auth.headers))
        request.setRawHeader(h.first, h.second);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    RedirectGuard::prepare(request);

    QNetworkReply *reply = m_client->network()->post(request, completionBody(m_request));
    m_reply = reply;
    RedirectGuard::watch(
        reply, this,
        [this](const QUrl &target) {
            m_abort = Abort::Redirected;
            m_redirectTarget = target;
        },
        [this] { m_httpStatus = 0; }); // classify the final response, not the 3xx
    m_result.timings.requestSentNs = now();
    connect(reply, &QNetworkReply::metaDataChanged, this, &CompletionCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &CompletionCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &CompletionCall::onReplyFinished);
    // Non-streamed calls get no bytes until the whole answer is ready: use the idle limit.
    m_connectTimer.start(m_request.stream ? m_request.policy.connectTimeoutMs
                                          : std::max(m_request.policy.connectTimeoutMs, m_request.policy.idleTimeoutMs));
}

void CompletionCall::onMetaData()
{
    if (!m_reply || m_httpStatus != 0)
        return;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_httpStatus == 0)
        return;
    m_connectTimer.stop();
    m_idleTimer.start(m_request.policy.idleTimeoutMs);
    if (!m_firstByteSeen) {
        m_firstByteSeen = true;
        m_result.timings.firstByteNs = now();
        Q_EMIT firstByte();
    }
}

void CompletionCall::onReadyRead()
{
    onMetaData();
    if (!m_reply)
        return;
    m_idleTimer.start(m_request.policy.idleTimeoutMs);
    const QByteArray bytes = m_reply->readAll();
    if (m_httpStatus >= 400 || !m_request.stream) { // an error body, or the whole non-streamed answer
        keepBody(bytes, m_httpStatus >= 400 ? ResponseLimits::MaxErrorBodyBytes : ResponseLimits::MaxBodyBytes);
        return;
    }
    handleDeltas(m_parser->feed(bytes));
    if (m_parser->result().error && m_reply) // an error inside the 200 stream: stop reading
        m_reply->abort();
}

void CompletionCall::keepBody(const QByteArray &bytes, qsizetype cap)
{
    const qsizetype room = std::max<qsizetype>(0, cap - m_errorBody.size());
    m_errorBody.append(bytes.constData(), std::min(room, bytes.size()));
    if (bytes.size() > room && !m_bodyTooLarge) {
        m_bodyTooLarge = true; // an error body is classified from what was kept
        if (m_reply)
            m_reply->abort();
    }
}

void CompletionCall::onTotalTimeout()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_abort = Abort::TotalTimeout;
        m_reply->abort();
        return;
    }
    finish(makeError(ErrorClass::Timeout, Tr::tr("The call did not finish within %1 s (the total deadline).")
                                              .arg(m_request.policy.totalTimeoutMs / 1000.0)));
}

void CompletionCall::handleDeltas(const QStringList &deltas)
{
    for (const QString &piece : deltas) {
        const qint64 t = now();
        if (!m_result.timings.firstTokenNs)
            m_result.timings.firstTokenNs = t;
        m_result.timings.lastTokenNs = t;
        if (m_request.kind == ProviderKind::Simulated)
            m_result.text += piece;
        Q_EMIT textDelta(piece);
    }
}

void CompletionCall::onTimeout(Abort which)
{
    if (!m_reply)
        return;
    m_abort = which;
    m_reply->abort(); // finished() follows synchronously
}

void CompletionCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_connectTimer.stop();
    m_idleTimer.stop();
    if (m_httpStatus == 0)
        m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = m_httpStatus;
    QByteArray rest;
    if (reply->isOpen() && !m_bodyTooLarge) {
        if (m_httpStatus >= 400 || !m_request.stream) {
            keepBody(reply->readAll(), m_httpStatus >= 400 ? ResponseLimits::MaxErrorBodyBytes : ResponseLimits::MaxBodyBytes);
        } else {
            rest = reply->readAll();
        }
    }

    switch (m_abort) {
    case Abort::Cancelled:
        finish(makeError(ErrorClass::Cancelled, Tr::tr("The call was cancelled.")));
        return;
    case Abort::ConnectTimeout:
        failOrRetry(makeError(ErrorClass::Timeout, Tr::tr("No response from %1 within %2 ms (connect timeout).")
                                                       .arg(reply->url().host()).arg(m_connectTimer.interval())));
        return;
    case Abort::IdleTimeout:
        failOrRetry(makeError(ErrorClass::Timeout, Tr::tr("The response from %1 stalled for %2 ms (idle timeout).")
                                                       .arg(reply->url().host()).arg(m_request.policy.idleTimeoutMs)));
        return;
    case Abort::TotalTimeout:
        finish(makeError(ErrorClass::Timeout, Tr::tr("The call did not finish within %1 s (the total deadline).")
                                                  .arg(m_request.policy.totalTimeoutMs / 1000.0), m_httpStatus));
        return;
    case Abort::Redirected:
        finish(makeError(ErrorClass::InvalidRequest, RedirectGuard::refusedMessage(reply->url(), m_redirectTarget),
                         m_httpStatus));
        return;
    case Abort::None:
        break;
    }
    if (m_parser->result().error) { // in-band error; the reply was aborted on purpose
        ProviderError e = *m_parser->result().error;
        e.httpStatus = m_httpStatus;
        failOrRetry(e);
        return;
    }
    if (m_httpStatus >= 400) {
        failOrRetry(ErrorClassifier::fromHttp(m_httpStatus, reply->rawHeader("retry-after-ms"),
                                              reply->rawHeader("retry-after"), m_errorBody));
        return;
    }
    if (m_bodyTooLarge) {
        failOrRetry(makeError(ErrorClass::BadResponse, Tr::tr("The answer from %1 is larger than %2 MB; it was not read.")
                                                           .arg(reply->url().host())
                                                           .arg(ResponseLimits::MaxBodyBytes / (1024 * 1024)),
                              m_httpStatus));
        return;
    }
    if (m_httpStatus == 0) {
        failOrRetry(makeError(ErrorClass::Network, Tr::tr("Cannot reach %1: %2. Check the base URL and the network.")
                                                       .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                                            reply->errorString())));
        return;
    }
    if (m_request.stream) {
        handleDeltas(m_parser->feed(rest));
        handleDeltas(m_parser->finish());
        if (reply->error() != QNetworkReply::NoError && !m_parser->complete()) {
            failOrRetry(makeError(ErrorClass::Network, Tr::tr("The connection dropped mid-stream: %1")
                                                           .arg(reply->errorString()), m_httpStatus));
            return;
        }
    } else {
        m_parser->parseWhole(m_errorBody);
        const QString text = m_parser->result().text;
        if (!text.isEmpty() && !m_parser->result().error) {
            m_result.timings.firstTokenNs = now();
            m_result.timings.lastTokenNs = m_result.timings.firstTokenNs;
            Q_EMIT textDelta(text);
        }
    }
    if (m_parser->result().error) {
        ProviderError e = *m_parser->result().error;
        e.httpStatus = m_httpStatus;
        failOrRetry(e);
        return;
    }
    finish(std::nullopt);
}

void CompletionCall::failOrRetry(ProviderError error)
{
    // Never retry once text went out: the listener would see it twice.
    const bool textSent = m_result.timings.firstTokenNs.has_value();
    if (!textSent && RetryPolicy::shouldRetry(error, m_result.attempts, m_request.policy)) {
        const qint64 delay = RetryPolicy::delayMs(error, m_result.attempts, m_request.policy);
        redactSecrets(error.message);
        error.message = capMessage(error.message);
        Q_EMIT retrying(m_result.attempts + 1, delay, error);
        m_stepTimer.start(int(delay));
        return;
    }
    finish(error);
}

void CompletionCall::redactSecrets(QString &text) const
{
    for (const QString &secret : std::as_const(m_auth.secrets)) {
        if (!secret.isEmpty()) // an empty needle would match between every character
            text.replace(secret, QStringLiteral("[redacted]"));
    }
}

void CompletionCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_abort = Abort::Cancelled;
        m_reply->abort();
        return;
    }
    m_stepTimer.stop();
    finish(makeError(ErrorClass::Cancelled, Tr::tr("The call was cancelled.")));
}

void CompletionCall::finish(std::optional<ProviderError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stepTimer.stop();
    m_connectTimer.stop();
    m_idleTimer.stop();
    m_totalTimer.stop();
    if (m_parser) {
        const CompletionResult &parsed = m_parser->result();
        m_result.text = parsed.text;
        m_result.finishReason = parsed.finishReason;
        m_result.responseModel = parsed.responseModel;
        m_result.inputTokens = parsed.inputTokens;
        m_result.outputTokens = parsed.outputTokens;
        m_result.cachedInputTokens = parsed.cachedInputTokens;
        m_result.cacheCreationInputTokens = parsed.cacheCreationInputTokens;
    }
    if (error) {
        redactSecrets(error->message);
        error->message = capMessage(error->message);
        m_result.error = error;
    }
    if (m_result.inputTokens && m_result.outputTokens)
        m_result.cost = Cost::estimate(m_request.prices, *m_result.inputTokens, *m_result.outputTokens,
                                       m_result.cachedInputTokens.value_or(0));
    m_result.timings.totalNs = now();
    Q_EMIT finished(m_result);
}
