#!/usr/bin/env python3
"""Test oracle: the globals Python's own unpickler asks for, memo followed.

Usage: pickle_globals.py FILE...   prints one JSON object {FILE: [names]}.

Python's pickle machine (with joblib's unpickler for joblib files, so array
payloads between opcodes are skipped exactly as joblib skips them) runs over
each file, and every find_class call is recorded: that is every GLOBAL,
STACK_GLOBAL and INST/OBJ operand, whether it came from literals or the memo.
Names are recorded as written in the file (fix_imports is off for the lookup
record; Python 2 names such as copy_reg stay as they are).

Nothing from the file runs: find_class returns an inert stub for every name
except the few numpy/joblib pieces needed to decode array payloads
(np.ndarray reconstruction, dtype, scalar, joblib's NumpyArrayWrapper) and
_codecs.encode (protocol-2 bytes). Only for the project's test corpus.
"""
import codecs
import io
import json
import pickle
import sys

import joblib
import numpy as np
from joblib import numpy_pickle


class Stub:
    def __init__(self, *args, **kwargs):
        pass

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __setstate__(self, state):
        pass

    def __call__(self, *args, **kwargs):
        return Stub()

    # list/dict subclasses rebuilt with APPENDS/SETITEMS
    def append(self, value):
        pass

    def extend(self, values):
        pass

    def __setitem__(self, key, value):
        pass


def stub_class(name):
    return type(name.replace(".", "_"), (Stub,), {})


REAL = {
    ("numpy.core.multiarray", "_reconstruct"): np.core.multiarray._reconstruct,
    ("numpy._core.multiarray", "_reconstruct"): np.core.multiarray._reconstruct,
    ("numpy.core.numeric", "_frombuffer"): np.core.numeric._frombuffer,
    ("numpy._core.numeric", "_frombuffer"): np.core.numeric._frombuffer,
    ("numpy.core.multiarray", "scalar"): np.core.multiarray.scalar,
    ("numpy._core.multiarray", "scalar"): np.core.multiarray.scalar,
    ("numpy", "ndarray"): np.ndarray,
    ("numpy", "dtype"): np.dtype,
    ("_codecs", "encode"): codecs.encode,
    ("joblib.numpy_pickle", "NumpyArrayWrapper"): numpy_pickle.NumpyArrayWrapper,
    ("sklearn.externals.joblib.numpy_pickle", "NumpyArrayWrapper"): numpy_pickle.NumpyArrayWrapper,
}


def recording(base):
    class Recording(base):
        def find_class(self, module, name):
            self.seen.add(module + "." + name)
            real = REAL.get((module, name))
            return real if real is not None else stub_class(module + "." + name)

    return Recording


SEEN = set()


class RecordingPy(pickle._Unpickler):
    """Every nested pickle.load (object-dtype array payloads read by joblib
    or numpy) goes through this too: nothing is imported there either."""

    def find_class(self, module, name):
        SEEN.add(module + "." + name)
        real = REAL.get((module, name))
        return real if real is not None else stub_class(module + "." + name)


pickle.Unpickler = RecordingPy
pickle.load = lambda f, **kwargs: RecordingPy(f, encoding="latin1").load()
pickle.loads = lambda b, **kwargs: RecordingPy(io.BytesIO(b), encoding="latin1").load()


def globals_of(path):
    seen = SEEN
    seen.clear()
    with open(path, "rb") as f:
        head = f.read(2)
    # joblib's own opener handles every compression it writes.
    with open(path, "rb") as raw:
        with numpy_pickle._read_fileobject(raw, path, None) as fobj:
            if isinstance(fobj, str):  # old split format: fobj is the filename
                fobj = open(fobj, "rb")
            cls = recording(numpy_pickle.NumpyUnpickler)
            u = cls(path, fobj, mmap_mode=None)
            u.seen = seen
            u.encoding = "latin1"  # Python 2 str payloads, as joblib.load(encoding=...) allows
            try:
                u.load()
            except Exception as e:  # a stub may not satisfy every BUILD: names so far count
                seen.add("!error: " + type(e).__name__ + ": " + str(e)[:200])
    return sorted(seen)


if __name__ == "__main__":
    print(json.dumps({p: globals_of(p) for p in sys.argv[1:]}, indent=1, sort_keys=True))
