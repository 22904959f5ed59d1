"""Writes the models tst_describe_oracle compares `skopos describe` with
scikit-learn's own repr and diagram: nested pipelines, column transformers,
searches, ensembles, parameters holding arrays, floats, strings, functions,
None, 'passthrough' and 'drop'. Each case is saved with real libraries as
model.pkl (protocol 4), model.joblib, model.joblib.gz and model.skops
(skops.io.dump), into tests/data/describe/CASE/.

Usage: PYTHONPATH=/path/to/skops /usr/bin/python3 scripts/make_describe_fixtures.py [OUT]
"""
import os
import pickle
import sys

import joblib
import numpy as np
import skops.io as sio
from sklearn.compose import ColumnTransformer
from sklearn.decomposition import PCA
from sklearn.ensemble import (
    BaggingClassifier,
    RandomForestClassifier,
    StackingClassifier,
    VotingClassifier,
)
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, PolynomialFeatures, StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

rng = np.random.RandomState(0)
X = rng.rand(60, 6)
y = (X[:, 0] + X[:, 1] > 1).astype(int)


def cases():
    numeric = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler(with_mean=False))])
    yield "nested_ct_pipeline", Pipeline(
        [
            (
                "prep",
                ColumnTransformer(
                    [("num", numeric, [0, 1, 2]), ("poly", PolynomialFeatures(degree=3), [3]), ("skip", "drop", [4])],
                    remainder="passthrough",
                ),
            ),
            ("clf", LogisticRegression(C=0.5, class_weight={0: 1.0, 1: 2.5}, max_iter=500)),
        ]
    )
    yield "grid_over_pipeline", GridSearchCV(
        Pipeline([("scale", StandardScaler()), ("svc", SVC(kernel="poly", gamma=0.25))]),
        {"svc__C": [0.1, 1.0, 10.0], "svc__degree": [2, 3]},
        cv=3,
        scoring="accuracy",
    )
    yield "stacking_final", StackingClassifier(
        [("rf", RandomForestClassifier(n_estimators=7, max_depth=2, random_state=1)), ("svc", SVC(probability=True))],
        final_estimator=LogisticRegression(tol=1e-6),
        cv=3,
    )
    yield "voting_soft", VotingClassifier(
        [("lr", LogisticRegression()), ("dt", DecisionTreeClassifier(min_samples_leaf=3)), ("off", "drop")],
        voting="soft",
        weights=[2.0, 1.0, 1.0],
    )
    yield "feature_union", Pipeline(
        [
            ("union", FeatureUnion([("pca", PCA(n_components=2)), ("kbest", SelectKBest(f_classif, k=3))])),
            ("none_step", None),
            ("pass", "passthrough"),
            ("clf", Ridge(alpha=np.float64(0.3))),
        ]
    )
    yield "params_values", Pipeline(
        [
            ("log", FunctionTransformer(np.log1p, inverse_func=np.expm1, kw_args={"out": None})),
            (
                "onehot",
                ColumnTransformer(
                    [("oh", OneHotEncoder(categories=[np.array([0.0, 0.5, 1.0]), np.array([1, 2, 3])],
                                          handle_unknown="ignore"), [0, 1])],
                    remainder=StandardScaler(),
                ),
            ),
            ("clf", LogisticRegression(penalty="elasticnet", solver="saga", l1_ratio=0.15, tol=1.5e-05,
                                       random_state=np.random.RandomState(3), max_iter=2000)),
        ]
    )
    yield "bagging_meta", BaggingClassifier(DecisionTreeClassifier(max_depth=3, criterion="entropy"),
                                            n_estimators=4, random_state=0)
    yield "long_repr", Pipeline(
        [("s%d" % i, StandardScaler(with_std=bool(i % 2))) for i in range(25)]
        + [("clf", LogisticRegression(C=1e-3, intercept_scaling=2.5))]
    )


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "data", "describe")
    for name, model in cases():
        model.fit(np.floor(X * 3) / 2 if name == "params_values" else X, y)
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "model.pkl"), "wb") as f:
            pickle.dump(model, f, protocol=4)
        joblib.dump(model, os.path.join(folder, "model.joblib"))
        joblib.dump(model, os.path.join(folder, "model.joblib.gz"), compress=("gzip", 3))
        sio.dump(model, os.path.join(folder, "model.skops"))
        print(name, repr(model)[:60].replace("\n", " "))


main()
