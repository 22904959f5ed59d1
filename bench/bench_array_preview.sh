#!/usr/bin/env bash
# bench_array_preview.sh — peak memory and time of scrolling the GUI's array
# preview through an 800 MB array (issue 10: stays under 64 MB). Prints
# figures; it is not a test (DEVELOPERS.md).
#
# usage: bench/bench_array_preview.sh [BUILD_DIR]
#   BUILD_DIR  where array_preview_scroll was built (default build)
#   SKOPS_SRC  skops checkout put on PYTHONPATH for the .skops file (default /tmp/skops;
#              without it only the pickle is measured)
#   PYTHON     interpreter with numpy (default /usr/bin/python3)
#   SCRATCH    where the files are written (default /tmp/skopos-bench; ~1.6 GB)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$root/build}
BIN=$BUILD/bench/array_preview_scroll
PYTHON=${PYTHON:-/usr/bin/python3}
SKOPS_SRC=${SKOPS_SRC:-/tmp/skops}
SCRATCH=${SCRATCH:-/tmp/skopos-bench}
[[ -x $BIN ]] || { echo "error: $BIN not built (cmake --build $BUILD --target array_preview_scroll)" >&2; exit 2; }
mkdir -p "$SCRATCH"

# 10,000 x 10,000 float64 = 800,000,000 bytes, as a pickle (bytes in the file)
# and, when skops is importable, a skops file (a zip member).
PYTHONPATH="$SKOPS_SRC${PYTHONPATH:+:$PYTHONPATH}" SCRATCH="$SCRATCH" "$PYTHON" - <<'PY'
import os, pickle
import numpy as np
out = os.environ["SCRATCH"]
a = np.arange(100_000_000, dtype=np.float64).reshape(10_000, 10_000)
p = os.path.join(out, "grid800mb.pkl")
if not os.path.exists(p):
    with open(p, "wb") as f:
        pickle.dump({"grid": a}, f, protocol=4)
s = os.path.join(out, "grid800mb.skops")
try:
    import skops.io as sio
    if not os.path.exists(s):
        sio.dump({"grid": a}, s)
except ImportError:
    print("skops not importable: only the pickle is measured")
PY

for f in grid800mb.pkl grid800mb.skops; do
    [[ -f $SCRATCH/$f ]] || continue
    echo "== $f"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} /usr/bin/time -f "process: %e s wall, %M KB peak RSS" \
        "$BIN" "$SCRATCH/$f"
done
