#!/usr/bin/python3
"""Writes tests/data/diff: pairs of model files for `skopos diff`, written by
real scikit-learn, pickle, joblib and skops, and for each pair the expected
result, computed here by walking the two *Python objects* (not the files).

usage: PYTHONPATH=/work/shared/skops /usr/bin/python3 scripts/make_diff_pairs.py

The walk below is the oracle: it aligns the objects the way Python holds
them (an estimator's attributes are the dict its __getstate__ returns, a
sklearn Tree is its __reduce__ arguments and state, lists by position, dicts
by key, lists of (name, step) tuples by name) and reports, per key path
joined by "/", a value, type, added, removed or array change. For arrays it
counts the differing elements with np.array_equal's equal_nan rule and takes
np.max(np.abs(a - b)) over the differing elements, in the arrays' dtype as
numpy computes it. The test (tests/core/tst_diff.cpp) runs `skopos-cli diff
--json` on every pair and compares with pairs.json.

Nothing is loaded from a file here. The dangerous pair holds the function
os.system as an attribute: pickle writes a reference to posix.system and
never calls it (loading that file would only import the name; Skopos never
loads it at all).
"""
import copy
import json
import os
import pickle
import sys
import zipfile

import joblib
import numpy as np
import skops.io as sio
from sklearn.datasets import make_classification
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler
from sklearn.tree._tree import Tree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "diff")
PAIRS = []


# --- the oracle walk ----------------------------------------------------------
def qualname(t):
    return f"{t.__module__}.{t.__qualname__}"


def class_of(x):
    """What `+ path: Class` names: the class, or a global's own name."""
    if isinstance(x, type) or type(x).__name__ in ("builtin_function_or_method", "function"):
        return f"{x.__module__}.{x.__qualname__}"
    return qualname(type(x))


def children(x):
    """The keys and values the walk compares, or None for a leaf."""
    if isinstance(x, Tree):
        _, args, state = x.__reduce__()
        items = [("args", args)] if args else []
        return items + list(state.items())
    if isinstance(x, dict):
        return [(str(k), v) for k, v in x.items()]
    if isinstance(x, (list, tuple)):
        return [(str(i), v) for i, v in enumerate(x)]
    if hasattr(x, "__getstate__") and hasattr(x, "__dict__") and not isinstance(x, type):
        state = x.__getstate__()
        if isinstance(state, dict):
            return list(state.items())
    return None


def step_names(x):
    if not isinstance(x, list) or not x:
        return None
    names = []
    for item in x:
        if not isinstance(item, tuple) or not item or not isinstance(item[0], str):
            return None
        names.append(item[0])
    return names if len(set(names)) == len(names) else None


def array_change(path, a, b):
    c = {"path": path, "change": "array", "shape_a": list(a.shape), "shape_b": list(b.shape),
         "dtype_a": str(a.dtype), "dtype_b": str(b.dtype)}
    if a.shape != b.shape or a.dtype != b.dtype:
        return c
    if a.dtype.kind in "fc":
        same = (a == b) | (np.isnan(a) & np.isnan(b))
    elif a.dtype.names:
        same = np.array([x.tobytes() == y.tobytes() for x, y in zip(a.ravel(), b.ravel())]).reshape(a.shape)
    else:
        same = a == b
    differing = int((~same).sum())
    if differing == 0:
        return None
    c["elements"] = int(a.size)
    c["differing"] = differing
    if a.dtype.kind in "iufc":
        m = np.max(np.abs(a[~same] - b[~same]))
        c["max_abs_diff"] = int(m) if a.dtype.kind in "iu" else float(m)
    else:
        c["max_abs_diff"] = None
    return c


def walk(a, b, path, out):
    if type(a) is not type(b):
        out.append({"path": path, "change": "type", "a": class_of(a), "b": class_of(b)})
        return
    if isinstance(a, np.ndarray):
        c = array_change(path, a, b)
        if c:
            out.append(c)
        return
    if isinstance(a, (np.generic, float)):
        if not (a == b or (np.isnan(a) and np.isnan(b))):
            out.append({"path": path, "change": "value", "a": repr(a), "b": repr(b)})
        return
    if isinstance(a, (int, str, bytes, bool, type(None))):
        if a != b:
            out.append({"path": path, "change": "value", "a": repr(a), "b": repr(b)})
        return
    ka, kb = children(a), children(b)
    if ka is None or kb is None:
        if class_of(a) != class_of(b):
            out.append({"path": path, "change": "type", "a": class_of(a), "b": class_of(b)})
        return
    join = (path + "/") if path else ""
    na, nb = step_names(a), step_names(b)
    if na and nb and na[:len(nb)] != nb[:len(na)]:
        for j, name in enumerate(nb):
            if name in na:
                walk(a[na.index(name)], b[j], join + str(j), out)
            else:
                out.append({"path": join + str(j), "change": "added", "b": class_of(b[j])})
        for i, name in enumerate(na):
            if name not in nb:
                out.append({"path": join + str(i), "change": "removed", "a": class_of(a[i])})
        return
    db = dict(kb)
    keys_a = [k for k, _ in ka]
    for k, v in ka:
        if k in db:
            walk(v, db[k], join + k, out)
        else:
            out.append({"path": join + k, "change": "removed", "a": class_of(v)})
    for k, v in kb:
        if k not in set(keys_a):
            out.append({"path": join + k, "change": "added", "b": class_of(v)})


# --- writers -----------------------------------------------------------------
def write(name, obj, how):
    path = os.path.join(OUT, name)
    if how == "skops":
        sio.dump(obj, path)
    elif how == "skops-deflated":
        sio.dump(obj, path, compression=zipfile.ZIP_DEFLATED)
    elif how.startswith("joblib"):
        joblib.dump(obj, path, compress=("zlib", 3) if how == "joblib.z" else 0)
    else:
        with open(path, "wb") as f:
            pickle.dump(obj, f, protocol=int(how[1:]))
    return name


def pair(name, a_obj, a_file, b_obj, b_file, exit_code, why, dangerous_added=()):
    changes = []
    walk(a_obj, b_obj, "", changes)
    PAIRS.append({"name": name, "a": a_file, "b": b_file, "exit": exit_code, "same": not changes,
                  "changes": changes, "dangerous_added": list(dangerous_added), "why": why})


def main():
    os.makedirs(OUT, exist_ok=True)
    X, y = make_classification(n_samples=200, n_features=8, random_state=0)

    # 1. One model in three formats: the same.
    lr = LogisticRegression(C=1.0, random_state=0).fit(X, y)
    files = [write("lr.p4.pkl", lr, "p4"), write("lr.p2.pkl", lr, "p2"), write("lr.joblib", lr, "joblib"),
             write("lr.joblib.z", lr, "joblib.z"), write("lr.skops", lr, "skops")]
    for f in files[1:]:
        pair("same-" + f, lr, files[0], lr, f, 0, "one model written as " + files[0] + " and as " + f)

    deflated = write("lr.deflated.skops", lr, "skops-deflated")
    pair("same-" + deflated, lr, files[0], lr, deflated, 0, "the same model in a skops file with deflated members")

    # 2. One parameter changed and refit: C and the fitted arrays change.
    lr2 = LogisticRegression(C=0.05, random_state=0).fit(X, y)
    b1 = write("lr-c005.p4.pkl", lr2, "p4")
    b2 = write("lr-c005.skops", lr2, "skops")
    b3 = write("lr-c005.joblib.z", lr2, "joblib.z")
    pair("param-pickle", lr, "lr.p4.pkl", lr2, b1, 1, "C 1.0 -> 0.05, refit; both pickles")
    pair("param-pickle-skops", lr, "lr.p4.pkl", lr2, b2, 1, "C changed, pickle against skops")
    pair("param-joblibz", lr, "lr.joblib.z", lr2, b3, 1, "C changed, both zlib joblib streams")
    pair("param-deflated", lr, deflated, lr2, b2, 1, "C changed, deflated skops against stored skops")

    # 3. A pipeline with a step added in the middle.
    p1 = Pipeline([("scale", StandardScaler()), ("clf", LogisticRegression(random_state=0))]).fit(X, y)
    p2 = Pipeline([("scale", StandardScaler()), ("pca", PCA(n_components=4, random_state=0)),
                   ("clf", LogisticRegression(random_state=0))]).fit(X, y)
    pair("pipeline-step-added", p1, write("pipe2.skops", p1, "skops"), p2, write("pipe3.skops", p2, "skops"), 1,
         "a PCA step inserted between the scaler and the classifier")
    pair("pipeline-step-added-pickle", p1, write("pipe2.p4.pkl", p1, "p4"), p2, write("pipe3.p4.pkl", p2, "p4"), 1,
         "the same, as pickles")

    # 4. Two forests, different random_state.
    # max_leaf_nodes fixes every tree's size, so the node arrays keep their
    # shape and are compared element by element.
    f0 = RandomForestClassifier(n_estimators=5, max_leaf_nodes=8, random_state=0).fit(X, y)
    f1 = RandomForestClassifier(n_estimators=5, max_leaf_nodes=8, random_state=1).fit(X, y)
    pair("forest-random-state", f0, write("forest-rs0.skops", f0, "skops"), f1, write("forest-rs1.skops", f1, "skops"),
         1, "random_state 0 -> 1: every tree differs")
    pair("forest-random-state-joblib", f0, write("forest-rs0.joblib", f0, "joblib"), f1,
         write("forest-rs1.p4.pkl", f1, "p4"), 1, "the same, joblib against pickle")
    pair("forest-same", f0, "forest-rs0.joblib", f0, "forest-rs0.skops", 0, "one forest, joblib and skops")

    # 5. Arrays of other dtypes, where numpy's a - b works in the dtype:
    # float32 differences in float32 (1000.1 - 0.2 rounds otherwise than in
    # float64), uint8 ones wrapping (1 - 2 = 255), int16 ones too,
    # NaN at the same place equal.
    arrays = {"f4": np.array([0.1, 0.2, 0.3], dtype=np.float32), "u1": np.array([1, 7, 200], dtype=np.uint8),
              "i2": np.array([-30000, 5, 9], dtype=np.int16), "f8": np.array([np.nan, 1.0, np.inf, 2.5]),
              "b1": np.array([True, False, True]), "same": np.arange(5.0), "s": np.float32(0.5), "n": np.int64(7)}
    changed = {"f4": np.array([0.1, 1000.1, 0.3], dtype=np.float32), "u1": np.array([2, 7, 200], dtype=np.uint8),
               "i2": np.array([30000, 5, 9], dtype=np.int16), "f8": np.array([np.nan, 1.0, np.inf, 2.75]),
               "b1": np.array([True, True, True]), "same": np.arange(5.0), "s": np.float32(0.75), "n": np.int64(7)}
    ft0 = FunctionTransformer(kw_args=arrays)
    ft1 = FunctionTransformer(kw_args=changed)
    pair("dtypes", ft0, write("dtypes-a.skops", ft0, "skops"), ft1, write("dtypes-b.p4.pkl", ft1, "p4"), 1,
         "kw_args arrays of float32, uint8, int16, float64 (NaN, inf) and bool, one element changed in each; "
         "numpy scalars")

    # 6. A copy that also names posix.system (never called): dangerous, exit 4.
    hooked = copy.deepcopy(lr)
    hooked.hook = os.system  # pickled as a reference to posix.system, not a call
    pair("dangerous-added", lr, "lr.p4.pkl", hooked, write("lr-hook.p4.pkl", hooked, "p4"), 4,
         "the estimator plus an attribute naming posix.system", dangerous_added=["posix.system"])

    with open(os.path.join(OUT, "pairs.json"), "w") as f:
        json.dump({"pairs": PAIRS}, f, indent=1)
        f.write("\n")
    print(f"wrote {len(PAIRS)} pairs to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
