#pragma once

#include "int128.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

/// An exact decimal number with a fixed scale of 12 fractional digits.
///
/// Money and prices never go through binary floating point: "0.80" is stored as
/// 800000000000 units of 1e-12. The value range (about ±1.7e26) covers any cost
/// or price per million tokens with room to spare. Parsing refuses what it cannot
/// hold exactly instead of rounding it.
class Decimal
{
public:
    static constexpr int Scale = 12;
    /// `__int128`, or two 64-bit words where the compiler lacks it (see int128.h).
    using Raw = WideInt::Int128;

    constexpr Decimal() = default;
    static constexpr Decimal fromRaw(Raw units) { Decimal d; d.m_units = units; return d; }
    static constexpr Decimal fromInt(std::int64_t value) { return fromRaw(Raw(value) * unitsPerOne()); }

    /// Parses a plain decimal string such as "0.80", "-3", "15.000", "1e-6" or "3.5E+2".
    /// Returns nullopt for anything else, or for a value with more than 12 fractional digits.
    static std::optional<Decimal> parse(QStringView text);

    /// The shortest decimal that reads back to the same double, exactly. Returns nullopt for
    /// NaN, infinity, or values that need more than 12 fractional digits.
    static std::optional<Decimal> fromDouble(double value);

    constexpr Raw raw() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    /// Canonical text: no exponent, no trailing fractional zeros ("0.8", "15", "0.0366").
    QString toString() const;
    /// Text rounded half away from zero to exactly `decimals` fractional digits.
    QString toFixed(int decimals) const;
    /// An approximation for charts and sorting only; never feed it back into money.
    double toDouble() const;

    Decimal rounded(int decimals) const;

    /// Exact multiplication by an integer (token counts). Unchecked: use checkedMul() for
    /// anything that comes from a file or a server.
    constexpr Decimal operator*(std::int64_t n) const { return fromRaw(m_units * n); }
    /// a * n and a + b, or nullopt when the result leaves the range (about ±1.7e26).
    static std::optional<Decimal> checkedMul(Decimal a, std::int64_t n)
    {
        Raw r = 0;
        return WideInt::mulOverflows(a.m_units, Raw(n), &r) ? std::nullopt : std::optional(fromRaw(r));
    }
    static std::optional<Decimal> checkedAdd(Decimal a, Decimal b)
    {
        Raw r = 0;
        return WideInt::addOverflows(a.m_units, b.m_units, &r) ? std::nullopt : std::optional(fromRaw(r));
    }
    /// Division by a power of ten; exact while the result keeps 12 fractional digits,
    /// otherwise rounded half away from zero at the 12th digit.
    Decimal divPow10(int exponent) const;
    Decimal mulPow10(int exponent) const;

    constexpr Decimal operator+(Decimal o) const { return fromRaw(m_units + o.m_units); }
    constexpr Decimal operator-(Decimal o) const { return fromRaw(m_units - o.m_units); }
    constexpr Decimal operator-() const { return fromRaw(-m_units); }
    Decimal &operator+=(Decimal o) { m_units += o.m_units; return *this; }
    Decimal &operator-=(Decimal o) { m_units -= o.m_units; return *this; }
    constexpr auto operator<=>(const Decimal &) const = default;

    /// |a - b| / |b| as a fraction, for drift checks. b == 0 gives 0 when a == 0, else 1.
    static double relativeDifference(Decimal a, Decimal b);

    static constexpr Raw unitsPerOne()
    {
        Raw r = 1;
        for (int i = 0; i < Scale; ++i)
            r *= 10;
        return r;
    }

private:
    Raw m_units = 0;
};
