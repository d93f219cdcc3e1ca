// PortableInt128 (Decimal's units where the compiler has no __int128) against the
// compiler's own __int128, operation by operation, on edge values and seeded random ones.
#include "money/portableint128.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <vector>

#ifdef __SIZEOF_INT128__
__extension__ typedef __int128 Native;
__extension__ typedef unsigned __int128 NativeUnsigned;

namespace {

PortableInt128 toPortable(Native v)
{
    const auto u = NativeUnsigned(v);
    return PortableInt128::fromWords(std::uint64_t(u >> 64), std::uint64_t(u));
}

Native toNative(PortableInt128 v)
{
    return Native((NativeUnsigned(v.high()) << 64) | v.low());
}

QByteArray text(Native v)
{
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    NativeUnsigned u = negative ? NativeUnsigned(0) - NativeUnsigned(v) : NativeUnsigned(v);
    QByteArray out;
    while (u != 0) {
        out.prepend(char('0' + int(u % 10)));
        u /= 10;
    }
    return negative ? '-' + out : out;
}

// Edge values, small and 64-bit-sized ones (Decimal's usual range), and full-width random ones.
std::vector<Native> operands()
{
    const Native max = Native(~NativeUnsigned(0) >> 1);
    const Native min = -max - 1;
    std::vector<Native> v = {0, 1, -1, 2, -2, 7, -7, 10, -10, 1000000000000, -1000000000000,
                             Native(INT64_MAX), Native(INT64_MIN), Native(UINT64_MAX), -Native(UINT64_MAX),
                             Native(1) << 63, Native(1) << 64, -(Native(1) << 64), Native(0xffffffffu),
                             Native(0x100000000u), max, min, max - 1, min + 1, max / 10, min / 10};
    QRandomGenerator rng(20261201);
    for (int i = 0; i < 120; ++i) {
        const auto hi = rng.generate64();
        const auto lo = rng.generate64();
        switch (i % 4) {
        case 0: v.push_back(Native((NativeUnsigned(hi) << 64) | lo)); break;
        case 1: v.push_back(Native(qint64(lo))); break;
        case 2: v.push_back(Native(qint64(lo >> 33)) * (i % 8 == 2 ? 1 : -1)); break;
        default: v.push_back(Native((NativeUnsigned(hi >> (i % 60)) << 64) | lo)); break;
        }
    }
    return v;
}

} // namespace
#endif

class TestPortableInt128 final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void arithmeticMatchesNative();
    void divisionMatchesNative();
    void overflowChecksMatchNative();
    void shiftsAndConversions();
    void constantsAreConstexpr();
};

void TestPortableInt128::initTestCase()
{
#ifndef __SIZEOF_INT128__
    QSKIP("this compiler has no __int128 to compare with");
#endif
}

void TestPortableInt128::arithmeticMatchesNative()
{
#ifdef __SIZEOF_INT128__
    const std::vector<Native> v = operands();
    for (const Native a : v) {
        QCOMPARE(toNative(toPortable(a)), a);
        QCOMPARE(toNative(-toPortable(a)), Native(NativeUnsigned(0) - NativeUnsigned(a)));
        for (const Native b : v) {
            const PortableInt128 pa = toPortable(a), pb = toPortable(b);
            const QByteArray ctx = text(a) + " , " + text(b);
            // Wrapping semantics, computed unsigned so the reference itself is defined.
            QVERIFY2(toNative(pa + pb) == Native(NativeUnsigned(a) + NativeUnsigned(b)), ctx.constData());
            QVERIFY2(toNative(pa - pb) == Native(NativeUnsigned(a) - NativeUnsigned(b)), ctx.constData());
            QVERIFY2(toNative(pa * pb) == Native(NativeUnsigned(a) * NativeUnsigned(b)), ctx.constData());
            QVERIFY2((pa <=> pb) == (a <=> b), ctx.constData());
            QVERIFY2((pa == pb) == (a == b), ctx.constData());
        }
    }
#endif
}

void TestPortableInt128::divisionMatchesNative()
{
#ifdef __SIZEOF_INT128__
    const std::vector<Native> v = operands();
    const Native min = Native(NativeUnsigned(1) << 127);
    for (const Native a : v) {
        for (const Native b : v) {
            if (b == 0 || (a == min && b == -1)) // undefined for __int128
                continue;
            const QByteArray ctx = text(a) + " / " + text(b);
            QVERIFY2(toNative(toPortable(a) / toPortable(b)) == a / b, ctx.constData());
            QVERIFY2(toNative(toPortable(a) % toPortable(b)) == a % b, ctx.constData());
        }
    }
    QCOMPARE(toNative(toPortable(5) / PortableInt128()), Native(0));
#endif
}

void TestPortableInt128::overflowChecksMatchNative()
{
#ifdef __SIZEOF_INT128__
    const std::vector<Native> v = operands();
    int overflows = 0;
    for (const Native a : v) {
        for (const Native b : v) {
            const QByteArray ctx = text(a) + " , " + text(b);
            Native nr = 0;
            PortableInt128 pr;
            const bool nativeAdd = __builtin_add_overflow(a, b, &nr);
            QVERIFY2(PortableInt128::addOverflows(toPortable(a), toPortable(b), &pr) == nativeAdd, ctx.constData());
            QVERIFY2(toNative(pr) == nr, ctx.constData());
            const bool nativeMul = __builtin_mul_overflow(a, b, &nr);
            QVERIFY2(PortableInt128::mulOverflows(toPortable(a), toPortable(b), &pr) == nativeMul, ctx.constData());
            QVERIFY2(toNative(pr) == nr, ctx.constData());
            overflows += nativeMul ? 1 : 0;
        }
    }
    QVERIFY(overflows > 0); // the operands do reach the edges
    // Exactly at the edge: 2^126 * 2 overflows, -(2^126) * 2 is min() and does not.
    PortableInt128 r;
    QVERIFY(PortableInt128::mulOverflows(PortableInt128(1) << 126, 2, &r));
    QVERIFY(!PortableInt128::mulOverflows(-(PortableInt128(1) << 126), 2, &r));
    QCOMPARE(r, PortableInt128::min());
#endif
}

void TestPortableInt128::shiftsAndConversions()
{
#ifdef __SIZEOF_INT128__
    const std::vector<Native> v = operands();
    for (const Native a : v) {
        for (int s : {0, 1, 31, 32, 63, 64, 65, 100, 127}) {
            QCOMPARE(toNative(toPortable(a) << s), Native(NativeUnsigned(a) << s));
            QCOMPARE(toNative(toPortable(a) >> s), a >> s);
        }
        QCOMPARE(qint64(toPortable(a)), qint64(a));
        QCOMPARE(int(toPortable(a)), int(a));
        QCOMPARE(bool(toPortable(a)), a != 0);
        const double expected = double(a);
        const double got = double(toPortable(a));
        QVERIFY2(std::abs(got - expected) <= std::abs(expected) * 1e-15, text(a).constData());
    }
    QCOMPARE(toNative(PortableInt128(-1)), Native(-1));
    QCOMPARE(toNative(PortableInt128(std::uint64_t(UINT64_MAX))), Native(UINT64_MAX));
#endif
}

void TestPortableInt128::constantsAreConstexpr()
{
    constexpr PortableInt128 trillion = PortableInt128(1000000) * 1000000;
    static_assert(trillion / 1000 == 1000000000);
    static_assert((PortableInt128(1) << 120) > trillion);
    static_assert(-trillion % 7 == -(1000000000000 % 7));
    QCOMPARE(qint64(trillion), qint64(1000000000000));
}

QTEST_APPLESS_MAIN(TestPortableInt128)
#include "tst_portableint128.moc"
