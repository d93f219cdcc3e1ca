#include "fakewire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FakeWire {

namespace {

using Fault = FakeProviderServer::Fault;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray sse(const QJsonObject &o)
{
    return "data: " + compact(o) + "\n\n";
}

QByteArray sseEvent(const char *event, const QJsonObject &o)
{
    return QByteArray("event: ") + event + "\ndata: " + compact(o) + "\n\n";
}

QJsonObject openAiChunk(const Reply &r, const QJsonObject &delta, const QJsonValue &finish)
{
    QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta},
                       {QStringLiteral("finish_reason"), finish}};
    return {{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
            {QStringLiteral("created"), 1700000000},
            {QStringLiteral("model"), r.model},
            {QStringLiteral("choices"), QJsonArray{choice}}};
}

QJsonObject openAiUsage(const Reply &r)
{
    return {{QStringLiteral("prompt_tokens"), r.inputTokens},
            {QStringLiteral("completion_tokens"), r.outputTokens},
            {QStringLiteral("total_tokens"), r.inputTokens + r.outputTokens}};
}

QJsonObject anthropicUsage(const Reply &r)
{
    return {{QStringLiteral("input_tokens"), r.inputTokens},
            {QStringLiteral("cache_creation_input_tokens"), 0},
            {QStringLiteral("cache_read_input_tokens"), 0},
            {QStringLiteral("output_tokens"), r.outputTokens}};
}

QString joined(const Reply &r)
{
    return r.pieces.join(QString());
}

QJsonObject ollamaFinal(const Reply &r, const QString &content)
{
    return {{QStringLiteral("model"), r.model},
            {QStringLiteral("created_at"), QStringLiteral("2024-01-01T00:00:00.000000Z")},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                    {QStringLiteral("content"), content}}},
            {QStringLiteral("done_reason"), r.truncated ? QStringLiteral("length") : QStringLiteral("stop")},
            {QStringLiteral("done"), true},
            {QStringLiteral("total_duration"), 5000000000LL},
            {QStringLiteral("load_duration"), 1000000},
            {QStringLiteral("prompt_eval_count"), r.inputTokens},
            {QStringLiteral("prompt_eval_duration"), 2000000},
            {QStringLiteral("eval_count"), r.outputTokens},
            {QStringLiteral("eval_duration"), 3000000}};
}

} // namespace

Frames openAiStream(const Reply &r, bool includeUsage)
{
    Frames f;
    f.head << sse(openAiChunk(r, {{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), QString()}}, QJsonValue::Null));
    for (const QString &piece : r.pieces)
        f.content << sse(openAiChunk(r, {{QStringLiteral("content"), piece}}, QJsonValue::Null));
    f.tail << sse(openAiChunk(r, {}, r.truncated ? QStringLiteral("length") : QStringLiteral("stop")));
    if (includeUsage) {
        QJsonObject usage = openAiChunk(r, {}, QJsonValue::Null);
        usage[QStringLiteral("choices")] = QJsonArray();
        usage[QStringLiteral("usage")] = openAiUsage(r);
        f.tail << sse(usage);
    }
    f.tail << QByteArray("data: [DONE]\n\n");
    return f;
}

Frames anthropicStream(const Reply &r)
{
    Frames f;
    QJsonObject startUsage = anthropicUsage(r);
    startUsage[QStringLiteral("output_tokens")] = 1;
    const QJsonObject message{{QStringLiteral("id"), QStringLiteral("msg_fake")},
                              {QStringLiteral("type"), QStringLiteral("message")},
                              {QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("model"), r.model},
                              {QStringLiteral("content"), QJsonArray()},
                              {QStringLiteral("stop_reason"), QJsonValue::Null},
                              {QStringLiteral("usage"), startUsage}};
    f.head << sseEvent("message_start", {{QStringLiteral("type"), QStringLiteral("message_start")},
                                         {QStringLiteral("message"), message}});
    f.head << sseEvent("content_block_start",
                       {{QStringLiteral("type"), QStringLiteral("content_block_start")},
                        {QStringLiteral("index"), 0},
                        {QStringLiteral("content_block"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                       {QStringLiteral("text"), QString()}}}});
    f.head << QByteArray("event: ping\ndata: {\"type\": \"ping\"}\n\n");
    for (const QString &piece : r.pieces) {
        f.content << sseEvent("content_block_delta",
                              {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                               {QStringLiteral("index"), 0},
                               {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                                                     {QStringLiteral("text"), piece}}}});
    }
    f.tail << sseEvent("content_block_stop", {{QStringLiteral("type"), QStringLiteral("content_block_stop")},
                                              {QStringLiteral("index"), 0}});
    f.tail << sseEvent("message_delta",
                       {{QStringLiteral("type"), QStringLiteral("message_delta")},
                        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"),
                                                               r.truncated ? QStringLiteral("max_tokens") : QStringLiteral("end_turn")},
                                                              {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
                        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), r.outputTokens}}}});
    f.tail << sseEvent("message_stop", {{QStringLiteral("type"), QStringLiteral("message_stop")}});
    return f;
}

Frames ollamaStream(const Reply &r)
{
    Frames f;
    for (const QString &piece : r.pieces) {
        const QJsonObject line{{QStringLiteral("model"), r.model},
                               {QStringLiteral("created_at"), QStringLiteral("2024-01-01T00:00:00.000000Z")},
                               {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                       {QStringLiteral("content"), piece}}},
                               {QStringLiteral("done"), false}};
        f.content << compact(line) + '\n';
    }
    f.tail << compact(ollamaFinal(r, QString())) + '\n';
    return f;
}

QByteArray openAiJson(const Reply &r)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                     {QStringLiteral("content"), joined(r)}}},
                             {QStringLiteral("finish_reason"), r.truncated ? QStringLiteral("length") : QStringLiteral("stop")}};
    return compact({{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                    {QStringLiteral("object"), QStringLiteral("chat.completion")},
                    {QStringLiteral("created"), 1700000000},
                    {QStringLiteral("model"), r.model},
                    {QStringLiteral("choices"), QJsonArray{choice}},
                    {QStringLiteral("usage"), openAiUsage(r)}});
}

QByteArray anthropicJson(const Reply &r)
{
    const QJsonObject block{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), joined(r)}};
    return compact({{QStringLiteral("id"), QStringLiteral("msg_fake")},
                    {QStringLiteral("type"), QStringLiteral("message")},
                    {QStringLiteral("role"), QStringLiteral("assistant")},
                    {QStringLiteral("model"), r.model},
                    {QStringLiteral("content"), QJsonArray{block}},
                    {QStringLiteral("stop_reason"), r.truncated ? QStringLiteral("max_tokens") : QStringLiteral("end_turn")},
                    {QStringLiteral("stop_sequence"), QJsonValue::Null},
                    {QStringLiteral("usage"), anthropicUsage(r)}});
}

QByteArray ollamaJson(const Reply &r)
{
    return compact(ollamaFinal(r, joined(r)));
}

QByteArray openAiStreamError()
{
    return "data: {\"error\":{\"message\":\"The server had an error while processing your request.\","
           "\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n";
}

QByteArray anthropicStreamError()
{
    return "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", "
           "\"message\": \"Overloaded\"}}\n\n";
}

QByteArray ollamaStreamError()
{
    return "{\"error\":\"an error was encountered while running the model\"}\n";
}

QByteArray malformedFrame(bool ndjson)
{
    return ndjson ? QByteArray("{\"model\":\"x\",\"message\":{\"content\":\"oops\"\n")
                  : QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"oops\"\n\n");
}

FakeResponse errorResponse(Format format, Fault fault, const QByteArray &retryAfter,
                           const QByteArray &retryAfterMs)
{
    struct Shape { int status; const char *type; const char *code; const char *message; };
    Shape s{500, "api_error", "server_error", "Internal server error"};
    switch (fault) {
    case Fault::RateLimited: s = {429, "rate_limit_error", "rate_limit_exceeded", "Rate limit reached for requests"}; break;
    case Fault::SpendCap: s = {429, "insufficient_quota", "insufficient_quota",
                               "You exceeded your current quota, please check your plan and billing details."}; break;
    case Fault::Auth: s = {401, "authentication_error", "invalid_api_key", "Incorrect API key provided."}; break;
    case Fault::InvalidRequest: s = {400, "invalid_request_error", "invalid_value", "max_tokens: must be positive"}; break;
    case Fault::ContextLength: s = {400, "invalid_request_error", "context_length_exceeded",
                                    "prompt is too long: 210000 tokens > 200000 maximum"}; break;
    case Fault::Unavailable: s = {503, "api_error", "service_unavailable", "Service unavailable"}; break;
    case Fault::Overloaded: s = {529, "overloaded_error", "overloaded", "Overloaded"}; break;
    default: break;
    }
    FakeResponse response;
    response.status = s.status;
    response.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    if (fault == Fault::RateLimited) {
        if (!retryAfter.isEmpty())
            response.headers << qMakePair(QByteArray("retry-after"), retryAfter);
        if (!retryAfterMs.isEmpty())
            response.headers << qMakePair(QByteArray("retry-after-ms"), retryAfterMs);
    }
    const QString message = QString::fromUtf8(s.message);
    switch (format) {
    case Format::OpenAi:
        response.body = compact({{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("message"), message},
                                              {QStringLiteral("type"), QString::fromUtf8(s.type)},
                                              {QStringLiteral("param"), QJsonValue::Null},
                                              {QStringLiteral("code"), QString::fromUtf8(s.code)}}}});
        break;
    case Format::Anthropic:
        response.body = compact({{QStringLiteral("type"), QStringLiteral("error")},
                                 {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QString::fromUtf8(s.type)},
                                                                       {QStringLiteral("message"), message}}}});
        break;
    case Format::Ollama:
        response.body = compact({{QStringLiteral("error"), message}});
        break;
    }
    return response;
}

} // namespace FakeWire
