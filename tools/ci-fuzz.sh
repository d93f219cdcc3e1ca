#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`: clang, -fsanitize=fuzzer,address,undefined)
# and runs each for FUZZ_SECONDS (default 20) on its corpus: tests/fuzz/corpus/<target>/ (seeds
# from tests/fixtures and kept regression inputs, read only) plus build-fuzz/corpus/<target>/
# (what this run finds). Any crash, leak, sanitizer report or timeout fails the script; the
# input that caused it is left in build-fuzz/artifacts/.
# A long local run, as docs/bad-input.md describes: FUZZ_SECONDS=1800 bash tools/ci-fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
seconds="${FUZZ_SECONDS:-20}"

for p in clang libclang-rt-14-dev; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
        break
    fi
done

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

mkdir -p build-fuzz/artifacts
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
for dir in tests/fuzz/corpus/*/; do
    target=$(basename "$dir")
    [ -x "build-fuzz/fuzz/$target" ] || { echo "missing fuzz target $target" >&2; failed+=("$target"); continue; }
    mkdir -p "build-fuzz/corpus/$target"
    echo "== $target: ${seconds}s"
    if ! "build-fuzz/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
            -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$target-" \
            "build-fuzz/corpus/$target" "$dir" > "build-fuzz/$target.log" 2>&1; then
        tail -40 "build-fuzz/$target.log" >&2
        failed+=("$target")
    else
        grep -E "^stat::number_of_executed_units|^Done" "build-fuzz/$target.log" | tr '\n' ' '; echo
    fi
done
total=$(ls -d tests/fuzz/corpus/*/ | wc -l)
echo "fuzz: $((total - ${#failed[@]})) passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
