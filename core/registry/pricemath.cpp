#include "pricemath.h"

#include <charconv>
#include <cmath>

namespace PriceMath {

std::optional<Converted> perTokenTextToPerMillion(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    // value = digits × 10^exponent
    Decimal::Raw digits = 0;
    int exponent = 0;
    int significant = 0;
    bool seenDot = false;
    bool any = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit()) {
            any = true;
            if (digits == 0 && c == u'0') {
                if (seenDot)
                    --exponent;
                continue;
            }
            if (significant >= 36)
                return std::nullopt;
            digits = digits * 10 + (c.unicode() - u'0');
            ++significant;
            if (seenDot)
                --exponent;
        } else if (c == u'.' && !seenDot) {
            seenDot = true;
        } else {
            break;
        }
    }
    if (!any)
        return std::nullopt;
    if (i < text.size()) {
        if (text[i] != u'e' && text[i] != u'E')
            return std::nullopt;
        bool ok = false;
        const int e = text.mid(i + 1).toInt(&ok);
        if (!ok)
            return std::nullopt;
        exponent += e;
    }
    // per million, in units of 1e-12: digits × 10^(exponent + 6 + 12)
    const int shift = exponent + 6 + Decimal::Scale;
    Converted out;
    Decimal::Raw units = digits;
    if (shift >= 0) {
        for (int s = 0; s < shift; ++s) {
            if (units > (Decimal::Raw(1) << 120) / 10)
                return std::nullopt;
            units *= 10;
        }
    } else {
        if (-shift > 38) {
            out.rounded = digits != 0;
            units = 0;
        } else {
            Decimal::Raw divisor = 1;
            for (int s = 0; s < -shift; ++s)
                divisor *= 10;
            const Decimal::Raw q = units / divisor;
            const Decimal::Raw r = units % divisor;
            out.rounded = r != 0;
            units = q + (r * 2 >= divisor ? 1 : 0);
        }
    }
    out.perMillion = Decimal::fromRaw(negative ? -units : units);
    return out;
}

std::optional<Converted> perTokenToPerMillion(double perToken)
{
    if (!std::isfinite(perToken))
        return std::nullopt;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, perToken); // shortest round-trip form
    if (res.ec != std::errc())
        return std::nullopt;
    return perTokenTextToPerMillion(QString::fromLatin1(buf, res.ptr - buf));
}

} // namespace PriceMath
