#!/usr/bin/env python3
"""Writes the minimised pickles of this folder (each found by tests/oracles/pickle_fuzz.py
or by reading Modules/_pickle.c and Lib/pickle.py); README.md says what each one broke."""
import struct
import sys


def frame(body):
    return b"\x95" + struct.pack("<Q", len(body)) + body


CASES = {
    # pickle._Unpickler reads a last line without '\n' with its last byte dropped: INST os.system('ls')
    "unterminated-last-line.pkl": b"]." + b"(S'ls'\nios\nsystemX",
    # a later pickle whose FRAME runs past the end of the file (the C unpickler fails there) and ends
    # after GLOBAL's module line: pickle._Unpickler reads the short frame, then an empty name line at
    # the end of the file, and imports subprocess before failing to find ''
    "frame-past-end-empty-name.pkl": b"]." + b"\x95" + struct.pack("<Q", 27) + b"csubprocess\n",
    # STOP inside a FRAME with bytes of it left: pure Python (and the C unpickler without peek())
    # starts the next pickle after the frame, at "iltins\neval\n" (INST ltins.eval); read on from the STOP,
    # the next pickle is "cb\x95..." (not UTF-8). Found by fuzz.sh pickle-oracle (seed 1378914364).
    "stop-inside-frame.pkl": frame(b"\x80\x01\x88].\x80\x02cb\x95" + struct.pack("<Q", 17) + b"u")
                             + b"iltins\neval\n\xff",
    # a FRAME ending inside GLOBAL's name line: read on, builtins.dicteval; the C unpickler
    # on a stream without peek() drops the frame's rest and imports builtins.eval
    "frame-drop-global.pkl": b"\x80\x04" + frame(b"cbuiltins\ndict") + b"eval\n)R.",
    # the same in a second pickle after the first one's STOP
    "frame-drop-later-pickle.pkl": b"\x80\x04]." + b"\x80\x04" + frame(b"cbuiltins\ndict") + b"eval\n0].",
    # the same where the line read on is not UTF-8 (the error was met before the frame check,
    # so the later pickle's failure was only a note: exit 0 while `pty.spawn` is called)
    "frame-drop-invalid-utf8.pkl": b"]." + frame(b"cpty\n\xff") + b"spawn\n)R.",
    # a FRAME ending inside STACK_GLOBAL's name operand
    "frame-drop-operand.pkl": b"\x80\x04" + frame(b"\x8c\x08builtins\x8c\x04xx") + b"evalxx\x93)R.",
    # a FRAME that begins before the current one ends and runs past it
    # (read on: N, mymodule.A, POP, STOP; the C unpickler without peek() drops the N)
    "frame-overlap.pkl": b"\x80\x04" + frame(b"]\x95" + struct.pack("<Q", 14) + b"N") + b"cmymodule\nA\n0.",
    # memo keys written as int() reads them (spaces, sign, leading zeros, underscores, '\r'):
    # refused before, now read as Python reads them
    "memo-key-spellings.pkl": b"\x80\x02X\x08\x00\x00\x00mymoduleq\x01X\x05\x00\x00\x00Modelp 2\n0"
                              b"g+0_1\ng 2\r\n\x93)R.",
    # INT text as the C unpickler's strtol(base 0) reads it, LONG with underscores
    "int-spellings.pkl": b"(I010\nI0x1f\nL1_000L\ncmymodule\nA\nt.",
    # STOP with a MARK still open returns the value above it in both unpicklers
    "stop-mark-open.pkl": b"(cmymodule\nModel\n.",
    # a protocol-4 dotted name longer than 4096 bytes (os.system.__self__.system...)
    "long-dotted-global.pkl": b"\x80\x04cos\n" + b"system.__self__." * 300 + b"system\n)R.",
    # a copyreg extension code: only a name someone registered, so it is reported as untrusted
    "ext-code.pkl": b"\x80\x02\x82\x07)R.",
}

if __name__ == "__main__":
    for name, data in CASES.items():
        with open(name, "wb") as f:
            f.write(data)
    print(len(CASES), "files", file=sys.stderr)
