#pragma once

#include "fakeproviderserver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// The bytes of the three wire formats, as the fake provider server writes them.
namespace FakeWire {

/// What the fake model answers.
struct Reply
{
    QString model;
    QStringList pieces;  ///< content deltas, in order
    bool truncated = false; ///< cut by max_tokens
    int inputTokens = 0;
    int outputTokens = 0;
};

/// A stream split into frames: head (before content), one frame per content piece, tail.
struct Frames
{
    QList<QByteArray> head;
    QList<QByteArray> content;
    QList<QByteArray> tail;
};

Frames openAiStream(const Reply &reply, bool includeUsage);
Frames anthropicStream(const Reply &reply);
Frames ollamaStream(const Reply &reply);

QByteArray openAiJson(const Reply &reply);
QByteArray anthropicJson(const Reply &reply);
QByteArray ollamaJson(const Reply &reply);

/// The in-stream error frame of each format (inside an HTTP 200 body).
QByteArray openAiStreamError();
QByteArray anthropicStreamError();
QByteArray ollamaStreamError();
/// A frame that is not valid JSON, in each format's framing.
QByteArray malformedFrame(bool ndjson);

enum class Format { OpenAi, Anthropic, Ollama };
/// The HTTP error response of `format` for an HTTP-level fault.
FakeResponse errorResponse(Format format, FakeProviderServer::Fault fault,
                           const QByteArray &retryAfter, const QByteArray &retryAfterMs);

} // namespace FakeWire
