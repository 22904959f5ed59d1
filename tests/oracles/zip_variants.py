#!/usr/bin/python3
"""Zip archive variants for tests/core/tst_zip_oracle.cpp, with what CPython's
zipfile (and, for skops files, real skops) makes of each.

Every archive is written by the standard library's zipfile (or real skops),
then changed by byte surgery: bytes prepended, comments, zip64 end records,
end records counting 0 entries, disk numbers, duplicate names, two central
directories, truncations, local/central mismatches, random byte flips in the
directory. Deterministic for a seed.

    zip_variants.py OUTDIR [--seed N] [--count N] [--skops-count N]
    zip_variants.py --oracle FILE...   (zipfile's reading of each file, as JSON on stdout)

Writes OUTDIR/vNNNN.zip (.skops) and OUTDIR/manifest.json:
  {"cases": [{"file", "kind", "zip": {"error"} | {"names", "members": {name:
  {"size", "sha256", "head"} | {"error"}}}, "skops": {"untrusted"} | {"error"}}]}
"names" are zipfile's NameToInfo keys (what ZipFile.read can be asked for).
Skops cases need real skops on PYTHONPATH (--skops-count 0 to leave them out).
"""

import argparse
import hashlib
import io
import json
import os
import random
import struct
import sys
import warnings
import zipfile

METHODS = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]


# --- archives written by zipfile ---------------------------------------------

class Unseekable(io.RawIOBase):
    """A write-only stream: zipfile then writes data descriptors (flag 0x08)."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)

    def getvalue(self):
        return bytes(self.data)


def write_zip(members, comment=b"", force_zip64=False, seekable=True):
    """members: (name, bytes, method). Written by zipfile into memory."""
    buf = io.BytesIO() if seekable else Unseekable()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are wanted here
        with zipfile.ZipFile(buf, "w") as z:
            for name, data, method in members:
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 3, 4, 6))
                info.compress_type = method
                with z.open(info, "w", force_zip64=force_zip64) as f:
                    f.write(data)
            z.comment = comment
    return buf.getvalue()


def parse(data):
    """A zipfile-written archive as entries: central fields and local blobs."""
    e = data.rfind(b"PK\x05\x06")
    cd_size, cd_off = struct.unpack("<II", data[e + 12:e + 20])
    ents, p = [], cd_off
    while p < cd_off + cd_size:
        fixed = bytearray(data[p:p + 46])
        n, x, c = struct.unpack("<HHH", fixed[28:34])
        ents.append({"fixed": fixed, "name": data[p + 46:p + 46 + n], "extra": data[p + 46 + n:p + 46 + n + x],
                     "comment": data[p + 46 + n + x:p + 46 + n + x + c], "off": struct.unpack("<I", fixed[42:46])[0]})
        p += 46 + n + x + c
    offs = sorted({en["off"] for en in ents}) + [cd_off]
    for en in ents:
        en["local"] = bytearray(data[en["off"]:offs[offs.index(en["off"]) + 1]])
    return ents


def copy_ents(ents):
    return [{k: (bytearray(v) if isinstance(v, bytearray) else v) for k, v in en.items()} for en in ents]


def central(ents, base):
    """Central directory bytes for entries whose locals start at `base`."""
    cd, off = bytearray(), base
    for en in ents:
        f = bytearray(en["fixed"])
        f[28:34] = struct.pack("<HHH", len(en["name"]), len(en["extra"]), len(en["comment"]))
        f[42:46] = struct.pack("<I", min(off, 0xFFFFFFFF))
        cd += f + en["name"] + en["extra"] + en["comment"]
        off += len(en["local"])
    return cd


def locals_of(ents):
    return b"".join(bytes(en["local"]) for en in ents)


def eocd(count, cd_size, cd_off, comment=b"", disks=(0, 0)):
    c = min(count, 0xFFFF)
    return struct.pack("<4sHHHHIIH", b"PK\x05\x06", disks[0], disks[1], c, c, cd_size, cd_off, len(comment)) + comment


def zip64_end(count, cd_size, cd_off, rec_at, disk_fields=(0, 0), locator_disks=(0, 1), locator_at=None):
    rec = struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, disk_fields[0], disk_fields[1], count, count,
                      cd_size, cd_off)
    loc = struct.pack("<4sIQI", b"PK\x06\x07", locator_disks[0], rec_at if locator_at is None else locator_at,
                      locator_disks[1])
    return rec + loc


def build(ents, comment=b"", count=None, disks=(0, 0), zip64=False, saturate=True, **z64):
    body = locals_of(ents)
    cd = central(ents, 0)
    n = len(ents) if count is None else count
    out = body + cd
    if zip64:
        out += zip64_end(n, len(cd), len(body), len(out), **z64)
        if saturate:
            return out + struct.pack("<4sHHHHIIH", b"PK\x05\x06", disks[0], disks[1], 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                                     0xFFFFFFFF, len(comment)) + comment
    return out + eocd(n, len(cd), len(body), comment, disks)


def two_directories(a, b, mode):
    """Entries a and b in one file, with two directories a reader may pick from."""
    body = locals_of(a) + locals_of(b)
    cda, cdb = central(a, 0), central(b, len(locals_of(a)))
    if mode == "zip64-other":  # the classic record points at a, the zip64 record (before the locator) at b
        out = body + cda + cdb
        rec_at = len(out)
        out += zip64_end(len(b), len(cdb), len(body) + len(cda), rec_at)
        return out + eocd(len(a), len(cda), len(body))
    if mode == "locator-elsewhere":  # zipfile reads b's zip64 record, the locator points at a's
        out = body + cda
        rec_a = len(out)
        out += zip64_end(len(a), len(cda), len(body), rec_a)[:56]
        out += cdb
        rec_b = len(out)
        out += zip64_end(len(b), len(cdb), rec_a + 56, rec_b, locator_at=rec_a)
        return out + struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    if mode in ("end-in-comment", "comment-lie"):
        # a's end record, whose comment (reaching the end of the file exactly)
        # holds b's directory and end record: zipfile takes b's (the last 22
        # bytes, or the last signature), a reader checking comment lengths a's.
        out = body + cda
        cdb_at = len(out) + 22
        comment = cdb + eocd(len(b), len(cdb), cdb_at)
        if mode == "comment-lie":
            comment += b"tail of the comment"
        return out + eocd(len(a), len(cda), len(body), comment)
    if mode == "appended":  # cat a.zip b.zip
        return build(a) + build(b)
    raise ValueError(mode)


# --- member contents -----------------------------------------------------------

def content(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return b""
    if kind == 1:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
    if kind == 2:
        return (b'{"__class__": "X", "content": [1, 2, 3]}\n' * rng.randrange(1, 400))
    if kind == 3:
        return b"\x93NUMPY\x01\x00v\x00{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }" + b" " * 50 + b"\n" + bytes(32)
    if kind == 4:
        return bytes(rng.randrange(4)) * rng.randrange(1000, 200000)
    return "naïve ✓ ".encode() * rng.randrange(1, 50)


def name_for(rng, i):
    pick = rng.randrange(10)
    if pick == 0:
        return "dir/sub/member%d.npy" % i
    if pick == 1:
        return "n\u00e4me%d.txt" % i  # written with the UTF-8 flag
    return "%d.npy" % i


def random_members(rng, n):
    return [(name_for(rng, i), content(rng), rng.choice(METHODS)) for i in range(n)]


# --- surgery -------------------------------------------------------------------

def set16(buf, at, v):
    buf[at:at + 2] = struct.pack("<H", v)


def set32(buf, at, v):
    buf[at:at + 4] = struct.pack("<I", v)


def zip64_extras(ents):
    """Central sizes and offset saturated, the values in a zip64 extra field."""
    for en in ents:
        f = en["fixed"]
        cs, fs = struct.unpack("<II", f[20:28])
        en["zip64"] = (fs, cs)
        set32(f, 20, 0xFFFFFFFF)
        set32(f, 24, 0xFFFFFFFF)
        en["extra"] = struct.pack("<HHQQ", 1, 16, fs, cs) + en["extra"]


def mutate_entries(rng, ents, kind):
    en = rng.choice(ents)
    f, loc = en["fixed"], en["local"]
    if kind == "local-name":
        n = struct.unpack("<H", loc[26:28])[0]
        if n:
            loc[30 + rng.randrange(n)] ^= 0x20
    elif kind == "local-method":
        set16(loc, 8, rng.choice([0, 8, 12, 14, 99]))
    elif kind == "central-method":
        set16(f, 10, rng.choice([0, 8, 12, 14, 9, 99]))
    elif kind == "local-utf8-flag":
        set16(loc, 6, struct.unpack("<H", loc[6:8])[0] ^ 0x800)
    elif kind == "both-utf8-flags":
        set16(loc, 6, struct.unpack("<H", loc[6:8])[0] ^ 0x800)
        set16(f, 8, struct.unpack("<H", f[8:10])[0] ^ 0x800)
    elif kind == "central-flags":
        set16(f, 8, struct.unpack("<H", f[8:10])[0] | rng.choice([1, 0x20, 0x40, 0x08, 0x02]))
    elif kind == "crc":
        set32(f, 16, rng.getrandbits(32))
    elif kind == "sizes":
        set32(f, rng.choice([20, 24]), rng.choice([0, 1, rng.getrandbits(16), 0xFFFFFFFF]))
    elif kind == "local-sizes":
        set32(loc, rng.choice([18, 22]), rng.getrandbits(32))
    elif kind == "version":
        f[6] = rng.choice([20, 45, 63, 64, 255])
    elif kind == "disk-start":
        set16(f, 34, rng.randrange(1, 5))
    elif kind == "extra-corrupt":
        en["extra"] = en["extra"] + struct.pack("<HH", 0x5455, 40) + b"xx"
    elif kind == "entry-comment":
        en["comment"] = b"PK\x05\x06 not an end record"
    elif kind == "nul-name":
        en["name"] = en["name"][:1] + b"\x00" + en["name"][1:]
    elif kind == "data":
        hdr = 30 + struct.unpack("<H", loc[26:28])[0] + struct.unpack("<H", loc[28:30])[0]
        if len(loc) > hdr:
            loc[rng.randrange(hdr, len(loc))] ^= 1 << rng.randrange(8)
    elif kind == "header-offset":
        en["shift"] = rng.choice([-1, 1, 30])
    elif kind == "lzma-props":  # zipfile's LZMA header: 2 version bytes, the properties' size
        hdr = 30 + struct.unpack("<H", loc[26:28])[0] + struct.unpack("<H", loc[28:30])[0]
        if struct.unpack("<H", f[10:12])[0] == zipfile.ZIP_LZMA and len(loc) >= hdr + 9:
            set16(loc, hdr + 2, rng.choice([0, 4, 6, 300]))
        else:
            set16(f, 10, zipfile.ZIP_LZMA)
            set16(loc, 8, zipfile.ZIP_LZMA)
    elif kind == "cut-data":  # fewer compressed bytes declared (central and local agree)
        cs = struct.unpack("<I", f[20:24])[0]
        new = rng.randrange(cs + 1) if cs else 0
        set32(f, 20, new)
        set32(loc, 18, new)
    return kind


def apply_shifts(data, ents):
    """Entries with a "shift" get their central header offset moved."""
    if not any("shift" in en for en in ents):
        return data
    out = bytearray(data)
    e = out.rfind(b"PK\x05\x06")
    cd_off = struct.unpack("<I", out[e + 16:e + 20])[0]
    p = cd_off
    for en in ents:
        n, x, c = struct.unpack("<HHH", out[p + 28:p + 34])
        if "shift" in en:
            old = struct.unpack("<I", out[p + 42:p + 46])[0]
            set32(out, p + 42, max(0, old + en["shift"]) & 0xFFFFFFFF)
        p += 46 + n + x + c
    return bytes(out)


ENTRY_KINDS = ["local-name", "local-method", "central-method", "local-utf8-flag", "both-utf8-flags", "central-flags",
               "crc", "sizes", "local-sizes", "version", "disk-start", "extra-corrupt", "entry-comment", "nul-name",
               "data", "header-offset", "lzma-props", "cut-data"]


def variant(rng, ents_pool, kind):
    """One archive (bytes) of the given kind, built from entry lists."""
    a = copy_ents(rng.choice(ents_pool))
    if kind == "plain":
        return build(a)
    if kind == "prefix":
        size = rng.choice([1, 7, 100, 4096, 70000])
        pre = rng.choice([b"#!/bin/sh\nexit 0\n", b"PK\x05\x06", b"PK\x03\x04", b"\x00"]) * (size // 4 + 1)
        return pre[:size] + build(a)
    if kind == "comment":
        size = rng.choice([1, 21, 22, 300, 65535])
        body = rng.choice([b"c", b"PK\x05\x06", b"PK\x06\x07"])
        return build(a, comment=(body * size)[:size])
    if kind == "comment-length-wrong":
        data = bytearray(build(a, comment=b"x" * 40))
        set16(data, len(data) - 42 + 20, rng.choice([0, 10, 41, 1000]))
        return bytes(data)
    if kind == "zero-count":
        return build(a, count=0)
    if kind == "wrong-count":
        return build(a, count=rng.choice([1, 2, 1000, 0xFFFF]))
    if kind == "disks":
        return build(a, disks=(rng.randrange(0, 3), rng.randrange(0, 3)))
    if kind == "zip64-end":
        return build(a, zip64=True, saturate=rng.random() < 0.7)
    if kind == "zip64-disks":
        return build(a, zip64=True, locator_disks=rng.choice([(0, 0), (0, 2), (1, 1)]),
                     disk_fields=(rng.randrange(2), rng.randrange(2)))
    if kind == "zip64-extras":
        zip64_extras(a)
        return build(a, zip64=rng.random() < 0.5)
    if kind == "duplicate":
        b = copy_ents(rng.choice(ents_pool))
        for en in b:
            if rng.random() < 0.5 and a:
                dup = rng.choice(a)
                rename(en, dup["name"])
        mixed = a + b
        rng.shuffle(mixed)
        return build(mixed)
    if kind.startswith("two-"):
        b = copy_ents(rng.choice(ents_pool))
        return two_directories(a, b, kind[4:])
    if kind == "end-sig-at-end":  # an end record signature in the last 21 bytes
        return build(a) + rng.choice([b"PK\x05\x06", b"xxPK\x05\x06" + bytes(10)])
    if kind == "truncated":
        data = build(a)
        return data[:rng.randrange(len(data))]
    if kind == "flips":
        data = bytearray(build(a))
        cd = len(locals_of(a))
        for _ in range(rng.randrange(1, 5)):
            data[rng.randrange(cd, len(data))] ^= 1 << rng.randrange(8)
        return bytes(data)
    if kind in ENTRY_KINDS:
        mutate_entries(rng, a, kind)
        return apply_shifts(build(a), a)
    raise ValueError(kind)


def rename(en, name, utf8=True):
    """An entry renamed in its central and local headers (flagged UTF-8 or not)."""
    loc = en["local"]
    n, x = struct.unpack("<HH", loc[26:30])
    en["local"] = loc[:26] + struct.pack("<H", len(name)) + loc[28:30] + name + loc[30 + n:]
    en["name"] = name
    flag = 0x800 if utf8 else 0
    set16(en["fixed"], 8, (struct.unpack("<H", en["fixed"][8:10])[0] & ~0x800) | flag)
    set16(en["local"], 6, (struct.unpack("<H", en["local"][6:8])[0] & ~0x800) | flag)


KINDS = ["plain", "prefix", "comment", "comment-length-wrong", "zero-count", "wrong-count", "disks", "zip64-end",
         "zip64-disks", "zip64-extras", "duplicate", "two-zip64-other", "two-locator-elsewhere", "two-end-in-comment",
         "two-comment-lie", "two-appended", "end-sig-at-end", "truncated", "flips"] + ENTRY_KINDS


# --- oracles -------------------------------------------------------------------

def describe(e):
    return "%s: %s" % (type(e).__name__, str(e)[:200])


def zip_oracle(path):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            zf = zipfile.ZipFile(path)
    except Exception as e:  # every way zipfile refuses the archive
        return {"error": describe(e)}
    names = list(zf.NameToInfo)
    members = {}
    step = 1 if len(names) <= 2000 else 97
    for name in names[::step]:
        try:
            data = zf.read(name)
            members[name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "head": data[:64].hex()}
        except Exception as e:
            members[name] = {"error": describe(e)}
    zf.close()
    return {"names": names, "members": members}


def skops_oracle(path):
    import skops.io as sio
    try:
        return {"untrusted": sio.get_untrusted_types(file=path)}
    except Exception as e:
        return {"error": describe(e)}


def skops_bases():
    """Entry lists of real skops files: a clean model, one with an untrusted type; every compression."""
    import numpy as np
    import scipy.sparse as sp
    import skops.io as sio
    from sklearn.linear_model import LogisticRegression

    x = np.arange(40.0).reshape(20, 2)
    y = (x[:, 0] > 15).astype(int)
    objects = {"clean": LogisticRegression().fit(x, y), "untrusted": {"m": sp.csr_matrix(np.eye(3)), "f": np.sqrt}}
    out = {}
    for label, obj in objects.items():
        for method in METHODS:
            out[(label, method)] = sio.dumps(obj, compression=method)
    return out


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--oracle":
        json.dump({f: zip_oracle(f) for f in sys.argv[2:]}, sys.stdout)
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--skops-count", type=int, default=150)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    cases = []

    def emit(data, kind, ext, skops):
        name = "v%04d%s" % (len(cases), ext)
        path = os.path.join(args.out, name)
        with open(path, "wb") as f:
            f.write(data)
        case = {"file": name, "kind": kind, "zip": zip_oracle(path)}
        if skops:
            case["skops"] = skops_oracle(path)
        cases.append(case)

    pool = [parse(write_zip(random_members(rng, rng.randrange(1, 6)), force_zip64=rng.random() < 0.3,
                            seekable=rng.random() < 0.75))
            for _ in range(24)]
    for i in range(args.count):
        kind = KINDS[i % len(KINDS)]
        emit(variant(rng, pool, kind), kind, ".zip", False)
    # zipfile's own zip64 end records: more than 65,535 members.
    many = [("m%05d.npy" % i, b"%d" % i, zipfile.ZIP_STORED) for i in range(66000)]
    emit(write_zip(many), "zip64-many", ".zip", False)
    # A cp437 name (no UTF-8 flag) as other writers produce it.
    cp = parse(write_zip([("cafe.txt", b"x", 0), ("d\u00e9j\u00e0.txt", b"y", 8)]))
    rename(cp[0], b"caf\x82.txt", utf8=False)
    emit(build(cp), "cp437-name", ".zip", False)

    if args.skops_count:
        bases = skops_bases()
        for (label, method), data in sorted(bases.items()):
            emit(data, "skops-%s-%d" % (label, method), ".skops", True)
        ents = {k: parse(v) for k, v in bases.items()}
        pools = list(ents.values())
        for i in range(args.skops_count):
            kind = KINDS[i % len(KINDS)]
            if kind.startswith("two-") or kind == "duplicate":
                # one clean archive and one listing an untrusted type, in both orders
                m = rng.choice(METHODS)
                first, second = ("clean", "untrusted") if (i // len(KINDS)) % 2 else ("untrusted", "clean")
                a, b = copy_ents(ents[(first, m)]), copy_ents(ents[(second, rng.choice(METHODS))])
                data = build(a + b) if kind == "duplicate" else two_directories(a, b, kind[4:])
            else:
                data = variant(rng, pools, kind)
            emit(data, "skops-" + kind, ".skops", True)

    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump({"seed": args.seed, "cases": cases}, f, indent=1)
    print("%d cases in %s" % (len(cases), args.out))


if __name__ == "__main__":
    sys.exit(main())
