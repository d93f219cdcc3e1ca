#!/usr/bin/env bash
# Decimal's portable 128-bit path (PortableInt128, what MSVC gets), built with Clang and
# warnings as errors (the main build is GCC): -DTIERBENCH_PORTABLE_DECIMAL=ON in a small
# separate build tree, only the targets that exercise it, then their tests.
# Usage: tools/ci-portable-decimal.sh [ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
tests=(tst_decimal tst_cost tst_portableint128 tst_budgetmanager)
cmake -S . -B build-portable -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DTIERBENCH_WARNINGS_AS_ERRORS=ON \
      -DTIERBENCH_PORTABLE_DECIMAL=ON -DTIERBENCH_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-portable --target "${tests[@]}"
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
ctest --test-dir build-portable -R "$regex" --output-on-failure "$@"
