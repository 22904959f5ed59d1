#!/usr/bin/python3
"""schema.json variants: Skopos against real skops (issue 20, item 2).

Writes seeded variants of the schema.json of real skops files (re-encoded as
UTF-8 with a BOM, UTF-16 and UTF-32 with and without marks; key and type
names written with \\u escapes; duplicate keys; NaN, Infinity, 1e400, leading
zeros and other number spellings; invalid UTF-8, raw and escaped surrogates;
JSON and non-JSON whitespace; trailing data; every kind of "protocol"), packs
each into a copy of the real file with Python's zipfile, and asks both
`skopos untrusted --json FILE` and skops.io.get_untrusted_types(file=FILE).
They agree when both give the same list, or both fail (Skopos exit 2, or a
"skops_audit_failure" where Skopos knows skops' own audit raises).

Where the schema is valid JSON to Python, Skopos' values are compared with
json.loads too (`skopos inspect --json` is not needed: the untrusted list is
what depends on them). Every disagreement is written to --keep DIR (with the
two answers) so it can become a file under tests/data/regressions/json/.
The files already there are checked on every run.

Usage: PYTHONPATH=<skops checkout> schema_oracle.py --skopos BIN --data DIR
       [--seed N] [--cases N] [--keep DIR]
Prints "N cases, M disagreements" last; exits 1 on any disagreement.
"""

import argparse
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile

from skops.io import get_untrusted_types

BASES = [
    "fixtures/LogisticRegression/model.skops",
    "fixtures/KNeighborsClassifier/model.skops",
    "fixtures/extra_function_transformer/model.skops",
    "fixtures/extra_odd_objects/model.skops",
    "fixtures/extra_random_state_obj/model.skops",
    "old-skops/v0.4.0-function.skops",
    "old-skops/v0.6-generator.skops",
    "old-skops/v0.4.0-generator.skops",
]


class Pairs(list):
    """A JSON object written member by member (duplicate keys allowed)."""


class Raw(str):
    """JSON text written as is (numbers Python's json.dumps never writes)."""


def ser(v, rng, esc=0.0, ws=None):
    """JSON text of v; strings get random \\u escapes with probability esc,
    and `ws` (a callable) gives the whitespace around separators."""
    w = ws or (lambda: "")
    if isinstance(v, Raw):
        return str(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            o = ord(ch)
            if ch in '"\\':
                out.append("\\" + ch)
            elif o < 0x20 or (esc and rng.random() < esc):
                if o > 0xFFFF:
                    o -= 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
                else:
                    out.append(("\\u%04x" if rng.random() < 0.5 else "\\u%04X") % o)
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    if isinstance(v, (list, tuple)) and not isinstance(v, Pairs):
        return "[" + w() + ("," + w()).join(ser(x, rng, esc, ws) for x in v) + w() + "]"
    items = v if isinstance(v, Pairs) else list(v.items())
    return "{" + w() + ("," + w()).join(
        ser(k, rng, esc, ws) + w() + ":" + w() + ser(x, rng, esc, ws) for k, x in items) + w() + "}"


def nodes(obj, out=None):
    """Every dict of the schema that is a skops node (has __class__)."""
    out = [] if out is None else out
    if isinstance(obj, dict):
        if "__class__" in obj and "__module__" in obj:
            out.append(obj)
        for x in obj.values():
            nodes(x, out)
    elif isinstance(obj, list):
        for x in obj:
            nodes(x, out)
    return out


def encode(text, rng, what):
    """text in one of the encodings json.loads(bytes) detects (or not)."""
    choice = rng.choice([
        "utf-8-sig", "utf-16-le", "utf-16-be", "utf-16", "utf-32-le", "utf-32-be", "utf-32",
        "bom16le+utf16le", "bom16be+utf16be", "bom32le+utf32le", "bom32be+utf32be",
        "utf-16-le-odd", "utf-32-be-cut", "bom16le+utf16be", "bom8+bom8", "utf-16-le-bom-twice"])
    what.append(choice)
    boms = {"bom16le": b"\xff\xfe", "bom16be": b"\xfe\xff", "bom32le": b"\xff\xfe\x00\x00",
            "bom32be": b"\x00\x00\xfe\xff", "bom8": b"\xef\xbb\xbf"}
    enc = {"utf16le": "utf-16-le", "utf16be": "utf-16-be", "utf32le": "utf-32-le", "utf32be": "utf-32-be"}
    if "+" in choice:
        a, b = choice.split("+")
        if b == "bom8":
            return boms[a] + boms[b] + text.encode("utf-8", "surrogatepass")
        return boms[a] + text.encode(enc[b], "surrogatepass")
    if choice == "utf-16-le-odd":
        return text.encode("utf-16-le", "surrogatepass") + b"\x00"
    if choice == "utf-32-be-cut":
        return text.encode("utf-32-be", "surrogatepass")[:-2]
    if choice == "utf-16-le-bom-twice":
        return b"\xff\xfe" + ("\ufeff" + text).encode("utf-16-le", "surrogatepass")
    return text.encode(choice, "surrogatepass")


# Number and literal spellings, valid and not, put where skops ignores the value.
LITERALS = ["0", "-0", "01", "-01", "00", "1.", ".5", "1e", "1E+2", "1e-2", "-", "+1", "0x10", "1_0",
            "NaN", "-NaN", "Infinity", "-Infinity", "infinity", "nan", "1e400", "-1e400", "1e-400",
            "123456789012345678901234567890", "-9223372036854775809", "9" * 4300, "9" * 4301,
            "-" + "9" * 4300, "1.5e308", "2.5E-324", "true", "True", "null", "None", "tru", "[]", "{}",
            "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\x41\"", "\"\\u12\"", "\"\\u00e9\"", "\"a\\/b\""]
PROTOCOLS = ["0", "1", "2", "3", "-1", "2.0", "1.0", "0.0", "-0.0", "1e0", "true", "false", "null",
             "\"2\"", "NaN", "Infinity", "1e400", "20e-1", "02", "100000000000000000000000000000",
             "[2]", "{}", "2.5", None]
JSON_CONTENTS = ['"\\ud800"', '"a\\udc00b"', "NaN", "-Infinity", "1e400", "01", "1.", "[1, 2]", "{}", "",
                 '"unterminated', "\ufeff1", "true", "null", "123456789012345678901234567890"]
WHITESPACE_OK = [" ", "\t", "\n", "\r", "  \n\t"]
WHITESPACE_BAD = ["\x0b", "\x0c", "\u00a0", "\u2028", "\ufeff", "\x00"]
BAD_BYTES = [b"\xff", b"\xc0\xaf", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xed\xbf\xbf\xed\xb0\x80",
             b"\xf4\x90\x80\x80", b"\xf0\x90\x80", b"\xc3", b"\x80", b"\x01", b"\x7f", b"\xc3\xa9",
             b"\xf0\x9f\x98\x80", b"\xef\xbf\xbf"]


def variant(schema, rng):
    """(description, schema.json bytes) of one random variant."""
    kind = rng.choice(["encode", "escape", "dup", "protocol", "literal", "whitespace", "bytes",
                       "surrogate", "trailing", "id", "escape+encode", "dupkey-escaped", "jsonnode"])
    what = [kind]
    s = json.loads(json.dumps(schema))
    ns = nodes(s)
    esc = 0.0
    ws = None
    post = None  # byte surgery on the UTF-8 text
    if kind in ("encode", "escape+encode"):
        if kind == "escape+encode":
            esc = 0.3
        text = ser(s, rng, esc)
        return what, encode(text, rng, what)
    if kind == "escape":
        esc = rng.choice([0.05, 0.3, 1.0])
    elif kind in ("dup", "dupkey-escaped"):
        n = rng.choice(ns)
        key = rng.choice(["__class__", "__module__", "__loader__", "protocol"] if n is s else
                         ["__class__", "__module__", "__loader__"])
        bad = {"__class__": "Evil", "__module__": "os", "__loader__": "ObjectNode", "protocol": 0}[key]
        items = list(n.items())
        where = rng.choice(["before", "after"])
        if key not in n:
            items.append((key, bad))
        else:
            i = [k for k, _ in items].index(key)
            items.insert(i if where == "before" else len(items), (key, bad))
        what.append(key + ":" + where)
        p = Pairs(items)
        if kind == "dupkey-escaped":
            esc = 0.5
        n.clear()
        n["\x00pairs"] = p  # replaced below
    elif kind == "protocol":
        lit = rng.choice(PROTOCOLS)
        what.append(str(lit))
        if lit is None:
            del s["protocol"]
        else:
            s["protocol"] = Raw(lit)
    elif kind == "literal":
        lit = rng.choice(LITERALS)
        what.append(lit[:20])
        target = rng.choice(ns)
        target["x_extra"] = Raw(lit)
    elif kind == "whitespace":
        bad = rng.random() < 0.3
        pool = WHITESPACE_BAD if bad else WHITESPACE_OK
        what.append("bad" if bad else "ok")
        ws = lambda: rng.choice(pool) if rng.random() < (0.02 if bad else 0.3) else ""
    elif kind == "bytes":
        b = rng.choice(BAD_BYTES)
        what.append(b.hex())
        n = rng.choice(ns)
        field = rng.choice(["__class__", "__module__", "x_extra"])
        n[field] = n.get(field, "v") + "\x00MARK\x00"
        post = lambda data: data.replace(b"\\u0000MARK\\u0000", b, 1)
    elif kind == "surrogate":
        n = rng.choice(ns)
        form = rng.choice(["escaped", "raw", "pair-escaped", "pair-raw", "escaped-then-raw"])
        what.append(form)
        if form == "escaped":
            n["__class__"] = n["__class__"] + "\ud800"
        elif form == "raw":
            n["__class__"] = n["__class__"] + "\x00MARK\x00"
            post = lambda data: data.replace(b"\\u0000MARK\\u0000", b"\xed\xa0\x80", 1)
        elif form == "pair-escaped":
            n["__class__"] = n["__class__"] + "\U0001F600"
            esc = 0.0
            n["__class__"] = Raw(ser(n["__class__"][:-1], rng) [:-1] + "\\ud83d\\ude00\"")
        elif form == "pair-raw":
            n["__class__"] = n["__class__"] + "\x00MARK\x00"
            post = lambda data: data.replace(b"\\u0000MARK\\u0000", b"\xed\xa0\xbd\xed\xb8\x80", 1)
        else:
            n["__class__"] = Raw(ser(n["__class__"], rng)[:-1] + "\\ud83d\x00MARK\x00\"")
            post = lambda data: data.replace(b"\x00MARK\x00", b"\xed\xb8\x80", 1)
    elif kind == "id":
        n = rng.choice([x for x in ns if "__id__" in x] or ns)
        v = n.get("__id__", 7)
        lit = rng.choice(["0" + str(v), str(v) + ".0", str(v) + "e0", "-" + str(v), "1e400", "NaN", str(v) + ".5"])
        what.append(lit[:20])
        n["__id__"] = Raw(lit)
    elif kind == "jsonnode":  # skops reads a JsonNode's content only when it loads
        js = [x for x in ns if x.get("__loader__") == "JsonNode"]
        if js:
            n = rng.choice(js)
            lit = rng.choice(JSON_CONTENTS)
            what.append(lit[:20])
            n["content"] = lit
    elif kind == "trailing":
        tail = rng.choice([" ", "\n", "x", "{}", "\x00", "\u00a0", ",", "]"])
        what.append(repr(tail))
        text = ser(s, rng)
        return what, (text + tail).encode("utf-8")

    def fix(o):  # Pairs placeholders back in place
        if isinstance(o, dict):
            if "\x00pairs" in o:
                return Pairs((k, fix(x)) for k, x in o["\x00pairs"])
            return {k: fix(x) for k, x in o.items()}
        if isinstance(o, list) and not isinstance(o, Pairs):
            return [fix(x) for x in o]
        return o

    text = ser(fix(s), rng, esc, ws)
    data = text.encode("utf-8", "surrogatepass")
    if post:
        data = post(data)
    return what, data


def pack(base, schema_bytes, path):
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            if info.filename == "schema.json":
                dst.writestr("schema.json", schema_bytes)
            else:
                dst.writestr(info, src.read(info.filename))


def python_answer(path):
    try:
        # As JSON carries the names: Skopos' reports are valid UTF-8, a lone
        # surrogate is written \udXXX, and JSON reads a high one escaped just
        # before a low one as the pair's character, as json.loads(json.dumps())
        # does with Python's own list.
        return sorted(json.loads(json.dumps(get_untrusted_types(file=path))))
    except Exception as e:  # noqa: BLE001 - any failure is "skops refuses"
        return "error: %s: %s" % (type(e).__name__, str(e)[:120])


def skopos_answer(skopos, path):
    p = subprocess.run([skopos, "untrusted", "--json", path], capture_output=True, timeout=120)
    if p.returncode == 2:
        return "error: " + p.stderr.decode("utf-8", "replace").strip()[:200]
    if p.returncode not in (0, 1, 3, 4):
        return "crash: exit %d %s" % (p.returncode, p.stderr[:200])
    try:
        doc = json.loads(p.stdout.decode("utf-8"))
    except ValueError as e:
        return "bad output: %s: %r" % (e, p.stdout[:200])
    if doc.get("skops_audit_failure"):
        return "error: (skops' audit fails: %s)" % doc["skops_audit_failure"][:120]
    return sorted(set(doc["untrusted"]) | set(doc["dangerous"]))


def agree(a, b):
    if isinstance(a, str) and isinstance(b, str):
        return a.startswith("error") and b.startswith("error")
    return a == b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--skopos", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--keep")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    bases = [os.path.join(a.data, b) for b in BASES]
    schemas = {}
    for b in bases:
        with zipfile.ZipFile(b) as z:
            schemas[b] = json.loads(z.read("schema.json"))
    runs = disagreements = 0
    tmp = tempfile.mkdtemp(prefix="schema-oracle-")

    def check(label, path):
        nonlocal runs, disagreements
        runs += 1
        py, sk = python_answer(path), skopos_answer(a.skopos, path)
        if agree(py, sk):
            return
        disagreements += 1
        print("FAIL %s\n  python: %s\n  skopos: %s" % (label, py, sk))
        if a.keep:
            os.makedirs(a.keep, exist_ok=True)
            name = "case-%04d.skops" % runs
            shutil.copyfile(path, os.path.join(a.keep, name))  # never move: path may be a kept regression
            with open(os.path.join(a.keep, name + ".json"), "w") as f:
                json.dump({"what": label, "python": py, "skopos": sk}, f, indent=1)

    # The kept disagreements of earlier runs, then the bases as they are.
    reg = os.path.join(a.data, "regressions", "json")
    if os.path.isdir(reg):
        for name in sorted(os.listdir(reg)):
            if name.endswith(".skops"):
                check("regression " + name, os.path.join(reg, name))
    for b in bases:
        check("base " + os.path.relpath(b, a.data), b)
    for i in range(a.cases):
        base = bases[i % len(bases)]
        what, data = variant(schemas[base], rng)
        path = os.path.join(tmp, "v%04d.skops" % i)
        pack(base, data, path)
        check("%d %s %s" % (i, os.path.relpath(base, a.data), " ".join(what)), path)
        if os.path.exists(path):
            os.remove(path)
    print("%d cases, %d disagreements" % (runs, disagreements))
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
