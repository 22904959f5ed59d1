"""What scikit-learn itself shows for each model: repr(model) and the blocks
of its HTML display, for `skopos describe` to be compared with.

Usage: describe_oracle.py PICKLE...   (our own test files: loading them is safe)
Prints one JSON object: {PATH: {"repr": TEXT, "estimator": BOOL, "diagram": BLOCK}}
with BLOCK as `skopos describe --json` writes it:
  {"kind": "serial"|"parallel", "names": [...], "children": [BLOCK...]}
  {"kind": "single", "label": TEXT}
Memory addresses ("at 0x7f...") are written "at 0x..." as Skopos writes them.
"""
import json
import pickle
import re
import sys

from sklearn.base import BaseEstimator
from sklearn.utils._estimator_html_repr import _get_visual_block

ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def normalise(text):
    return ADDRESS.sub("0x...", text)


def block_json(block):
    # A visual block's estimators are drawn by _get_visual_block again
    # (sklearn's _write_estimator_html), nested blocks included.
    if block.kind in ("serial", "parallel"):
        return {
            "kind": block.kind,
            "names": [None if n is None else str(n) for n in block.names],
            "children": [block_json(_get_visual_block(e)) for e in block.estimators],
        }
    est = block.estimators
    if isinstance(est, str):
        label = est
    elif est is None:
        label = "None"
    else:
        label = est.__class__.__name__
    return {"kind": "single", "label": label}


def describe(path):
    with open(path, "rb") as f:
        model = pickle.load(f)
    return {
        "repr": normalise(repr(model)),
        "estimator": isinstance(model, BaseEstimator),
        "diagram": block_json(_get_visual_block(model)),
    }


def main():
    out = {}
    for path in sys.argv[1:]:
        try:
            out[path] = describe(path)
        except Exception as e:  # report, do not stop: the test names the case
            out[path] = {"error": "%s: %s" % (type(e).__name__, e)}
    sys.stdout.write(json.dumps(out) + "\n")


main()
