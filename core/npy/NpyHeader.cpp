#include "npy/NpyHeader.h"

#include "npy/PyLiteral.h"
#include "tree/Error.h"
#include "tree/Limits.h"

#include <cstring>
#include <fstream>
#include <limits>

namespace skopos {

namespace {
constexpr char kMagic[] = "\x93NUMPY";

std::uint32_t readLe(std::string_view b, std::size_t at, int bytes)
{
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}

std::int64_t mulCheck(std::int64_t a, std::int64_t b)
{
    if (a < 0 || b < 0)
        return -1;
    if (a != 0 && b > std::numeric_limits<std::int64_t>::max() / a)
        throw ReadError("npy header: array size overflows");
    return a * b;
}

std::int64_t times(std::int64_t size, const PyValue& shape)
{
    if (shape.type == PyValue::Int)
        return shape.i < 0 ? -1 : mulCheck(size, shape.i);
    if (shape.type != PyValue::Tuple)
        throw ReadError("npy header: bad subarray shape");
    for (const auto& dim : shape.items) {
        if (dim.type != PyValue::Int || dim.i < 0)
            throw ReadError("npy header: bad subarray shape");
        size = mulCheck(size, dim.i);
    }
    return size;
}

// The itemsize of a descr as numpy's descr_to_dtype reads it (-1 if not
// known here); sets hasObject. A str is a dtype string; a tuple is
// (base, shape); anything else is iterated as fields of 2 or 3 items (so a
// 2-character string is a field too: name, then a one-letter dtype).
std::int64_t descrItemsize(const PyValue& d, bool& hasObject, unsigned depth)
{
    if (depth > limits::kMaxDescrDepth)
        throw ReadError("npy header: descr nested too deeply");
    switch (d.type) {
    case PyValue::Str:
        if (dtypeMayHoldObjects(d.s))
            hasObject = true;
        return typestrItemsize(d.s);
    case PyValue::Tuple: {
        if (d.items.size() < 2)
            throw ReadError("npy header: a (dtype, shape) 'descr' tuple with fewer than 2 items");
        const std::int64_t base = descrItemsize(d.items[0], hasObject, depth + 1);
        return base < 0 ? -1 : times(base, d.items[1]);
    }
    case PyValue::Bytes:
        if (d.s.empty())
            return 0; // no fields
        throw ReadError("npy header: 'descr' is bytes (numpy cannot read it)");
    case PyValue::List: break;
    case PyValue::Dict: { // iterated, a dict gives its keys: those are the fields
        PyValue keys;
        keys.type = PyValue::List;
        for (std::size_t k = 0; k < d.items.size(); k += 2)
            keys.items.push_back(d.items[k]);
        return descrItemsize(keys, hasObject, depth + 1);
    }
    default: throw ReadError("npy header: 'descr' is neither a type string nor a list of fields");
    }
    std::int64_t total = 0;
    for (const auto& field : d.items) {
        std::vector<PyValue> parts;
        if (field.type == PyValue::Tuple || field.type == PyValue::List) {
            parts = field.items;
        } else if (field.type == PyValue::Str) {
            for (std::size_t k = 0; k < field.s.size();) { // one str per code point
                std::size_t n = 1;
                while (k + n < field.s.size() && (static_cast<unsigned char>(field.s[k + n]) & 0xC0) == 0x80)
                    ++n;
                PyValue c;
                c.type = PyValue::Str;
                c.s = field.s.substr(k, n);
                parts.push_back(std::move(c));
                k += n;
            }
        } else {
            throw ReadError("npy header: a field of 'descr' that is not a (name, dtype[, shape]) sequence");
        }
        if (parts.size() < 2 || parts.size() > 3)
            throw ReadError("npy header: malformed field in structured 'descr'");
        std::int64_t size = descrItemsize(parts[1], hasObject, depth + 1);
        if (parts.size() == 3 && size >= 0)
            size = times(size, parts[2]);
        if (size < 0 || total < 0)
            total = -1;
        else
            total += size;
    }
    return total;
}
} // namespace

// numpy's names are case-sensitive; the one-letter code is 'O'.
bool dtypeMayHoldObjects(std::string_view s)
{
    return s.find('O') != std::string_view::npos || s.find("object") != std::string_view::npos;
}

std::int64_t typestrItemsize(std::string_view t)
{
    if (!t.empty() && (t[0] == '<' || t[0] == '>' || t[0] == '|' || t[0] == '='))
        t.remove_prefix(1);
    if (t.empty())
        return -1;
    const char kind = t[0];
    std::string_view digits = t.substr(1);
    // datetime units: 'M8[ns]'
    if (auto br = digits.find('['); br != std::string_view::npos)
        digits = digits.substr(0, br);
    if (digits.empty() || digits.size() > 12)
        return kind == 'O' ? 8 : -1;
    std::int64_t n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return kind == 'U' ? n * 4 : n;
}

std::uint64_t npyPrefixSize(std::string_view first, const Limits& limits)
{
    if (first.size() < 10 || std::memcmp(first.data(), kMagic, 6) != 0)
        throw ReadError("not an npy array (bad magic)");
    const int major = static_cast<unsigned char>(first[6]);
    if (major == 1)
        return 10ull + readLe(first, 8, 2);
    if (major == 2 || major == 3) {
        if (first.size() < 12)
            throw ReadError("npy header is truncated");
        const std::uint64_t len = readLe(first, 8, 4);
        if (len > limits.maxNpyHeaderBytes)
            throw ReadError("npy header length " + std::to_string(len) + " exceeds the limit of "
                            + std::to_string(limits.maxNpyHeaderBytes) + " bytes");
        return 12 + len;
    }
    throw ReadError("unsupported npy format version " + std::to_string(major) + "."
                    + std::to_string(static_cast<unsigned char>(first[7])));
}

NpyHeader parseNpyHeader(std::string_view prefix, const Limits& limits)
{
    const std::uint64_t need = npyPrefixSize(prefix, limits);
    if (prefix.size() < need)
        throw ReadError("npy header is truncated (" + std::to_string(prefix.size()) + " of " + std::to_string(need)
                        + " bytes)");
    NpyHeader h;
    h.major = static_cast<unsigned char>(prefix[6]);
    h.minor = static_cast<unsigned char>(prefix[7]);
    if (h.minor != 0) // numpy reads versions 1.0, 2.0 and 3.0 only
        throw ReadError("unsupported npy format version " + std::to_string(h.major) + "." + std::to_string(h.minor));
    const std::size_t start = h.major == 1 ? 10 : 12;
    h.dataOffset = need;
    // As numpy 1.24's _read_array_header: latin-1 text (UTF-8 for 3.0),
    // Python 2's "L" dropped (1.0 and 2.0), ast.literal_eval, then a dict of
    // exactly these three keys, a tuple of ints, a bool, and a descr.
    const PyValue dict = parsePyLiteral(prefix.substr(start, need - start), 64, h.major < 3, h.major < 3);
    if (dict.type != PyValue::Dict)
        throw ReadError("npy header is not a dict");
    const PyValue* descr = dict.get("descr");
    const PyValue* fortran = dict.get("fortran_order");
    const PyValue* shape = dict.get("shape");
    if (!descr || !fortran || !shape)
        throw ReadError("npy header lacks 'descr', 'fortran_order' or 'shape'");
    if (dict.items.size() != 6)
        throw ReadError("npy header has keys other than 'descr', 'fortran_order' and 'shape' (numpy refuses it)");
    if (fortran->type != PyValue::Bool)
        throw ReadError("npy header: 'fortran_order' is not a bool");
    h.fortranOrder = fortran->b;
    if (shape->type != PyValue::Tuple)
        throw ReadError("npy header: 'shape' is not a tuple");
    if (shape->items.size() > limits.maxArrayDims)
        throw ReadError("npy header: " + std::to_string(shape->items.size()) + " dimensions exceed the limit of "
                        + std::to_string(limits.maxArrayDims));
    for (const auto& d : shape->items) {
        if ((d.type != PyValue::Int && d.type != PyValue::Bool) || d.i < 0) // True is an int to Python
            throw ReadError("npy header: shape has a negative or non-integer dimension");
        h.shape.push_back(d.type == PyValue::Bool ? d.b : d.i);
    }
    h.structured = descr->type != PyValue::Str;
    h.descr = h.structured ? descr->repr() : descr->s;
    h.itemsize = descrItemsize(*descr, h.hasObject, 0);
    if (h.itemsize >= 0 && !h.hasObject) {
        std::int64_t n = h.itemsize;
        for (auto d : h.shape)
            n = mulCheck(n, d);
        h.dataLength = static_cast<std::uint64_t>(n);
    }
    return h;
}

ArrayInfo NpyHeader::toArrayInfo(Where where, std::string_view source, std::uint64_t base) const
{
    ArrayInfo a;
    a.descr = descr;
    a.shape = shape;
    a.fortranOrder = fortranOrder;
    a.itemsize = itemsize;
    a.where = hasObject ? Where::Absent : where;   // object arrays are pickles: never read as numbers
    a.pickled = hasObject ? where : Where::Absent; // ... but scanned as a pickle (pickle/ObjectArrays.h)
    a.source = source;
    a.offset = base + dataOffset;
    a.length = dataLength;
    return a;
}

NpyHeader readNpyHeader(const std::function<std::string(std::uint64_t n)>& prefix, const Limits& limits)
{
    std::string head = prefix(128); // one read covers every header numpy writes for real models
    if (head.size() < 10)
        throw ReadError("too short to be an npy array (" + std::to_string(head.size()) + " bytes)");
    const std::uint64_t need = npyPrefixSize(head, limits);
    if (need > head.size())
        head = prefix(need);
    return parseNpyHeader(head, limits);
}

NpyHeader readNpyFileHeader(const FileHandle& file, const Limits& limits)
{
    return readNpyHeader(
        [&](std::uint64_t n) {
            std::string buf(static_cast<std::size_t>(n), '\0');
            buf.resize(file.readAt(buf.data(), buf.size(), 0));
            return buf;
        },
        limits);
}

NpyHeader readNpyFileHeader(const std::string& path, const Limits& limits)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ReadError("cannot open file");
    return readNpyHeader(
        [&](std::uint64_t n) {
            std::string buf(static_cast<std::size_t>(n), '\0');
            in.clear();
            in.seekg(0);
            in.read(buf.data(), static_cast<std::streamsize>(n));
            buf.resize(static_cast<std::size_t>(in.gcount()));
            return buf;
        },
        limits);
}

} // namespace skopos
