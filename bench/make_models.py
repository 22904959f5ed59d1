"""Writes the benchmark models of bench/ (issue 11's table) into a folder.

usage: PYTHONPATH=<skops checkout> python3 bench/make_models.py OUTDIR [--regen] [--dense]

Every file is written by the real library that produces such files in the
wild (skops.io.dump, pickle.dump, joblib.dump), with fixed seeds so reruns
measure the same bytes. Files that exist are kept unless --regen is given.

  vocab.skops    TfidfVectorizer with a 400,000-term vocabulary_ (skops.io.dump;
                 schema.json ~167 MB, stored)
  vocab.p4.pkl   the same vectorizer, pickle protocol 4 (~12 MB, 400,000 strings)
  forest.skops   RandomForestClassifier(300 trees) on 30,000 x 20 (skops.io.dump;
                 ~66 MB, ~1,500 members)
  dense.joblib.z (--dense only) 95,000,000 float64 normals, joblib zlib level 3
                 (~760 MB of zlib stream to inflate): the decompression floor
"""
import os
import pickle
import sys
import time

import numpy as np

out = sys.argv[1]
regen = "--regen" in sys.argv
dense = "--dense" in sys.argv
os.makedirs(out, exist_ok=True)


def make(name, write):
    path = os.path.join(out, name)
    if os.path.exists(path) and not regen:
        return
    t = time.time()
    tmp = path + ".tmp"
    write(tmp)
    os.replace(tmp, path)
    print(f"wrote {path} ({os.path.getsize(path) / 1e6:.1f} MB, {time.time() - t:.0f} s)", file=sys.stderr)


_vec = None


def vectorizer():
    # 400,000 distinct tokens spread over 4,000 documents, so vocabulary_ has
    # exactly 400,000 terms (default min_df/max_df keep all).
    global _vec
    if _vec is None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        n_terms, n_docs = 400_000, 4_000
        rng = np.random.default_rng(0)
        words = [f"w{i:06d}" for i in range(n_terms)]
        order = rng.permutation(n_terms)
        per = n_terms // n_docs
        docs = [" ".join(words[j] for j in order[d * per:(d + 1) * per]) for d in range(n_docs)]
        _vec = TfidfVectorizer().fit(docs)
        assert len(_vec.vocabulary_) == n_terms, len(_vec.vocabulary_)
    return _vec


_forest = None


def forest():
    global _forest
    if _forest is None:
        from sklearn.datasets import make_classification
        from sklearn.ensemble import RandomForestClassifier
        X, y = make_classification(n_samples=30000, n_features=20, random_state=0)
        _forest = RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=-1).fit(X, y)
    return _forest


def skops_dump(obj):
    import skops.io as sio
    return lambda path: sio.dump(obj, path)


def pickle_dump(obj, protocol):
    def write(path):
        with open(path, "wb") as f:
            pickle.dump(obj, f, protocol=protocol)
    return write


make("vocab.skops", lambda p: skops_dump(vectorizer())(p))
make("vocab.p4.pkl", lambda p: pickle_dump(vectorizer(), 4)(p))
make("forest.skops", lambda p: skops_dump(forest())(p))
if dense:
    def write_dense(path):
        import joblib
        a = np.random.default_rng(0).standard_normal(95_000_000)
        joblib.dump(a, path, compress=("zlib", 3))
    make("dense.joblib.z", write_dense)
