// Decimal's arithmetic on __int128 against PortableInt128 (the MSVC path), same workload:
// price × tokens accumulated with overflow checks, rounding to cents (division by a power of
// ten) and digit extraction as toString() does. Prints ns per operation and the ratio.
#include "money/portableint128.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <vector>

#ifdef __SIZEOF_INT128__
__extension__ typedef __int128 Native;

namespace {

bool mulOverflows(Native a, Native b, Native *r) { return __builtin_mul_overflow(a, b, r); }
bool addOverflows(Native a, Native b, Native *r) { return __builtin_add_overflow(a, b, r); }
bool mulOverflows(PortableInt128 a, PortableInt128 b, PortableInt128 *r) { return PortableInt128::mulOverflows(a, b, r); }
bool addOverflows(PortableInt128 a, PortableInt128 b, PortableInt128 *r) { return PortableInt128::addOverflows(a, b, r); }

struct Row
{
    std::int64_t priceUnits; // per-token price in 1e-12 USD
    std::int64_t tokens;
};

// One pass: 3 checked operations, a rounding division and ~12 digit divisions per row.
template<typename T>
std::int64_t pass(const std::vector<Row> &rows, int *operations)
{
    T total = 0;
    std::int64_t digits = 0;
    const T cent = T(10000000000); // 1e-2 in units of 1e-12
    for (const Row &row : rows) {
        T cost;
        if (mulOverflows(T(row.priceUnits), T(row.tokens), &cost))
            continue;
        T sum;
        if (addOverflows(total, cost, &sum))
            continue;
        total = sum;
        T rounded = (cost + cent / 2) / cent; // rounding to cents
        for (T v = rounded; v > 0; v /= 10)   // toString()'s digit loop
            digits += std::int64_t(v % 10);
        *operations += 4;
    }
    return digits + std::int64_t(total % 1000);
}

template<typename T>
double nsPerOperation(const std::vector<Row> &rows, std::int64_t *check)
{
    int operations = 0;
    QElapsedTimer timer;
    timer.start();
    for (int repeat = 0; repeat < 20; ++repeat)
        *check += pass<T>(rows, &operations);
    return double(timer.nsecsElapsed()) / operations;
}

} // namespace
#endif

int main()
{
#ifndef __SIZEOF_INT128__
    std::puts("no __int128 on this compiler: nothing to compare against");
    return 0;
#else
    QRandomGenerator rng(42);
    // Typical: costs that fit 64 bits of units (under $9.2M). Wide: products past 2^64 units,
    // where the portable division takes its slow (binary long division) path.
    std::vector<Row> typical(200000), wide(200000);
    for (Row &r : typical)
        r = {std::int64_t(rng.bounded(100000000)) + 1, std::int64_t(rng.bounded(2000000))};
    for (Row &r : wide)
        r = {std::int64_t(rng.generate64() % 1000000000000) + 1, std::int64_t(rng.generate64() % 1000000000000)};
    bool same = true;
    for (const auto &[name, rows] : {std::pair{"typical", &typical}, std::pair{"wide", &wide}}) {
        std::int64_t checkNative = 0, checkPortable = 0;
        nsPerOperation<Native>(*rows, &checkNative); // warm-up
        nsPerOperation<PortableInt128>(*rows, &checkPortable);
        checkNative = checkPortable = 0;
        double native = 0, portable = 0;
        for (int round = 0; round < 3; ++round) {
            native += nsPerOperation<Native>(*rows, &checkNative);
            portable += nsPerOperation<PortableInt128>(*rows, &checkPortable);
        }
        same = same && checkNative == checkPortable;
        std::printf("%-8s rows %zu, same result: %s; native __int128 %.2f ns/op, PortableInt128 %.2f ns/op, "
                    "portable/native %.2fx\n",
                    name, rows->size(), checkNative == checkPortable ? "yes" : "NO", native / 3, portable / 3,
                    portable / native);
    }
    return same ? 0 : 1;
#endif
}
