#!/usr/bin/env python3
"""Expected array preview cells, as numpy and scipy read them (test oracle).

Never imported by Skopos; tests/ui/tst_arraypreview.cpp runs it with
/usr/bin/python3 (numpy and scipy from python3-numpy/python3-scipy) and skips
when they are not importable. Each cell is str() of the numpy scalar, the way
numpy prints an item (shortest round-trip floats, float32 with its own
digits, True/False); subarray fields as "[a, b]".

  array_oracle.py cells FILE MEMBER ROWAXIS COLAXIS INDEX...
      The 2-d slice of an array: INDEX fixes every axis (entries at the
      row/column axes are ignored; COLAXIS -1: one column). Structured
      arrays: a 1-d slice along ROWAXIS, one column per field. Prints a
      header line (field names, or "-"), then one line per row, cells
      separated by tabs.
  array_oracle.py sparse FILE MEMBER
      A scipy sparse matrix saved by skops (an .npz member): a line
      "format rows cols nnz", then one "row<TAB>col<TAB>value" line per stored
      entry in storage order, then, when at most 100 x 100, "dense" and the
      rows of toarray().
MEMBER is a zip member ("x.npy", "outer.npz/inner.npy"), or "-" for a .npy FILE.
"""
import io
import sys
import zipfile

import numpy as np
import scipy.sparse as sp


def load(path, member):
    if member == "-":
        return np.load(path, allow_pickle=False)
    with zipfile.ZipFile(path) as z:
        if "/" in member:
            outer, inner = member.rsplit("/", 1)
            with np.load(io.BytesIO(z.read(outer)), allow_pickle=False) as npz:
                return npz[inner[:-4] if inner.endswith(".npy") else inner]
        return np.load(io.BytesIO(z.read(member)), allow_pickle=False)


def text(x):
    if isinstance(x, np.ndarray):
        return "[" + ", ".join(str(v) for v in x.ravel()) + "]"
    return str(x)


def fields(dt, prefix=""):
    out = []
    for name in dt.names:
        sub = dt.fields[name][0]
        if sub.names:
            out += [(prefix + name + "." + n, path) for n, path in
                    [(n, (name,) + p) for n, p in fields(sub)]]
        else:
            out.append((prefix + name, (name,)))
    return out


def cells(path, member, row_axis, col_axis, index):
    a = load(path, member)
    if a.ndim == 0:
        a = a.reshape(1)
        row_axis, col_axis, index = 0, -1, [0]
    key = [slice(None) if k in (row_axis, col_axis) else index[k] for k in range(a.ndim)]
    s = a[tuple(key)]
    if a.dtype.names:
        fl = fields(a.dtype)
        print("\t".join(n for n, _ in fl))
        for e in s:
            row = []
            for _, p in fl:
                v = e
                for part in p:
                    v = v[part]
                row.append(text(v))
            print("\t".join(row))
        return
    print("-")
    if col_axis < 0:
        s = s.reshape(-1, 1)
    elif row_axis > col_axis:
        s = s.T
    for r in s:
        print("\t".join(text(v) for v in r))


def sparse(path, member):
    with zipfile.ZipFile(path) as z:
        m = sp.load_npz(io.BytesIO(z.read(member)))
    c = m.tocoo() if m.format != "coo" else m  # keeps storage order
    print(m.format, m.shape[0], m.shape[1], m.nnz)
    for r, k, v in zip(c.row, c.col, c.data):
        print(f"{r}\t{k}\t{text(v)}")
    if m.shape[0] <= 100 and m.shape[1] <= 100:
        print("dense")
        for r in m.toarray():
            print("\t".join(text(v) for v in r))


def main(argv):
    if argv[1] == "cells":
        cells(argv[2], argv[3], int(argv[4]), int(argv[5]), [int(x) for x in argv[6:]])
    elif argv[1] == "sparse":
        sparse(argv[2], argv[3])
    else:
        sys.exit("usage: see the docstring")


if __name__ == "__main__":
    main(sys.argv)
