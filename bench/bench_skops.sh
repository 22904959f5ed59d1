#!/usr/bin/env bash
# bench_skops.sh — wall time and peak RSS of `skopos untrusted FILE` against
# skops' own `skops.io.get_untrusted_types(file=FILE)` on three large skops
# files. It prints figures; it is not a test (DEVELOPERS.md: speed is shown
# by bench/, never by timed unit tests).
#
# usage: bench/bench_skops.sh [SKOPOS_BINARY]
#   SKOPOS     binary when no argument is given (default build/app/skopos)
#   SKOPS_SRC  skops checkout put on PYTHONPATH (default /tmp/skops); never vendored
#   PYTHON     interpreter with scikit-learn 1.2.1, numpy, scipy (default /usr/bin/python3)
#   SCRATCH    where the models are written (default /tmp/skopos-bench; ~1 GB)
#   RUNS       skopos runs per file, best one reported (default 3)
#   REGEN=1    rewrite the models even when they exist
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
SKOPOS=${1:-${SKOPOS:-$root/build/app/skopos}}
PYTHON=${PYTHON:-/usr/bin/python3}
SKOPS_SRC=${SKOPS_SRC:-/tmp/skops}
SCRATCH=${SCRATCH:-/tmp/skopos-bench}
RUNS=${RUNS:-3}
export PYTHONPATH="$SKOPS_SRC${PYTHONPATH:+:$PYTHONPATH}"

if ! "$PYTHON" -c 'import skops.io' 2>/dev/null; then
    echo "SKIP: skops is not importable from $SKOPS_SRC with $PYTHON (set SKOPS_SRC to a skops checkout)"
    exit 0
fi
if [[ ! -x "$SKOPOS" ]]; then
    echo "error: skopos binary '$SKOPOS' not found (pass it as argument or set SKOPOS)" >&2
    exit 2
fi
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time (GNU time) is needed" >&2; exit 2; }
mkdir -p "$SCRATCH"

# --- models (written once; REGEN=1 rewrites) --------------------------------
# Seeds are fixed so reruns measure the same files.
REGEN=${REGEN:-0} SCRATCH="$SCRATCH" "$PYTHON" - <<'PY'
import os, sys, time
import numpy as np
import skops.io as sio

out = os.environ["SCRATCH"]
regen = os.environ.get("REGEN") == "1"

def make(name, build):
    path = os.path.join(out, name)
    if os.path.exists(path) and not regen:
        return
    t = time.time()
    obj = build()
    sio.dump(obj, path + ".tmp")
    os.replace(path + ".tmp", path)
    print(f"wrote {path} ({os.path.getsize(path) / 1e6:.1f} MB, {time.time() - t:.0f} s)", file=sys.stderr)

def forest():
    from sklearn.datasets import make_classification
    from sklearn.ensemble import RandomForestClassifier
    X, y = make_classification(n_samples=2000, n_features=20, random_state=0)
    return RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=-1).fit(X, y)

def tfidf():
    # 400,000 distinct two-letter-plus tokens spread over 4,000 documents, so
    # vocabulary_ has exactly 400,000 terms (default min_df/max_df keep all).
    from sklearn.feature_extraction.text import TfidfVectorizer
    n_terms, n_docs = 400_000, 4_000
    rng = np.random.default_rng(0)
    words = [f"w{i:06d}" for i in range(n_terms)]
    order = rng.permutation(n_terms)
    per = n_terms // n_docs
    docs = [" ".join(words[j] for j in order[d * per:(d + 1) * per]) for d in range(n_docs)]
    v = TfidfVectorizer().fit(docs)
    assert len(v.vocabulary_) == n_terms, len(v.vocabulary_)
    return v

def big():
    # one float64 array of exactly 800,000,000 bytes
    return {"weights": np.arange(100_000_000, dtype=np.float64)}

make("forest300.skops", forest)
make("tfidf400k.skops", tfidf)
make("array800mb.skops", big)
PY

# --- measuring -------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure OUT CMD...: runs CMD under GNU time; sets T (s), M (KB) and RC.
measure() {
    local out=$1; shift
    RC=0
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >"$out" 2>"$tmp/err" || RC=$?
    read -r T M < <(tail -n 1 "$tmp/time")
}

pyprog='import json, sys, skops.io as sio
print(json.dumps(sorted(sio.get_untrusted_types(file=sys.argv[1]))))'

printf '%-18s %9s | %9s %9s | %9s %9s | %7s | %-22s %s\n' \
    file size skopos_s skopos_MB python_s python_MB speedup target same_list
targets=("forest300.skops 0.10 -" "tfidf400k.skops 1.0 -" "array800mb.skops 0.05 32")
for entry in "${targets[@]}"; do
    read -r name tsec tmb <<<"$entry"
    f="$SCRATCH/$name"
    best_t="" best_m=""
    for ((i = 0; i < RUNS; i++)); do
        measure "$tmp/skopos.json" "$SKOPOS" untrusted --json "$f"
        if ((RC != 0 && RC != 1 && RC != 4)); then
            echo "skopos failed on $f (exit $RC):" >&2; cat "$tmp/err" "$tmp/skopos.json" >&2; exit 2
        fi
        if [[ -z $best_t ]] || awk -v a="$T" -v b="$best_t" 'BEGIN{exit !(a<b)}'; then best_t=$T; fi
        if [[ -z $best_m ]] || ((M > best_m)); then best_m=$M; fi   # worst peak
    done
    measure "$tmp/py.json" "$PYTHON" -c "$pyprog" "$f"
    if ((RC != 0)); then
        echo "python failed on $f (exit $RC):" >&2; cat "$tmp/err" >&2; exit 2
    fi
    py_t=$T py_m=$M
    # Same verdict? skopos' "untrusted" list against skops' own, both sorted.
    same=$("$PYTHON" -c 'import json,sys
a=sorted(json.load(open(sys.argv[1]))["untrusted"]); b=json.load(open(sys.argv[2]))
print("yes" if a==b else "NO: skopos %s python %s" % (a,b))' "$tmp/skopos.json" "$tmp/py.json")
    verdict=$(awk -v t="$best_t" -v tt="$tsec" -v m="$best_m" -v tm="$tmb" 'BEGIN{
        ok = (t <= tt); s = sprintf("<=%ss", tt);
        if (tm != "-") { ok = ok && (m/1024 <= tm); s = s sprintf(",<=%sMB", tm) }
        print s (ok ? " ok" : " MISSED") }')
    size=$(( $(stat -c %s "$f") / 1000000 ))
    printf '%-18s %7sMB | %9s %9.1f | %9s %9.1f | %6.1fx | %-22s %s\n' \
        "$name" "$size" "$best_t" "$(awk -v m="$best_m" 'BEGIN{print m/1024}')" \
        "$py_t" "$(awk -v m="$py_m" 'BEGIN{print m/1024}')" \
        "$(awk -v a="$py_t" -v b="$best_t" 'BEGIN{print (b > 0 ? a/b : 0)}')" "$verdict" "$same"
done
echo "skopos: best of $RUNS runs (worst peak RSS); python: one run of get_untrusted_types, whole process."
echo "/usr/bin/time %e resolves 0.01 s; size in MB (10^6 bytes), peak RSS (%M) in MiB."
