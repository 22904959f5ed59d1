#!/usr/bin/python3
"""`skopos scan` fanned out over a Dask cluster (docs/SCALE.md).

    dask_scan.py PATH... [--scheduler ADDRESS | --workers N] [--shards K]
                 [--skopos BIN] [--jobs J] [--profile FILE] -o OUT.jsonl

Splits the scan into K shards (default: one per Dask worker) and runs
`skopos scan --jsonl --shard I/K PATH...` for each on the workers; every
shard walks the same paths and keeps only its own files (scan/Shard.h), so
the workers need the paths at the same place (a shared or synced mount) and
exchange nothing but their JSON Lines. The lines are merged, sorted by path
(then by the whole line, so the output does not depend on which worker
finished first), and written to OUT.jsonl.

--workers N starts a local cluster of N worker processes (one thread each);
--scheduler ADDRESS uses a running one (`dask-scheduler`, `dask-worker`).
--skopos names the executable as the workers see it (default: skopos on
their PATH).

Exit code, as `skopos scan`: the worst verdict of all lines (4 dangerous,
2 error, 1 untrusted, 0 clean), 3 when no shard found a model file. A shard
that failed (its exit code is not what its lines say: a crash, a usage
error, an interrupt) prints its stderr and makes the exit code at least 2;
its lines are still merged. Needs Debian's python3-distributed.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

VERDICT_CODE = {"clean": 0, "untrusted": 1, "error": 2, "dangerous": 4}
NO_MODELS = 3


def scan_shard(skopos, paths, index, count, options):
    """Runs on a worker: one `skopos scan` of shard index/count. Returns (code, stdout, stderr)."""
    cmd = [skopos, "scan", "--jsonl", "--shard", "%d/%d" % (index, count)] + options + ["--"] + paths
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    except OSError as e:
        return (-1, b"", ("cannot run %s: %s" % (skopos, e)).encode())
    return (p.returncode, p.stdout, p.stderr)


def expected_code(lines):
    """What `skopos scan` exits with for these lines."""
    if not lines:
        return NO_MODELS
    return max(VERDICT_CODE.get(o.get("verdict"), 2) for _, o in lines)


def merge(results):
    """(lines sorted, exit code, failed shard messages) from the shards' results."""
    merged, failures = [], []
    for index, (code, out, err) in enumerate(results, 1):
        lines = []
        for raw in out.decode("utf-8").splitlines():
            try:
                lines.append((raw, json.loads(raw)))
            except ValueError:
                failures.append("shard %d printed a line that is not JSON: %r" % (index, raw[:200]))
        if code != expected_code(lines):
            failures.append("shard %d/%d exited %d: %s" % (index, len(results), code,
                                                           err.decode("utf-8", "replace").strip()))
        merged.extend(lines)
    merged.sort(key=lambda t: (t[1].get("path", ""), t[0]))
    exit_code = expected_code(merged)
    if failures and exit_code != 4:
        exit_code = 2
    return [raw for raw, _ in merged], exit_code, failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", metavar="PATH")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, metavar="N", help="start a local cluster of N worker processes")
    ap.add_argument("--shards", type=int, metavar="K", help="shards (default: one per worker)")
    ap.add_argument("--skopos", default="skopos", metavar="BIN", help="the skopos executable on the workers")
    ap.add_argument("--jobs", type=int, default=1, metavar="J", help="threads per shard scan (default 1)")
    ap.add_argument("--profile", metavar="FILE", help="trust profile, passed to every scan")
    ap.add_argument("-o", "--output", required=True, metavar="OUT.jsonl")
    args = ap.parse_args()
    if args.workers is not None and args.workers < 1:
        ap.error("--workers takes a positive number")
    if args.shards is not None and args.shards < 1:
        ap.error("--shards takes a positive number")
    if args.jobs < 1:
        ap.error("--jobs takes a positive number")

    from dask.distributed import Client, LocalCluster  # python3-distributed

    options = ["--jobs", str(args.jobs)]
    if args.profile:
        options += ["--profile", args.profile]
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        n = args.workers or os.cpu_count() or 1
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        count = args.shards or max(1, len(client.scheduler_info()["workers"]))
        futures = [client.submit(scan_shard, args.skopos, args.paths, i, count, options, pure=False)
                   for i in range(1, count + 1)]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    lines, exit_code, failures = merge(results)
    for f in failures:
        print("dask_scan: " + f, file=sys.stderr)
    # Whole file or nothing: a reader never sees a half-merged result.
    out_dir = os.path.dirname(os.path.abspath(args.output))
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=".dask_scan.")
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for raw in lines:
            f.write(raw + "\n")
    os.replace(tmp, args.output)
    print("dask_scan: %d lines from %d shards in %s%s" % (len(lines), count, args.output,
          "; no model file found" if not lines else ""), file=sys.stderr)
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
