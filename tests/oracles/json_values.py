#!/usr/bin/python3
"""Seeded JSON documents and what Python's json.loads(bytes) makes of them.

For tests/core/tst_schema_oracle.cpp: one line per document,
    HEX-OF-THE-BYTES <TAB> CANONICAL
where CANONICAL is "E" when json.loads raises, else the value written as
    n t f | i<decimal> (ints that fit 64 bits) | d<16 hex digits: the float's
    bits> (floats; ints beyond 64 bits as the nearest float, which is how
    Skopos holds them; NaN as "dnan") | s<hex of the string's code points
    each encoded as UTF-8 on its own, surrogates included> | [a,b] |
    {k:v,...} in dict order (first place of a key, last value).

Usage: json_values.py [--seed N] [--count N]
"""

import argparse
import json
import math
import random
import struct
import sys

STRINGS = ["", "a", "__class__", "__module__", "é", "\u20ac", "\U0001F600", "\ud800", "\udc00",
           "\ud800\udc00", "a\"b", "back\\slash", "tab\tnl\n", "\x7f", "\u2028", "\ufeff", "\x00"]
NUMBERS = ["0", "-0", "1", "-1", "01", "-01", "00", "1.", ".5", "1.5", "-0.0", "1e", "1E+2", "1e-2",
           "2.5E-324", "1e-400", "-1e-400", "1e400", "-1e400", "1.7976931348623157e308", "1.8e308",
           "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
           "123456789012345678901234567890", "1" + "0" * 400, "-", "+1", "0x1", "NaN", "-NaN", "Infinity",
           "-Infinity", "infinity", "1" * 4300, "1" * 4301, "0.000000000000000000001e-320",
           "100000000000000000000000000000000e-10", "4e-320", "12345678901234567890e-5"]
ESCAPES = ["\\n", "\\/", "\\u0041", "\\u00e9", "\\u00E9", "\\ud800", "\\udc00", "\\ud800\\udc00",
           "\\ud83d\\ude00", "\\ud800\\u0041", "\\ud800\\ud800", "\\udc00\\ud800", "\\u12", "\\x41",
           "\\U0041", "\\uD834\\uDD1E"]
RAW_BYTES = [b"\xc3\xa9", b"\xed\xa0\x80", b"\xed\xb0\x80", b"\xed\xa0\xbd\xed\xb8\x80", b"\xf0\x9f\x98\x80",
             b"\xff", b"\xc0\xaf", b"\xe0\x80\x80", b"\xf4\x90\x80\x80", b"\xc3", b"\x80", b"\x01",
             b"\x7f", b"\xef\xbf\xbf", b"\xf0\x90\x80"]
WS = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\u00a0"]


def gen_string(rng):
    """A JSON string literal as bytes: escapes, raw UTF-8, odd bytes."""
    parts = [b'"']
    for _ in range(rng.randint(0, 4)):
        r = rng.random()
        if r < 0.35:
            parts.append(rng.choice(ESCAPES).encode())
        elif r < 0.6:
            parts.append(rng.choice(RAW_BYTES))
        else:
            s = rng.choice(STRINGS)
            parts.append(json.dumps(s, ensure_ascii=rng.random() < 0.5)[1:-1].encode("utf-8", "surrogatepass"))
    parts.append(b'"')
    return b"".join(parts)


def gen_value(rng, depth=0):
    r = rng.random()
    if depth < 3 and r < 0.2:
        n = rng.randint(0, 4)
        keys = [gen_string(rng) for _ in range(n)]
        if n and rng.random() < 0.5:  # a duplicate key
            keys.append(rng.choice(keys))
        sep = lambda: (rng.choice(WS) if rng.random() < 0.1 else "").encode()
        return b"{" + b",".join(k + sep() + b":" + gen_value(rng, depth + 1) for k in keys) + b"}"
    if depth < 3 and r < 0.35:
        return b"[" + b",".join(gen_value(rng, depth + 1) for _ in range(rng.randint(0, 4))) + b"]"
    if r < 0.6:
        return gen_string(rng)
    if r < 0.9:
        return rng.choice(NUMBERS).encode()
    return rng.choice([b"true", b"false", b"null", b"tru", b"True", b"nul"])


def encode(doc, rng):
    """Most documents stay UTF-8; some are re-encoded as detect_encoding knows."""
    r = rng.random()
    if r < 0.75:
        return doc
    try:
        text = doc.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return doc
    enc = rng.choice(["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
    return text.encode(enc, "surrogatepass")


def canon(v):
    if v is None:
        return "n"
    if v is True:
        return "t"
    if v is False:
        return "f"
    if isinstance(v, int):
        if -2**63 <= v < 2**63:
            return "i%d" % v
        try:
            v = float(v)
        except OverflowError:
            v = math.inf if v > 0 else -math.inf
    if isinstance(v, float):
        return "dnan" if math.isnan(v) else "d" + struct.pack(">d", v).hex()
    if isinstance(v, str):
        return "s" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, list):
        return "[" + ",".join(canon(x) for x in v) + "]"
    return "{" + ",".join(canon(k) + ":" + canon(x) for k, x in v.items()) + "}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--count", type=int, default=2000)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = sys.stdout
    for _ in range(a.count):
        doc = gen_value(rng)
        if rng.random() < 0.1:
            doc = rng.choice([b" ", b"\n", b"\x0c", b"x", b"\x00", b",", b"\xc2\xa0"]) + doc
        if rng.random() < 0.1:
            doc = doc + rng.choice([b" ", b"\n", b"x", b"{}", b"\x00", b"\xc2\xa0"])
        doc = encode(doc, rng)
        try:
            want = canon(json.loads(doc))
        except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, int digits limit
            want = "E"
        out.write(doc.hex() + "\t" + want + "\n")


if __name__ == "__main__":
    main()
