#pragma once

#include "authresolver.h"
#include "completion.h"
#include "secretstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class CompletionCall;
class QNetworkAccessManager;
class QNetworkReply;
class WireParser;

/// Sends completion calls. One client (and one shared QNetworkAccessManager) serves the whole
/// program; everything runs asynchronously on the thread that owns the manager.
///
///     CompletionCall *call = client->complete(request);
///     connect(call, &CompletionCall::textDelta, this, ...);
///     connect(call, &CompletionCall::finished, this, [call](const CompletionResult &r) { ...; call->deleteLater(); });
class ProviderClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderClient)

public:
    /// `keychain` may be null (no keychain: environment variables only).
    ProviderClient(QNetworkAccessManager *network, std::shared_ptr<SecretBackend> keychain,
                   QObject *parent = nullptr);
    ~ProviderClient() override;

    /// Starts a call. The call is a child of the client; delete it after `finished` (or earlier,
    /// which cancels it silently).
    CompletionCall *complete(const CompletionRequest &request);

    QNetworkAccessManager *network() const { return m_network; }
    const SecretStore &secrets() const { return m_secrets; }
    OAuthTokenCache *oauthTokens() { return &m_tokens; }

    /// Asked, on the client's thread, before a call sends a credential over plain http to a
    /// host that is not loopback (sendsKeyInCleartext()); false fails the call (class auth)
    /// without sending anything. Unset: such calls go ahead (the validator warns about them).
    void setCleartextApproval(std::function<bool(const QUrl &url)> approve) { m_cleartextApproval = std::move(approve); }
    const std::function<bool(const QUrl &)> &cleartextApproval() const { return m_cleartextApproval; }

private:
    QNetworkAccessManager *m_network;
    SecretStore m_secrets;
    OAuthTokenCache m_tokens;
    std::function<bool(const QUrl &)> m_cleartextApproval;
};

/// One call in flight: auth, the request, retries, streaming progress and the final result.
class CompletionCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionCall)

public:
    ~CompletionCall() override;

    const CompletionRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    /// The result so far; complete once `finished` was emitted.
    const CompletionResult &result() const { return m_result; }

public Q_SLOTS:
    /// Stops the call; `finished` follows with error class cancelled (unless already finished).
    void cancel();

Q_SIGNALS:
    /// The first response bytes (headers) of the call arrived. Emitted at most once.
    void firstByte();
    /// A piece of answer text, in order.
    void textDelta(const QString &text);
    /// An attempt failed and another follows after `delayMs`.
    void retrying(int nextAttempt, qint64 delayMs, const ProviderError &error);
    /// Emitted exactly once.
    void finished(const CompletionResult &result);

private:
    friend class ProviderClient;
    enum class Abort { None, Cancelled, ConnectTimeout, IdleTimeout, TotalTimeout, Redirected };

    CompletionCall(ProviderClient *client, const CompletionRequest &request);
    void start();
    void onAuthResolved(const ResolvedAuth &auth);
    void sendAttempt();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout(Abort which);
    void onTotalTimeout();
    /// Keeps at most `cap` bytes of a body; past it, marks the body too large and aborts.
    void keepBody(const QByteArray &bytes, qsizetype cap);
    void handleDeltas(const QStringList &deltas);
    void failOrRetry(ProviderError error);
    /// Replaces every resolved secret in `text` with "[redacted]".
    void redactSecrets(QString &text) const;
    void finish(std::optional<ProviderError> error);
    void runSimulatedPiece();
    qint64 now() const { return m_clock.nsecsElapsed(); }

    ProviderClient *m_client;
    CompletionRequest m_request;
    CompletionResult m_result;
    ResolvedAuth m_auth;
    QElapsedTimer m_clock;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<WireParser> m_parser;
    QByteArray m_errorBody;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    QTimer m_stepTimer; ///< retry wait, and the simulated provider's pacing
    QTimer m_totalTimer; ///< CallPolicy::totalTimeoutMs over the whole call
    QUrl m_redirectTarget;
    bool m_bodyTooLarge = false;
    Abort m_abort = Abort::None;
    int m_httpStatus = 0;
    bool m_firstByteSeen = false;
    bool m_finished = false;
    QStringList m_simulatedPieces;
    int m_simulatedPieceMs = 0;
};
