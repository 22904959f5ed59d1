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
