"""Checks the alias table against Debian's Python (tst_alias_table).

argv[1]: the alias table JSON (the copy compiled into Skopos). For every
alias, resolves the alias and its target as an unpickler does (import the
longest importable module prefix, then getattr attribute by attribute, the
way protocol 4's find_class walks a dotted name) WITHOUT calling anything,
and checks that both are the same object. Prints one JSON line per alias:
{"alias", "module", "name", "same"}: module/name are the STACK_GLOBAL
operands that reach the alias.
"""
import importlib
import io
import json
import pickle
import sys
import warnings


def split(dotted):
    parts = dotted.split(".")
    for i in range(len(parts) - 1, 0, -1):
        mod = ".".join(parts[:i])
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                importlib.import_module(mod)
            return mod, ".".join(parts[i:])
        except Exception:
            continue
    return None, None


def resolve(dotted):
    """The object a dotted name denotes: the longest importable module prefix, then attributes."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                obj = importlib.import_module(".".join(parts[:i]))
        except Exception:
            continue
        for p in parts[i:]:
            obj = getattr(obj, p)
        return obj
    raise LookupError(dotted)


def find(module, name):
    u = pickle._Unpickler(io.BytesIO(b""))
    u.proto = 4  # dotted names are walked attribute by attribute
    return u.find_class(module, name)


out = sys.stdout
sys.stdout = io.StringIO()  # libraries printing on import
table = json.load(open(sys.argv[1], encoding="utf-8"))["aliases"]
lines = []
for alias, target in table.items():
    am, an = split(alias)
    same = False
    if am is not None:
        try:
            same = find(am, an) is resolve(target)
        except Exception:
            same = False
    lines.append(json.dumps({"alias": alias, "target": target, "module": am, "name": an, "same": same}))
sys.stdout = out
print("\n".join(lines))
