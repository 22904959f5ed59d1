#!/usr/bin/env python3
"""Writes tests/data/loaders/: one real skops file per skops loader that the
shared corpus does not exercise, plus the same object as a pickle where one
exists, and expected.json with what real skops' get_untrusted_types says.

Run once by a developer (not by the tests), with Debian's python3
(scikit-learn 1.2.1) and a skops checkout on PYTHONPATH:

    PYTHONPATH=/path/to/skops python3 scripts/make_loader_fixtures.py tests/data/loaders

Every schema is written by real skops.io.dump and every expectation comes
from real skops.io.get_untrusted_types. Two loaders need a library that is
not installable here, so a stand-in class is registered under the library's
real module name BEFORE skops is imported; skops then dispatches to its own
node class and writes the schema itself:
  * QuantileForestNode: skops looks up
    quantile_forest._quantile_forest_fast.QuantileForest.
  * _DictWithDeprecatedKeysNode: skops looks up
    sklearn.covariance._graph_lasso._DictWithDeprecatedKeys (scikit-learn < 1.2).
CachedNode is read by skops but no skops release ever wrote it (skops'
_utils.get_state keeps the code that would, commented out); cached.skops is
the method file's schema with its second reference to an object replaced by
a CachedNode, the one file here edited by hand. Its expected list comes from
real skops all the same.
"""
import fractions
import datetime
import io
import json
import pickle
import sys
import types
import zipfile
from pathlib import Path

import numpy as np


def register_stand_ins():
    # quantile-forest's Cython tree container: pickled through __reduce__.
    qf_pkg = types.ModuleType("quantile_forest")
    qf_fast = types.ModuleType("quantile_forest._quantile_forest_fast")

    class QuantileForest:
        def __init__(self, leaf_values=None):
            self.leaf_values = leaf_values

        def __reduce__(self):
            return (type(self), (self.leaf_values,))

        def __eq__(self, other):
            return np.array_equal(self.leaf_values, other.leaf_values)

    QuantileForest.__module__ = qf_fast.__name__
    qf_fast.QuantileForest = QuantileForest
    qf_pkg._quantile_forest_fast = qf_fast
    sys.modules["quantile_forest"] = qf_pkg
    sys.modules["quantile_forest._quantile_forest_fast"] = qf_fast

    # scikit-learn < 1.2: GraphicalLassoCV.cv_results_ was this dict subclass.
    import sklearn.covariance._graph_lasso as gl

    class _DictWithDeprecatedKeys(dict):
        pass

    _DictWithDeprecatedKeys.__module__ = gl.__name__
    gl._DictWithDeprecatedKeys = _DictWithDeprecatedKeys
    return QuantileForest, _DictWithDeprecatedKeys


def main(out: Path):
    QuantileForest, DictWithDeprecatedKeys = register_stand_ins()
    import skops.io as sio
    from sklearn.preprocessing import FunctionTransformer, StandardScaler

    out.mkdir(parents=True, exist_ok=True)
    X = np.arange(12, dtype=np.float64).reshape(4, 3)
    expected = {}

    def write(name, obj, pickle_too=True):
        path = out / f"{name}.skops"
        sio.dump(obj, path)
        expected[f"{name}.skops"] = sorted(sio.get_untrusted_types(file=path))
        if pickle_too:
            with open(out / f"{name}.p4.pkl", "wb") as f:
                pickle.dump(obj, f, protocol=4)
            expected[f"{name}.p4.pkl"] = expected[f"{name}.skops"]

    # MethodNode: a bound method of a fitted scaler as the transformer's func.
    scaler = StandardScaler().fit(X)
    write("method", FunctionTransformer(func=scaler.transform).fit(X))

    # ConstructorFromReduceNode: objects whose __reduce__ is (type, args).
    write("reduce", {"third": fractions.Fraction(1, 3), "day": datetime.timedelta(days=1, seconds=5)})

    # QuantileForestNode (stand-in class, real skops writer). No pickle: the
    # stand-in module exists only in this process.
    write("quantile_forest", {"forest": QuantileForest(np.linspace(0, 1, 6))}, pickle_too=False)

    # _DictWithDeprecatedKeysNode (stand-in class, real skops writer).
    d = DictWithDeprecatedKeys(mean_score=np.array([0.5, 0.75]), alphas=[0.1, 0.2])
    d._deprecated_key_to_new_key = {"mean_score": "mean_test_score"}
    write("deprecated_keys", {"cv_results_": d}, pickle_too=False)

    # CachedNode: the method file with the scaler's second appearance (the
    # bound method's __self__... or any repeated __id__) replaced by a reference.
    src = out / "method.skops"
    with zipfile.ZipFile(src) as z:
        schema = json.loads(z.read("schema.json"))
        members = {n: z.read(n) for n in z.namelist() if n != "schema.json"}
    seen = set()
    replaced = []

    def walk(node):
        if isinstance(node, dict):
            if "__id__" in node and "__loader__" in node and node["__loader__"] not in ("JsonNode",):
                if node["__id__"] in seen:
                    replaced.append(node["__id__"])
                    return {"__class__": node.get("__class__"), "__module__": node.get("__module__"),
                            "__loader__": "CachedNode", "__id__": node["__id__"]}
                seen.add(node["__id__"])
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    # Make sure something is reached twice: the scaler appears as the bound
    # method's object and again under a second key of the outer dict.
    obj = {"transformer": FunctionTransformer(func=scaler.transform).fit(X), "scaler": scaler}
    sio.dump(obj, out / "cached_source.skops")
    with zipfile.ZipFile(out / "cached_source.skops") as z:
        schema = json.loads(z.read("schema.json"))
        members = {n: z.read(n) for n in z.namelist() if n != "schema.json"}
    schema = walk(schema)
    assert replaced, "no object reached twice: CachedNode file would not test anything"
    with zipfile.ZipFile(out / "cached.skops", "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("schema.json", json.dumps(schema, indent=2))
        for n, data in members.items():
            z.writestr(n, data)
    (out / "cached_source.skops").unlink()
    expected["cached.skops"] = sorted(sio.get_untrusted_types(file=out / "cached.skops"))

    (out / "expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
    print(json.dumps(expected, indent=2, sort_keys=True))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/loaders"))
