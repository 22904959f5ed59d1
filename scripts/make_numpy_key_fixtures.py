#!/usr/bin/python3
"""Models whose dicts are keyed by numpy scalars (issue 20, item 7).

LogisticRegressionCV keeps scores_ and coefs_paths_ as dicts keyed by its
class labels: numpy.int64, numpy.str_, numpy.float64 or numpy.bool_ scalars.
Writes, into tests/data/convert/numpy-keys/, each model pickled (protocols 2
and 4, joblib) and NAME.ref.json: real skops' schema.json of the same object
(skops.io.dump), without __id__, member names and _skops_version, which
tests/oracles/numpy_keys_oracle.py compares with `skopos convert`'s. Also a
plain dict keyed by numpy.float32 scalars, which convert must refuse (skops
writes key.item(), a Python float whose repr the pickle's tree does not hold).

    PYTHONPATH=/path/to/skops /usr/bin/python3 scripts/make_numpy_key_fixtures.py
"""
import json
import os
import pickle
import zipfile

import joblib
import numpy as np
import skops.io as sio
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegressionCV

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "convert", "numpy-keys")


def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k not in ("__id__", "_skops_version", "file")}
    if isinstance(o, list):
        return [strip(x) for x in o]
    return o


def main():
    os.makedirs(OUT, exist_ok=True)
    X, y = make_classification(n_samples=60, n_features=4, n_informative=3, n_redundant=0, n_classes=3,
                               random_state=0)
    labels = {"int": y, "str": np.array(["a", "b", "c"])[y], "float": y.astype(np.float64) * 1e16,
              "bool": y == 1}
    for name, target in labels.items():
        m = LogisticRegressionCV(cv=2, Cs=2, max_iter=300).fit(X, target)
        base = os.path.join(OUT, "lrcv_" + name)
        for proto in (2, 4):
            with open("%s.p%d.pkl" % (base, proto), "wb") as f:
                pickle.dump(m, f, protocol=proto)
        joblib.dump(m, base + ".joblib")
        sio.dump(m, base + ".tmp.skops")
        with zipfile.ZipFile(base + ".tmp.skops") as z:
            ref = strip(json.loads(z.read("schema.json")))
        os.remove(base + ".tmp.skops")
        with open(base + ".ref.json", "w") as f:
            json.dump(ref, f, indent=1, sort_keys=True)
    with open(os.path.join(OUT, "float32_keys.p4.pkl"), "wb") as f:
        pickle.dump({np.float32(0.1): 1, np.float32(2.5): 2}, f, protocol=4)
    np.save(os.path.join(OUT, "probe.npy"), np.random.RandomState(0).randn(7, 4))


if __name__ == "__main__":
    main()
