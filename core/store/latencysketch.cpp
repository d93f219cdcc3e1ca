#include "latencysketch.h"

#include <QVarLengthArray>

#include <cmath>
#include <limits>

namespace {

const double kGamma = (1 + LatencySketch::RelativeAccuracy) / (1 - LatencySketch::RelativeAccuracy);
const double kLogGamma = std::log(kGamma);

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
qint64 unzigzag(quint64 v) { return qint64(v >> 1) ^ -qint64(v & 1); }

} // namespace

int LatencySketch::indexOf(double value)
{
    return int(std::ceil(std::log(value) / kLogGamma));
}

double LatencySketch::valueOf(int index)
{
    // The midpoint (in relative terms) of (γ^(i-1), γ^i]: at most α away from any value in it.
    return 2 * std::pow(kGamma, index) / (kGamma + 1);
}

void LatencySketch::grow(int index)
{
    if (m_counts.isEmpty()) {
        m_offset = index;
        m_counts.append(0);
        return;
    }
    if (index < m_offset) {
        m_counts.insert(0, m_offset - index, 0);
        m_offset = index;
    } else if (index >= m_offset + m_counts.size()) {
        m_counts.resize(index - m_offset + 1, 0);
    }
}

bool LatencySketch::add(double value, qint64 count)
{
    if (!std::isfinite(value) || value < 0 || count <= 0)
        return false;
    m_count += count;
    // Below 1 µs is "instant": the zero bucket keeps the index range (and the text) small.
    if (value < 1e-3) {
        m_zeros += count;
        return true;
    }
    const int index = indexOf(value);
    grow(index);
    m_counts[index - m_offset] += count;
    return true;
}

void LatencySketch::merge(const LatencySketch &other)
{
    if (other.m_count == 0)
        return;
    m_count += other.m_count;
    m_zeros += other.m_zeros;
    if (other.m_counts.isEmpty())
        return;
    grow(other.m_offset);
    grow(other.m_offset + int(other.m_counts.size()) - 1);
    const qsizetype shift = other.m_offset - m_offset;
    for (qsizetype i = 0; i < other.m_counts.size(); ++i)
        m_counts[shift + i] += other.m_counts[i];
}

std::optional<double> LatencySketch::quantile(double q) const
{
    if (m_count == 0 || !(q >= 0 && q <= 1))
        return std::nullopt;
    const qint64 rank = qint64(std::floor(q * double(m_count - 1)));
    qint64 seen = m_zeros;
    if (seen > rank)
        return 0.0;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen > rank)
            return valueOf(m_offset + int(i));
    }
    return valueOf(m_offset + int(m_counts.size()) - 1);
}

QByteArray LatencySketch::encode() const
{
    if (m_count == 0)
        return {};
    QByteArray bytes;
    bytes.reserve(16 + m_counts.size() * 2);
    bytes.append(char(1)); // format version
    putVarint(bytes, quint64(m_zeros));
    qint64 buckets = 0;
    for (qint64 c : m_counts)
        buckets += c > 0 ? 1 : 0;
    putVarint(bytes, quint64(buckets));
    int previous = 0;
    bool first = true;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        if (m_counts[i] == 0)
            continue;
        const int index = m_offset + int(i);
        putVarint(bytes, first ? zigzag(index) : quint64(index - previous));
        putVarint(bytes, quint64(m_counts[i]));
        previous = index;
        first = false;
    }
    return bytes.toBase64(QByteArray::OmitTrailingEquals);
}

namespace {

int base64Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 26;
    if (c >= u'0' && c <= u'9')
        return c - u'0' + 52;
    if (c == u'+')
        return 62;
    if (c == u'/')
        return 63;
    return -1;
}

/// Base64 (no padding) of Latin-1 or UTF-16 text into `out`; false on a bad character.
template <typename Char>
bool fromBase64(const Char *text, qsizetype size, QVarLengthArray<quint8, 1024> &out)
{
    out.clear();
    quint32 bits = 0;
    int count = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const int v = base64Value(char16_t(quint16(text[i]) & 0xffff));
        if (v < 0) { // only padding may follow the data
            for (qsizetype j = i; j < size; ++j) {
                if (text[j] != Char('='))
                    return false;
            }
            return size - i <= 2;
        }
        bits = (bits << 6) | quint32(v);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out.append(quint8(bits >> count));
        }
    }
    return true;
}

bool readVarint(const QVarLengthArray<quint8, 1024> &in, qsizetype &pos, quint64 *v)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64 && pos < in.size(); shift += 7) {
        const quint8 byte = in[pos++];
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *v = result;
            return true;
        }
    }
    return false;
}

} // namespace

template <typename Char>
bool LatencySketch::mergeText(const Char *text, qsizetype size)
{
    if (size == 0)
        return true;
    QVarLengthArray<quint8, 1024> in;
    if (!fromBase64(text, size, in) || in.isEmpty() || in[0] != 1)
        return false;
    qsizetype pos = 1;
    quint64 zeros = 0;
    quint64 buckets = 0;
    if (!readVarint(in, pos, &zeros) || !readVarint(in, pos, &buckets) || buckets > 100000)
        return false;
    // Read all of it first: a bad text adds nothing.
    QVarLengthArray<std::pair<int, qint64>, 256> read;
    qint64 index = 0;
    for (quint64 b = 0; b < buckets; ++b) {
        quint64 step = 0;
        quint64 count = 0;
        if (!readVarint(in, pos, &step) || !readVarint(in, pos, &count) || count == 0
            || count > quint64(std::numeric_limits<qint32>::max()))
            return false;
        index = b == 0 ? unzigzag(step) : index + qint64(step);
        if (index < -100000 || index > 100000)
            return false;
        read.append({int(index), qint64(count)});
    }
    if (pos != in.size() || zeros > quint64(std::numeric_limits<qint32>::max()))
        return false;
    m_zeros += qint64(zeros);
    m_count += qint64(zeros);
    if (!read.isEmpty()) {
        grow(read.first().first);
        grow(read.last().first);
    }
    for (const auto &[i, c] : read) {
        m_counts[i - m_offset] += c;
        m_count += c;
    }
    return true;
}

bool LatencySketch::mergeEncoded(QByteArrayView text)
{
    return mergeText(text.data(), text.size());
}

bool LatencySketch::mergeEncoded(QStringView text)
{
    return mergeText(text.utf16(), text.size());
}

std::optional<LatencySketch> LatencySketch::decode(QByteArrayView text)
{
    LatencySketch sketch;
    if (!sketch.mergeEncoded(text))
        return std::nullopt;
    return sketch;
}
