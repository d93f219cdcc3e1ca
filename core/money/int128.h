#pragma once

#include "portableint128.h"

/// The 128-bit integer Decimal counts its units in: the compiler's `__int128` where it has
/// one (GCC, Clang), else PortableInt128 (MSVC). CMake's TIERBENCH_PORTABLE_DECIMAL forces the
/// portable one, so that CI builds and tests it on Linux too.
namespace WideInt {

#if defined(__SIZEOF_INT128__) && !defined(TIERBENCH_PORTABLE_DECIMAL)
#define TIERBENCH_NATIVE_INT128 1
__extension__ typedef __int128 Int128; // __extension__: ISO C++ has no 128-bit integer

/// *out = a + b; true when the exact sum does not fit.
inline bool addOverflows(Int128 a, Int128 b, Int128 *out) { return __builtin_add_overflow(a, b, out); }
/// *out = a * b; true when the exact product does not fit.
inline bool mulOverflows(Int128 a, Int128 b, Int128 *out) { return __builtin_mul_overflow(a, b, out); }
#else
using Int128 = PortableInt128;

inline constexpr bool addOverflows(Int128 a, Int128 b, Int128 *out) { return Int128::addOverflows(a, b, out); }
inline constexpr bool mulOverflows(Int128 a, Int128 b, Int128 *out) { return Int128::mulOverflows(a, b, out); }
#endif

/// "native __int128" or "portable (two 64-bit words)", for --version and benchmarks.
inline const char *implementationName()
{
#ifdef TIERBENCH_NATIVE_INT128
    return "native __int128";
#else
    return "portable (two 64-bit words)";
#endif
}

} // namespace WideInt
