# Writes the pickles tst_pickle_scalarargs reads (numpy scalars whose
# (dtype, bytes) argument nodes the pickle machine drops and rebuilds).
# Run with Debian's python3 (numpy installed): python3 make.py
import os
import pickle
import pickletools

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data)


vocab = {"w%d" % i: np.int64(i * 7 - 20) for i in range(50)}
vocab["f"] = np.float64(0.25)
vocab["k"] = {np.int64(3): "three", np.int32(-4): "minus four"}  # numpy scalar keys
for proto in (2, 4):
    write("vocab.p%d.pkl" % proto, pickle.dumps(vocab, protocol=proto))

# pickle never shares a scalar's argument objects; a hand-edited stream can:
# after np.int64(5), BINGET the bytes and the args tuple again and return
# ((scalar, bytes, args), (args, bytes)).
framed = pickle.dumps(np.int64(5), protocol=4)
assert framed[2] == 0x95  # FRAME, 8-byte length: dropped so that the stream can grow
plain = framed[:2] + framed[11:]
ops = list(pickletools.genops(plain))
memo = 0
bytes_key = tuple_key = None
last = None
for op, arg, pos in ops:
    if op.name == "MEMOIZE":
        if last == "SHORT_BINBYTES":
            bytes_key = memo
        if last == "TUPLE2":
            tuple_key = memo
        memo += 1
    last = op.name
assert bytes_key is not None and tuple_key is not None and plain.endswith(b".")
get = lambda k: b"h" + bytes([k])
body = plain[:-1] + get(bytes_key) + get(tuple_key) + b"\x87" + get(tuple_key) + get(bytes_key) + b"\x86\x86."
value = pickle.loads(body)
assert value[0][0] == np.int64(5) and value[0][1] is value[0][2][1] and value[1][0] is value[0][2]
write("shared-args.p4.pkl", body)

# A memo reference back into one scalar among many dropped ones: the names-
# only reader shares one dtype record between them and rebuilds the bytes
# and the args tuple of the 50th, at their own offsets, from its memo slots.
framed = pickle.dumps([np.int64(i * 3) for i in range(100)], protocol=4)
assert framed[2] == 0x95
plain = framed[:2] + framed[11:]
memo = 0
last = None
scalar_keys = []  # (bytes key, tuple key) of each scalar, in order
for op, arg, pos in pickletools.genops(plain):
    if op.name == "MEMOIZE":
        if last == "SHORT_BINBYTES":
            scalar_keys.append([memo, None])
        if last == "TUPLE2":
            scalar_keys[-1][1] = memo
        memo += 1
    last = op.name
bytes_key, tuple_key = scalar_keys[50]
body = plain[:-1] + get(bytes_key) + get(tuple_key) + b"\x87."
value = pickle.loads(body)
assert value[0][50] == np.int64(150) and value[1] == np.int64(150).tobytes() and value[2][1] is value[1]
write("late-get.p4.pkl", body)

# Memo keys a writer may choose (pickle numbers them 0, 1, 2, ...): one far
# past the entries stored (kept aside), one in a later block, one by
# MEMOIZE; each read back by a GET.
def text(s):
    return b"\x8c" + bytes([len(s)]) + s.encode()
lput = lambda k: b"r" + k.to_bytes(4, "little")
lget = lambda k: b"j" + k.to_bytes(4, "little")
body = (b"\x80\x04(" + text("far") + lput(5_000_000) + text("block") + lput(70_000) + text("next") + b"\x94"
        + lget(5_000_000) + lget(70_000) + b"h\x02" + b"l.")
value = pickle.loads(body)
assert value == ["far", "block", "next", "far", "block", "next"] and value[3] is value[0] and value[4] is value[1]
write("memo-keys.p4.pkl", body)
