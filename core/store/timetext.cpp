#include "timetext.h"

namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool leap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

class Cursor
{
public:
    explicit Cursor(QStringView text) : m_text(text) {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    /// Exactly `digits` decimal digits.
    bool number(int digits, int *out)
    {
        int v = 0;
        for (int i = 0; i < digits; ++i) {
            const QChar c = peek();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c.unicode() - u'0');
            ++m_pos;
        }
        *out = v;
        return true;
    }
    /// Fractional seconds as milliseconds (any number of digits, truncated).
    bool fraction(int *ms)
    {
        int v = 0;
        int n = 0;
        while (!atEnd() && peek() >= u'0' && peek() <= u'9') {
            if (n < 3)
                v = v * 10 + (peek().unicode() - u'0');
            ++n;
            ++m_pos;
        }
        for (int i = n; i < 3; ++i)
            v *= 10;
        *ms = v;
        return n > 0;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

namespace TimeText {

std::optional<qint64> parseUtcMs(QStringView text)
{
    Cursor c(text.trimmed());
    int y = 0, mo = 0, d = 0;
    if (!c.number(4, &y) || !c.take(u'-') || !c.number(2, &mo) || !c.take(u'-') || !c.number(2, &d))
        return std::nullopt;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] + (mo == 2 && leap(y) ? 1 : 0))
        return std::nullopt;
    qint64 ms = daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400000;
    if (c.atEnd())
        return ms;
    if (!c.take(u'T') && !c.take(u't') && !c.take(u' '))
        return std::nullopt;
    int h = 0, mi = 0, s = 0, frac = 0;
    if (!c.number(2, &h) || !c.take(u':') || !c.number(2, &mi) || h > 23 || mi > 59)
        return std::nullopt;
    if (c.take(u':')) {
        if (!c.number(2, &s) || s > 60)
            return std::nullopt;
        if ((c.take(u'.') || c.take(u',')) && !c.fraction(&frac))
            return std::nullopt;
    }
    ms += ((h * 60 + mi) * 60 + s) * 1000LL + frac;
    if (c.atEnd() || c.take(u'Z') || c.take(u'z'))
        return c.atEnd() ? std::optional<qint64>(ms) : std::nullopt;
    const QChar sign = c.peek();
    if (!c.take(u'+') && !c.take(u'-'))
        return std::nullopt;
    int oh = 0, om = 0;
    if (!c.number(2, &oh))
        return std::nullopt;
    c.take(u':');
    if (!c.atEnd() && (!c.number(2, &om) || om > 59))
        return std::nullopt;
    if (!c.atEnd() || oh > 23)
        return std::nullopt;
    const qint64 offset = (oh * 60 + om) * 60000LL;
    return sign == u'+' ? ms - offset : ms + offset;
}

QDateTime parseUtc(QStringView text)
{
    const std::optional<qint64> ms = parseUtcMs(text);
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

} // namespace TimeText
