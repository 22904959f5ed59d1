#!/usr/bin/env bash
# bench_diff.sh — `skopos diff` against reading both files (`skopos untrusted A`
# then `skopos untrusted B`), wall time and peak RSS. Issue 24's goal: a diff
# takes at most twice reading both. Prints figures; not a test.
#
# usage: bench/bench_diff.sh [SKOPOS_BINARY]
#   SKOPOS     binary when no argument is given (default build/skopos-cli)
#   PYTHON     interpreter with scikit-learn, numpy (default /usr/bin/python3)
#   SKOPS_SRC  skops checkout for writing the .skops inputs (default $SKOPOS_SKOPS_SRC, else ../shared/skops)
#   SCRATCH    where the models are written (default /tmp/skopos-bench-diff; ~400 MB)
#   RUNS       runs per measurement, best time and worst peak RSS reported (default 3)
# Pairs:
#   forest same      300-tree RandomForest: forest.skops vs forest.p4.pkl (same model: every array compared)
#   forest rs 0/1    forest.skops vs forest-rs1.skops (random_state 0 vs 1: every tree differs)
#   vocab            400,000-term TfidfVectorizer: vocab.skops vs vocab.p4.pkl (same model)
#   800 MB arrays    (BIG=1 only; 1.6 GB of scratch) {"w": 100,000,000 float64} as two pickles,
#                    3 elements changed: the issue's bounded-memory goal, two 800 MB arrays in <= 64 MB
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
SKOPOS=${1:-${SKOPOS:-$root/build/skopos-cli}}
PYTHON=${PYTHON:-/usr/bin/python3}
SKOPS_SRC=${SKOPS_SRC:-${SKOPOS_SKOPS_SRC:-$root/../shared/skops}}
SCRATCH=${SCRATCH:-/tmp/skopos-bench-diff}
RUNS=${RUNS:-3}
[[ -x "$SKOPOS" ]] || { echo "error: skopos binary '$SKOPOS' not found" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time (GNU time) is needed" >&2; exit 2; }
mkdir -p "$SCRATCH"

PYTHONPATH="$SKOPS_SRC" "$PYTHON" "$root/bench/make_models.py" "$SCRATCH"
PYTHONPATH="$SKOPS_SRC" SCRATCH="$SCRATCH" "$PYTHON" - <<'PY'
import os, pickle
out = os.environ["SCRATCH"]
if not os.path.exists(os.path.join(out, "forest.p4.pkl")) or not os.path.exists(os.path.join(out, "forest-rs1.skops")):
    import skops.io as sio
    from sklearn.datasets import make_classification
    from sklearn.ensemble import RandomForestClassifier
    X, y = make_classification(n_samples=30000, n_features=20, random_state=0)
    # The same forest make_models.py writes as forest.skops, now as a pickle,
    # and its twin grown from another seed.
    f0 = RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=-1).fit(X, y)
    with open(os.path.join(out, "forest.p4.pkl"), "wb") as f:
        pickle.dump(f0, f, protocol=4)
    f1 = RandomForestClassifier(n_estimators=300, random_state=1, n_jobs=-1).fit(X, y)
    sio.dump(f1, os.path.join(out, "forest-rs1.skops"))
PY
if [[ "${BIG:-0}" == 1 ]]; then
    SCRATCH="$SCRATCH" "$PYTHON" - <<'PY'
import os, pickle
import numpy as np
out = os.environ["SCRATCH"]
if not os.path.exists(os.path.join(out, "big-b.p4.pkl")):
    a = np.random.default_rng(0).standard_normal(100_000_000)
    with open(os.path.join(out, "big-a.p4.pkl"), "wb") as f:
        pickle.dump({"w": a}, f, protocol=4)
    a[[5, 50_000_000, 99_999_999]] += [0.5, -0.0125, 3.0]
    with open(os.path.join(out, "big-b.p4.pkl"), "wb") as f:
        pickle.dump({"w": a}, f, protocol=4)
PY
fi

# best wall seconds, best CPU seconds (user+sys) and worst peak RSS (MB) of
# RUNS runs of "$@" (exit 0/1/4 accepted)
measure() {
    local best="" cpu="" rss=0 t u s m c
    for ((i = 0; i < RUNS; i++)); do
        /usr/bin/time -f "%e %U %S %M" -o "$SCRATCH/time.txt" "$@" >/dev/null 2>&1 || true
        read -r t u s m < <(tail -n 1 "$SCRATCH/time.txt") # GNU time first says a non-zero exit
        c=$(awk "BEGIN{print $u + $s}")
        if [[ -z "$best" ]] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
        if [[ -z "$cpu" ]] || awk "BEGIN{exit !($c < $cpu)}"; then cpu=$c; fi
        if ((m > rss)); then rss=$m; fi
    done
    echo "$best $cpu $((rss / 1024))"
}

# Judge the ratio on CPU time when the machine is shared (wall time stretches).
printf "%-15s %11s %11s %11s %11s %8s %8s %9s\n" pair read-wall diff-wall read-cpu diff-cpu read-MB diff-MB cpu-ratio
run_pair() {
    local name=$1 a=$SCRATCH/$2 b=$SCRATCH/$3
    read -r ta ca ma < <(measure "$SKOPOS" untrusted "$a")
    read -r tb cb mb < <(measure "$SKOPOS" untrusted "$b")
    read -r td cd md < <(measure "$SKOPOS" diff "$a" "$b")
    local both cboth ratio
    both=$(awk "BEGIN{print $ta + $tb}")
    cboth=$(awk "BEGIN{print $ca + $cb}")
    ratio=$(awk "BEGIN{printf \"%.2f\", $cd / ($cboth > 0 ? $cboth : 0.01)}")
    printf "%-15s %10ss %10ss %10ss %10ss %8s %8s %9s\n" "$name" "$both" "$td" "$cboth" "$cd" \
        "$((ma > mb ? ma : mb))" "$md" "$ratio"
    { "$SKOPOS" diff "$a" "$b" 2>/dev/null || true; } | tail -n 3 | sed 's/^/    /'
}
run_pair "forest same" forest.skops forest.p4.pkl
run_pair "forest rs 0/1" forest.skops forest-rs1.skops
run_pair "vocab 400k" vocab.skops vocab.p4.pkl
if [[ "${BIG:-0}" == 1 ]]; then run_pair "800 MB arrays" big-a.p4.pkl big-b.p4.pkl; fi
