#!/usr/bin/env python3
"""Writes tests/data/arrays/: real numpy/scipy/skops files for the array preview tests.

Run once (the output is committed; never a build step):

    PYTHONPATH=/path/to/skops /usr/bin/python3 scripts/make_array_fixtures.py

Everything is written by numpy (np.save), scipy and skops.io.dump themselves:
  nd_c.npy            float64 (3, 4, 5), C order: N-d slices
  nd_f_be.npy         big-endian int32 (2, 3, 4), Fortran order: slices over
                      both byte order and storage order
  struct_padded.npy   a structured dtype with explicit offsets (numpy writes
                      the gaps as '' / |Vn padding fields), a bool, a
                      big-endian float32, a subarray and a nested structure
  deflated.skops      nd_c's values and struct_padded's records in a skops
                      file with ZIP_DEFLATED members (read by inflating)
  sparse_formats.skops  a dict of csr (small: dense view), csc and coo
                      (120 x 7: too tall for the dense view) matrices, and a
                      coo matrix with a duplicate entry (summed when dense)
The expected values are not stored: tests ask numpy/scipy
(tests/ui/array_oracle.py) at test time.
"""
import os
import zipfile

import numpy as np
import scipy.sparse as sp
import skops.io as sio

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "data", "arrays")


def main():
    os.makedirs(OUT, exist_ok=True)
    np.save(os.path.join(OUT, "nd_c.npy"), np.arange(60, dtype=np.float64).reshape(3, 4, 5) * 1.5 + 0.1)
    f = np.asfortranarray((np.arange(24).reshape(2, 3, 4) * -7 + 3).astype(">i4"))
    np.save(os.path.join(OUT, "nd_f_be.npy"), f)

    dt = np.dtype({
        "names": ["flag", "x", "y", "v", "nest"],
        "formats": ["?", ">f4", "<i8", ("<f8", (2,)), [("a", "u1"), ("b", ">u2")]],
        "offsets": [0, 4, 16, 24, 44],
        "itemsize": 56,
    })
    s = np.zeros(5, dtype=dt)
    s["flag"] = [True, False, True, False, True]
    s["x"] = [0.1, 1e20, np.nan, -0.0, 3.25]
    s["y"] = [-(2 ** 62) - 5, 0, 1, 2 ** 53 + 1, -1]
    s["v"] = [[0.5, 1e-7], [1.0, -2.5], [np.inf, 0.0], [1e16, 123456.789], [0.3, 0.2]]
    s["nest"]["a"] = [1, 2, 255, 0, 7]
    s["nest"]["b"] = [258, 65535, 0, 1, 4096]
    np.save(os.path.join(OUT, "struct_padded.npy"), s)

    nd = np.arange(60, dtype=np.float64).reshape(3, 4, 5) * 1.5 + 0.1
    sio.dump({"nd": nd, "records": s}, os.path.join(OUT, "deflated.skops"), compression=zipfile.ZIP_DEFLATED)

    rng = np.random.RandomState(0)
    csr = sp.random(6, 5, density=0.4, format="csr", random_state=rng)
    csc = sp.random(9, 12, density=0.3, format="csc", random_state=rng) * 10
    coo = sp.random(120, 7, density=0.05, format="coo", random_state=rng).astype(np.float32)
    dup = sp.coo_matrix((np.array([1, 2, 5], dtype=np.int64), (np.array([0, 0, 2]), np.array([1, 1, 3]))),
                        shape=(3, 4))
    sio.dump({"csr": csr, "csc": csc, "coo": coo, "dup": dup}, os.path.join(OUT, "sparse_formats.skops"))
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
