#!/bin/sh
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer
# (SKOPOS_SANITIZE=ON, UI included) in build-asan and runs the whole CTest
# suite there: tst_limits, tst_regressions and mutate_cli then exercise the
# hostile inputs under the sanitizers. Usage: scripts/sanitize.sh [ctest args]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SKOPOS_ASAN_BUILD:-$root/build-asan}
jobs=${SKOPOS_JOBS:-2}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSKOPOS_SANITIZE=ON -DSKOPOS_BUILD_UI=ON -DSKOPOS_BUILD_TESTS=ON >/dev/null
nice cmake --build "$build" -j"$jobs"
# Leaks in Qt's own statics are not ours; everything else stops the test.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 1800 "$@"
