#!/usr/bin/env bash
# bench_reader.sh — GUI launch -> painted tree, the file read in-process
# (SKOPOS_READER=inprocess) vs in the confined reader helper (the default;
# core/sandbox/ReaderProcess.h), and `skopos scan` of many tiny files both ways.
# Prints figures; not a test.
#
# usage: bench/bench_reader.sh [FILE]   (default $SCRATCH/vocab.skops, written by make_models.py)
#   GUIBENCH  gui_paint_time (default build/bench/gui_paint_time)
#   CLI       skopos-cli (default build/skopos-cli)
#   RUNS      runs per row (default 5): best wall, best user+sys (children included), worst peak RSS
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
SCRATCH=${SCRATCH:-/tmp/skopos-bench}
FILE=${1:-$SCRATCH/vocab.skops}
GUIBENCH=${GUIBENCH:-$root/build/bench/gui_paint_time}
CLI=${CLI:-$root/build/skopos-cli}
RUNS=${RUNS:-5}
[[ -f "$FILE" ]] || { echo "error: $FILE missing (bench/make_models.py writes it)" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen

# row LABEL READER COMMAND...: best wall / best CPU / worst RSS over RUNS runs.
row() {
    local label=$1 reader=$2; shift 2
    local best_wall=999999 best_cpu=999999 rss=0 out
    for ((i = 0; i < RUNS; i++)); do
        out=$(SKOPOS_READER=$reader /usr/bin/time -f '%e %U %S %M' "$@" 2>&1 >/dev/null | tail -1)
        read -r wall user sys kb <<<"$out"
        best_wall=$(awk -v a="$best_wall" -v b="$wall" 'BEGIN{print (b<a)?b:a}')
        best_cpu=$(awk -v a="$best_cpu" -v b="$user" -v c="$sys" 'BEGIN{t=b+c; print (t<a)?t:a}')
        ((kb > rss)) && rss=$kb
    done
    printf '%-34s wall %6.2f s   user+sys %6.2f s   peak RSS %5d MB\n' "$label" "$best_wall" "$best_cpu" $((rss / 1024))
}

echo "file: $FILE ($(stat -c %s "$FILE") bytes), $RUNS runs each"
row "GUI painted, in-process" inprocess "$GUIBENCH" "$FILE"
row "GUI painted, reader helper" helper "$GUIBENCH" "$FILE"
tiny=$(mktemp -d)
trap 'rm -rf "$tiny"' EXIT
for i in $(seq 1 2000); do printf 'N.' >"$tiny/$i"; done
row "scan 2,000 tiny pickles, in-process" inprocess "$CLI" scan "$tiny"
row "scan 2,000 tiny pickles, helper" helper "$CLI" scan "$tiny"
