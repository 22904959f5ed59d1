#!/usr/bin/env bash
# bench_pickle.sh — wall time and peak RSS of `skopos untrusted FILE` on large
# pickle/joblib files, next to Python's own opcode walk (pickletools.genops)
# on the same file. Prints figures; not a test (DEVELOPERS.md).
#
# usage: bench/bench_pickle.sh [SKOPOS_BINARY]
#   SKOPOS   binary when no argument is given (default build/app/skopos)
#   PYTHON   interpreter with scikit-learn, numpy, joblib (default /usr/bin/python3)
#   SCRATCH  where the files are written (default /tmp/skopos-bench-pickle; ~1 GB)
#   RUNS     skopos runs per file, best one reported (default 3)
#   REGEN=1  rewrite the files even when they exist
# Targets (issue 3): 800 MB array <= 0.05 s, 61 MB forest <= 0.1 s.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
SKOPOS=${1:-${SKOPOS:-$root/build/app/skopos}}
PYTHON=${PYTHON:-/usr/bin/python3}
SCRATCH=${SCRATCH:-/tmp/skopos-bench-pickle}
RUNS=${RUNS:-3}
[[ -x "$SKOPOS" ]] || { echo "error: skopos binary '$SKOPOS' not found" >&2; exit 2; }
mkdir -p "$SCRATCH"

if [[ ! -f "$SCRATCH/forest.joblib.z" || -n "${REGEN:-}" ]]; then
    echo "writing benchmark files into $SCRATCH ..."
    "$PYTHON" - "$SCRATCH" <<'PY'
import pickle, sys, joblib, numpy as np
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
out = sys.argv[1]
# 800 MB: one float64 array of 10^8 elements (protocol 4: one BINBYTES8 payload).
with open(f"{out}/array800mb.pkl", "wb") as f:
    pickle.dump(np.ones(100_000_000), f, protocol=4)
# A 300-tree forest, sized to about 61 MB as a protocol-4 pickle.
X, y = make_classification(n_samples=30000, n_features=20, random_state=0)
rf = RandomForestClassifier(n_estimators=300, random_state=0).fit(X, y)
with open(f"{out}/forest.pkl", "wb") as f:
    pickle.dump(rf, f, protocol=4)
joblib.dump(rf, f"{out}/forest.joblib.z", compress=("zlib", 3))
PY
fi

measure() { # best wall time (s) and peak RSS (KB) over RUNS runs
    local best_t="" best_m=""
    for _ in $(seq "$RUNS"); do
        local line
        /usr/bin/time -f "%e %M" -o "$SCRATCH/.time" "$@" >/dev/null 2>&1 || true
        line=$(tail -1 "$SCRATCH/.time")
        local t=${line% *} m=${line#* }
        if [[ -z "$best_t" ]] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; best_m=$m; fi
    done
    echo "$best_t s, peak RSS $((best_m / 1024)) MB"
}

printf "%-20s %10s  %-34s %s\n" file size "skopos untrusted" "python3 pickletools.genops"
for f in array800mb.pkl forest.pkl forest.joblib.z; do
    p="$SCRATCH/$f"
    size=$(du -h "$p" | cut -f1)
    ours=$(measure "$SKOPOS" untrusted "$p")
    if [[ $f == *.pkl ]]; then
        theirs=$(measure "$PYTHON" -c "import pickletools,sys; [0 for _ in pickletools.genops(open(sys.argv[1],'rb'))]" "$p")
    else
        theirs="n/a (compressed joblib)"
    fi
    printf "%-20s %10s  %-34s %s\n" "$f" "$size" "$ours" "$theirs"
done
