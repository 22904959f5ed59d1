#!/usr/bin/python3
"""Oracle for `skopos convert` (issue 9), run by tests/core/tst_convert_oracle.

For every fixture case (tests/data/pickle/fixtures/<case>/: model.p0..p5.pkl,
model.joblib*; tests/data/fixtures/<case>/model.skops written by real skops for
the same object), convert each pickle/joblib variant with the real `skopos`
binary, then

1. compare the result's schema.json with model.skops: the same tree once
   __id__ values, member file names and _skops_version are ignored, and the
   same array headers and bytes (.npy members byte for byte, .npz members
   array by array, .bin members byte for byte);
2. when real skops is importable (SKOPS_SRC or SKOPOS_SKOPS_SRC on the path),
   load the result with skops.io.load(trusted=expected.json "untrusted") and
   check that the model reproduces out.<method>.npy on probe.npy.

Exit status 0 when everything matched, 1 otherwise; prints one line per file.
Standard library + numpy only for step 1 (numpy, scikit-learn and scipy for step 2).
"""
import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile


def npy_info(data):
    """(header dict text, data bytes hash) of an .npy file, without numpy."""
    if data[:6] != b"\x93NUMPY":
        return ("not npy", hashlib.sha256(data).hexdigest())
    major = data[6]
    if major == 1:
        hlen = int.from_bytes(data[8:10], "little")
        start = 10
    else:
        hlen = int.from_bytes(data[8:12], "little")
        start = 12
    header = data[start:start + hlen].decode("latin1").strip()
    return (header, hashlib.sha256(data[start + hlen:]).hexdigest())


def member_digest(z, name):
    data = z.read(name)
    if name.endswith(".npy"):
        return ("npy",) + npy_info(data)
    if name.endswith(".npz"):
        inner = zipfile.ZipFile(io.BytesIO(data))
        return ("npz", tuple((n,) + npy_info(inner.read(n)) for n in inner.namelist()))
    return ("bin", hashlib.sha256(data).hexdigest())


def normalize(state, z):
    """The schema with ids and member names replaced by what they stand for."""
    if isinstance(state, dict):
        out = {}
        for k, v in state.items():
            if k in ("__id__", "_skops_version"):
                continue
            if k == "file" and isinstance(v, str):
                out[k] = member_digest(z, v)
            else:
                out[k] = normalize(v, z)
        return out
    if isinstance(state, list):
        return [normalize(v, z) for v in state]
    return state


def first_difference(a, b, path="root"):
    if type(a) != type(b):
        return f"{path}: {type(a).__name__} vs {type(b).__name__}: {str(a)[:200]} | {str(b)[:200]}"
    if isinstance(a, dict):
        if list(a.keys()) != list(b.keys()):
            return f"{path}: keys {list(a.keys())} vs {list(b.keys())}"
        for k in a:
            d = first_difference(a[k], b[k], f"{path}/{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}/{i}")
            if d:
                return d
        return None
    if a != b:
        return f"{path}: {str(a)[:200]!r} vs {str(b)[:200]!r}"
    return None


def shared_ids(state, found=None):
    """__id__ -> list of loaders, for the sharing check."""
    if found is None:
        found = {}
    if isinstance(state, dict):
        if "__id__" in state and "__loader__" in state:
            found.setdefault(state["__id__"], []).append(state["__loader__"])
        for v in state.values():
            shared_ids(v, found)
    elif isinstance(state, list):
        for v in state:
            shared_ids(v, found)
    return found


def variants(case_dir):
    names = sorted(os.listdir(case_dir))
    return [n for n in names if n.endswith(".pkl") or n.startswith("model.joblib")]


def skops_check(out_path, shared_case, expected):
    import numpy as np
    import skops.io as sio
    model = sio.load(out_path, trusted=expected.get("untrusted", []))
    outputs = expected.get("outputs", {})
    probe = os.path.join(shared_case, "probe.npy")
    if not outputs:
        return "loaded"
    X = np.load(probe, allow_pickle=False)
    for method, fname in outputs.items():
        want = np.load(os.path.join(shared_case, fname), allow_pickle=False)
        got = getattr(model, method)(X)
        if not np.array_equal(np.asarray(got), want):
            return f"{method} differs"
    return f"loaded, {len(outputs)} outputs match"


def old_skops_probe(obj):
    """Something a model computes, to compare two loads of it."""
    import numpy as np
    if isinstance(obj, dict):
        return {k: (v.random(3).tolist() if hasattr(v, "random") else repr(v)) for k, v in obj.items()}
    if hasattr(obj, "n_features_in_"):
        X = np.random.RandomState(0).rand(5, obj.n_features_in_)
        return (obj.predict(X) if hasattr(obj, "predict") else obj.transform(X)).tolist()
    return type(obj).__name__


def check_old_skops(args, tmp):
    """Every file of tests/data/old-skops converts, and current skops loads the
    result; where current skops also loads the original, both compute the same."""
    import skops.io as sio
    folder = os.path.join(args.data, "old-skops")
    failures = files = 0
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".skops")):
        files += 1
        src, out = os.path.join(folder, name), os.path.join(tmp, name)
        r = subprocess.run([args.skopos, "convert", src, "-o", out], capture_output=True, text=True)
        if r.returncode != 0:
            failures += 1
            print(f"FAIL old-skops/{name}: exit {r.returncode}: {r.stderr.strip()}")
            continue
        try:
            got = old_skops_probe(sio.load(out, trusted=r.stdout.split()))
        except Exception as e:
            failures += 1
            print(f"FAIL old-skops/{name}: skops.io.load: {type(e).__name__}: {e}")
            continue
        try:
            want = old_skops_probe(sio.load(src, trusted=sio.get_untrusted_types(file=src)))
        except Exception as e:
            print(f"ok   old-skops/{name}: loads (current skops cannot load the original: {type(e).__name__})")
            continue
        if got != want:
            failures += 1
            print(f"FAIL old-skops/{name}: computes {str(got)[:80]} where the original computes {str(want)[:80]}")
        else:
            print(f"ok   old-skops/{name}: loads and computes what the original does")
    print(f"{files} old skops files, {failures} failures")
    return failures == 0 and files > 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--skopos", required=True)
    ap.add_argument("--data", required=True, help="tests/data")
    ap.add_argument("--load", action="store_true", help="also load with real skops (must be importable)")
    ap.add_argument("--case", action="append", help="only these cases")
    ap.add_argument("--old-skops", action="store_true", help="check tests/data/old-skops instead (needs --load)")
    args = ap.parse_args()

    if args.load:
        src = os.environ.get("SKOPOS_SKOPS_SRC")
        if src:
            sys.path.insert(0, src)
        import skops.io  # noqa: F401  (fails loudly: the caller asked for it)

    if args.old_skops:
        with tempfile.TemporaryDirectory() as tmp:
            return 0 if check_old_skops(args, tmp) else 1

    pickles = os.path.join(args.data, "pickle", "fixtures")
    skops_dir = os.path.join(args.data, "fixtures")
    probes = os.path.join(args.data, "convert", "probes")
    cases = sorted(d for d in os.listdir(pickles) if os.path.isdir(os.path.join(pickles, d)))
    if args.case:
        cases = [c for c in cases if c in args.case]
    failures = files = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            ref_path = os.path.join(skops_dir, case, "model.skops")
            ref_zip = zipfile.ZipFile(ref_path)
            ref_schema = json.loads(ref_zip.read("schema.json"))
            ref = normalize(ref_schema, ref_zip)
            expected = json.load(open(os.path.join(skops_dir, case, "expected.json")))
            for v in variants(os.path.join(pickles, case)):
                files += 1
                out = os.path.join(tmp, f"{case}-{v}.skops")
                r = subprocess.run([args.skopos, "convert", os.path.join(pickles, case, v), "-o", out],
                                   capture_output=True, text=True)
                label = f"{case}/{v}"
                if r.returncode != 0:
                    failures += 1
                    print(f"FAIL {label}: exit {r.returncode}: {r.stderr.strip()}")
                    continue
                z = zipfile.ZipFile(out)
                schema = json.loads(z.read("schema.json"))
                if schema.get("protocol") != 2:
                    failures += 1
                    print(f"FAIL {label}: protocol {schema.get('protocol')}")
                    continue
                diff = first_difference(normalize(schema, z), ref)
                if diff:
                    failures += 1
                    print(f"FAIL {label}: schema differs at {diff}")
                    continue
                untrusted = sorted(r.stdout.split())
                if untrusted != sorted(expected["untrusted"]):
                    failures += 1
                    print(f"FAIL {label}: untrusted {untrusted} != {expected['untrusted']}")
                    continue
                note = "schema and arrays match"
                if args.load:
                    try:
                        note += "; " + skops_check(out, os.path.join(probes, case), expected)
                    except Exception as e:  # report, do not stop
                        failures += 1
                        print(f"FAIL {label}: skops.io.load: {type(e).__name__}: {e}")
                        continue
                print(f"ok   {label}: {note}")
                os.remove(out)
    print(f"{files} files in {len(cases)} cases, {failures} failures")
    return 1 if failures or files == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
