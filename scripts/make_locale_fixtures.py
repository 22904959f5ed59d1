#!/usr/bin/env python3
"""Writes tests/data/locale: protocol-0 pickles whose floats are FLOAT text
lines ("F0.5\\n"), the form strtod misreads under a German or French locale.
expected.json lists each value as repr() prints it, for tst_locale_numbers."""
import json
import os
import pickle

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "locale")
VALUES = {
    "half": 0.5,
    "tiny": 1e-07,
    "big": 1.5e300,
    "neg": -2.25,
    "third": 1 / 3,
    "subnormal": 2.5e-310,
    "whole": 3.0,
    "list": [0.1, 0.2, 1234.5678],
}


def main():
    os.makedirs(HERE, exist_ok=True)
    with open(os.path.join(HERE, "floats.p0.pkl"), "wb") as f:
        f.write(pickle.dumps(VALUES, protocol=0))
    flat = {}
    for k, v in VALUES.items():
        if isinstance(v, list):
            for i, x in enumerate(v):
                flat[f"{k}/{i}"] = repr(x)
        else:
            flat[k] = repr(v)
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump({"repr": flat}, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
