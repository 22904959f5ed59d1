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
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.gaussian_process import GaussianProcessClassifier, GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, ConstantKernel, DotProduct, ExpSineSquared, Matern, RationalQuadratic, WhiteKernel
from sklearn.compose import TransformedTargetRegressor, make_column_selector, make_column_transformer
from sklearn.ensemble import AdaBoostClassifier, HistGradientBoostingClassifier
from sklearn.linear_model import SGDClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import KBinsDiscretizer

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


def unfitted():
    """Models saved as constructed (their parameters are the point)."""
    yield "gp_kernels", GaussianProcessClassifier(
        kernel=ConstantKernel(2.0) * RBF(length_scale=[1.0, 2.5]) + WhiteKernel(0.1)
    )
    yield "gp_more_kernels", GaussianProcessRegressor(
        kernel=Matern(length_scale=0.5, nu=2.5) * DotProduct(sigma_0=0.1) + RationalQuadratic(alpha=0.3) ** 2
        + ExpSineSquared(1.0, 5.0),
        alpha=1e-8,
        normalize_y=True,
    )
    yield "mlp_tuple", MLPClassifier(hidden_layer_sizes=(50, 20), alpha=1e-5, learning_rate_init=0.01)
    yield "onehot_dtype", OneHotEncoder(
        dtype=np.float32, categories=[np.array(["a", "b", "c"], dtype=object), ["x", "y"]], drop="first"
    )
    yield "kbins_array", KBinsDiscretizer(n_bins=np.array([3, 4, 5]), encode="ordinal")
    yield "long_array", FunctionTransformer(kw_args={"w": np.arange(2000, dtype=float) / 7})
    yield "arrays_2d", FunctionTransformer(
        kw_args={"m": np.arange(12).reshape(3, 4) * 1.5, "i": np.arange(40).reshape(4, 10), "s": np.array([1e-7, 1.0, 3e9])}
    )
    yield "arrays_fortran_3d", FunctionTransformer(
        kw_args={"f": np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)), "b": np.arange(3000).reshape(3, 1000)}
    )
    yield "tfidf_strings", TfidfVectorizer(
        ngram_range=(1, 2), stop_words=["a", "the", "it's"], token_pattern=r"(?u)\b\w+\b", max_df=0.95
    )
    yield "hgb_nan", HistGradientBoostingClassifier(categorical_features=[0, 3], l2_regularization=np.nan, max_bins=128)
    yield "adaboost_meta", AdaBoostClassifier(estimator=LogisticRegression(C=np.float32(0.25)), n_estimators=3)
    yield "svc_class_weight", SVC(class_weight={"a": 0.5, "b": 2, "c": 1e-3}, gamma="auto", C=np.float64(2.0))
    yield "ttr_functions", TransformedTargetRegressor(func=np.log, inverse_func=np.exp, check_inverse=False)
    yield "sgd_many_params", SGDClassifier(
        loss="modified_huber", penalty="elasticnet", alpha=1.234567891234e-4, l1_ratio=0.333333333333, eta0=0.5,
        power_t=0.25, validation_fraction=0.2, n_iter_no_change=7, class_weight="balanced", average=10,
        early_stopping=True, max_iter=12345, tol=None, epsilon=0.2,
    )
    yield "make_ct_selector", make_pipeline(
        make_column_transformer(
            (StandardScaler(), make_column_selector(dtype_include=np.number)), remainder="passthrough", n_jobs=2
        ),
        SimpleImputer(fill_value=-1.5, strategy="constant", missing_values=-999),
    )
    yield "unicode_keys", LogisticRegression(class_weight={"h\u00e9llo": 1.0, "x\ny": 2.0})


def save(out, name, model):
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "model.pkl"), "wb") as f:
        pickle.dump(model, f, protocol=4)
    joblib.dump(model, os.path.join(folder, "model.joblib"))
    joblib.dump(model, os.path.join(folder, "model.joblib.gz"), compress=("gzip", 3))
    try:
        sio.dump(model, os.path.join(folder, "model.skops"))
    except Exception as e:  # skops cannot save every object (e.g. a column selector)
        print("  no skops form for %s: %s" % (name, e))
    print(name, repr(model)[:60].replace("\n", " "))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "data", "describe")
    for name, model in cases():
        model.fit(np.floor(X * 3) / 2 if name == "params_values" else X, y)
        save(out, name, model)
    for name, model in unfitted():
        save(out, name, model)


main()
