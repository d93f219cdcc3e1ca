#pragma once

#include <bit>
#include <compare>
#include <concepts>
#include <cstdint>
#include <type_traits>

/// A signed 128-bit two's-complement integer made of two 64-bit words, for compilers
/// without `__int128` (MSVC). It behaves like `__int128` where that is defined: +, -
/// and * wrap; / and % truncate toward zero; the caller checks for overflow with
/// addOverflows() / mulOverflows(). Division by zero gives 0 instead of trapping.
///
/// Everything is constexpr and header-only so that Decimal's constants stay constants.
class PortableInt128
{
public:
    constexpr PortableInt128() = default;
    /// Implicit, like a built-in integer: `x * 10`, `x < 0`, `Raw(1) << 120`.
    template<std::integral T>
    constexpr PortableInt128(T v) // NOLINT(google-explicit-constructor)
        : m_lo(static_cast<std::uint64_t>(v))
        , m_hi(std::is_signed_v<T> && v < 0 ? ~std::uint64_t(0) : 0)
    {
    }

    static constexpr PortableInt128 fromWords(std::uint64_t hi, std::uint64_t lo)
    {
        PortableInt128 r;
        r.m_hi = hi;
        r.m_lo = lo;
        return r;
    }
    static constexpr PortableInt128 max() { return fromWords(~std::uint64_t(0) >> 1, ~std::uint64_t(0)); }
    static constexpr PortableInt128 min() { return fromWords(std::uint64_t(1) << 63, 0); }

    constexpr std::uint64_t high() const { return m_hi; }
    constexpr std::uint64_t low() const { return m_lo; }
    constexpr bool isNegative() const { return (m_hi >> 63) != 0; }

    /// Integers truncate modulo 2^bits as a built-in conversion does; floating point is
    /// the nearest value within an ulp (used for charts only).
    template<typename T>
        requires std::is_arithmetic_v<T>
    explicit constexpr operator T() const
    {
        if constexpr (std::is_same_v<T, bool>) {
            return (m_lo | m_hi) != 0;
        } else if constexpr (std::is_integral_v<T>) {
            return static_cast<T>(m_lo);
        } else {
            const PortableInt128 mag = isNegative() ? -*this : *this;
            const T value = static_cast<T>(mag.m_hi) * static_cast<T>(18446744073709551616.0) + static_cast<T>(mag.m_lo);
            return isNegative() ? -value : value;
        }
    }

    friend constexpr PortableInt128 operator+(PortableInt128 a, PortableInt128 b)
    {
        const std::uint64_t lo = a.m_lo + b.m_lo;
        return fromWords(a.m_hi + b.m_hi + (lo < a.m_lo ? 1 : 0), lo);
    }
    friend constexpr PortableInt128 operator-(PortableInt128 a, PortableInt128 b)
    {
        return fromWords(a.m_hi - b.m_hi - (a.m_lo < b.m_lo ? 1 : 0), a.m_lo - b.m_lo);
    }
    friend constexpr PortableInt128 operator-(PortableInt128 a) { return PortableInt128() - a; }
    friend constexpr PortableInt128 operator+(PortableInt128 a) { return a; }
    friend constexpr PortableInt128 operator*(PortableInt128 a, PortableInt128 b)
    {
        // The low 128 bits of a product are the same for signed and unsigned operands.
        const Words p = mul64(a.m_lo, b.m_lo);
        return fromWords(p.hi + a.m_lo * b.m_hi + a.m_hi * b.m_lo, p.lo);
    }
    friend constexpr PortableInt128 operator/(PortableInt128 a, PortableInt128 b) { return divide(a, b, false); }
    friend constexpr PortableInt128 operator%(PortableInt128 a, PortableInt128 b) { return divide(a, b, true); }
    friend constexpr PortableInt128 operator<<(PortableInt128 a, int s)
    {
        if (s <= 0)
            return a;
        if (s >= 128)
            return {};
        if (s >= 64)
            return fromWords(a.m_lo << (s - 64), 0);
        return fromWords((a.m_hi << s) | (a.m_lo >> (64 - s)), a.m_lo << s);
    }
    /// Arithmetic (sign-filling) shift, as for a signed built-in.
    friend constexpr PortableInt128 operator>>(PortableInt128 a, int s)
    {
        const std::uint64_t fill = a.isNegative() ? ~std::uint64_t(0) : 0;
        if (s <= 0)
            return a;
        if (s >= 128)
            return fromWords(fill, fill);
        if (s >= 64)
            return fromWords(fill, s == 64 ? a.m_hi : (a.m_hi >> (s - 64)) | (fill << (128 - s)));
        return fromWords((a.m_hi >> s) | (fill << (64 - s)), (a.m_lo >> s) | (a.m_hi << (64 - s)));
    }

    constexpr PortableInt128 &operator+=(PortableInt128 o) { return *this = *this + o; }
    constexpr PortableInt128 &operator-=(PortableInt128 o) { return *this = *this - o; }
    constexpr PortableInt128 &operator*=(PortableInt128 o) { return *this = *this * o; }
    constexpr PortableInt128 &operator/=(PortableInt128 o) { return *this = *this / o; }
    constexpr PortableInt128 &operator%=(PortableInt128 o) { return *this = *this % o; }
    constexpr PortableInt128 &operator<<=(int s) { return *this = *this << s; }
    constexpr PortableInt128 &operator>>=(int s) { return *this = *this >> s; }

    friend constexpr bool operator==(PortableInt128 a, PortableInt128 b) = default;
    friend constexpr std::strong_ordering operator<=>(PortableInt128 a, PortableInt128 b)
    {
        if (a.m_hi != b.m_hi)
            return static_cast<std::int64_t>(a.m_hi) <=> static_cast<std::int64_t>(b.m_hi);
        return a.m_lo <=> b.m_lo;
    }

    /// *out = a + b (wrapped); true when the exact sum does not fit.
    static constexpr bool addOverflows(PortableInt128 a, PortableInt128 b, PortableInt128 *out)
    {
        *out = a + b;
        return a.isNegative() == b.isNegative() && out->isNegative() != a.isNegative();
    }
    /// *out = a * b (wrapped); true when the exact product does not fit.
    static constexpr bool mulOverflows(PortableInt128 a, PortableInt128 b, PortableInt128 *out)
    {
        *out = a * b;
        const bool negative = a.isNegative() != b.isNegative();
        const Words x = magnitude(a);
        const Words y = magnitude(b);
        if (x.hi != 0 && y.hi != 0)
            return true;
        Words p = mul64(x.lo, y.lo);
        const std::uint64_t big = x.hi != 0 ? x.hi : y.hi; // at most one high word is set
        const std::uint64_t other = x.hi != 0 ? y.lo : x.lo;
        const Words cross = mul64(big, other);
        if (cross.hi != 0)
            return true;
        p.hi += cross.lo;
        if (p.hi < cross.lo)
            return true;
        constexpr std::uint64_t signBit = std::uint64_t(1) << 63;
        // |result| may be 2^127 only when the result is negative.
        return negative ? (p.hi > signBit || (p.hi == signBit && p.lo != 0)) : p.hi >= signBit;
    }

private:
    struct Words
    {
        std::uint64_t hi = 0;
        std::uint64_t lo = 0;
    };

    // The full 128-bit product of two 64-bit words, from 32-bit halves.
    static constexpr Words mul64(std::uint64_t a, std::uint64_t b)
    {
        constexpr std::uint64_t mask = 0xffffffffu;
        const std::uint64_t a0 = a & mask, a1 = a >> 32, b0 = b & mask, b1 = b >> 32;
        const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
        const std::uint64_t mid = (p00 >> 32) + (p01 & mask) + (p10 & mask);
        return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (mid << 32) | (p00 & mask)};
    }
    static constexpr Words magnitude(PortableInt128 v)
    {
        const PortableInt128 m = v.isNegative() ? -v : v; // min() stays 2^127, read unsigned
        return {m.m_hi, m.m_lo};
    }
    static constexpr int leadingZeros(Words w)
    {
        return w.hi != 0 ? std::countl_zero(w.hi) : 64 + std::countl_zero(w.lo);
    }
    static constexpr bool lessThan(Words a, Words b) { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }
    static constexpr Words shiftLeft(Words w, int s)
    {
        const PortableInt128 v = fromWords(w.hi, w.lo) << s;
        return {v.m_hi, v.m_lo};
    }

    // Unsigned division of magnitudes: 64-bit words when they fit, 32-bit limbs for a
    // small divisor (the powers of ten and digit extraction Decimal does), else binary
    // long division.
    static constexpr void divModUnsigned(Words n, Words d, Words *q, Words *r)
    {
        if (d.hi == 0 && n.hi == 0) {
            *q = {0, n.lo / d.lo};
            *r = {0, n.lo % d.lo};
            return;
        }
        if (d.hi == 0 && d.lo <= 0xffffffffu) {
            const std::uint64_t limbs[4] = {n.hi >> 32, n.hi & 0xffffffffu, n.lo >> 32, n.lo & 0xffffffffu};
            std::uint64_t rem = 0;
            std::uint64_t out[4] = {};
            for (int i = 0; i < 4; ++i) {
                const std::uint64_t cur = (rem << 32) | limbs[i];
                out[i] = cur / d.lo;
                rem = cur % d.lo;
            }
            *q = {(out[0] << 32) | out[1], (out[2] << 32) | out[3]};
            *r = {0, rem};
            return;
        }
        if (lessThan(n, d)) {
            *q = {};
            *r = n;
            return;
        }
        const int shift = leadingZeros(d) - leadingZeros(n);
        Words divisor = shiftLeft(d, shift);
        Words quotient;
        for (int i = 0; i <= shift; ++i) {
            quotient = shiftLeft(quotient, 1);
            if (!lessThan(n, divisor)) {
                const PortableInt128 diff = fromWords(n.hi, n.lo) - fromWords(divisor.hi, divisor.lo);
                n = {diff.m_hi, diff.m_lo};
                quotient.lo |= 1;
            }
            divisor = {divisor.hi >> 1, (divisor.lo >> 1) | (divisor.hi << 63)};
        }
        *q = quotient;
        *r = n;
    }

    // The quotient (truncated toward zero) or the remainder (with the dividend's sign).
    static constexpr PortableInt128 divide(PortableInt128 a, PortableInt128 b, bool wantRemainder)
    {
        if (b == PortableInt128())
            return {};
        Words q, r;
        divModUnsigned(magnitude(a), magnitude(b), &q, &r);
        if (wantRemainder) {
            const PortableInt128 remainder = fromWords(r.hi, r.lo);
            return a.isNegative() ? -remainder : remainder;
        }
        const PortableInt128 quotient = fromWords(q.hi, q.lo);
        return a.isNegative() != b.isNegative() ? -quotient : quotient;
    }

    std::uint64_t m_lo = 0;
    std::uint64_t m_hi = 0;
};
