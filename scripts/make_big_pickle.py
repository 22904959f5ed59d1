#!/usr/bin/python3
"""Writes the pickle numpy would write for numpy.zeros(N, dtype=uint8)
(protocol 4), with the standard library only, so tests and benchmarks can
make large array pickles where numpy is not installed.

Layout (numpy's ndarray.__reduce__): _reconstruct(ndarray, (0,), b'b') then
BUILD((1, (N,), dtype('u1'), False, <N bytes>)), the dtype itself being
dtype('u1', False, True) + BUILD((3, '|', None, None, None, -1, -1, 0)).
Stand-in module objects named like numpy's make the real `pickle` module
write the global references numpy's would; nothing of numpy is needed.

usage: make_big_pickle.py OUT N [--value BYTE]
The payload is written as a BINBYTES8 stream in pieces, so N may exceed memory.
"""
import pickle
import struct
import sys
import types


def fake_numpy():
    np = types.ModuleType("numpy")
    core = types.ModuleType("numpy.core")
    ma = types.ModuleType("numpy.core.multiarray")

    class ndarray:  # noqa: N801 - numpy's name
        pass

    class dtype:  # noqa: N801
        def __init__(self, *a):
            pass

        def __reduce__(self):
            return (dtype, ("u1", False, True), (3, "|", None, None, None, -1, -1, 0))

    def _reconstruct(*a):
        pass

    ndarray.__qualname__, dtype.__qualname__, _reconstruct.__qualname__ = "ndarray", "dtype", "_reconstruct"
    ndarray.__module__ = dtype.__module__ = "numpy"
    _reconstruct.__module__ = "numpy.core.multiarray"
    np.ndarray, np.dtype, ma._reconstruct = ndarray, dtype, _reconstruct
    sys.modules.update({"numpy": np, "numpy.core": core, "numpy.core.multiarray": ma})
    return ndarray, dtype, _reconstruct


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    value = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--value" else 0
    ndarray, dtype, _reconstruct = fake_numpy()
    marker = b"\x00SKOPOS-PAYLOAD\x00"

    class Arr:
        def __reduce__(self):
            return (_reconstruct, (ndarray, (0,), b"b"), (1, (n,), dtype(), False, marker))

    head = pickle.dumps(Arr(), protocol=4)
    # Drop the one FRAME (opcode 0x95 + 8-byte length after PROTO): framing is
    # optional, and the frame's length would no longer match.
    if head[2:3] == b"\x95":
        head = head[:2] + head[11:]
    # Swap the short marker for the real payload as BINBYTES8 (opcode 0x8e).
    enc = b"C" + bytes([len(marker)]) + marker
    at = head.index(enc)
    before, after = head[:at], head[at + len(enc):]
    with open(out, "wb") as f:
        f.write(before)
        f.write(b"\x8e" + struct.pack("<Q", n))
        chunk = bytes([value]) * (1 << 20)
        left = n
        while left:
            k = min(left, len(chunk))
            f.write(chunk[:k])
            left -= k
        f.write(after)


if __name__ == "__main__":
    main()
