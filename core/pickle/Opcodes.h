#pragma once
// The one table of pickle opcodes (protocols 0-5), after the layout of
// CPython's pickletools: code, name, how the operand is encoded, the protocol
// that introduced it, and a one-line description. The machine and the
// disassembler both decode operands through readOperand(), so they cannot
// disagree about the byte layout.

#include "pickle/Input.h"
#include "tree/Limits.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace skopos::pickle {

enum class Arg : std::uint8_t {
    None,
    U1,
    U2,
    I4,
    U4,
    U8,          // little-endian integers (I4 signed)
    F8BE,        // BINFLOAT: big-endian IEEE double
    IntLine,     // INT: decimal text + '\n' ("01"/"00" are True/False)
    LongLine,    // LONG: decimal text, optional 'L', '\n'
    FloatLine,   // FLOAT: repr text + '\n'
    StringLine,  // STRING: Python 2 quoted repr + '\n'
    UnicodeLine, // UNICODE: raw-unicode-escape + '\n'
    AsciiLine,   // PERSID: text + '\n'
    DecimalLine, // GET/PUT: decimal + '\n'
    TwoLines,    // GLOBAL/INST: module '\n' name '\n'
    Bytes1,
    Bytes4,
    Bytes8, // length-prefixed raw bytes (also BYTEARRAY8)
    String1,
    String4, // Python 2 str: length-prefixed latin-1 bytes
    Unicode1,
    Unicode4,
    Unicode8, // length-prefixed UTF-8
    Long1,
    Long4, // length-prefixed two's complement integer
};

// What an opcode does besides its stack counts (OpInfo::flags).
enum OpFlag : std::uint16_t {
    OpText = 1,          // pushes a str (Python 3 reads Python 2 strings as str too)
    OpCall = 2,          // its result is computed at load time (a call, BUILD, a persistent id)
    OpImport = 4,        // imports a name (GLOBAL, INST, STACK_GLOBAL, EXT1/2/4)
    OpMemoPut = 8,       // stores the top in the memo
    OpMemoGet = 16,      // pushes a memo entry
    OpBytesPayload = 32, // bytes/bytearray: CPython reads the payload in place, past a FRAME's end too
    OpStackMark = 64,    // MARK: opens a mark (no value)
    OpStackPop = 128,    // POP: a mark on top is popped instead of a value
    OpStackDup = 256,    // DUP: pushes the top again
};

// Stack effects: after the values above the top-most MARK are taken (when
// consumesMark), `pops` values are popped and `pushes` pushed. The machine
// interprets each opcode; the flat walk (FlatScan) runs on these counts alone.
struct OpInfo {
    std::uint8_t code;
    std::string_view name;
    Arg arg;
    std::uint8_t proto;
    std::string_view doc;
    bool consumesMark; // pops the stack down to the top-most MARK
    std::uint8_t pops;
    std::uint8_t pushes;
    std::uint16_t flags; // OpFlag bits
    bool is(OpFlag f) const { return (flags & f) != 0; }
};

// nullptr for a byte that is no opcode.
const OpInfo* opInfo(std::uint8_t code);

// A decoded operand. Byte payloads longer than the caller's inline limit are
// skipped, not read: `located` is then true and only offset/length are known.
struct Operand {
    std::int64_t i = 0;
    double f = 0;
    bool isBig = false;       // integer too large for int64: `s` holds decimal text
    std::string s;            // text, bytes, or module for TwoLines
    std::string s2;           // name for TwoLines
    bool located = false;     // payload skipped (s empty)
    std::uint64_t offset = 0; // first payload byte (byte payloads)
    std::uint64_t length = 0; // payload length (byte payloads)
    // CPython reads an operand in at most two pieces (a length then its
    // payload, or two lines): where the second begins (0: one piece).
    std::uint64_t split = 0;
};

// Decodes the operand of `op` at the input's position. Throws ReadError (with
// the offset) on truncation, malformed text, or a length above the limits.
void readOperand(Input& in, const OpInfo& op, Operand& out, const Limits& limits, std::uint64_t inlineMax);

// Little-endian two's complement bytes -> int64 (when they fit) or decimal text.
void decodeLong(std::string_view bytes, Operand& out);
// Python 2 quoted string repr (STRING operand) -> bytes; false if malformed.
bool unquotePy2String(std::string_view text, std::string& out);
// raw-unicode-escape (UNICODE operand) -> UTF-8.
std::string rawUnicodeEscapeToUtf8(std::string_view text);
// latin-1 bytes -> UTF-8 and back (protocol 2 bytes as _codecs.encode(str, 'latin1')).
std::string latin1ToUtf8(std::string_view bytes);
bool utf8ToLatin1(std::string_view text, std::string& out);

} // namespace skopos::pickle
