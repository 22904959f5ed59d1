#!/usr/bin/python3
"""Seeds a fuzz target's corpus from real files (never hand-made imitations).

make_seeds.py TARGET OUT_DIR DATA_DIR..., where each DATA_DIR may hold
fixtures/, malicious/ and old-skops/ (tests/data, ../shared/corpus). Small files only:
libFuzzer mutates best from short inputs. Stdlib only.
"""
import io
import os
import sys
import zipfile

LIMIT = 64 * 1024


def files(datas, *suffixes):
    for data in datas:
        yield from files1(data, suffixes)


def files1(data, suffixes):
    for sub in ("fixtures", "malicious", "old-skops"):
        for dirpath, _, names in os.walk(os.path.join(data, sub)):
            for n in sorted(names):
                p = os.path.join(dirpath, n)
                if n.endswith(suffixes) and os.path.getsize(p) <= LIMIT:
                    yield p


def members(path, suffix):
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if info.filename.endswith(suffix):
                    yield info.filename, z.read(info.filename)
    except (zipfile.BadZipFile, OSError):
        return


def seeds(target, data):
    if target == "fuzz_npy_header":  # header only: the parser never reads past it
        for p in files(data, ".npy"):
            yield p, open(p, "rb").read()[:512]
        for p in files(data, ".skops"):
            for name, b in members(p, ".npy"):
                yield p + name, b[:512]
    elif target == "fuzz_schema_json":
        for p in files(data, ".skops"):
            for name, b in members(p, "schema.json"):
                if len(b) <= LIMIT:
                    yield p, b
    elif target == "fuzz_skops_file":
        yield from ((p, open(p, "rb").read()) for p in files(data, ".skops"))
    elif target in ("fuzz_pickle", "fuzz_convert"):
        yield from ((p, open(p, "rb").read()) for p in files(data, ".pkl", ".joblib", ".pickle"))
    elif target == "fuzz_joblib_stream":
        yield from ((p, open(p, "rb").read()) for p in files(data, ".gz", ".bz2", ".xz", ".lzma", ".lz4", ".z", ".joblib"))
    else:
        sys.exit("unknown target " + target)


def main():
    target, out, data = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    n, seen = 0, set()
    for i, (src, b) in enumerate(seeds(target, data)):
        if b in seen:  # the same pickle often exists in several copies
            continue
        seen.add(b)
        with open(os.path.join(out, "seed%04d" % i), "wb") as f:
            f.write(b)
        n += 1
    if n == 0:
        sys.exit("no seeds for %s in %s" % (target, data))


if __name__ == "__main__":
    main()
