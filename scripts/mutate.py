#!/usr/bin/python3
"""Mutation smoke test of the `skopos` command line over real model files.

Takes real files (skops, pickle, joblib and its compressed variants) from the
data directories, makes COUNT mutants (bit flips, byte stomps, truncations,
splices between files, chunk deletion/duplication, and structure-aware
mutations: a .skops member edited and re-zipped with a valid CRC, a joblib
stream decompressed, edited and recompressed), and runs each through
`skopos untrusted F`, `skopos inspect --json F` and `skopos convert F -o O`
under a time and memory limit. A mutant passes when:
  - the process ends by itself (no signal, no timeout) with exit 0, 1, 2 or 4;
  - on exit 2, stderr is exactly one non-empty line naming the file;
  - `inspect --json` with exit 0/1/4 prints valid JSON;
  - `convert` exits 0, 2 or 4; on 0 the output reads back (`untrusted O` exits
    0 or 1), otherwise no output file (nor a temporary one) is left.
Deterministic for a given --seed and data set. Failing inputs are kept in
--keep (default /tmp/skopos-mutate-failures). Exit status 1 on any failure.
Stdlib only.
"""
import argparse
import bz2
import concurrent.futures
import gzip
import json
import lzma
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

SUFFIXES = (".skops", ".pkl", ".pickle", ".joblib", ".gz", ".bz2", ".xz", ".lzma", ".z", ".lz4")
MAX_SIZE = 256 * 1024  # larger files cost time without adding shapes


def collect(dirs):
    out = []
    for d in dirs:
        for dirpath, dirnames, names in os.walk(d):
            dirnames.sort()
            for n in sorted(names):
                p = os.path.join(dirpath, n)
                if n.endswith(SUFFIXES) and os.path.getsize(p) <= MAX_SIZE:
                    out.append(p)
    return out


# Codecs Python can redo, by magic bytes (joblib picks them the same way).
CODECS = [
    (b"\x1f\x8b", gzip.decompress, gzip.compress),
    (b"BZh", bz2.decompress, bz2.compress),
    (b"\xfd7zXZ", lzma.decompress, lzma.compress),
    (b"\x5d\x00\x00", lambda b: lzma.decompress(b, format=lzma.FORMAT_ALONE),
     lambda b: lzma.compress(b, format=lzma.FORMAT_ALONE)),
    (b"\x78", zlib.decompress, zlib.compress),
]


def flip(rng, b):
    b = bytearray(b)
    for _ in range(rng.randint(1, 8)):
        if b:
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def stomp(rng, b):
    b = bytearray(b)
    for _ in range(rng.randint(1, 4)):
        if b:
            i = rng.randrange(len(b))
            v = rng.choice([0, 0xff, 0x7f, 0x80, 0x01, 0x28, 0x29, 0x2e, 0x30])
            n = rng.choice([1, 1, 2, 4, 8])
            b[i:i + n] = bytes([v]) * n
    return bytes(b)


def truncate(rng, b):
    return b[:rng.randrange(len(b))] if b else b


def chunk(rng, b):
    if len(b) < 2:
        return b
    i = rng.randrange(len(b))
    j = min(len(b), i + rng.randint(1, 64))
    if rng.random() < 0.5:
        return b[:i] + b[j:]  # delete
    return b[:j] + b[i:j] * rng.randint(1, 4) + b[j:]  # duplicate


def splice(rng, b, other):
    i = rng.randrange(len(b) + 1)
    j = rng.randrange(len(other) + 1)
    return b[:i] + other[j:]


def raw_mutation(rng, b, other):
    op = rng.choice(["flip", "flip", "stomp", "truncate", "chunk", "splice"])
    if op == "splice":
        return op, splice(rng, b, other)
    return op, {"flip": flip, "stomp": stomp, "truncate": truncate, "chunk": chunk}[op](rng, b)


def mutate_zip(rng, b, other):
    """Edit one member of a .skops archive and re-zip with valid CRCs."""
    import io
    try:
        with zipfile.ZipFile(io.BytesIO(b)) as z:
            members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    except Exception:
        return None
    if not members:
        return None
    # schema.json most of the time: that is where the reader's logic is.
    names = [n for n, _ in members]
    k = names.index("schema.json") if "schema.json" in names and rng.random() < 0.7 else rng.randrange(len(names))
    op, data = raw_mutation(rng, members[k][1], other)
    members[k] = (members[k][0], data)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for n, d in members:
            z.writestr(n, d)
    return "zip-member(%s:%s)" % (names[k], op), out.getvalue()


def mutate_stream(rng, b, other):
    """Decompress a joblib stream, edit the pickle inside, recompress."""
    for magic, dec, comp in CODECS:
        if b.startswith(magic):
            try:
                inner = dec(b)
            except Exception:
                return None
            op, data = raw_mutation(rng, inner, other)
            return "stream(%s)" % op, comp(data)
    return None


def make_mutant(rng, files, cache):
    src = rng.choice(files)
    other = cache(rng.choice(files))
    b = cache(src)
    smart = None
    if rng.random() < 0.5:
        smart = mutate_zip(rng, b, other) if b.startswith(b"PK") else mutate_stream(rng, b, other)
    if smart:
        return src, smart[0], smart[1]
    op, data = raw_mutation(rng, b, other)
    return src, op, data


def limit_memory(mb):
    def apply():
        if mb:
            resource.setrlimit(resource.RLIMIT_AS, (mb << 20, mb << 20))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return apply


def run(skopos, args, path, timeout, mem_mb, extra=()):
    try:
        p = subprocess.run([skopos] + args + [path] + list(extra), capture_output=True, timeout=timeout,
                           preexec_fn=limit_memory(mem_mb), env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    except subprocess.TimeoutExpired:
        return None, b"", b""
    return p.returncode, p.stdout, p.stderr


def check(skopos, path, timeout, mem_mb):
    """Returns (list of problems, exit code of `untrusted`)."""
    problems = []
    codes = []
    for args in (["untrusted"], ["inspect", "--json"]):
        rc, out, err = run(skopos, args, path, timeout, mem_mb)
        what = " ".join(args)
        codes.append(rc)
        if rc is None:
            problems.append("%s: timeout after %ss" % (what, timeout))
        elif rc < 0:
            problems.append("%s: killed by signal %d; stderr: %s" % (what, -rc, err[-400:].decode("utf-8", "replace")))
        elif rc not in (0, 1, 2, 4):
            problems.append("%s: exit %d; stderr: %s" % (what, rc, err[-400:].decode("utf-8", "replace")))
        elif rc == 2:
            lines = err.decode("utf-8", "replace").splitlines()
            if len(lines) != 1 or not lines[0].strip():
                problems.append("%s: exit 2 with %d stderr lines: %r" % (what, len(lines), err[:400]))
            elif path not in lines[0]:
                problems.append("%s: exit 2 message does not name the file: %r" % (what, lines[0][:300]))
        elif args[0] == "inspect":
            try:
                json.loads(out)
            except ValueError as e:
                problems.append("inspect --json: exit %d but stdout is not JSON (%s)" % (rc, e))
    problems += check_convert(skopos, path, timeout, mem_mb)
    return problems, codes[0]


def check_convert(skopos, path, timeout, mem_mb):
    """`skopos convert`: a clean refusal or a file that reads back; never debris."""
    problems = []
    folder = tempfile.mkdtemp(prefix="skopos-mutate-convert-")
    out = os.path.join(folder, "out.skops")
    try:
        rc, _, err = run(skopos, ["convert"], path, timeout, mem_mb, ["-o", out])
        if rc is None:
            problems.append("convert: timeout after %ss" % timeout)
        elif rc < 0:
            problems.append("convert: killed by signal %d; stderr: %s" % (-rc, err[-400:].decode("utf-8", "replace")))
        elif rc not in (0, 2, 4):
            problems.append("convert: exit %d; stderr: %s" % (rc, err[-400:].decode("utf-8", "replace")))
        elif rc == 0:
            rc2, _, err2 = run(skopos, ["untrusted"], out, timeout, mem_mb)
            if rc2 not in (0, 1):
                problems.append("convert: exit 0 but the output does not read back (untrusted exit %s: %s)"
                                % (rc2, err2[-300:].decode("utf-8", "replace")))
        else:
            lines = err.decode("utf-8", "replace").splitlines()
            if not lines or path not in lines[0]:
                problems.append("convert: exit %d message does not name the file: %r" % (rc, err[:300]))
            if os.listdir(folder):
                problems.append("convert: exit %d but left %s" % (rc, os.listdir(folder)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return problems


def is_asan(binary):
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skopos", required=True, help="the skopos executable")
    ap.add_argument("--data", action="append", required=True, help="directory of real model files (repeatable)")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=20250701)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per run")
    ap.add_argument("--mem-mb", type=int, default=2048, help="address-space limit (ignored for ASan builds)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", default=os.path.join(tempfile.gettempdir(), "skopos-mutate-failures"))
    a = ap.parse_args()

    files = collect(a.data)
    if not files:
        sys.exit("mutate.py: no model files under %s" % a.data)
    # ASan reserves terabytes of address space: RLIMIT_AS would kill it at start.
    mem_mb = 0 if is_asan(a.skopos) else a.mem_mb
    contents = {}

    def cache(p):
        if p not in contents:
            with open(p, "rb") as f:
                contents[p] = f.read()
        return contents[p]

    rng = random.Random(a.seed)
    work = tempfile.mkdtemp(prefix="skopos-mutate-")
    mutants = []
    for i in range(a.count):
        src, op, data = make_mutant(rng, files, cache)
        path = os.path.join(work, "m%05d%s" % (i, os.path.splitext(src)[1]))
        with open(path, "wb") as f:
            f.write(data)
        mutants.append((i, src, op, path))

    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        results = list(pool.map(lambda m: check(a.skopos, m[3], a.timeout, mem_mb), mutants))
    elapsed = time.time() - start

    failures = 0
    exits = {}
    for (i, src, op, path), (problems, code) in zip(mutants, results):
        exits[code] = exits.get(code, 0) + 1
        if problems:
            failures += 1
            os.makedirs(a.keep, exist_ok=True)
            kept = os.path.join(a.keep, os.path.basename(path))
            shutil.copy(path, kept)
            with open(kept + ".txt", "w") as f:
                f.write("source: %s\nmutation: %s\n%s\n" % (src, op, "\n".join(problems)))
            print("FAIL %s (from %s, %s):\n  %s" % (kept, src, op, "\n  ".join(problems)))
    shutil.rmtree(work, ignore_errors=True)
    print("mutate.py: %d mutants of %d files (seed %d), %d runs in %.1fs (%.0f ms/run), "
          "untrusted exits %s, %d failing%s" % (
              a.count, len(files), a.seed, 3 * a.count, elapsed, 1000 * elapsed / max(1, 3 * a.count),
              dict(sorted(exits.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))), failures,
              " (kept in %s)" % a.keep if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
