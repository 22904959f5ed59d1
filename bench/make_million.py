#!/usr/bin/python3
"""Write issue 28's files: a TfidfVectorizer whose vocabulary_ holds N numpy.int64
values, as a skops archive (protocol 2, the layout skops of the sklearn 1.2.1 era
writes: one NdArrayNode with a shape-() .npy member per value) and as a
protocol-4 pickle.

skops' own dump is quadratic in the member count (it searches namelist() for every
array), so the archive is written here directly with zipfile and numpy.save,
following skops' node layout. `--check N` dumps the same object with real skops
(PYTHONPATH) and compares the two schemas' layout (ids and member names aside),
then reads this script's archive with skops.io.load.

usage: make_million.py DIR N [N ...]      writes DIR/million-N.skops, DIR/million-N.p4.pkl
       make_million.py --check DIR N      the comparison against real skops (exit 1 if different)
"""
import io
import json
import os
import pickle
import struct
import sys
import time
import zipfile

import numpy as np
import scipy.sparse
from sklearn.feature_extraction.text import TfidfVectorizer

SKOPS_VERSION = "0.15.dev0"  # what /work/shared/skops writes; load() does not read it


def vectorizer(n):
    """A fitted TfidfVectorizer with n terms, values numpy.int64 as max_features leaves them."""
    v = TfidfVectorizer(max_features=n)
    v.fit(["alpha beta gamma delta", "beta gamma epsilon zeta", "eta theta alpha"])
    v.vocabulary_ = {f"w{i:x}z": np.int64(i) for i in range(n)}
    v._tfidf.idf_ = np.linspace(1.0, 2.0, n)
    return v


class Writer:
    """skops' node layout for the types a TfidfVectorizer holds; arrays go to the zip as met."""

    def __init__(self, zf):
        self.zf = zf
        self.next_id = 140000000000000

    def new_id(self):
        self.next_id += 48
        return self.next_id

    def member(self, name, data):
        zi = zipfile.ZipInfo(name, date_time=time.localtime(time.time())[:6])
        zi.compress_type = zipfile.ZIP_STORED
        zi.external_attr = 0o600 << 16
        self.zf.writestr(zi, data)

    def state(self, obj):
        """The node as a dict, except vocabulary-sized parts, which stay generators (see render)."""
        t = type(obj)
        if obj is None or t in (str, int, float, bool):
            node = {"__class__": "str", "__module__": "builtins", "__loader__": "JsonNode",
                    "content": json.dumps(obj), "is_json": True}
        elif t in (tuple, list, set):
            node = {"__class__": t.__name__, "__module__": "builtins",
                    "__loader__": {tuple: "TupleNode", list: "ListNode", set: "SetNode"}[t],
                    "content": [self.state(x) for x in obj]}
        elif t is dict:
            big = len(obj) > 1000
            if big and all(type(x) is np.int64 for x in obj.values()):
                items = self.int64_entries(obj)  # a vocabulary: rendered here, 100x faster
            else:
                items = ((k, self.state(v)) for k, v in obj.items())
                items = Lazy(items, True) if big else dict(items)
            kinds = (self.type_state(type(k)) for k in obj)
            if big and all(type(k) is str for k in obj):
                t_str = self.type_state(str)
                text = Text(json.dumps(t_str, indent=2))
                kinds = (text for _ in obj)  # the same TypeNode, as skops writes it (id(str))
            node = {"__class__": "dict", "__module__": "builtins", "__loader__": "DictNode",
                    "content": items,
                    "key_types": {"__class__": "list", "__module__": "builtins", "__loader__": "ListNode",
                                  "content": Lazy(kinds, False) if big else list(kinds),
                                  "__id__": self.new_id()}}
        elif isinstance(obj, type):
            return self.type_state(obj)
        elif isinstance(obj, (np.generic, np.ndarray)):
            i = self.new_id()
            buf = io.BytesIO()
            np.save(buf, obj, allow_pickle=False)
            self.member(f"{i}.npy", buf.getvalue())
            return {"__class__": t.__name__, "__module__": "numpy", "__loader__": "NdArrayNode",
                    "type": "numpy", "file": f"{i}.npy", "__id__": i}
        elif scipy.sparse.issparse(obj):
            i = self.new_id()
            buf = io.BytesIO()
            scipy.sparse.save_npz(buf, obj)
            self.member(f"{i}.npz", buf.getvalue())
            return {"__class__": t.__name__, "__module__": t.__module__, "__loader__": "SparseMatrixNode",
                    "type": "scipy", "file": f"{i}.npz", "__id__": i}
        elif hasattr(obj, "__getstate__") and t.__module__.startswith("sklearn."):
            node = {"__class__": t.__name__, "__module__": t.__module__, "__loader__": "ObjectNode",
                    "content": self.state(obj.__getstate__())}
        else:
            raise TypeError(f"make_million.py does not write {t}")
        node["__id__"] = self.new_id()
        return node

    def int64_entries(self, d):
        """The NdArrayNode entries of a {key: numpy.int64} dict as json.dumps(indent=2) text
        (render() indents them), each value's .npy member written as met."""
        buf = io.BytesIO()
        np.save(buf, np.int64(0), allow_pickle=False)
        header = buf.getvalue()[:-8]  # the same for every int64 scalar

        def gen():
            for k, v in d.items():
                i = self.new_id()
                self.member(f"{i}.npy", header + struct.pack("<q", int(v)))
                yield Text(f'{json.dumps(k)}: {{\n  "__class__": "int64",\n  "__module__": "numpy",\n'
                           f'  "__loader__": "NdArrayNode",\n  "type": "numpy",\n  "file": "{i}.npy",\n'
                           f'  "__id__": {i}\n}}')

        return Lazy(gen(), True)

    def type_state(self, t):
        return {"__class__": t.__name__, "__module__": "builtins" if t.__module__ == "builtins" else t.__module__,
                "__loader__": "TypeNode", "__id__": self.new_id()}


class Text(str):
    """A dict item already rendered at indent level 0 (render re-indents it)."""


class Lazy:
    """A dict's items (keyed) or a list's elements, produced while rendering."""

    def __init__(self, it, keyed):
        self.it, self.keyed = it, keyed


def render(obj, level, out):
    """json.dumps(obj, indent=2) written piecewise to out (a file), Lazy parts included."""
    if isinstance(obj, Lazy) or isinstance(obj, (dict, list)):
        keyed = obj.keyed if isinstance(obj, Lazy) else isinstance(obj, dict)
        items = obj.it if isinstance(obj, Lazy) else (obj.items() if keyed else obj)
        pad = "\n" + "  " * (level + 1)
        first = True
        for item in items:
            out.write(("{" if keyed else "[") + pad if first else "," + pad)
            first = False
            if isinstance(item, Text):
                out.write(item.replace("\n", pad))
                continue
            if keyed:
                out.write(json.dumps(item[0]) + ": ")
                item = item[1]
            render(item, level + 1, out)
        if first:
            out.write("{}" if keyed else "[]")
        else:
            out.write("\n" + "  " * level + ("}" if keyed else "]"))
    else:
        out.write(json.dumps(obj))


def write_skops(v, path):
    tmp_schema = path + ".schema.tmp"
    with zipfile.ZipFile(path + ".tmp", "w", compression=zipfile.ZIP_STORED) as zf:
        w = Writer(zf)
        root = w.state(v)
        root["protocol"] = 2
        root["_skops_version"] = SKOPS_VERSION
        with open(tmp_schema, "w", encoding="utf-8") as out:
            render(root, 0, out)
        # skops writes schema.json last, with writestr (stored, no zip64 extra below 4 GiB)
        zi = zipfile.ZipInfo("schema.json", date_time=time.localtime(time.time())[:6])
        zi.compress_type = zipfile.ZIP_STORED
        zi.external_attr = 0o600 << 16
        zi.file_size = os.path.getsize(tmp_schema)
        with open(tmp_schema, "rb") as src, zf.open(zi, "w") as dst:
            while chunk := src.read(1 << 22):
                dst.write(chunk)
    os.remove(tmp_schema)
    os.replace(path + ".tmp", path)


def layout(schema, names):
    """The schema with member names replaced by their order of appearance and ids
    dropped (real skops reuses id(None) and friends; their digits differ)."""
    files = {}

    def walk(x):
        if isinstance(x, dict):
            return {k: (None if k == "__id__" else
                        files.setdefault(val, len(files)) if k == "file" else
                        None if k == "_skops_version" else walk(val)) for k, val in x.items()}
        if isinstance(x, list):
            return [walk(e) for e in x]
        return x

    return walk(schema), [files.get(n, n) for n in names]


def check(dirname, n):
    import skops.io as sio

    v = vectorizer(n)
    ours, real = os.path.join(dirname, f"check-{n}.skops"), os.path.join(dirname, f"check-{n}.real.skops")
    write_skops(v, ours)
    sio.dump(v, real)
    got = []
    for p in (ours, real):
        with zipfile.ZipFile(p) as zf:
            names = zf.namelist()
            schema_text = zf.read("schema.json").decode()
            got.append((layout(json.loads(schema_text), names),
                        [(i.compress_type, i.file_size) for i in zf.infolist() if i.filename != "schema.json"],
                        [zf.read(x) for x in names if x.endswith(".npy")][:50]))
    problems = []
    if got[0][0] != got[1][0]:
        problems.append("schema.json layout or member order differs from real skops'")
    if got[0][1] != got[1][1]:
        problems.append("member methods/sizes differ from real skops'")
    if got[0][2] != got[1][2]:
        problems.append("npy member bytes differ from real skops'")
    loaded = sio.load(ours, trusted=sio.get_untrusted_types(file=ours))
    if loaded.vocabulary_ != v.vocabulary_ or not all(type(x) is np.int64 for x in loaded.vocabulary_.values()):
        problems.append("skops.io.load does not give back the vocabulary")
    if not np.array_equal(loaded.idf_, v.idf_):
        problems.append("skops.io.load does not give back idf_")
    for p in problems:
        print("check:", p, file=sys.stderr)
    print(f"check N={n}: {'same layout as real skops, skops.io.load reads it' if not problems else 'FAILED'}")
    return 0 if not problems else 1


def main(argv):
    if argv and argv[0] == "--check":
        return check(argv[1], int(argv[2]))
    dirname, ns = argv[0], [int(x) for x in argv[1:]]
    os.makedirs(dirname, exist_ok=True)
    for n in ns:
        sk, pk = os.path.join(dirname, f"million-{n}.skops"), os.path.join(dirname, f"million-{n}.p4.pkl")
        if os.path.exists(sk) and os.path.exists(pk):
            continue
        v = vectorizer(n)
        if not os.path.exists(sk):
            write_skops(v, sk)
        if not os.path.exists(pk):
            with open(pk + ".tmp", "wb") as f:
                pickle.dump(v, f, protocol=4)
            os.replace(pk + ".tmp", pk)
        print(f"wrote {sk} ({os.path.getsize(sk) >> 20} MB), {pk} ({os.path.getsize(pk) >> 20} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
