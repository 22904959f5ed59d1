#!/usr/bin/python3
"""`skopos convert` of dicts keyed by numpy scalars (issue 20, item 7).

For every pickle/joblib file of tests/data/convert/numpy-keys (written by
scripts/make_numpy_key_fixtures.py): convert it with the real skopos binary
and compare the result's schema.json with NAME.ref.json (real skops.io.dump
of the same object, without __id__, member names and _skops_version). When
skops is importable, also load the result with skops.io.load and check that
the model's scores_ keys (type and value) and predict_proba on probe.npy are
those of the pickled model. float32_keys must be refused (exit 2).

Usage: [PYTHONPATH=<skops>] numpy_keys_oracle.py --skopos BIN --data DIR
Prints "N files, M failures" last; exit 1 on failures.
"""
import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import zipfile


def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k not in ("__id__", "_skops_version", "file")}
    if isinstance(o, list):
        return [strip(x) for x in o]
    return o


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--skopos", required=True)
    ap.add_argument("--data", required=True)
    a = ap.parse_args()
    d = os.path.join(a.data, "convert", "numpy-keys")
    try:
        import numpy as np
        import joblib
        import skops.io as sio
    except ImportError:
        sio = None
    files = sorted(f for f in os.listdir(d) if f.endswith(".pkl") or f.endswith(".joblib"))
    tmp = tempfile.mkdtemp(prefix="numpy-keys-")
    failures = 0
    for name in files:
        out = os.path.join(tmp, name + ".skops")
        p = subprocess.run([a.skopos, "convert", os.path.join(d, name), "-o", out], capture_output=True)
        if name.startswith("float32"):
            ok = p.returncode == 2 and b"numpy.float32" in p.stderr
            print(("ok   " if ok else "FAIL ") + name + " refused: " + p.stderr.decode(errors="replace").strip()[:160])
            failures += not ok
            continue
        if p.returncode not in (0, 1):
            print("FAIL %s: convert exit %d: %s" % (name, p.returncode, p.stderr.decode(errors="replace")[:300]))
            failures += 1
            continue
        with zipfile.ZipFile(out) as z:
            got = strip(json.loads(z.read("schema.json")))
        with open(os.path.join(d, name.split(".")[0] + ".ref.json")) as f:
            ref = json.load(f)
        why = "" if got == ref else "schema differs from skops.io.dump's"
        if not why and sio is not None:
            src = os.path.join(d, name)
            if name.endswith(".joblib"):
                m = joblib.load(src)
            else:
                with open(src, "rb") as f:
                    m = pickle.load(f)
            m2 = sio.load(out, trusted=sio.get_untrusted_types(file=out))
            probe = np.load(os.path.join(d, "probe.npy"))
            keys, keys2 = list(m.scores_), list(m2.scores_)
            if [(type(k), k) for k in keys] != [(type(k), k) for k in keys2]:
                why = "scores_ keys %r != %r" % (keys2, keys)
            elif not np.array_equal(m.predict_proba(probe), m2.predict_proba(probe)):
                why = "predict_proba differs"
        print(("ok   " if not why else "FAIL ") + name + (": " + why if why else ""))
        failures += bool(why)
    print("%d files, %d failures%s" % (len(files), failures, "" if sio else " (skops not importable: schemas only)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
