#!/usr/bin/env bash
# bench_million.sh — issue 28's table in one run: archives of N shape-() npy
# members (a TfidfVectorizer's numpy.int64 vocabulary, as skops writes it) and
# the same vectorizer pickled (protocol 4), for N = 100k, 200k, 400k, 800k.
# Prints figures; not a test (speed is shown by bench/, never by timed tests).
#
# usage: bench/bench_million.sh [--quick] [--no-python] [BUILD_DIR]   (default build/)
#   --quick      N = 100k and 200k only (for iterating)
#   --no-python  skip the Python columns (skops' get_untrusted_types takes ~30 s and 2.3 GB at 800k)
#   SCRATCH      where bench/make_million.py writes the files (default /tmp/skopos-million)
#   SKOPS_SRC    skops checkout put on PYTHONPATH (default /work/shared/skops); never vendored
#   PYTHON       interpreter with numpy, scipy, scikit-learn 1.2.1 (default /usr/bin/python3)
#   RUNS         runs per row below 400k (default 3; best wall and CPU, worst peak); 1 run from 400k on
#   CHECK_N      N of the layout check against real skops (default 2000; 0 skips it)
#
# Rows: untrusted of the skops file and of the pickle (in-process reading),
# scan --jsonl of the skops file (through the confined reader helper),
# convert of the pickle to skops, the window painted (gui_paint_time, if
# built) for both files; beside them Python skops' get_untrusted_types and
# CPython's pickle.load (sklearn imported) on the same files. "us/term" is
# CPU time per vocabulary term; the last lines give each row's slope: cost
# per term at the largest N over cost per term at the smallest.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
quick=0 python=1 build=""
for a in "$@"; do
    case $a in
    --quick) quick=1 ;;
    --no-python) python=0 ;;
    *) build=$a ;;
    esac
done
build=${build:-$root/build}
PYTHON=${PYTHON:-/usr/bin/python3}
SKOPS_SRC=${SKOPS_SRC:-/work/shared/skops}
SCRATCH=${SCRATCH:-/tmp/skopos-million}
RUNS=${RUNS:-3}
CHECK_N=${CHECK_N:-2000}
CLI=$build/skopos-cli
GUIBENCH=$build/bench/gui_paint_time
export SKOPOS_READER_PATH=$build/skopos-reader
ns=(100000 200000 400000 800000)
((quick)) && ns=(100000 200000)

[[ -x $CLI ]] || { echo "error: $CLI not built" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "error: GNU /usr/bin/time is needed" >&2; exit 2; }
mkdir -p "$SCRATCH"
if ((CHECK_N > 0)); then
    # The written layout is skops' own, and skops.io.load reads it.
    PYTHONPATH=$SKOPS_SRC "$PYTHON" "$root/bench/make_million.py" --check "$SCRATCH" "$CHECK_N" || exit 1
fi
"$PYTHON" "$root/bench/make_million.py" "$SCRATCH" "${ns[@]}"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run1 CMD...: one run under GNU time; sets W (wall s), C (user+sys s), M (peak KB), RC.
run1() {
    RC=0
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || RC=$?
    read -r W u s M < <(tail -n 1 "$tmp/time")
    C=$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u + s}')
}
# best RUNS CMD...: sets BW, BC (best wall, best CPU), BM (worst peak, MB).
best() {
    local runs=$1; shift
    BW="" BC="" BM=0
    for ((i = 0; i < runs; i++)); do
        rm -f "$tmp/converted.skops"
        run1 "$@"
        if ((RC != 0 && RC != 1 && RC != 4)); then
            echo "failed (exit $RC): $*" >&2; tail -5 "$tmp/err" >&2; BW=fail BC=fail BM=0; return
        fi
        if [[ -z $BW ]] || awk -v a="$W" -v b="$BW" 'BEGIN{exit !(a<b)}'; then BW=$W; fi
        if [[ -z $BC ]] || awk -v a="$C" -v b="$BC" 'BEGIN{exit !(a<b)}'; then BC=$C; fi
        ((M > BM)) && BM=$M
    done
    BM=$((BM / 1024))
}

pyskops='import json, sys, skops.io as sio
print(json.dumps(sorted(sio.get_untrusted_types(file=sys.argv[1]))))'
pyload='import pickle, sys
with open(sys.argv[1], "rb") as f:
    pickle.load(f)'
# pickle.load alone, as the issue timed it: modules imported first, then the
# CPU of the call and the memory it added (RSS after minus RSS before; the
# objects stay alive, as they would for a user who loaded them).
pyloadonly='import pickle, sys, time, resource
import numpy, scipy.sparse, sklearn.feature_extraction.text
def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20
before = rss_mb()
t = time.process_time()
with open(sys.argv[1], "rb") as f:
    obj = pickle.load(f)
t = time.process_time() - t
print("%.2f %.0f %.0f" % (t, rss_mb() - before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))'

declare -A cpu
printf '%-7s %-18s | %-22s %-8s | %-24s %s\n' N task "skopos wall/cpu/peak" "us/term" "python wall/cpu/peak" "python: what"
for n in "${ns[@]}"; do
    sk=$SCRATCH/million-$n.skops pk=$SCRATCH/million-$n.p4.pkl
    runs=$RUNS
    ((n >= 400000)) && runs=1
    row() { # TASK PYTHON_TEXT PYTHON_WHAT CMD...
        local task=$1 pyt=$2 what=$3; shift 3
        best "$runs" "$@"
        local per="-"
        [[ $BC != fail ]] && per=$(awk -v c="$BC" -v n="$n" 'BEGIN{printf "%.2f", c * 1e6 / n}')
        cpu[$task,$n]=$per
        printf '%-7s %-18s | %-22s %-8s | %-24s %s\n' "$n" "$task" "${BW}s/${BC}s/${BM}MB" "$per" "$pyt" "$what"
    }
    pyt="-" what="-"
    if ((python)); then
        run1 env PYTHONPATH="$SKOPS_SRC" "$PYTHON" -c "$pyskops" "$sk"
        cp "$tmp/out" "$tmp/py.json"
        pyt="${W}s/${C}s/$((M / 1024))MB" what="skops get_untrusted_types"
    fi
    row untrusted-skops "$pyt" "$what" "$CLI" untrusted --json "$sk"
    if ((python)); then
        cp "$tmp/out" "$tmp/sk.json"
        same=$("$PYTHON" -c 'import json,sys
a=sorted(json.load(open(sys.argv[1]))["untrusted"]); b=json.load(open(sys.argv[2]))
print("same" if a==b else "DIFFERENT: skopos %s python %s" % (a,b))' "$tmp/sk.json" "$tmp/py.json")
        printf '%-7s %-18s | untrusted list vs skops: %s\n' "$n" "" "$same"
        run1 "$PYTHON" -c "$pyloadonly" "$pk"
        read -r lc lm lp <"$tmp/out"
        alone="pickle.load alone ${lc}s CPU, +${lm}MB (process peak ${lp}MB)"
        run1 "$PYTHON" -c "$pyload" "$pk"
        pyt="${W}s/${C}s/$((M / 1024))MB" what="pickle.load process (with sklearn import); $alone"
    fi
    row untrusted-pickle "$pyt" "$what" "$CLI" untrusted --json "$pk"
    row scan-jsonl-skops - - "$CLI" scan --jsonl "$sk"
    row convert-pickle - - "$CLI" convert "$pk" -o "$tmp/converted.skops"
    # gui_paint_time prints "first-rows S" (a big skops file's outline painted)
    # and last the whole document's S, both since its start.
    guirow() {
        row "$@"
        local first whole
        first=$(awk '$1 == "first-rows" {print $2}' "$tmp/out")
        whole=$(tail -n 1 "$tmp/out")
        printf '%-7s %-18s | first rows painted at %ss, the whole document at %ss (last run)\n' "$n" "" "${first:--}" "${whole:--}"
    }
    if [[ -x $GUIBENCH ]]; then
        guirow window-skops - - env QT_QPA_PLATFORM=offscreen "$GUIBENCH" "$sk"
        guirow window-pickle - - env QT_QPA_PLATFORM=offscreen "$GUIBENCH" "$pk"
    fi
done
lo=${ns[0]} hi=${ns[-1]}
echo
echo "slope: CPU per term at N=$hi over CPU per term at N=$lo (goal <= 1.25)"
for task in untrusted-skops untrusted-pickle scan-jsonl-skops convert-pickle window-skops window-pickle; do
    a=${cpu[$task,$lo]:-} b=${cpu[$task,$hi]:-}
    [[ -z $a || -z $b || $a == - || $b == - ]] && continue
    printf '  %-18s %s\n' "$task" "$(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f (%s -> %s us/term)", b / a, a, b}')"
done
