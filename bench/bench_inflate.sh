#!/usr/bin/env bash
# bench_inflate.sh — `skopos untrusted` of a zlib joblib forest (~13 MB of
# zlib stream, ~61 MB inflated) with ISA-L's inflate (the default when built
# with it), with SKOPOS_INFLATE=zlib, and Python's zlib.decompress of the
# same stream alone (file already in memory), all in one run. Prints a
# table; not a test.
#
# usage: bench/bench_inflate.sh [SKOPOS_CLI_BINARY]
#   SKOPOS   binary when no argument is given (default build/skopos-cli, else build/app/skopos-cli)
#   PYTHON   interpreter with scikit-learn and joblib (default /usr/bin/python3)
#   SCRATCH  where the model is written (default /tmp/skopos-bench-inflate)
#   RUNS     runs of each, best time reported (default 5)
# Goal (issue 25): untrusted with ISA-L <= 0.45 x Python's zlib inflate time.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
default=$root/build/skopos-cli
[[ -x "$default" ]] || default=$root/build/app/skopos-cli
SKOPOS=${1:-${SKOPOS:-$default}}
PYTHON=${PYTHON:-/usr/bin/python3}
SCRATCH=${SCRATCH:-/tmp/skopos-bench-inflate}
RUNS=${RUNS:-5}
[[ -x "$SKOPOS" ]] || { echo "error: skopos binary '$SKOPOS' not found" >&2; exit 2; }
mkdir -p "$SCRATCH"
model=$SCRATCH/forest.joblib.z
"$PYTHON" "$root/bench/make_inflate_model.py" "$model"

SKOPOS="$SKOPOS" MODEL="$model" RUNS="$RUNS" "$PYTHON" - <<'PY'
import os, subprocess, time, zlib

skopos, model, runs = os.environ["SKOPOS"], os.environ["MODEL"], int(os.environ["RUNS"])
data = open(model, "rb").read()
inflated = len(zlib.decompress(data))

def untrusted(engine):
    env = dict(os.environ)
    env.pop("SKOPOS_INFLATE", None)
    if engine == "zlib":
        env["SKOPOS_INFLATE"] = "zlib"
    def run():
        r = subprocess.run([skopos, "untrusted", model], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        if r.returncode not in (0, 1):
            raise SystemExit(f"skopos untrusted failed ({r.returncode}): {r.stderr.decode()[-300:]}")
    return run

# joblib's .z file is one zlib stream from its first byte (compressor.py,
# BinaryZlibFile with wbits=15): Python's inflate of it, alone. The three are
# measured in turn, round after round, so a busy machine slows all alike.
runners = [lambda: zlib.decompress(data), untrusted("default"), untrusted("zlib")]
times = [[], [], []]
for _ in range(runs):
    for i, fn in enumerate(runners):
        t = time.perf_counter()
        fn()
        times[i].append(time.perf_counter() - t)
py, fast, slow = (min(t) for t in times)
print(f"model: {model}: {len(data) / 1e6:.1f} MB zlib stream, {inflated / 1e6:.1f} MB inflated; best of {runs}")
print(f"{'what':44} {'seconds':>8} {'x python':>9}")
for name, t in [("Python zlib.decompress (stream alone)", py),
                ("skopos untrusted (default: ISA-L if built)", fast),
                ("skopos untrusted, SKOPOS_INFLATE=zlib", slow)]:
    print(f"{name:44} {t:8.3f} {t / py:9.2f}")
print(f"goal: untrusted <= 0.45 x Python inflate: {'met' if fast <= 0.45 * py else 'NOT met'} ({fast / py:.2f})")
PY
