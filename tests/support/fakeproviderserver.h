#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QTcpSocket;

/// HTTP header list as sent or received, names as written.
using FakeHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One request as the fake server received it, for assertions.
struct FakeRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QString path;      ///< "/v1/chat/completions"
    QUrlQuery query;
    FakeHeaders headers;
    QByteArray body;

    /// The first header with this name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    /// The body parsed as a JSON object (empty when it is not one).
    QJsonObject json() const;
};

/// A complete (non-streamed) response.
struct FakeResponse
{
    int status = 200;
    FakeHeaders headers; ///< Content-Length and Connection are added by the server
    QByteArray body;
};

/// A loopback HTTP server that speaks the OpenAI Chat Completions, Anthropic Messages and
/// Ollama /api/chat wire formats, streamed (SSE / NDJSON) and not, with fault injection.
///
/// Built on QAbstractHttpServer (Qt 6.4): its handleRequest() hands over the parsed request and
/// the raw QTcpSocket, which lets the server write the response itself. Qt 6.4's
/// QHttpServerResponder cannot stream with delays between pieces, so streamed responses are
/// written by hand as HTTP/1.1 chunked bodies with `Connection: close`; a chunked body also
/// lets clients tell a dropped connection from a finished one.
///
/// Built-in routes: POST /v1/chat/completions, POST /v1/messages, POST /api/chat,
/// GET /v1/models (Anthropic shape when the request has `anthropic-version`), GET /api/tags.
/// Canned responses and handlers are consulted first, so tests can add any other route.
class FakeProviderServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProviderServer)

public:
    enum class Fault {
        None,
        RateLimited,      ///< 429 with retry-after / retry-after-ms as set by setRetryAfter()
        SpendCap,         ///< 429 without retry-after, saying insufficient_quota / spend limit
        Auth,             ///< 401
        InvalidRequest,   ///< 400
        ContextLength,    ///< 400 that says the prompt is too long
        ServerError,      ///< 500
        Unavailable,      ///< 503
        Overloaded,       ///< 529 (Anthropic's overloaded_error)
        InStreamError,    ///< HTTP 200, a few deltas, then the wire format's own error shape
        DropMidStream,    ///< HTTP 200, a few deltas, then the connection closes mid-body
        MalformedJson,    ///< HTTP 200 with a body / event that is not valid JSON
        NoResponse,       ///< accept the request and never answer (for timeouts)
    };
    Q_ENUM(Fault)

    using Handler = std::function<std::optional<FakeResponse>(const FakeRequest &)>;

    explicit FakeProviderServer(QObject *parent = nullptr);
    ~FakeProviderServer() override;

    /// Listens on 127.0.0.1 on a random free port. Returns false if that fails.
    bool start();
    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:<port>" (no trailing slash, no /v1).
    QUrl baseUrl() const;

    // --- content -------------------------------------------------------------------------
    /// Fixed answer text; by default the answer comes from SimulatedText::answer(prompt, model).
    void setReplyText(const QString &text) { m_replyText = text; }
    /// Models listed by /v1/models and /api/tags.
    void setModels(const QStringList &models) { m_models = models; }
    /// Whether streamed OpenAI responses end with a usage chunk even without
    /// stream_options.include_usage (default false: like the real API, only when asked).
    void setAlwaysSendUsage(bool on) { m_alwaysUsage = on; }
    /// When set, a request whose Authorization / x-api-key does not carry this key gets 401.
    void setRequiredApiKey(const QByteArray &key) { m_requiredKey = key; }

    // --- timing (milliseconds) ------------------------------------------------------------
    void setFirstByteDelay(int ms) { m_firstByteDelayMs = ms; }
    void setChunkDelay(int ms) { m_chunkDelayMs = ms; }
    /// Streams about `n` content pieces ("tokens") per second (sets the chunk delay).
    void setTokensPerSecond(int n) { m_chunkDelayMs = n > 0 ? 1000 / n : 0; }
    /// Total time of a response: a non-streamed reply is held this long; a stream spreads it
    /// over its pieces (overrides the chunk delay).
    void setTotalLatency(int ms) { m_totalLatencyMs = ms; }

    // --- faults ---------------------------------------------------------------------------
    /// The fault applied to every request (after queued ones are used up).
    void setFault(Fault fault) { m_fault = fault; }
    /// Faults for the next requests, one each, in order; then setFault()'s applies again.
    void queueFault(Fault fault) { m_faultQueue.append(fault); }
    /// Values for 429 RateLimited responses. Empty means "do not send that header".
    void setRetryAfter(const QByteArray &seconds, const QByteArray &milliseconds = {});
    /// How many content pieces go out before InStreamError / DropMidStream strike (default 2).
    void setPiecesBeforeFault(int n) { m_piecesBeforeFault = n; }

    // --- extension hooks ------------------------------------------------------------------
    /// Serve `body` for `method` + `pathWithQuery` ("/v1/models?after_id=x" or "/v1/models").
    /// An exact match including the query wins over a path-only match.
    void setCannedResponse(const QByteArray &method, const QString &pathWithQuery, int status,
                           const FakeHeaders &headers, const QByteArray &body);
    void removeCannedResponse(const QByteArray &method, const QString &pathWithQuery);
    /// Serve `body` as HTTP 200 streamed in chunks of `bytesPerChunk` bytes (each its own HTTP
    /// chunk and write, paced by the chunk delay), e.g. a recorded SSE transcript one byte at a
    /// time. Wins over canned responses; an empty body removes it.
    void setCannedStream(const QByteArray &method, const QString &path, const QByteArray &contentType,
                         const QByteArray &body, int bytesPerChunk = 1);
    /// A handler for a path (any method). Returning nullopt falls through to the next rule.
    void addHandler(const QString &path, Handler handler);

    // --- assertions -----------------------------------------------------------------------
    int requestCount() const { return int(m_requests.size()); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    FakeRequest lastRequest() const { return m_requests.isEmpty() ? FakeRequest{} : m_requests.last(); }
    /// Sockets closed by the client before the server finished writing (e.g. cancel).
    int abortedStreams() const { return m_abortedStreams; }
    /// Forgets requests and faults; keeps routes, canned responses and timing.
    void clearRequests();

Q_SIGNALS:
    void requestReceived(const FakeRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Stream;
    enum class Wire { OpenAi, Anthropic, Ollama };

    Fault takeFault();
    std::optional<FakeResponse> cannedFor(const FakeRequest &request) const;
    void serveCompletion(Wire wire, const FakeRequest &request, QTcpSocket *socket);
    void serveModels(const FakeRequest &request, QTcpSocket *socket);
    void sendLater(QTcpSocket *socket, const FakeResponse &response, int delayMs);
    void startStream(QTcpSocket *socket, const QByteArray &contentType, QList<QByteArray> pieces,
                     int dropAfter);
    void writeNextPiece(const std::shared_ptr<Stream> &stream);
    static int nextPieceDelay(const Stream &stream);

    quint16 m_port = 0;
    QString m_replyText;
    QStringList m_models;
    bool m_alwaysUsage = false;
    QByteArray m_requiredKey;
    int m_firstByteDelayMs = 0;
    int m_chunkDelayMs = 0;
    int m_totalLatencyMs = 0;
    Fault m_fault = Fault::None;
    QList<Fault> m_faultQueue;
    QByteArray m_retryAfter = "1";
    QByteArray m_retryAfterMs;
    int m_piecesBeforeFault = 2;
    QHash<QString, FakeResponse> m_canned; ///< key: "METHOD path[?query]"
    QHash<QString, QPair<QByteArray, QList<QByteArray>>> m_cannedStreams; ///< content type, pieces
    QList<QPair<QString, Handler>> m_handlers;
    QList<FakeRequest> m_requests;
    int m_abortedStreams = 0;
};

/// Writes a complete HTTP/1.1 response on `socket` and closes it after the write.
void writeFakeResponse(QTcpSocket *socket, const FakeResponse &response);
