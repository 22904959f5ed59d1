#!/usr/bin/env python3
"""Differential pickle test: a seeded generator and CPython's own unpicklers.

Usage:
  pickle_fuzz.py generate SEED COUNT DIR   writes DIR/case_NNNNN.pkl
  pickle_fuzz.py oracle FILE...            prints one JSON object {FILE: readings}
  pickle_fuzz.py run SEED COUNT DIR        both: writes DIR/oracle.json

The generator (deterministic for a seed) writes "valid-ish" pickles from a small
grammar: every string opcode, memo opcodes with text keys spelled as int()
accepts them, MARK/POP/POP_MARK/DUP, GLOBAL and INST lines (with '\\r', dotted
and Python 2 names), STACK_GLOBAL from literals and the memo, OBJ, NEWOBJ(_EX),
REDUCE, BUILD, EXT1/2/4, PERSID/BINPERSID, PROTO (also mid-stream), then
mutates them: FRAME opcodes inserted at any byte (inside an opcode, its operand
or a text line), bytes replaced, the stream cut short, more pickles after STOP.
Names come from a pool of dangerous, untrusted and trusted globals.

A few cases are wrapped in joblib's compressions (streams split and mixed,
bytes after them). The oracle runs each plain file through three readings of CPython 3.11, loading
pickle after pickle until the data ends or an error stops the loader:
  c       the C unpickler on an ordinary file, what pickle.load does
  nopeek  the C unpickler on a stream without peek(): it reads a FRAME whole
          and drops what is left of it when an opcode runs past its end
  py      the pure-Python pickle._Unpickler (joblib's NumpyUnpickler subclasses it)
and each compressed file through joblib's reader (joblib.numpy_pickle's
opener, then pure Python). find_class is overridden to RECORD (module, name) and return an inert stub
class: nothing from the file is imported or called. The name Python would
import (Python 2 names mapped by fix_imports when the stream's protocol is
below 3) is recorded too; where CPython itself would fail at that name (an empty
module, a dotted name below protocol 4, '<locals>'), the stub fails the same way.
"""
import io
import json
import os
import pickle
import random
import struct
import sys
import types
import _compat_pickle

# --------------------------------------------------------------------------
# the oracle


class Stub:
    def __init__(self, *args, **kwargs):
        pass

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __setstate__(self, state):
        pass

    def __call__(self, *args, **kwargs):
        return Stub()

    def append(self, value):
        pass

    def extend(self, values):
        pass

    def __setitem__(self, key, value):
        pass

    def add(self, value):
        pass


_STUBS = {}


def stub_class(qualified):
    cls = _STUBS.get(qualified)
    if cls is None:
        cls = type("Stub_" + str(len(_STUBS)), (Stub,), {})
        _STUBS[qualified] = cls
    return cls


# A module whose attribute "a.b" differs from a.b: asking the C unpickler's
# own find_class for it tells the stream's current protocol (>= 4 resolves
# dotted names attribute by attribute) without importing anything.
_PROBE = types.ModuleType("_skopos_probe")
_PROBE.a = types.SimpleNamespace(b=4)
setattr(_PROBE, "a.b", 3)
sys.modules["_skopos_probe"] = _PROBE


def c_protocol_class(unpickler):
    """0 (below 3: fix_imports maps names), 3, or 4 (4 and above)."""
    try:
        pickle.Unpickler.find_class(unpickler, "copy_reg", "_skopos_no_such_name")
    except AttributeError:
        return 0  # copy_reg was mapped to copyreg, which has no such name
    except ImportError:
        pass
    return pickle.Unpickler.find_class(unpickler, "_skopos_probe", "a.b")


def record(unpickler, module, name, proto):
    unpickler.names.append(module + "." + name)
    if proto < 3:
        if (module, name) in _compat_pickle.NAME_MAPPING:
            module, name = _compat_pickle.NAME_MAPPING[(module, name)]
        elif module in _compat_pickle.IMPORT_MAPPING:
            module = _compat_pickle.IMPORT_MAPPING[module]
    # What the real find_class would do before returning anything.
    if not module or module.startswith("."):
        raise ValueError("no module to import: %r" % module)
    unpickler.imports.append(module + "." + name)
    if proto >= 4:
        if "<locals>" in name.split("."):
            raise AttributeError("Can't get local attribute %r" % name)
    elif "." in name:
        raise AttributeError("module %r has no attribute %r" % (module, name))
    return stub_class(module + "." + name)


class CReader(pickle.Unpickler):
    def find_class(self, module, name):
        return record(self, module, name, c_protocol_class(self))


class PyReader(pickle._Unpickler):
    def find_class(self, module, name):
        return record(self, module, name, self.proto)


class NoPeek:
    """A file object with read/readline/readinto but no peek()."""

    def __init__(self, f):
        self._f = f
        self.read = f.read
        self.readline = f.readline
        self.readinto = f.readinto


def reading(path, cls, wrap):
    names, imports = [], []
    error = None
    pickles = 0
    with open(path, "rb") as raw:
        f = wrap(raw)
        size = os.fstat(raw.fileno()).st_size
        while pickles < 64:
            if raw.tell() >= size and not hasattr(f, "peek"):
                break
            if hasattr(f, "peek") and not f.peek(1):
                break
            u = cls(f)
            u.names, u.imports = names, imports
            try:
                u.load()
                pickles += 1
            except Exception as e:  # the loader stops here: names so far count
                error = type(e).__name__ + ": " + str(e)[:160]
                break
    return {"names": names, "imports": imports, "error": error, "pickles": pickles}


def joblib_reading(path):
    """joblib.load's reading of a compressed file: joblib's own opener (zlib and
    gzip through its BinaryZlibFile, bz2.BZ2File, lzma.LZMAFile), then the
    pure-Python unpickler its NumpyUnpickler subclasses; pickles read until the
    data ends (a loader may call load again), as for the other readings."""
    import signal
    from joblib import numpy_pickle

    def timeout(*args):
        raise TimeoutError("joblib's reader does not finish")

    names, imports = [], []
    error = None
    pickles = 0
    signal.signal(signal.SIGALRM, timeout)
    signal.alarm(5)
    try:
        with open(path, "rb") as raw:
            with numpy_pickle._read_fileobject(raw, path, None) as f:
                while pickles < 64 and f.peek(1):
                    u = PyReader(f)
                    u.names, u.imports = names, imports
                    u.load()
                    pickles += 1
    except Exception as e:
        error = type(e).__name__ + ": " + str(e)[:160]
    finally:
        signal.alarm(0)
    return {"names": names, "imports": imports, "error": error, "pickles": pickles}


def compressed(path):
    from joblib import numpy_pickle_utils
    with open(path, "rb") as f:
        return numpy_pickle_utils._detect_compressor(f) not in ("not-compressed", "compat")


def oracle(paths):
    # A length field bent by a mutation asks for gigabytes: fail fast instead.
    import resource
    import warnings
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    warnings.simplefilter("ignore")
    out = {}
    for p in paths:
        if compressed(p):
            out[p] = {"joblib": joblib_reading(p)}
            continue
        out[p] = {
            "c": reading(p, CReader, lambda f: f),
            "nopeek": reading(p, CReader, NoPeek),
            "py": reading(p, PyReader, lambda f: f),
        }
    return out


# --------------------------------------------------------------------------
# the generator

DANGEROUS = [
    ("os", "system"), ("posix", "system"), ("builtins", "eval"), ("builtins", "exec"),
    ("subprocess", "Popen"), ("subprocess", "getoutput"), ("commands", "getoutput"),
    ("__builtin__", "eval"), ("builtins", "getattr"), ("pty", "spawn"), ("shutil", "rmtree"),
    ("webbrowser", "open"), ("builtins", "__import__"), ("os", "popen"), ("nt", "system"),
    ("pickle", "loads"), ("runpy", "_run_code"), ("builtins", "open"),
]
UNTRUSTED = [
    ("mymodule", "MyClass"), ("sklearn.linear_model._base", "LinearRegression"), ("collections", "Counter"),
    ("__main__", "Model"), ("copy_reg", "_reconstructor"), ("UserDict", "UserDict"), ("exceptions", "ValueError"),
    ("numpy.core.multiarray", "_reconstruct"), ("numpy", "dtype"), ("numpy", "ndarray"),
    ("functools", "partial"), ("itertools", "izip"), ("whichdb", "whichdb"), ("urllib", "quote"),
]
TRUSTED = [
    ("builtins", "dict"), ("builtins", "list"), ("collections", "OrderedDict"), ("builtins", "slice"),
    ("builtins", "set"), ("copyreg", "_reconstructor"), ("builtins", "object"),
]
DOTTED = [("os", "system.__self__.system"), ("builtins", "__builtins__.eval"), ("mymodule", "A.B"),
          ("builtins", "dict.fromkeys"), ("os", "path.join"), ("mymodule", "<locals>.f")]


def int_spellings(rng, k, valid=False):
    """Ways to write the integer k that CPython's int() accepts (and a few it
    refuses), for GET/PUT/INT/LONG lines."""
    s = str(k)
    if valid:
        return rng.choice([s, " " + s, s + " ", "+" + s, "0" + s, "\t" + s, s + "\r",
                           "_".join(s) if len(s) > 1 else s])
    options = [s, s, s, " " + s, s + " ", "+" + s, "0" + s, "00" + s, "\t" + s, s + "\r",
               "_".join(s) if len(s) > 1 else s, s[0] + "__" + s[1:] if len(s) > 1 else "_" + s,
               hex(k), "0o%o" % k, "-" + s, s + "L", "١", "+-" + s, "", s + "\x00"]
    return rng.choice(options)


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.out = bytearray()
        self.depth = 0  # values on the stack (roughly)
        self.marks = 0
        self.memo = []  # keys stored
        self.strings = []  # memo keys that hold str
        self.proto = 0
        self.safe = False
        self.clean = False  # well-formed ops only: Python loads it, so every name is checked

    def b(self, *parts):
        for p in parts:
            self.out += p if isinstance(p, (bytes, bytearray)) else p.encode("utf-8", "surrogatepass")

    def line_end(self):
        return self.rng.choice(["\n"] * 12 + ["\r\n", " \n"])

    def pick_name(self):
        r = self.rng.random()
        if self.safe:  # dangerous names only where the readings differ (tricks)
            r = 0.35 + r * 0.65
        pool = DANGEROUS if r < 0.35 else UNTRUSTED if r < 0.7 else TRUSTED if r < 0.9 else DOTTED
        return self.rng.choice(pool)

    def push_str(self, text):
        rng = self.rng
        data = text.encode("utf-8", "surrogatepass")
        kind = rng.randrange(9)
        if kind == 0:
            self.b("S", repr(text) if rng.random() < 0.8 else '"' + text + '"', self.line_end())
        elif kind == 1 and len(data) < 256:
            self.b("U", bytes([len(data)]), data)
        elif kind == 2:
            self.b("T", struct.pack("<i", len(data)), data)
        elif kind == 3:
            # raw-unicode-escape, with some characters written as \uXXXX,
            # after an even number of backslashes (then they stay as written)
            enc = "".join(("\\" * rng.choice([1, 1, 2, 3]) + "u%04x" % ord(ch)) if rng.random() < 0.3 else ch
                          for ch in text)
            self.b("V", enc.encode("raw_unicode_escape") if rng.random() < 0.5 else text.encode("raw_unicode_escape"), "\n")
        elif kind == 4:
            self.b("X", struct.pack("<I", len(data)), data)
        elif kind == 5 and len(data) < 256:
            self.b(b"\x8c", bytes([len(data)]), data)
        elif kind == 6:
            self.b(b"\x8d", struct.pack("<Q", len(data)), data)
        elif kind == 7:
            esc = rng.choice(["\\x%02x", "\\%o", "\\%03o"])
            self.b("S", "'" + "".join((esc % c) if rng.random() < 0.6 else chr(c) for c in data) + "'", "\n")
        else:
            self.b(b"\x8c", bytes([len(data) & 0xFF]), data)
        self.depth += 1

    def put(self):
        rng = self.rng
        key = rng.choice([len(self.memo), len(self.memo), rng.randrange(300), rng.randrange(70000)])
        kind = rng.randrange(4)
        if kind == 0:
            self.b("p", int_spellings(rng, key, self.clean), "\n")
        elif kind == 1 and key < 256:
            self.b("q", bytes([key]))
        elif kind == 2:
            self.b("r", struct.pack("<I", key))
        else:
            key = len(self.memo)
            self.b(b"\x94")
        self.memo.append(key)
        return key

    def get(self, key):
        rng = self.rng
        kind = rng.randrange(3)
        if kind == 0:
            self.b("g", int_spellings(rng, key, self.clean), "\n")
        elif kind == 1 and key < 256:
            self.b("h", bytes([key]))
        else:
            self.b("j", struct.pack("<I", key))
        self.depth += 1

    def global_op(self):
        module, name = self.pick_name()
        rng = self.rng
        if rng.random() < 0.5:
            self.b("c", module, self.line_end(), name, self.line_end())
            self.depth += 1
        else:
            # STACK_GLOBAL: literals, or strings stored in the memo earlier
            for part in (module, name):
                if self.strings and rng.random() < 0.3:
                    self.get(rng.choice(self.strings))
                else:
                    self.push_str(part)
                    if rng.random() < 0.3:
                        self.strings.append(self.put())
            self.b(b"\x93")
            self.depth -= 1

    def value(self):
        rng = self.rng
        k = rng.randrange(12)
        if k == 0:
            self.b("N")
        elif k == 1:
            self.b("I", int_spellings(rng, rng.randrange(5)), "\n")
        elif k == 2:
            self.b("L", int_spellings(rng, rng.randrange(1 << 40)), "\n")
        elif k == 3:
            self.b("F", rng.choice(["1.5", "1e3", "nan", " 2", "1_0.5", "inf", "x"]), "\n")
        elif k == 4:
            self.b("K", bytes([rng.randrange(256)]))
        elif k == 5:
            self.b("J", struct.pack("<i", rng.randrange(-99, 99)))
        elif k == 6:
            self.b(b"\x8a\x02\x01\x80")
        elif k == 7:
            self.b("C", bytes([3]), b"abc")
        elif k == 8:
            self.b("B", struct.pack("<I", 2), b"\n.")
        elif k == 9:
            self.b(b"\x88")
        elif k == 10:
            self.push_str(rng.choice(["os", "system", "a"] if self.clean else ["os", "system", "a", "", "x" * 300, "é", "\ud800"]))
            return
        else:
            self.b("G", struct.pack(">d", 2.5))
        self.depth += 1

    def call(self):
        """An object built from a global: REDUCE, OBJ, INST, NEWOBJ(_EX), then maybe BUILD."""
        rng = self.rng
        k = rng.randrange(5)
        if k == 0:
            self.global_op()
            self.b("(")
            for _ in range(rng.randrange(3)):
                self.value()
            self.b("t")
            self.b("R")
        elif k == 1:
            self.b("(")
            self.global_op()
            for _ in range(rng.randrange(2)):
                self.value()
            self.b("o")
        elif k == 2:
            self.b("(")
            for _ in range(rng.randrange(2)):
                self.value()
            module, name = self.pick_name()
            self.b("i", module, self.line_end(), name, self.line_end())
        elif k == 3:
            self.global_op()
            self.b(")", b"\x81")
        else:
            self.global_op()
            self.b(")", "}", b"\x92")
        self.depth += 1 if k in (1, 2) else 0
        if rng.random() < 0.3:
            self.b("}", "b")

    def op(self):
        rng = self.rng
        k = rng.randrange(100)
        if k < 20:
            self.global_op()
        elif k < 40:
            self.call()
        elif k < 52:
            self.value()
        elif k < 60:
            self.put()
        elif k < 66 and self.memo:
            self.get(rng.choice(self.memo))
        elif k < 70:
            self.b("(")
            self.marks += 1
        elif k < 73 and not self.clean:
            self.b("1" if rng.random() < 0.5 else "0")
        elif k < 75:
            self.b("2")
        elif k < 78 and rng.random() < 0.3:
            code = rng.randrange(1, 300)
            self.b(rng.choice([b"\x82" + bytes([code & 0xFF]), b"\x83" + struct.pack("<H", code),
                               b"\x84" + struct.pack("<i", code)]))
        elif k < 80 and rng.random() < 0.3:
            if rng.random() < 0.5:
                self.b("P", "pid", rng.randrange(9).__str__(), "\n")
            else:
                self.value()
                self.b("Q")
        elif k < 84:
            self.proto = rng.choice([0, 1, 2, 3, 4, 5])
            self.b(b"\x80", bytes([self.proto]))
        elif k < 88:
            self.b("]", "(")
            self.value()
            self.value()
            self.b("e")
        elif k < 92:
            self.b("}", "(")
            self.value()
            self.global_op()
            self.b("u")
        else:
            self.b("(")
            self.global_op()
            self.global_op()
            self.b("l")

    def pickle(self):
        rng = self.rng
        if rng.random() < 0.7:
            self.proto = rng.choice([0, 1, 2, 2, 3, 4, 4, 5])
            self.b(b"\x80", bytes([self.proto]))
        for _ in range(rng.randrange(1, 12)):
            self.op()
        self.b("]")  # a value for STOP even when the ops left none
        if rng.random() < 0.15:
            self.b("0")
        self.b(".")


def insert_frames(rng, data):
    """FRAME opcodes at random byte positions, each covering a random length
    (so frames end inside opcodes, operands and text lines)."""
    out = bytearray()
    i = 0
    while i < len(data):
        if rng.random() < 0.25:
            n = rng.choice([rng.randrange(1, 12), rng.randrange(1, 60), len(data) - i, len(data) - i + 3])
            out += b"\x95" + struct.pack("<Q", max(n, 0))
        step = rng.randrange(1, 20)
        out += data[i:i + step]
        i += step
    return bytes(out)


def frame_line_trick(rng):
    """A FRAME that ends inside a GLOBAL line: read on, the name is harmless;
    read as the C unpickler reads a frame it holds whole, the rest of the frame
    is dropped and the name is the dangerous text after it."""
    module, name = rng.choice(DANGEROUS)
    head = rng.choice(["dict", "Counter", "x" * rng.randrange(1, 40)])
    framed = b"c" + module.encode() + b"\n" + head.encode()
    return b"\x95" + struct.pack("<Q", len(framed)) + framed + name.encode() + b"\n0"


def frame_operand_trick(rng):
    """A FRAME that ends inside a SHORT_BINUNICODE operand used by STACK_GLOBAL."""
    module, name = rng.choice(DANGEROUS)
    text = ("x" * len(name)).encode()
    cut = rng.randrange(1, len(text) + 1)
    framed = b"\x8c" + bytes([len(module)]) + module.encode() + b"\x8c" + bytes([len(text)]) + text[:cut]
    return b"\x95" + struct.pack("<Q", len(framed)) + framed + name.encode()[:len(text)] + text[cut:] + b"\x93" + b"0"


def later_pickle_trick(rng):
    """A second pickle after STOP that names a dangerous global, then breaks."""
    module, name = rng.choice(DANGEROUS)
    return rng.choice([b"\x80\x02c" + module.encode() + b"\n" + name.encode() + b"\n\xff",
                       b"(S'ls'\ni" + module.encode() + b"\n" + name.encode() + b"\n",
                       b"c" + module.encode() + b"\n" + name.encode() + b"X",
                       b"\x80\x04\x8c" + bytes([len(module)]) + module.encode() + b"\x94\x8c"
                       + bytes([len(name)]) + name.encode() + b"g0 \n\x93)R."])


def generate_case(seed, index):
    rng = random.Random("%d-%d" % (seed, index))
    g = Gen(rng)
    g.safe = rng.random() < 0.6
    g.clean = g.safe and rng.random() < 0.5
    g.pickle()
    if g.safe and rng.random() < 0.5:
        # a dangerous name only some reading meets
        trick = rng.choice([frame_line_trick, frame_operand_trick, later_pickle_trick])(rng)
        if trick is later_pickle_trick or rng.random() < 0.5:
            g.out += trick
        else:
            g.out[-1:-1] = trick  # before the STOP
    if rng.random() < 0.2:
        g.pickle()  # a second pickle after STOP
    data = bytes(g.out)
    r = rng.random()
    if g.clean and r >= 0.35:
        pass
    elif r < 0.35:
        data = insert_frames(rng, data)
    elif r < 0.45 and data:
        pos = rng.randrange(len(data))
        data = data[:pos] + bytes([rng.randrange(256)]) + data[pos + 1:]
    elif r < 0.52 and data:
        data = data[:rng.randrange(len(data))]
    elif r < 0.6:
        data += rng.choice([b"garbage", b"\x80\x04", b"cos\nsystem", b"(S'ls'\nios\nsystem", b"\n"])
    if rng.random() < 0.15:
        data = compress(rng, data)
    return data


def compress(rng, data):
    """joblib's containers: the pickle split over one to three streams of the
    same reader (bz2; lzma-alone and xz mixed, as lzma.LZMAFile reads them),
    maybe followed by bytes that are no stream. zlib and gzip hold one stream:
    joblib's BinaryZlibFile never finishes reading anything after it."""
    import bz2
    import gzip
    import lzma
    import zlib
    kinds = ["zlib", "gzip", "bz2", "bz2", "lzma", "xz", "lzma"]
    try:
        import lz4.frame  # joblib reads lz4 through lz4.frame.LZ4FrameFile (python3-lz4)
        kinds += ["lz4", "lz4"]
    except ImportError:
        lz4 = None
    kind = rng.choice(kinds)
    if kind == "zlib":
        return zlib.compress(data)
    if kind == "gzip":
        return gzip.compress(data, mtime=0)
    cuts = sorted(rng.randrange(len(data) + 1) for _ in range(rng.randrange(3)))
    parts = [data[a:b] for a, b in zip([0] + cuts, cuts + [len(data)])]
    out = b""
    for i, part in enumerate(parts):
        if kind == "bz2":
            out += bz2.compress(part)
        elif kind == "lz4":
            # frames one after another, as LZ4FrameFile reads them
            out += lz4.frame.compress(part, content_checksum=rng.random() < 0.5)
        else:
            fmt = kind if i == 0 else rng.choice(["lzma", "xz"])
            if fmt == "xz":
                out += lzma.compress(part, format=lzma.FORMAT_XZ)
            else:
                lc = 3 if i == 0 else rng.choice([0, 1, 3])  # joblib detects the first by 5d 00 00
                out += lzma.compress(part, format=lzma.FORMAT_ALONE,
                                     filters=[{"id": lzma.FILTER_LZMA1, "lc": lc, "lp": 0, "pb": 2}])
    r = rng.random()
    if r < 0.2:
        out += rng.choice([b"garbage", b"\x00" * 4, b"BZ", b"\x5d\x00", b"\xfd7zXZ\x00", out[:5],
                           b"\x04\x22\x4d\x18", b"\x50\x2a\x4d\x18\x00\x00\x00\x00"])
    return out


def generate(seed, count, folder):
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(count):
        p = os.path.join(folder, "case_%05d.pkl" % i)
        with open(p, "wb") as f:
            f.write(generate_case(seed, i))
        paths.append(p)
    return paths


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "generate":
        generate(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    elif cmd == "oracle":
        print(json.dumps(oracle(sys.argv[2:]), indent=1, sort_keys=True))
    elif cmd == "run":
        paths = generate(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
        with open(os.path.join(sys.argv[4], "oracle.json"), "w") as f:
            json.dump(oracle(paths), f, sort_keys=True)
    else:
        sys.exit("usage: pickle_fuzz.py generate|oracle|run ...")
