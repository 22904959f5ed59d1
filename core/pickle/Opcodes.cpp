#include "pickle/Opcodes.h"

#include "tree/DecimalText.h"
#include "tree/Utf8.h"

#include "tree/Error.h"

#include <array>
#include <functional>
#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <vector>

namespace skopos::pickle {

namespace {
// Codes, operand layouts and protocols as documented in CPython's
// Lib/pickletools.py (see shared/docs/FORMATS.md section 6). Then: the opcode
// pops everything down to the top-most MARK; values popped, values pushed
// (stack_before/stack_after there); OpFlag bits.
constexpr OpInfo kOps[] = {
    {'(', "MARK", Arg::None, 0, "push a mark", false, 0, 0, OpStackMark},
    {'.', "STOP", Arg::None, 0, "end of pickle; the top of the stack is the result", false, 1, 0, 0},
    {'0', "POP", Arg::None, 0, "discard the top of the stack", false, 1, 0, OpStackPop},
    {'1', "POP_MARK", Arg::None, 1, "discard everything down to the top-most mark", true, 0, 0, 0},
    {'2', "DUP", Arg::None, 0, "push the top of the stack again", false, 1, 2, OpStackDup},
    {'F', "FLOAT", Arg::FloatLine, 0, "float from text", false, 0, 1, 0},
    {'I', "INT", Arg::IntLine, 0, "int (or bool) from text", false, 0, 1, 0},
    {'J', "BININT", Arg::I4, 1, "4-byte signed int", false, 0, 1, 0},
    {'K', "BININT1", Arg::U1, 1, "1-byte unsigned int", false, 0, 1, 0},
    {'L', "LONG", Arg::LongLine, 0, "int from text", false, 0, 1, 0},
    {'M', "BININT2", Arg::U2, 1, "2-byte unsigned int", false, 0, 1, 0},
    {'N', "NONE", Arg::None, 0, "push None", false, 0, 1, 0},
    {'P', "PERSID", Arg::AsciiLine, 0, "persistent id from text", false, 0, 1, OpCall},
    {'Q', "BINPERSID", Arg::None, 1, "persistent id from the stack", false, 1, 1, OpCall},
    {'R', "REDUCE", Arg::None, 0, "call a callable with an argument tuple", false, 2, 1, OpCall},
    {'S', "STRING", Arg::StringLine, 0, "Python 2 str from quoted text", false, 0, 1, OpText},
    {'T', "BINSTRING", Arg::String4, 1, "Python 2 str, 4-byte length", false, 0, 1, OpText},
    {'U', "SHORT_BINSTRING", Arg::String1, 1, "Python 2 str, 1-byte length", false, 0, 1, OpText},
    {'V', "UNICODE", Arg::UnicodeLine, 0, "str from raw-unicode-escape text", false, 0, 1, OpText},
    {'X', "BINUNICODE", Arg::Unicode4, 1, "str, 4-byte length", false, 0, 1, OpText},
    {'a', "APPEND", Arg::None, 0, "append to a list", false, 2, 1, 0},
    {'b', "BUILD", Arg::None, 0, "set an object's state", false, 2, 1, OpCall},
    {'c', "GLOBAL", Arg::TwoLines, 0, "push module.name", false, 0, 1, OpImport},
    {'d', "DICT", Arg::None, 0, "dict from the items above the mark", true, 0, 1, 0},
    {'}', "EMPTY_DICT", Arg::None, 1, "push an empty dict", false, 0, 1, 0},
    {'e', "APPENDS", Arg::None, 1, "extend a list with the items above the mark", true, 1, 1, 0},
    {'g', "GET", Arg::DecimalLine, 0, "push a memo entry (text key)", false, 0, 1, OpMemoGet},
    {'h', "BINGET", Arg::U1, 1, "push a memo entry (1-byte key)", false, 0, 1, OpMemoGet},
    {'i', "INST", Arg::TwoLines, 0, "instantiate module.name with the items above the mark", true, 0, 1,
     OpImport | OpCall},
    {'j', "LONG_BINGET", Arg::U4, 1, "push a memo entry (4-byte key)", false, 0, 1, OpMemoGet},
    {'l', "LIST", Arg::None, 0, "list from the items above the mark", true, 0, 1, 0},
    {']', "EMPTY_LIST", Arg::None, 1, "push an empty list", false, 0, 1, 0},
    {'o', "OBJ", Arg::None, 1, "instantiate the class after the mark with the rest", true, 0, 1, OpCall},
    {'p', "PUT", Arg::DecimalLine, 0, "store the top in the memo (text key)", false, 0, 0, OpMemoPut},
    {'q', "BINPUT", Arg::U1, 1, "store the top in the memo (1-byte key)", false, 0, 0, OpMemoPut},
    {'r', "LONG_BINPUT", Arg::U4, 1, "store the top in the memo (4-byte key)", false, 0, 0, OpMemoPut},
    {'s', "SETITEM", Arg::None, 0, "dict[key] = value", false, 3, 1, 0},
    {'t', "TUPLE", Arg::None, 0, "tuple from the items above the mark", true, 0, 1, 0},
    {')', "EMPTY_TUPLE", Arg::None, 1, "push ()", false, 0, 1, 0},
    {'u', "SETITEMS", Arg::None, 1, "add the key/value pairs above the mark", true, 1, 1, 0},
    {'G', "BINFLOAT", Arg::F8BE, 1, "8-byte big-endian float", false, 0, 1, 0},
    {0x80, "PROTO", Arg::U1, 2, "protocol version", false, 0, 0, 0},
    {0x81, "NEWOBJ", Arg::None, 2, "cls.__new__(cls, *args)", false, 2, 1, OpCall},
    {0x82, "EXT1", Arg::U1, 2, "extension registry code (1 byte)", false, 0, 1, OpImport},
    {0x83, "EXT2", Arg::U2, 2, "extension registry code (2 bytes)", false, 0, 1, OpImport},
    {0x84, "EXT4", Arg::I4, 2, "extension registry code (4 bytes)", false, 0, 1, OpImport},
    {0x85, "TUPLE1", Arg::None, 2, "1-tuple from the top", false, 1, 1, 0},
    {0x86, "TUPLE2", Arg::None, 2, "2-tuple from the top two", false, 2, 1, 0},
    {0x87, "TUPLE3", Arg::None, 2, "3-tuple from the top three", false, 3, 1, 0},
    {0x88, "NEWTRUE", Arg::None, 2, "push True", false, 0, 1, 0},
    {0x89, "NEWFALSE", Arg::None, 2, "push False", false, 0, 1, 0},
    {0x8a, "LONG1", Arg::Long1, 2, "int, 1-byte length", false, 0, 1, 0},
    {0x8b, "LONG4", Arg::Long4, 2, "int, 4-byte length", false, 0, 1, 0},
    {'B', "BINBYTES", Arg::Bytes4, 3, "bytes, 4-byte length", false, 0, 1, OpBytesPayload},
    {'C', "SHORT_BINBYTES", Arg::Bytes1, 3, "bytes, 1-byte length", false, 0, 1, OpBytesPayload},
    {0x8c, "SHORT_BINUNICODE", Arg::Unicode1, 4, "str, 1-byte length", false, 0, 1, OpText},
    {0x8d, "BINUNICODE8", Arg::Unicode8, 4, "str, 8-byte length", false, 0, 1, OpText},
    {0x8e, "BINBYTES8", Arg::Bytes8, 4, "bytes, 8-byte length", false, 0, 1, OpBytesPayload},
    {0x8f, "EMPTY_SET", Arg::None, 4, "push an empty set", false, 0, 1, 0},
    {0x90, "ADDITEMS", Arg::None, 4, "add the items above the mark to a set", true, 1, 1, 0},
    {0x91, "FROZENSET", Arg::None, 4, "frozenset from the items above the mark", true, 0, 1, 0},
    {0x92, "NEWOBJ_EX", Arg::None, 4, "cls.__new__(cls, *args, **kwargs)", false, 3, 1, OpCall},
    {0x93, "STACK_GLOBAL", Arg::None, 4, "push module.name taken from the stack", false, 2, 1, OpImport},
    {0x94, "MEMOIZE", Arg::None, 4, "store the top in the memo at len(memo)", false, 0, 0, OpMemoPut},
    {0x95, "FRAME", Arg::U8, 4, "framing hint (length of the next opcodes)", false, 0, 0, 0},
    {0x96, "BYTEARRAY8", Arg::Bytes8, 5, "bytearray, 8-byte length", false, 0, 1, OpBytesPayload},
    {0x97, "NEXT_BUFFER", Arg::None, 5, "push the next out-of-band buffer", false, 0, 1, 0},
    {0x98, "READONLY_BUFFER", Arg::None, 5, "make the top buffer read-only", false, 1, 1, 0},
};

const std::array<const OpInfo*, 256> kByCode = [] {
    std::array<const OpInfo*, 256> t{};
    for (const auto& op : kOps)
        t[op.code] = &op;
    return t;
}();

std::uint64_t le(const unsigned char* p, int n)
{
    std::uint64_t v = 0;
    for (int k = n - 1; k >= 0; --k)
        v = (v << 8) | p[k];
    return v;
}

// Well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool validUtf8(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (n < 0 || (n > 0 && i + static_cast<std::size_t>(n) >= s.size()))
            return false;
        std::uint32_t cp = n == 0 ? c : c & (0x3F >> n);
        for (int k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += static_cast<std::size_t>(n) + 1;
    }
    return true;
}

bool pySpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// An integer as CPython's PyLong_FromString reads the NUL-terminated line
// (base 10 or 0; the pure-Python unpickler's int() refuses a NUL where the
// C unpickler stops at it, so accepting it is the union of both): spaces
// around, one sign, underscores between digits, 0x/0o/0b prefixes and no
// leading zeros in base 0.
bool parsePyLong(std::string_view t, int base, Operand& out)
{
    if (const auto nul = t.find('\0'); nul != std::string_view::npos)
        t = t.substr(0, nul);
    std::size_t i = 0;
    while (i < t.size() && pySpace(t[i]))
        ++i;
    bool neg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-'))
        neg = t[i++] == '-';
    bool leadingZero = false;
    if (base == 0) {
        base = 10;
        if (i + 1 < t.size() && t[i] == '0') {
            const char p = static_cast<char>(t[i + 1] | 0x20);
            base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
            if (base != 10)
                i += 2;
            else
                leadingZero = true;
        }
        if (base != 10 && i < t.size() && t[i] == '_')
            ++i; // "0x_1f"
    }
    std::string digits;
    bool lastUnderscore = false;
    for (; i < t.size() && !pySpace(t[i]); ++i) {
        const char c = t[i];
        if (c == '_') {
            if (digits.empty() || lastUnderscore)
                return false;
            lastUnderscore = true;
            continue;
        }
        const int d = c >= '0' && c <= '9'           ? c - '0'
            : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10
                                                     : 99;
        if (d >= base)
            return false;
        digits += c;
        lastUnderscore = false;
    }
    if (digits.empty() || lastUnderscore)
        return false;
    while (i < t.size() && pySpace(t[i]))
        ++i;
    if (i != t.size())
        return false;
    // "00" is zero; "010" is refused in base 0
    if (leadingZero && digits.find_first_not_of('0') != std::string::npos)
        return false;
    std::uint64_t v = 0;
    bool big = false;
    for (char c : digits) {
        const int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        if (v > (static_cast<std::uint64_t>(INT64_MAX) - static_cast<std::uint64_t>(d))
                / static_cast<std::uint64_t>(base)) {
            big = true;
            break;
        }
        v = v * static_cast<std::uint64_t>(base) + static_cast<std::uint64_t>(d);
    }
    out.isBig = big;
    if (big) // shown as written (without underscores); never used as a number
        out.s = (neg ? "-" : "") + std::string(base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "") + digits;
    else
        out.i = neg ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
    return true;
}

// The C unpickler's INT reads with strtol(base 0) first: octal "010" and
// hex "0x10" (followed by '\n' or a NUL) count there, where int(text, 0) refuses them.
bool parseStrtolInt(std::string_view t, Operand& out)
{
    const std::string s(t.substr(0, t.find('\0')));
    if (s.empty())
        return false;
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(s.c_str(), &end, 0);
    if (errno || end == s.c_str() || *end)
        return false;
    out.isBig = false;
    out.i = v;
    return true;
}
} // namespace

const OpInfo* opInfo(std::uint8_t code) { return kByCode[code]; }

void decodeLong(std::string_view b, Operand& out)
{
    out.isBig = false;
    if (b.empty()) {
        out.i = 0;
        return;
    }
    const bool neg = static_cast<unsigned char>(b.back()) & 0x80;
    if (b.size() <= 8) {
        std::uint64_t v = le(reinterpret_cast<const unsigned char*>(b.data()), static_cast<int>(b.size()));
        if (neg && b.size() < 8)
            v |= ~std::uint64_t{0} << (8 * b.size());
        out.i = static_cast<std::int64_t>(v);
        return;
    }
    // Magnitude as little-endian bytes (two's complement negated when negative).
    std::vector<unsigned char> mag(b.begin(), b.end());
    if (neg) {
        int carry = 1;
        for (auto& c : mag) {
            const int v = static_cast<unsigned char>(~c) + carry;
            c = static_cast<unsigned char>(v & 0xFF);
            carry = v >> 8;
        }
    }
    while (!mag.empty() && mag.back() == 0)
        mag.pop_back();
    if (mag.size() > 512) {
        // Decimal conversion is quadratic: show huge integers in hex.
        static const char* hex = "0123456789abcdef";
        std::string s = neg ? "-0x" : "0x";
        for (auto it = mag.rbegin(); it != mag.rend(); ++it) {
            s += hex[*it >> 4];
            s += hex[*it & 15];
        }
        out.isBig = true;
        out.s = std::move(s);
        return;
    }
    // Repeated division by 10^9 over big-endian base-256 digits.
    std::vector<std::uint32_t> digits(mag.rbegin(), mag.rend());
    std::string dec;
    while (!digits.empty()) {
        std::uint64_t rem = 0;
        std::vector<std::uint32_t> q;
        for (auto d : digits) {
            const std::uint64_t cur = (rem << 8) | d;
            const auto qd = static_cast<std::uint32_t>(cur / 1000000000u);
            rem = cur % 1000000000u;
            if (!q.empty() || qd)
                q.push_back(qd);
        }
        // rem < 10^9, so every quotient digit is < 256: q stays base 256.
        digits.swap(q);
        char chunk[16];
        std::snprintf(chunk, sizeof chunk, digits.empty() ? "%llu" : "%09llu", static_cast<unsigned long long>(rem));
        dec.insert(0, chunk);
    }
    out.isBig = true;
    out.s = (neg ? "-" : "") + (dec.empty() ? std::string("0") : dec);
}

bool unquotePy2String(std::string_view t, std::string& out)
{
    while (!t.empty() && (t.back() == '\r' || t.back() == ' '))
        t.remove_suffix(1);
    if (t.size() < 2 || (t[0] != '\'' && t[0] != '"') || t.back() != t[0])
        return false;
    t = t.substr(1, t.size() - 2);
    out.clear();
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c != '\\' || i + 1 >= t.size()) {
            out += c;
            continue;
        }
        const char e = t[++i];
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'v': out += '\v'; break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case '\n': break;
        case 'x': {
            if (i + 2 >= t.size())
                return false;
            const std::string h(t.substr(i + 1, 2));
            char* end = nullptr;
            const long v = std::strtol(h.c_str(), &end, 16);
            if (h.size() != 2 || *end)
                return false;
            out += static_cast<char>(v);
            i += 2;
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int v = e - '0', n = 1;
                while (n < 3 && i + 1 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '7') {
                    v = v * 8 + (t[++i] - '0');
                    ++n;
                }
                out += static_cast<char>(v & 0xFF);
            } else {
                out += '\\';
                out += e;
            }
        }
    }
    return true;
}

std::string rawUnicodeEscapeToUtf8(std::string_view t)
{
    std::string out;
    out.reserve(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c == '\\' && i + 1 < t.size() && t[i + 1] != 'u' && t[i + 1] != 'U') {
            // A backslash and the character after it stay as they are: in
            // "\\\\u0041" the second backslash escapes nothing (the codec
            // reads \u only after an odd number of backslashes).
            appendUtf8(out, c);
            appendUtf8(out, static_cast<unsigned char>(t[++i]));
            continue;
        }
        if (c == '\\' && i + 1 < t.size() && (t[i + 1] == 'u' || t[i + 1] == 'U')) {
            const std::size_t n = t[i + 1] == 'u' ? 4 : 8;
            if (i + 2 + n <= t.size()) {
                const std::string h(t.substr(i + 2, n));
                char* end = nullptr;
                const unsigned long v = std::strtoul(h.c_str(), &end, 16);
                if (!*end && v <= 0x10FFFF) {
                    appendUtf8(out, static_cast<std::uint32_t>(v));
                    i += 1 + n;
                    continue;
                }
            }
        }
        appendUtf8(out, c);
    }
    return out;
}

std::string latin1ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (const char ch : bytes)
        appendUtf8(out, static_cast<unsigned char>(ch));
    return out;
}

bool utf8ToLatin1(std::string_view t, std::string& out)
{
    out.clear();
    out.reserve(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if ((c & 0xE0) == 0xC0 && i + 1 < t.size()) {
            const std::uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(t[i + 1]) & 0x3Fu);
            if (cp > 0xFF)
                return false;
            out += static_cast<char>(cp);
            ++i;
        } else {
            return false;
        }
    }
    return true;
}

void readOperand(Input& in, const OpInfo& op, Operand& o, const Limits& limits, std::uint64_t inlineMax)
{
    o.isBig = false;
    o.located = false;
    o.split = 0;
    o.s.clear();
    o.s2.clear();
    unsigned char b[8];
    const std::uint64_t at = in.pos();
    const auto fixed = [&](int n) {
        in.read(reinterpret_cast<char*>(b), static_cast<std::size_t>(n), op.name.data());
        return le(b, n);
    };
    const auto text = [&](std::uint64_t n, const char* what) {
        o.split = in.pos();
        if (n > limits.maxStringBytes)
            throw ReadError(std::string(op.name) + " length " + std::to_string(n) + " exceeds Limits::maxStringBytes ("
                                + std::to_string(limits.maxStringBytes) + ") for " + what,
                            at);
        o.offset = in.pos();
        o.length = n;
        in.readInto(o.s, n, op.name.data());
    };
    const auto payload = [&](std::uint64_t n) {
        o.split = in.pos();
        o.offset = in.pos();
        o.length = n;
        if (n <= inlineMax) {
            in.readInto(o.s, n, op.name.data());
        } else {
            in.skip(n, op.name.data());
            o.located = true;
        }
    };
    switch (op.arg) {
    case Arg::None: return;
    case Arg::U1: o.i = static_cast<std::int64_t>(fixed(1)); return;
    case Arg::U2: o.i = static_cast<std::int64_t>(fixed(2)); return;
    case Arg::U4: o.i = static_cast<std::int64_t>(fixed(4)); return;
    case Arg::U8: {
        const std::uint64_t v = fixed(8);
        o.i = v > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(v);
        return;
    }
    case Arg::I4: o.i = static_cast<std::int32_t>(static_cast<std::uint32_t>(fixed(4))); return;
    case Arg::F8BE: {
        const std::uint64_t v = fixed(8);
        std::uint64_t be = 0;
        for (int k = 0; k < 8; ++k)
            be = (be << 8) | ((v >> (8 * k)) & 0xFF);
        std::memcpy(&o.f, &be, 8);
        return;
    }
    case Arg::IntLine:
    case Arg::LongLine:
    case Arg::DecimalLine: {
        // Text as CPython's readers accept it (the union of the C and the
        // pure-Python unpickler): see parsePyLong.
        in.readLine(o.s, limits.maxStringBytes, op.name.data());
        std::string_view t = o.s;
        if (op.arg == Arg::LongLine && !t.empty() && t.back() == 'L')
            t.remove_suffix(1);
        if (op.arg == Arg::IntLine && (t == "00" || t == "01")) {
            o.i = t == "01";
            o.s2 = "bool";
            return;
        }
        Operand tmp;
        const bool ok = parsePyLong(t, op.arg == Arg::DecimalLine ? 10 : 0, tmp)
            || (op.arg == Arg::IntLine && parseStrtolInt(t, tmp));
        if (!ok)
            throw ReadError(std::string(op.name) + " operand is not an integer", at);
        o.i = tmp.i;
        o.isBig = tmp.isBig;
        o.s = tmp.s;
        if (op.arg == Arg::DecimalLine && (o.isBig ? tmp.s[0] == '-' : o.i < 0))
            throw ReadError(std::string(op.name) + " memo key is negative", at);
        if (op.arg == Arg::DecimalLine && o.isBig) {
            // The pure-Python unpickler keeps any int as a memo key: a key
            // past int64 gets a slot of its own above the binary keys' range.
            o.i = static_cast<std::int64_t>((std::uint64_t{1} << 62) | (std::hash<std::string>{}(tmp.s) >> 2));
            o.isBig = false;
        }
        return;
    }
    case Arg::FloatLine: {
        in.readLine(o.s, limits.maxStringBytes, op.name.data());
        if (readDecimal(o.s, o.f) == 0)
            throw ReadError("FLOAT operand is not a number", at);
        return;
    }
    case Arg::StringLine: {
        std::string raw;
        in.readLine(raw, limits.maxStringBytes, op.name.data());
        if (!unquotePy2String(raw, o.s))
            throw ReadError("STRING operand is not a quoted string", at);
        o.length = o.s.size();
        return;
    }
    case Arg::UnicodeLine: {
        std::string raw;
        in.readLine(raw, limits.maxStringBytes, op.name.data());
        o.s = rawUnicodeEscapeToUtf8(raw);
        return;
    }
    case Arg::AsciiLine: in.readLine(o.s, limits.maxStringBytes, op.name.data()); return;
    case Arg::TwoLines:
        in.readLine(o.s, limits.maxStringBytes, op.name.data());
        o.split = in.pos();
        in.readLine(o.s2, limits.maxStringBytes, op.name.data());
        // Python decodes both lines as UTF-8 before importing anything.
        if (!validUtf8(o.s) || !validUtf8(o.s2))
            throw ReadError(std::string(op.name) + " module or name is not valid UTF-8", at);
        return;
    case Arg::Bytes1: payload(fixed(1)); return;
    case Arg::Bytes4: payload(fixed(4)); return;
    case Arg::Bytes8: payload(fixed(8)); return;
    case Arg::String1: payload(fixed(1)); return;
    case Arg::String4: {
        const auto n = static_cast<std::int32_t>(static_cast<std::uint32_t>(fixed(4)));
        if (n < 0)
            throw ReadError("BINSTRING has a negative length", at);
        payload(static_cast<std::uint64_t>(n));
        return;
    }
    case Arg::Unicode1: text(fixed(1), "a str"); return;
    case Arg::Unicode4: text(fixed(4), "a str"); return;
    case Arg::Unicode8: text(fixed(8), "a str"); return;
    case Arg::Long1:
    case Arg::Long4: {
        std::uint64_t n = op.arg == Arg::Long1 ? fixed(1) : fixed(4);
        if (op.arg == Arg::Long4 && (n & 0x80000000u))
            throw ReadError("LONG4 has a negative length", at);
        text(n, "an int");
        const std::string bytes = std::move(o.s);
        decodeLong(bytes, o);
        if (!o.isBig)
            o.s.clear();
        return;
    }
    }
}

} // namespace skopos::pickle
