#!/usr/bin/python3
"""Writes tests/data/falsealarm: files Python itself writes for ordinary objects
that name builtins.getattr or look like file access, and must not be called
dangerous (issue 20, "No false alarms"), plus what real skops lists for the
same object where skops can save it.

Run with Debian's python3 (numpy, scipy, scikit-learn; real skops on
PYTHONPATH for the lists):
    PYTHONPATH=/work/shared/skops /usr/bin/python3 scripts/make_false_alarm_fixtures.py
Each object is pickled by the real pickle module (protocols 2 and 4) and, for
the estimator, by joblib. expected.json: file -> {"exit": allowed exit codes,
"skops": skops.io.get_untrusted_types of the object saved with skops.io.dumps
(null when skops cannot save it), "why": what pickle writes}.
"""
import enum
import http
import io
import json
import os
import pickle
import pickletools
import re
import tempfile
import zoneinfo

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import FunctionTransformer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "falsealarm")

try:
    import skops.io as sio
except ImportError:
    sio = None


def skops_list(obj, wrap=True):
    if sio is None:
        return None
    try:
        est = FunctionTransformer(kw_args={"x": obj}) if wrap else obj
        return sorted(sio.get_untrusted_types(data=sio.dumps(est)))
    except Exception:
        return None


def hostile():
    def s(x):
        return b"\x8c" + bytes([len(x)]) + x

    def sg(mod, name):
        return s(mod) + s(name) + b"\x93"

    P4, GETATTR, STR = b"\x80\x04", sg(b"builtins", b"getattr"), sg(b"builtins", b"str")
    computed = STR + s(b"lower") + b"\x85R"  # str('lower'): a name made at load time
    return [
        ("stays_getattr_dunder.pkl", P4 + GETATTR + STR + s(b"__class__") + b"\x86R.",
         "getattr with a dunder name is an attribute traversal"),
        ("stays_getattr_computed_name.pkl", P4 + GETATTR + STR + computed + b"\x86R.",
         "getattr whose name is computed at load time"),
        ("stays_getattr_on_dangerous.pkl", P4 + GETATTR + sg(b"os", b"path") + s(b"join") + b"\x86R.",
         "getattr of an attribute of a dangerous global"),
        ("stays_getattr_memo_reuse.pkl",
         P4 + GETATTR + b"\x94" + STR + s(b"lower") + b"\x86R0" + b"h\x00" + b"}" + computed + b"\x86R.",
         "a memoised getattr explained once (str.lower) and reused on a computed name"),
        ("stays_memmap_called.pkl",
         P4 + sg(b"numpy.core.multiarray", b"_reconstruct") + sg(b"numpy", b"memmap") + b"\x94"
         + b"K\x00\x85" + b"C\x01b" + b"\x87R0" + b"h\x00" + s(b"/tmp/x") + b"\x85R.",
         "numpy.memmap used as an array class (harmless) and then called on a path"),
    ]


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    docs = ["alpha beta", "gamma delta", "alpha gamma"]
    tfidf = TfidfVectorizer(preprocessor=str.lower).fit(docs)
    tmp = tempfile.mkdtemp()
    mm = np.memmap(os.path.join(tmp, "m.dat"), dtype="float32", mode="w+", shape=(4,))
    mm[:] = [1, 2, 3, 4]
    cases = [
        ("tfidf_str_lower", tfidf, False,
         "pickle writes str.lower as builtins.getattr(builtins.str, 'lower')"),
        ("enum_regexflag", {"flags": re.IGNORECASE | re.MULTILINE, "one": re.IGNORECASE}, True,
         "Python 3.11 pickles an enum member as builtins.getattr(TheEnum, 'NAME')"),
        ("enum_httpstatus", [http.HTTPStatus.OK, http.HTTPStatus.NOT_FOUND], True,
         "enum members: builtins.getattr(http.HTTPStatus, 'OK')"),
        ("zoneinfo", zoneinfo.ZoneInfo("UTC"), True,
         "ZoneInfo.__reduce__ returns its classmethod _unpickle: builtins.getattr(zoneinfo.ZoneInfo, '_unpickle')"),
        ("memmap_array", mm, True,
         "a memmap pickles as numpy.core.multiarray._reconstruct(numpy.memmap, ...): an array of that class, no file"),
        ("bytesio", io.BytesIO(b"some bytes"), True, "io.BytesIO pickles as _io.BytesIO with its buffer as state"),
        ("dict_get", {"f": dict.get, "g": str.upper}, True,
         "unbound methods of builtin types: builtins.getattr(builtins.dict, 'get')"),
    ]
    for name, obj, wrap, why in cases:
        listed = skops_list(obj, wrap)
        for proto in (2, 4):
            fn = "%s.p%d.pkl" % (name, proto)
            with open(os.path.join(OUT, fn), "wb") as f:
                pickle.dump(obj, f, protocol=proto)
            expected[fn] = {"exit": [0, 1], "skops": listed, "why": why}
    # Look-alikes that must stay dangerous (built from opcodes, never loaded;
    # pickletools checks that each one parses).
    for fn, data, why in hostile():
        pickletools.dis(data, out=io.StringIO())
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        expected[fn] = {"exit": [4], "skops": None, "why": why}
    fn = "tfidf_str_lower.joblib"
    joblib.dump(tfidf, os.path.join(OUT, fn))
    expected[fn] = {"exit": [0, 1], "skops": skops_list(tfidf, False), "why": "joblib.dump of the same vectorizer"}
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump({"count": len(expected), "files": expected}, f, indent=1, sort_keys=True)
        f.write("\n")


main()
