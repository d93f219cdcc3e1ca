#!/usr/bin/env bash
# Builds the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (CMake
# preset `asan`: Debug -O1, -fno-sanitize-recover=all, no benchmarks) and runs it with ctest.
# Any sanitizer report fails its test. Leaks are detected; tools/lsan.supp suppresses only
# leaks inside third-party libraries (fontconfig, the X/GL stack Qt loads) that TierBench
# cannot free, never TierBench's own code.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
# TIERBENCH_ASAN_PRESET=asan-clang: the same with clang and -Werror (CMakePresets.json).
preset=${TIERBENCH_ASAN_PRESET:-asan}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tools/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --preset "$preset" "$@"
