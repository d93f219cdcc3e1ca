#include "fakeproviderserver.h"

#include <QElapsedTimer>

#include "fakewire.h"
#include "providers/simulatedtext.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 529: return "Site Overloaded";
    default: return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    default: return "OTHER";
    }
}

QString lastUserText(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    for (auto it = messages.end(); it != messages.begin();) {
        const QJsonObject m = (--it)->toObject();
        if (m.value(QStringLiteral("role")).toString() != u"user")
            continue;
        const QJsonValue content = m.value(QStringLiteral("content"));
        if (content.isString())
            return content.toString();
        QString text; // Anthropic / OpenAI content-part arrays
        for (const QJsonValue &part : content.toArray())
            text += part.toObject().value(QStringLiteral("text")).toString();
        return text;
    }
    return {};
}

} // namespace

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool FakeRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

void writeFakeResponse(QTcpSocket *socket, const FakeResponse &response)
{
    if (!socket)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

struct FakeProviderServer::Stream
{
    QPointer<QTcpSocket> socket;
    QList<QByteArray> pieces;
    int next = 0;
    int dropAfter = -1; ///< close the connection after this many pieces (-1: never)
    int delayMs = 0;     ///< between pieces, when no total latency is set
    int totalMs = 0;     ///< the end marker goes out this long after the head, pieces spread evenly
    QElapsedTimer clock;
};

FakeProviderServer::FakeProviderServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_models{QStringLiteral("fake-small"), QStringLiteral("fake-large")}
{
}

FakeProviderServer::~FakeProviderServer() = default;

bool FakeProviderServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeProviderServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeProviderServer::setRetryAfter(const QByteArray &seconds, const QByteArray &milliseconds)
{
    m_retryAfter = seconds;
    m_retryAfterMs = milliseconds;
}

void FakeProviderServer::setCannedResponse(const QByteArray &method, const QString &pathWithQuery,
                                           int status, const FakeHeaders &headers,
                                           const QByteArray &body)
{
    m_canned.insert(QString::fromLatin1(method.toUpper()) + u' ' + pathWithQuery,
                    FakeResponse{status, headers, body});
}

void FakeProviderServer::removeCannedResponse(const QByteArray &method, const QString &pathWithQuery)
{
    m_canned.remove(QString::fromLatin1(method.toUpper()) + u' ' + pathWithQuery);
}

void FakeProviderServer::setCannedStream(const QByteArray &method, const QString &path,
                                         const QByteArray &contentType, const QByteArray &body,
                                         int bytesPerChunk)
{
    const QString key = QString::fromLatin1(method.toUpper()) + u' ' + path;
    if (body.isEmpty()) {
        m_cannedStreams.remove(key);
        return;
    }
    QList<QByteArray> pieces;
    const int step = std::max(1, bytesPerChunk);
    for (qsizetype i = 0; i < body.size(); i += step)
        pieces << body.mid(i, step);
    m_cannedStreams.insert(key, {contentType, pieces});
}

void FakeProviderServer::addHandler(const QString &path, Handler handler)
{
    m_handlers.append({path, std::move(handler)});
}

void FakeProviderServer::clearRequests()
{
    m_requests.clear();
    m_faultQueue.clear();
    m_fault = Fault::None;
    m_abortedStreams = 0;
}

FakeProviderServer::Fault FakeProviderServer::takeFault()
{
    return m_faultQueue.isEmpty() ? m_fault : m_faultQueue.takeFirst();
}

std::optional<FakeResponse> FakeProviderServer::cannedFor(const FakeRequest &request) const
{
    const QString prefix = QString::fromLatin1(request.method) + u' ' + request.path;
    const QString query = request.query.toString(QUrl::FullyEncoded);
    if (!query.isEmpty()) {
        if (auto it = m_canned.constFind(prefix + u'?' + query); it != m_canned.cend())
            return *it;
    }
    if (auto it = m_canned.constFind(prefix); it != m_canned.cend())
        return *it;
    for (const auto &[path, handler] : m_handlers) {
        if (path == request.path) {
            if (auto response = handler(request))
                return response;
        }
    }
    return std::nullopt;
}

bool FakeProviderServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    FakeRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = QUrlQuery(request.url());
    r.headers = request.headers();
    r.body = request.body();
    m_requests.append(r);
    Q_EMIT requestReceived(r);

    if (auto it = m_cannedStreams.constFind(QString::fromLatin1(r.method) + u' ' + r.path);
        it != m_cannedStreams.cend()) {
        startStream(socket, it->first, it->second, -1);
        return true;
    }
    if (auto canned = cannedFor(r)) {
        sendLater(socket, *canned, m_firstByteDelayMs + m_totalLatencyMs);
        return true;
    }
    if (r.method == "POST" && r.path == u"/v1/chat/completions")
        serveCompletion(Wire::OpenAi, r, socket);
    else if (r.method == "POST" && r.path == u"/v1/messages")
        serveCompletion(Wire::Anthropic, r, socket);
    else if (r.method == "POST" && r.path == u"/api/chat")
        serveCompletion(Wire::Ollama, r, socket);
    else if (r.method == "GET" && (r.path == u"/v1/models" || r.path == u"/api/tags"))
        serveModels(r, socket);
    else
        return false;
    return true;
}

void FakeProviderServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    writeFakeResponse(socket, FakeResponse{404, {{"Content-Type", "application/json"}},
                                           "{\"error\":{\"message\":\"no route for "
                                               + request.url().path().toUtf8() + "\"}}"});
}

void FakeProviderServer::serveModels(const FakeRequest &request, QTcpSocket *socket)
{
    QJsonArray data;
    QJsonObject body;
    if (request.path == u"/api/tags") {
        for (const QString &m : std::as_const(m_models))
            data.append(QJsonObject{{QStringLiteral("name"), m}, {QStringLiteral("model"), m},
                                    {QStringLiteral("size"), 1000000}});
        body[QStringLiteral("models")] = data;
    } else if (request.hasHeader("anthropic-version")) {
        for (const QString &m : std::as_const(m_models))
            data.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("model")},
                                    {QStringLiteral("id"), m}, {QStringLiteral("display_name"), m},
                                    {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")}});
        body = {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), false},
                {QStringLiteral("first_id"), m_models.value(0)},
                {QStringLiteral("last_id"), m_models.value(m_models.size() - 1)}};
    } else {
        for (const QString &m : std::as_const(m_models))
            data.append(QJsonObject{{QStringLiteral("id"), m}, {QStringLiteral("object"), QStringLiteral("model")},
                                    {QStringLiteral("created"), 0}, {QStringLiteral("owned_by"), QStringLiteral("fake")}});
        body = {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
    }
    sendLater(socket, FakeResponse{200, {{"Content-Type", "application/json"}},
                                   QJsonDocument(body).toJson(QJsonDocument::Compact)},
              m_firstByteDelayMs + m_totalLatencyMs);
}

void FakeProviderServer::serveCompletion(Wire wire, const FakeRequest &request, QTcpSocket *socket)
{
    const QJsonObject body = request.json();
    const auto format = wire == Wire::OpenAi ? FakeWire::Format::OpenAi
        : wire == Wire::Anthropic            ? FakeWire::Format::Anthropic
                                             : FakeWire::Format::Ollama;
    Fault fault = takeFault();
    if (!m_requiredKey.isEmpty() && request.header("x-api-key") != m_requiredKey
        && request.header("authorization") != "Bearer " + m_requiredKey)
        fault = Fault::Auth;
    switch (fault) {
    case Fault::NoResponse:
        return;
    case Fault::None: case Fault::InStreamError: case Fault::DropMidStream: case Fault::MalformedJson:
        break;
    default:
        sendLater(socket, FakeWire::errorResponse(format, fault, m_retryAfter, m_retryAfterMs),
                  m_firstByteDelayMs);
        return;
    }

    FakeWire::Reply reply;
    reply.model = body.value(QStringLiteral("model")).toString();
    const QString prompt = lastUserText(body);
    const QString text = m_replyText.isEmpty() ? SimulatedText::answer(prompt, reply.model) : m_replyText;
    reply.pieces = SimulatedText::tokens(text);
    int maxTokens = body.value(QStringLiteral("max_tokens")).toInt(
        body.value(QStringLiteral("max_completion_tokens")).toInt(
            body.value(QStringLiteral("options")).toObject().value(QStringLiteral("num_predict")).toInt(0)));
    if (maxTokens > 0 && maxTokens < reply.pieces.size()) {
        reply.pieces = reply.pieces.mid(0, maxTokens);
        reply.truncated = true;
    }
    reply.inputTokens = SimulatedText::estimateTokens(
        QString::fromUtf8(QJsonDocument(body.value(QStringLiteral("messages")).toArray()).toJson()));
    reply.outputTokens = int(reply.pieces.size());

    // Ollama streams unless told not to; the other two only when asked.
    const bool stream = wire == Wire::Ollama ? body.value(QStringLiteral("stream")).toBool(true)
                                             : body.value(QStringLiteral("stream")).toBool(false);
    if (!stream) {
        QByteArray json = wire == Wire::OpenAi ? FakeWire::openAiJson(reply)
            : wire == Wire::Anthropic          ? FakeWire::anthropicJson(reply)
                                               : FakeWire::ollamaJson(reply);
        if (fault == Fault::MalformedJson)
            json.chop(json.size() / 2);
        sendLater(socket, FakeResponse{200, {{"Content-Type", "application/json"}}, json},
                  m_firstByteDelayMs + m_totalLatencyMs);
        return;
    }

    const bool usage = m_alwaysUsage
        || body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool();
    FakeWire::Frames frames = wire == Wire::OpenAi ? FakeWire::openAiStream(reply, usage)
        : wire == Wire::Anthropic                  ? FakeWire::anthropicStream(reply)
                                                   : FakeWire::ollamaStream(reply);
    QList<QByteArray> pieces = frames.head;
    int dropAfter = -1;
    if (fault == Fault::None) {
        pieces << frames.content << frames.tail;
    } else {
        pieces << frames.content.mid(0, m_piecesBeforeFault);
        if (fault == Fault::InStreamError) {
            pieces << (wire == Wire::OpenAi ? FakeWire::openAiStreamError()
                       : wire == Wire::Anthropic ? FakeWire::anthropicStreamError()
                                                 : FakeWire::ollamaStreamError());
        } else if (fault == Fault::MalformedJson) {
            pieces << FakeWire::malformedFrame(wire == Wire::Ollama) << frames.tail;
        } else {
            dropAfter = int(pieces.size());
        }
    }
    startStream(socket, wire == Wire::Ollama ? "application/x-ndjson" : "text/event-stream",
                pieces, dropAfter);
}

void FakeProviderServer::sendLater(QTcpSocket *socket, const FakeResponse &response, int delayMs)
{
    if (delayMs <= 0) {
        writeFakeResponse(socket, response);
        return;
    }
    QTimer::singleShot(delayMs, socket, [socket, response] { writeFakeResponse(socket, response); });
}

// With a total latency, piece k is due at total * k / count after the head, so the end
// marker (k == count) is due at exactly `total`: integer division per piece would cut it short.
int FakeProviderServer::nextPieceDelay(const Stream &stream)
{
    if (stream.totalMs <= 0 || stream.pieces.isEmpty())
        return stream.delayMs;
    const qint64 due = qint64(stream.totalMs) * stream.next / stream.pieces.size();
    return int(std::max<qint64>(0, due - stream.clock.elapsed()));
}

void FakeProviderServer::startStream(QTcpSocket *socket, const QByteArray &contentType,
                                     QList<QByteArray> pieces, int dropAfter)
{
    auto stream = std::make_shared<Stream>();
    stream->socket = socket;
    stream->pieces = std::move(pieces);
    stream->dropAfter = dropAfter;
    stream->delayMs = m_chunkDelayMs;
    stream->totalMs = m_totalLatencyMs;
    connect(socket, &QTcpSocket::disconnected, this, [this, stream] {
        if (stream->next < stream->pieces.size() && stream->dropAfter < 0)
            ++m_abortedStreams;
    });
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType
        + "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
    auto begin = [this, stream, head] {
        if (!stream->socket)
            return;
        stream->socket->write(head);
        stream->clock.start();
        writeNextPiece(stream);
    };
    if (m_firstByteDelayMs > 0)
        QTimer::singleShot(m_firstByteDelayMs, socket, begin);
    else
        begin();
}

void FakeProviderServer::writeNextPiece(const std::shared_ptr<Stream> &stream)
{
    QTcpSocket *socket = stream->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (stream->dropAfter >= 0 && stream->next >= stream->dropAfter) {
        socket->flush();
        socket->abort(); // RST, no terminating chunk: Qt reports RemoteHostClosedError
        return;
    }
    if (stream->next >= stream->pieces.size()) {
        socket->write("0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const QByteArray &piece = stream->pieces.at(stream->next++);
    socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    QTimer::singleShot(nextPieceDelay(*stream), Qt::PreciseTimer, socket,
                       [this, stream] { writeNextPiece(stream); });
}
