#!/usr/bin/env bash
# bench_scan.sh — files per second of `skopos scan --jsonl` over a folder
# (default: the whole tests/data corpus, every format) with 1 thread and with
# every core, the 65 real-world files against the 1 s target, and picklescan
# on the same folders when its source is available. Prints figures; not a test
# (DEVELOPERS.md).
#
# usage: bench/bench_scan.sh [SKOPOS_BINARY]
#   SKOPOS       binary when no argument is given (default build/app/skopos)
#   DATA         folder to scan (default tests/data)
#   REALWORLD    the real-world folder (default tests/data/realworld, 65 models)
#   RUNS         runs per configuration, best wall time reported (default 3)
#   PICKLESCAN_SRC  picklescan's src/ folder (optional; e.g. a fetched checkout)
#   PYTHON       interpreter for picklescan (default /usr/bin/python3)
# Target (issue 13): the 65 real-world files in <= 1 s wall on 2 cores.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
SKOPOS=${1:-${SKOPOS:-$root/build/app/skopos}}
DATA=${DATA:-$root/tests/data}
REALWORLD=${REALWORLD:-$root/tests/data/realworld}
RUNS=${RUNS:-3}
PYTHON=${PYTHON:-/usr/bin/python3}
[[ -x "$SKOPOS" ]] || { echo "error: skopos binary '$SKOPOS' not found" >&2; exit 2; }
cores=$(nproc)
out=$(mktemp)

tfile=$(mktemp)
trap 'rm -f "$out" "$tfile"' EXIT
# best_of CMD...: sets $wall to the best wall seconds over RUNS runs (stdout of
# the command to $out) and $cpu to the CPU seconds (user+sys) of that run. This machine may
# be shared: CPU seconds say what the work costs, wall what it took.
cpu=0 wall=0
best_of() {
    local best="" t c
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %U %S" -o "$tfile" "$@" >"$out" 2>/dev/null || true
        read -r t u s < <(tail -n 1 "$tfile") || true
        c=$(echo "$u + $s" | bc -l)
        if [[ -z "$best" ]] || (( $(echo "$t < $best" | bc -l) )); then best=$t; cpu=$c; fi
    done
    wall=$best
}

report() { # label folder jobs
    local label=$1 dir=$2 jobs=$3 lines bytes c
    best_of "$SKOPOS" scan --jsonl --jobs "$jobs" "$dir"; c=$cpu
    lines=$(wc -l <"$out")
    bytes=$(du -sb "$dir" | cut -f1)
    printf '%-22s %2s thread(s) %6d files  wall %7.3f s  %8.1f files/s  %6.1f MB/s  cpu %7.3f s (%.1f ms/file)\n' \
        "$label" "$jobs" "$lines" "$wall" "$(echo "$lines / $wall" | bc -l)" "$(echo "$bytes / 1000000 / $wall" | bc -l)" \
        "$c" "$(echo "$c * 1000 / $lines" | bc -l)"
}

echo "skopos: $SKOPOS   cores: $cores   load: $(cut -d' ' -f1-3 /proc/loadavg)   best of $RUNS"
report "corpus ($(basename "$DATA"))" "$DATA" 1
report "corpus ($(basename "$DATA"))" "$DATA" "$cores"
report "real-world" "$REALWORLD" 1
report "real-world" "$REALWORLD" "$cores"
best_of "$SKOPOS" scan --jsonl --jobs "$cores" "$REALWORLD"; rw=$wall
n=$(wc -l <"$out")
if (( $(echo "$rw <= 1.0" | bc -l) )); then verdict=met; else verdict="NOT met"; fi
echo "target: $n real-world files in <= 1 s wall on $cores cores: $rw s ($verdict)"
# The slowest files (per-file ms from the JSON lines) say where the time goes.
{ "$SKOPOS" scan --jsonl --jobs 1 "$REALWORLD" 2>/dev/null || true; } | "$PYTHON" -c '
import json, sys
rows = sorted((json.loads(l) for l in sys.stdin), key=lambda d: -d["ms"])
total = sum(d["ms"] for d in rows)
print("per-file cost (1 thread): mean %.1f ms, median %.1f ms; slowest:" % (total / len(rows), rows[len(rows) // 2]["ms"]))
for d in rows[:3]:
    print("  %8.1f ms  %9d bytes  %-12s %s" % (d["ms"], d["size"], d["format"], d["path"].rsplit("/", 2)[-2]))
'

if [[ -n "${PICKLESCAN_SRC:-}" && -f "$PICKLESCAN_SRC/picklescan/__main__.py" ]]; then
    for dir in "$DATA" "$REALWORLD"; do
        best_of env PYTHONPATH="$PICKLESCAN_SRC" "$PYTHON" -m picklescan --path "$dir"; c=$cpu
        scanned=$(grep -o 'Scanned files: [0-9]*' "$out" | grep -o '[0-9]*' || echo 0)
        printf '%-22s %2s thread(s) %6d files  wall %7.3f s  %8.1f files/s              cpu %7.3f s  (by extension; no skops files)\n' \
            "picklescan $(basename "$dir")" 1 "$scanned" "$wall" "$(echo "$scanned / $wall" | bc -l)" "$c"
    done
else
    echo "picklescan: SKIP (set PICKLESCAN_SRC to picklescan's src/ folder)"
fi
