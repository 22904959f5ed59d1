#!/usr/bin/env bash
# Parallel bz2 splitter against the plain decoder: wall time, CPU time and peak
# RSS of `skopos-cli untrusted` on
#   real.joblib.bz2   joblib.dump(compress="bz2") of a random float64 array
#                     (SIZE_MB of data, default 300), written once by Debian's python3
#   hostile.bz2       "BZh9", a block magic, then SIZE_MB of random bytes
#                     (issue 21: the splitter buffered it whole, ~830 MB)
# SKOPOS_BZ2_PARALLEL=1 / SKOPOS_BZ2_SEQUENTIAL=1 pick the decoder.
# Usage: bench/bench_bz2_memory.sh [SKOPOS_CLI]   (default build/skopos-cli)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CLI="${1:-$ROOT/build/skopos-cli}"
SCRATCH="${SCRATCH:-/tmp/skopos-bench-bz2}"
SIZE_MB="${SIZE_MB:-300}"
mkdir -p "$SCRATCH"
if [ ! -f "$SCRATCH/real-$SIZE_MB.joblib.bz2" ]; then
  /usr/bin/python3 - "$SCRATCH/real-$SIZE_MB.joblib.bz2" "$SIZE_MB" <<'PY'
import sys, joblib, numpy as np
a = np.random.default_rng(1).random((int(sys.argv[2]) << 20) // 8)
joblib.dump({"weights": a}, sys.argv[1], compress="bz2")
PY
fi
if [ ! -f "$SCRATCH/hostile-$SIZE_MB.bz2" ]; then
  { printf 'BZh9\x31\x41\x59\x26\x53\x59'; head -c "$((SIZE_MB << 20))" /dev/urandom; } > "$SCRATCH/hostile-$SIZE_MB.bz2"
fi
printf '%-26s %-10s %8s %8s %10s %s\n' file decoder wall_s cpu_s peak_MB exit
for f in "real-$SIZE_MB.joblib.bz2" "hostile-$SIZE_MB.bz2"; do
  for mode in PARALLEL SEQUENTIAL; do
    out=$(env "SKOPOS_BZ2_$mode=1" /usr/bin/time -f '%e %U %S %M %x' "$CLI" untrusted "$SCRATCH/$f" 2>&1 >/dev/null || true)
    read -r wall user sys kb rc <<<"$(tail -1 <<<"$out")"
    printf '%-26s %-10s %8s %8.2f %10d %s\n' "$f" "$mode" "$wall" "$(echo "$user + $sys" | bc)" "$((kb / 1024))" "$rc"
  done
done
