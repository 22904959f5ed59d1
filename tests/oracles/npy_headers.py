#!/usr/bin/python3
"""Seeded .npy headers and what numpy's own reader makes of them.

For tests/core/tst_npy_oracle.cpp: one line per header,
    HEX-OF-THE-FILE-PREFIX <TAB> VERDICT
where VERDICT is "E" when numpy.lib.format (read_magic, _read_array_header:
the reader np.load uses) raises, else "O" or "N" (the dtype holds Python
objects, so the data is a pickle, or not), the fortran flag ("T"/"F") and the
shape, e.g. "O F 3,4".

Usage: npy_headers.py [--seed N] [--count N]
"""

import argparse
import io
import random
import struct
import sys
import warnings

import numpy as np
from numpy.lib import format as npformat

DESCRS = ["'O'", "'|O'", "'<O8'", "'O4'", "'object'", "'object_'", "'object0'", "'<f8'", "'f8'", "'float64'",
          "'|b1'", "'bool'", "'<U3'", "'|S5'", "'|V8'", "'O,O'", "'i4,O'", "'2O'", "'Object'", "'o'", "'OBJECT'",
          "'<M8[ns]'", "\"O\"", "u'O'", "b'O'", "r'O'", "'\\x4f'", "'\\117'", "'\\u004f'", "'O' ''", "'<' 'O'",
          "'|' \"O\"", "'\\x3cf8'", "[('a', '<f8'), ('b', '|O')]", "[('a', '<f8', (2,))]", "[('a', ('|O', 2))]",
          "[('a', 'O', 3)]", "[['a', 'O']]", "['aO']", "['af']", "['abc']", "('|O', (2,))", "('<f8', 3)", "('O',)",
          "[('a', [('b', 'O')])]", "[(('t', 'a'), 'O')]", "[]", "b''", "b'ab'", "{'aO': 1}", "3", "None",
          "[('a', '<i4'), ('', '|V4')]", "'<i4'  # comment\n", "'O'\\\n", "'\\N{LATIN CAPITAL LETTER O}'",
          "'\u00d8'", "'<f8' 'O'"]
SHAPES = ["(3,)", "(3L,)", "(3, 4)", "()", "[3]", "3", "(True, 2)", "(-1,)", "(3.0,)", "(0x10,)", "(1_0,)",
          "(0o7,)", "(01,)", "(00,)", "( 3 , )", "(3 L,)", "(3l,)", "(2,3,)", "(+3,)", "(- 3,)"]
FORTRAN = ["False", "True", "0", "1", "None", "False ", "True  # x"]


def header_text(rng):
    items = [("descr", rng.choice(DESCRS)), ("fortran_order", rng.choice(FORTRAN)), ("shape", rng.choice(SHAPES))]
    r = rng.random()
    if r < 0.15:  # a key given twice: the last one counts
        k, _ = rng.choice(items)
        other = {"descr": rng.choice(DESCRS), "fortran_order": rng.choice(FORTRAN), "shape": rng.choice(SHAPES)}[k]
        items.insert(rng.randrange(len(items) + 1), (k, other))
    elif r < 0.2:
        items.append((rng.choice(["extra", "Descr"]), "1"))
    elif r < 0.25:
        items.pop(rng.randrange(3))
    rng.shuffle(items) if rng.random() < 0.3 else None
    quote = lambda k: rng.choice(["'%s'", "\"%s\"", "u'%s'", "'%s'", "b'%s'" if rng.random() < 0.05 else "'%s'",
                                  "'%s' ''"]) % k
    body = ", ".join("%s: %s" % (quote(k), v) for k, v in items)
    text = "{" + body + rng.choice([", }", "}", " , }", ",\n}"])
    if rng.random() < 0.1:
        text = rng.choice([" ", "\t", "\n", "  "]) + text
    if rng.random() < 0.05:
        text = text + rng.choice(["x", ", 1", " # end"])
    return text


def file_prefix(rng, text):
    version = rng.choice([(1, 0)] * 5 + [(2, 0), (3, 0), (1, 1)])
    enc = "latin1" if version < (3, 0) else "utf8"
    try:
        body = text.encode(enc)
    except UnicodeEncodeError:
        body = text.encode("utf8")
    body += b" " * ((-len(body) - 1) % 16) + b"\n"
    if version[0] == 1:
        head = b"\x93NUMPY" + bytes(version) + struct.pack("<H", len(body))
    else:
        head = b"\x93NUMPY" + bytes(version) + struct.pack("<I", len(body))
    return head + body


def numpy_verdict(data):
    f = io.BytesIO(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            version = npformat.read_magic(f)
            npformat._check_version(version)
            shape, fortran, dtype = npformat._read_array_header(f, version)
    except Exception:  # noqa: BLE001 - any failure is numpy refusing the header
        return "E"
    if any(d < 0 for d in shape):
        return "E"  # np.load fails on it when it sizes the array
    return "%s %s %s" % ("O" if dtype.hasobject else "N", "T" if fortran else "F", ",".join(str(int(d)) for d in shape))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--count", type=int, default=1500)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    for _ in range(a.count):
        data = file_prefix(rng, header_text(rng))
        sys.stdout.write(data.hex() + "\t" + numpy_verdict(data) + "\n")


if __name__ == "__main__":
    main()
