#!/usr/bin/env python3
"""Writes resources/examples/example.skops, the file the app opens on first start.

Run with real skops (it is never a build step; the output is committed):

    PYTHONPATH=/path/to/skops /usr/bin/python3 scripts/make_example.py

The example is a small grid search over a pipeline, saved with skops.io.dump.
It deliberately holds types skops does not trust by default (the grid search's
passthrough scorer, the feature selector's score function), so a newcomer
sees the review workflow: a warning banner, the Trust tab, approvals. The
script prints what skops.io.get_untrusted_types reports, the expected result.
"""
import os
import sys

import numpy as np
import skops.io as sio
from sklearn.datasets import make_classification
from sklearn.feature_selection import SelectKBest
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "examples", "example.skops")


def main():
    X, y = make_classification(n_samples=120, n_features=8, n_informative=4, random_state=0)
    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("select", SelectKBest(k=5)),
        ("clf", LogisticRegression(max_iter=200)),
    ])
    search = GridSearchCV(pipe, {"clf__C": [0.1, 1.0]}, cv=3)
    search.fit(X, y)
    tmp = OUT + ".tmp"
    sio.dump(search, tmp)
    os.replace(tmp, OUT)
    untrusted = sio.get_untrusted_types(file=OUT)
    print(OUT)
    print("untrusted:", untrusted)
    if not untrusted:
        sys.exit("the example must hold something to review")


if __name__ == "__main__":
    np.random.seed(0)
    main()
