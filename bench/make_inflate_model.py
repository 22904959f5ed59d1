"""Writes bench_inflate.sh's model: a RandomForestClassifier dumped by joblib
with zlib compression, ~13 MB of zlib stream that inflates to ~61 MB (issue
25's benchmark size).

usage: python3 bench/make_inflate_model.py OUT.joblib.z [--trees N]

Real sklearn and joblib, fixed seeds: reruns write the same bytes. 170 trees
fully grown on 30,000 x 20 noisy samples give the size; the file is only
written when it is not there yet.
"""
import os
import sys
import time

import joblib
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier

out = sys.argv[1]
trees = int(sys.argv[sys.argv.index("--trees") + 1]) if "--trees" in sys.argv else 170
if os.path.exists(out):
    sys.exit(0)
t = time.time()
X, y = make_classification(n_samples=30_000, n_features=20, n_informative=10, flip_y=0.05, random_state=0)
forest = RandomForestClassifier(n_estimators=trees, random_state=0, n_jobs=2).fit(X, y)
tmp = out + ".tmp"
# joblib writes the whole file as one zlib stream (compressor.py, BinaryZlibFile).
joblib.dump(forest, tmp, compress=("zlib", 3))
os.replace(tmp, out)
print(f"wrote {out} ({os.path.getsize(out) / 1e6:.1f} MB, {time.time() - t:.0f} s)", file=sys.stderr)
