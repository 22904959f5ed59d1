#!/usr/bin/env python3
"""Writes tests/data/treeprint/deep.p2.pkl: lists nested 9,000 deep (below
Limits::maxDepth, 10,000), each level also holding a small dict, written by
Python's pickle. tst_treeprinter prints it with `skopos inspect`."""
import os
import pickle
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "treeprint")


def main():
    os.makedirs(HERE, exist_ok=True)
    sys.setrecursionlimit(100000)
    v = "leaf"
    for i in range(9000):
        v = [v, {"level": i}] if i % 1000 == 0 else [v]
    with open(os.path.join(HERE, "deep.p2.pkl"), "wb") as f:
        pickle.dump(v, f, protocol=2)


if __name__ == "__main__":
    main()
