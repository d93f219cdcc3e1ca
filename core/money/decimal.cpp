#include "decimal.h"

#include <charconv>
#include <cmath>

namespace {

Decimal::Raw pow10(int n)
{
    Decimal::Raw r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

// Decimal digits of a non-negative value, most significant first.
QString digitsOf(Decimal::Raw v)
{
    if (v == 0)
        return QStringLiteral("0");
    char buf[48];
    int n = 0;
    while (v > 0) {
        buf[n++] = char('0' + int(v % 10));
        v /= 10;
    }
    QString out;
    out.reserve(n);
    while (n > 0)
        out.append(QLatin1Char(buf[--n]));
    return out;
}

Decimal::Raw roundedDiv(Decimal::Raw value, Decimal::Raw divisor)
{
    const Decimal::Raw q = value / divisor;
    const Decimal::Raw r = value % divisor;
    if (r * 2 >= divisor)
        return q + 1;
    if (r * 2 <= -divisor)
        return q - 1;
    return q;
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+'))
        negative = text[i++] == u'-';

    Raw mantissa = 0;
    int fractionDigits = 0;
    int digits = 0;
    bool inFraction = false;
    constexpr Raw limit = Raw(1) << 120;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'.' && !inFraction) {
            inFraction = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > u'9')
            break;
        if (mantissa > limit)
            return std::nullopt;
        mantissa = mantissa * 10 + (c.unicode() - u'0');
        ++digits;
        if (inFraction)
            ++fractionDigits;
    }
    if (digits == 0)
        return std::nullopt;

    int exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+'))
            expNegative = text[i++] == u'-';
        int expDigits = 0;
        for (; i < n && text[i].isDigit() && text[i].unicode() <= u'9'; ++i) {
            exponent = exponent * 10 + (text[i].unicode() - u'0');
            if (++expDigits > 3)
                return std::nullopt;
        }
        if (expDigits == 0)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;

    // value = mantissa * 10^(exponent - fractionDigits); we store value * 10^Scale.
    const int shift = Scale + exponent - fractionDigits;
    if (shift >= 0) {
        if (shift > 30)
            return std::nullopt;
        const Raw factor = pow10(shift);
        if (mantissa != 0 && mantissa > (Raw(1) << 124) / factor)
            return std::nullopt;
        mantissa *= factor;
    } else {
        const Raw divisor = pow10(-shift > 38 ? 38 : -shift);
        if (-shift > 38 || mantissa % divisor != 0)
            return std::nullopt; // more precision than we can hold exactly
        mantissa /= divisor;
    }
    return fromRaw(negative ? -mantissa : mantissa);
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value); // shortest round-trip form
    if (res.ec != std::errc())
        return std::nullopt;
    return parse(QString::fromLatin1(buf, res.ptr - buf));
}

QString Decimal::toString() const
{
    const bool negative = m_units < 0;
    const Raw abs = negative ? -m_units : m_units;
    const Raw one = unitsPerOne();
    QString out = digitsOf(abs / one);
    Raw frac = abs % one;
    if (frac != 0) {
        QString f = digitsOf(frac);
        f = QString(Scale - f.size(), u'0') + f;
        while (f.endsWith(u'0'))
            f.chop(1);
        out += u'.' + f;
    }
    return negative ? u'-' + out : out;
}

Decimal Decimal::rounded(int decimals) const
{
    if (decimals >= Scale)
        return *this;
    const Raw step = pow10(Scale - decimals);
    return fromRaw(roundedDiv(m_units, step) * step);
}

QString Decimal::toFixed(int decimals) const
{
    const Decimal r = rounded(decimals);
    QString s = r.toString();
    if (decimals <= 0)
        return s;
    qsizetype dot = s.indexOf(u'.');
    if (dot < 0) {
        s += u'.';
        dot = s.size() - 1;
    }
    const qsizetype have = s.size() - dot - 1;
    if (have < decimals)
        s += QString(decimals - have, u'0');
    return s;
}

double Decimal::toDouble() const
{
    return double(m_units) / double(unitsPerOne());
}

Decimal Decimal::divPow10(int exponent) const
{
    if (exponent <= 0)
        return mulPow10(-exponent);
    if (exponent > 38)
        return Decimal();
    return fromRaw(roundedDiv(m_units, pow10(exponent)));
}

Decimal Decimal::mulPow10(int exponent) const
{
    if (exponent <= 0)
        return divPow10(-exponent);
    return fromRaw(m_units * pow10(exponent));
}

double Decimal::relativeDifference(Decimal a, Decimal b)
{
    if (b.isZero())
        return a.isZero() ? 0.0 : 1.0;
    const double diff = std::abs((a - b).toDouble());
    return diff / std::abs(b.toDouble());
}
