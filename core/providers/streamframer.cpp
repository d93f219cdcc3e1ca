#include "streamframer.h"

QList<SseEvent> SseFramer::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    if (m_overflowed)
        return out;
    const char *data = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_lastWasCr) { // a CR ended the last line: a following LF belongs to it
            m_lastWasCr = false;
            if (data[i] == '\n') {
                ++i;
                continue;
            }
        }
        qsizetype end = i;
        while (end < n && data[end] != '\n' && data[end] != '\r')
            ++end;
        m_buffer.append(data + i, end - i);
        if (m_buffer.size() > m_maxLine) {
            m_overflowed = true;
            m_buffer.clear();
            return out;
        }
        if (end == n)
            break;
        m_lastWasCr = (data[end] == '\r');
        processLine(m_buffer, out);
        m_buffer.clear();
        if (m_overflowed)
            return out;
        i = end + 1;
    }
    return out;
}

QList<SseEvent> SseFramer::finish()
{
    QList<SseEvent> out;
    if (m_overflowed)
        return out;
    if (!m_buffer.isEmpty()) {
        processLine(m_buffer, out);
        m_buffer.clear();
    }
    dispatch(out);
    m_lastWasCr = false;
    return out;
}

void SseFramer::processLine(const QByteArray &line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.startsWith(':'))
        return; // comment, e.g. ": OPENROUTER PROCESSING"
    const qsizetype colon = line.indexOf(':');
    QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value);
        m_hasData = true;
        if (m_current.data.size() > m_maxEvent) {
            m_overflowed = true;
            m_current = {};
        }
        m_hasField = true;
    } else if (field == "event") {
        m_current.event = value;
        m_hasField = true;
    } else if (field == "id") {
        m_current.id = value;
        m_hasField = true;
    } // "retry" and unknown fields are ignored
}

void SseFramer::dispatch(QList<SseEvent> &out)
{
    // Per the spec an event without data is not dispatched; an "event:" line alone still
    // counts here, so a bare "event: ping" is not lost.
    if (m_hasData || m_hasField)
        out.append(m_current);
    m_current = {};
    m_hasData = false;
    m_hasField = false;
}

QList<QByteArray> NdjsonFramer::feed(const QByteArray &bytes)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    while (!m_overflowed && start < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', start);
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        if (m_buffer.size() + (end - start) > m_maxLine) {
            m_overflowed = true;
            m_buffer.clear();
            break;
        }
        m_buffer.append(bytes.constData() + start, end - start);
        if (nl < 0)
            break;
        const QByteArray line = m_buffer.trimmed();
        if (!line.isEmpty())
            out.append(line);
        m_buffer.clear();
        start = nl + 1;
    }
    return out;
}

QList<QByteArray> NdjsonFramer::finish()
{
    QList<QByteArray> out;
    if (m_overflowed)
        return out;
    const QByteArray line = m_buffer.trimmed();
    if (!line.isEmpty())
        out.append(line);
    m_buffer.clear();
    return out;
}
