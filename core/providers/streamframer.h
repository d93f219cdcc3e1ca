#pragma once

#include <QByteArray>
#include <QList>

/// One Server-Sent Event (https://html.spec.whatwg.org/multipage/server-sent-events.html).
struct SseEvent
{
    QByteArray event; ///< empty means the default "message"
    QByteArray data;  ///< multi-line data joined with '\n'
    QByteArray id;

    bool operator==(const SseEvent &) const = default;
};

/// Incremental SSE parser. Bytes may arrive split anywhere; CR, LF and CRLF all end a line;
/// comment lines (":...") are skipped; unknown fields are ignored; finish() dispatches an event
/// whose terminating blank line never came (some servers omit the final newline).
/// A line longer than `maxLineBytes`, or an event whose data passes `maxEventBytes`, sets
/// overflowed(); the framer then drops everything that follows.
class SseFramer
{
public:
    explicit SseFramer(qsizetype maxLineBytes = 4 * 1024 * 1024, qsizetype maxEventBytes = 16 * 1024 * 1024)
        : m_maxLine(maxLineBytes), m_maxEvent(maxEventBytes) {}
    bool overflowed() const { return m_overflowed; }
    /// Feeds the next bytes; returns the events completed by them.
    QList<SseEvent> feed(const QByteArray &bytes);
    /// Ends the stream: returns a last event left without a blank line, if any.
    QList<SseEvent> finish();

private:
    void processLine(const QByteArray &line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    qsizetype m_maxLine;
    qsizetype m_maxEvent;
    bool m_overflowed = false;
    QByteArray m_buffer;
    bool m_lastWasCr = false;
    SseEvent m_current;
    bool m_hasData = false;
    bool m_hasField = false;
};

/// Incremental newline-delimited JSON splitter (Ollama). Empty lines are skipped; CRLF is
/// accepted; finish() returns a last line that had no newline. Each byte is looked at once
/// (a long line split over many reads is not rescanned). A line longer than `maxLineBytes`
/// sets overflowed() and everything after it is dropped.
class NdjsonFramer
{
public:
    explicit NdjsonFramer(qsizetype maxLineBytes = 4 * 1024 * 1024) : m_maxLine(maxLineBytes) {}
    QList<QByteArray> feed(const QByteArray &bytes);
    QList<QByteArray> finish();
    bool overflowed() const { return m_overflowed; }

private:
    qsizetype m_maxLine;
    bool m_overflowed = false;
    QByteArray m_buffer; ///< the current line so far: never holds a newline
};
