#!/bin/sh
# Runs one libFuzzer target for a while: scripts/fuzz.sh TARGET SECONDS
#   TARGET: fuzz_npy_header | fuzz_schema_json | fuzz_skops_file | fuzz_pickle | fuzz_convert | fuzz_joblib_stream
#           | pickle-oracle (below)
#
# scripts/fuzz.sh pickle-oracle SECONDS: the differential pickle test
# (tests/core/tst_pickle_oracle.cpp, tests/oracles/pickle_fuzz.py) with random
# seeds, 2000 cases a round, until SECONDS have passed. Uses the ordinary build
# (SKOPOS_BUILD, default build/). Disagreeing files are kept in
# tests/fuzz/crashes/pickle-oracle/seed-N/; the seed reproduces them:
#   SKOPOS_PICKLE_SEED=N build/tests/tst_pickle_oracle generated
# Builds build-fuzz (clang, ASan+UBSan, -fsanitize=fuzzer) if needed, seeds a
# corpus from real files (tests/data and ../shared/corpus), keeps crashes in
# tests/fuzz/crashes/TARGET/ (gitignored) and prints how many inputs ran.
# Limits: 2 GB RSS and 10 s per input, so a hang or a memory blow-up is a finding.
set -eu
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:-120}
root=$(cd "$(dirname "$0")/.." && pwd)

if [ "$target" = pickle-oracle ]; then
  build=${SKOPOS_BUILD:-$root/build}
  nice cmake --build "$build" --target tst_pickle_oracle -j2 >/dev/null || { echo "pickle-oracle: build failed" >&2; exit 2; }
  end=$(( $(date +%s) + seconds ))
  rounds=0; failed=0
  while [ "$(date +%s)" -lt "$end" ]; do
    seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
    keep="$root/tests/fuzz/crashes/pickle-oracle/seed-$seed"
    if ! SKOPOS_PICKLE_SEED=$seed SKOPOS_PICKLE_CASES=2000 SKOPOS_PICKLE_KEEP="$keep" \
        nice "$build/tests/tst_pickle_oracle" generated >"$build/pickle-oracle.log" 2>&1; then
      failed=$((failed + 1))
      grep -E "disagree|^QINFO.*: " "$build/pickle-oracle.log" | head -20
      echo "pickle-oracle: seed $seed disagrees (files in $keep)"
    fi
    rounds=$((rounds + 1))
  done
  echo "pickle-oracle: $rounds rounds of 2000 cases in ${seconds}s, $failed with disagreements"
  [ "$failed" -eq 0 ]
  exit
fi
build=${SKOPOS_FUZZ_BUILD:-$root/build-fuzz}

if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DSKOPOS_FUZZ=ON \
    -DSKOPOS_BUILD_UI=OFF -DSKOPOS_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
nice cmake --build "$build" --target "$target" -j2 >"$build/$target.build.log" 2>&1 ||
  { tail -20 "$build/$target.build.log"; echo "$target: build failed" >&2; exit 2; }
bin="$build/tests/fuzz/$target"

seeds="$build/seeds/$target"
corpus="$build/corpus/$target"
crashes="$root/tests/fuzz/crashes/$target"
mkdir -p "$seeds" "$corpus" "$crashes"
/usr/bin/python3 "$root/tests/fuzz/make_seeds.py" "$target" "$seeds" "$root/tests/data" "$root/../shared/corpus"

dict=""
[ -f "$root/tests/fuzz/$target.dict" ] && dict="-dict=$root/tests/fuzz/$target.dict"
log="$build/$target.log"
# -fork is not used: one process keeps the machine's two cores for others.
set +e
nice "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=262144 \
  -artifact_prefix="$crashes/" -print_final_stats=1 $dict "$corpus" "$seeds" >"$log" 2>&1
rc=$?
set -e
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
found=$(find "$crashes" -type f | wc -l)
echo "$target: ${execs:-?} executions in ${seconds}s (${rate:-?}/s), corpus $(ls "$corpus" | wc -l) files, $found crash file(s) in $crashes, exit $rc (log $log)"
[ "$rc" -eq 0 ] || { grep -m5 -E "ERROR|SUMMARY|==[0-9]+==|non-ReadError" "$log" || true; exit "$rc"; }
