#!/usr/bin/python3
"""Writes tests/data/nested: pickles that call a known loader on bytes embedded
in the file (issue 20, "nested pickles inside known wrappers").

Run with Debian's python3:  /usr/bin/python3 scripts/make_nested_fixtures.py
Every file is written by the real pickle module. numba and cloudpickle are not
installed here, so stand-in modules with the real names (checked in numba's
numba/core/serialize.py and joblib's vendored cloudpickle) are registered in
sys.modules for this process only: pickle then writes the very global names
the real libraries' pickles hold. Nothing is ever loaded; the payloads only
*name* callables (__reduce__ returns them, pickling does not call them).
expected.json: file -> {"exit", "dangerous": names that must be reported,
"embedded": names the note must list}.
"""
import json
import os
import pickle
import sys
import types
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "nested")


def stand_in(module, name):
    """A function that pickle writes as module.name (never called)."""
    parts = module.split(".")
    for i in range(1, len(parts) + 1):  # pickle imports the module (and so its packages)
        sys.modules.setdefault(".".join(parts[:i]), types.ModuleType(".".join(parts[:i])))
    mod = sys.modules[module]

    def f(*args):
        raise RuntimeError("stand-in, never called")

    f.__module__, f.__name__, f.__qualname__ = module, name, name
    setattr(mod, name, f)
    return f


class Call:
    """Pickles as a call of `func` with `args` (pickle writes REDUCE)."""

    def __init__(self, func, args):
        self.func, self.args = func, args

    def __reduce__(self):
        return self.func, self.args


def main():
    import os as os_module
    import subprocess

    os.makedirs(OUT, exist_ok=True)
    shell = pickle.dumps(Call(os_module.system, ("echo pwned",)), protocol=4)
    popen = pickle.dumps(Call(subprocess.Popen, (["id"],)), protocol=2)
    benign = pickle.dumps(OrderedDict(a=1), protocol=4)
    custom = stand_in("numba.core.serialize", "_unpickle__CustomPickled")
    numba_unpickle = stand_in("numba.core.serialize", "_numba_unpickle")
    vendored = stand_in("joblib.externals.cloudpickle", "loads")
    cases = {
        "numba_custompickled_shell.pkl": (Call(custom, (shell,)), 4,
                                          ["numba.core.serialize._unpickle__CustomPickled", "posix.system"],
                                          ["posix.system"]),
        "numba_unpickle_shell.pkl": (Call(numba_unpickle, (140000000, shell, b"hash")), 4,
                                     ["numba.core.serialize._numba_unpickle", "posix.system"], ["posix.system"]),
        "vendored_cloudpickle_popen.pkl": (Call(vendored, (popen,)), 4,
                                           ["subprocess.Popen"], ["subprocess.Popen"]),
        "pickle_loads_benign.pkl": ({"model": Call(pickle.loads, (benign,))}, 4,
                                    ["_pickle.loads"], ["collections.OrderedDict"]),
    }
    expected = {}
    for fn, (obj, code, dangerous, embedded) in cases.items():
        with open(os.path.join(OUT, fn), "wb") as f:
            pickle.dump(obj, f, protocol=4)
        expected[fn] = {"exit": code, "dangerous": dangerous, "embedded": embedded}
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")


main()
