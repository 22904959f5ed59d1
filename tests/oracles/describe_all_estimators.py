"""Writes one pickle per scikit-learn estimator class, constructed with its
defaults (meta-estimators around LogisticRegression(), or given a
wrongly shaped argument where that is all they accept), into OUT, for
tst_describe_oracle: every class's defaults must print as "Name()".

Usage: describe_all_estimators.py OUT   (prints the number written)
"""
import os
import pickle
import sys
import warnings

warnings.simplefilter("ignore")
from sklearn.experimental import enable_halving_search_cv, enable_iterative_imputer  # noqa: F401,E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.utils import all_estimators  # noqa: E402

out = sys.argv[1]
written = 0
for name, cls in all_estimators():
    for args in ((), (LogisticRegression(),), ([("a", LogisticRegression())],), (LogisticRegression(), {"C": [1]})):
        try:
            model = cls(*args)
        except Exception:
            continue
        try:
            with open(os.path.join(out, name + ".pkl"), "wb") as f:
                pickle.dump(model, f, protocol=4)
            written += 1
        except Exception:
            pass
        break
print(written)
