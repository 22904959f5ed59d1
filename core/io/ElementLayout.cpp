#include "io/ElementLayout.h"
#include "io/ElementBytes.h"

#include "npy/NpyHeader.h"
#include "npy/PyLiteral.h"
#include "tree/Error.h"
#include "tree/PyFloat.h"
#include "tree/Limits.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace skopos {

namespace {

// Shortest digits of the float32 value, laid out as Python lays out a float:
// numpy prints float32 items with their own shortest round trip ("0.1", not
// the double 0.10000000149011612). The short decimal read back as a double
// has the same shortest digits, so pyFloatRepr does the layout.
std::string float32Repr(float f)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, f);
    double d = f;
    if (std::isfinite(f))
        std::from_chars(buf, r.ptr, d);
    return pyFloatRepr(d);
}

void addFields(const PyValue& list, std::int64_t base, const std::string& prefix, ElementLayout& out, unsigned depth)
{
    if (depth > limits::kMaxPreviewDtypeDepth)
        previewUnavailable("the structured dtype is nested too deeply");
    std::int64_t offset = base;
    for (const PyValue& field : list.items) {
        if (field.type != PyValue::Tuple || field.items.size() < 2 || field.items.size() > 3)
            previewUnavailable("malformed structured dtype");
        // A field with a title is written as ((title, name), type).
        const PyValue& key = field.items[0];
        std::string name;
        if (key.type == PyValue::Str)
            name = key.s;
        else if (key.type == PyValue::Tuple && key.items.size() == 2 && key.items[1].type == PyValue::Str)
            name = key.items[1].s;
        else
            previewUnavailable("malformed field name in a structured dtype");
        std::int64_t count = 1;
        if (field.items.size() == 3) {
            const PyValue& sub = field.items[2];
            if (sub.type == PyValue::Int)
                count = sub.i;
            else if (sub.type == PyValue::Tuple)
                for (const PyValue& d : sub.items)
                    count *= d.type == PyValue::Int && d.i >= 0 && d.i < (1 << 20) ? d.i : -1;
            if (count < 0 || count > (1 << 20))
                previewUnavailable("bad subarray shape in a structured dtype");
        }
        const PyValue& type = field.items[1];
        if (type.type == PyValue::List) {
            ElementLayout inner;
            addFields(type, 0, "", inner, depth + 1);
            if (count != 1)
                previewUnavailable("arrays of nested structures are not shown");
            for (ArrayField& f : inner.fields) {
                f.name = prefix + name + "." + f.name;
                f.offset += offset;
                out.fields.push_back(std::move(f));
            }
            offset += inner.itemsize;
            continue;
        }
        if (type.type != PyValue::Str)
            previewUnavailable("malformed field type in a structured dtype");
        if (dtypeMayHoldObjects(type.s))
            previewUnavailable("the structured dtype holds Python objects");
        const std::int64_t size = typestrItemsize(type.s);
        if (size < 0)
            previewUnavailable("unknown field type " + type.s);
        if (!name.empty()) { // '' members are padding
            ArrayField f;
            f.name = prefix + name;
            f.typestr = type.s;
            f.offset = offset;
            f.dtype = parseSimpleDType(type.s);
            f.count = count;
            out.fields.push_back(std::move(f));
        }
        offset += size * count;
    }
    out.itemsize = std::max(out.itemsize, offset - base);
}

} // namespace

ElementLayout parseElementLayout(const std::string& descr)
{
    ElementLayout l;
    if (descr.empty() || descr[0] != '[') {
        ArrayField f;
        f.typestr = descr;
        f.dtype = parseSimpleDType(descr);
        if (!f.dtype.valid())
            previewUnavailable("dtype " + (descr.empty() ? std::string("(unknown)") : descr)
                               + " is not a simple numeric or string type");
        l.itemsize = f.dtype.size;
        l.fields.push_back(std::move(f));
        return l;
    }
    PyValue v;
    try {
        v = parsePyLiteral(descr, 24);
    } catch (const ReadError& e) {
        previewUnavailable(std::string("the structured dtype cannot be read: ") + e.what());
    }
    if (v.type != PyValue::List)
        previewUnavailable("malformed structured dtype");
    l.structured = true;
    addFields(v, 0, "", l, 0);
    if (l.itemsize <= 0)
        previewUnavailable("the structured dtype has no size");
    return l;
}

std::string formatScalar(const SimpleDType& dt, const char* p)
{
    const bool be = dt.order == '>';
    switch (dt.kind) {
    case 'b': return *p ? "True" : "False";
    case 'i':
        switch (dt.size) {
        case 1: return std::to_string(static_cast<std::int8_t>(*p));
        case 2: return std::to_string(loadElement<std::int16_t>(p, be));
        case 4: return std::to_string(loadElement<std::int32_t>(p, be));
        default: return std::to_string(loadElement<std::int64_t>(p, be));
        }
    case 'u':
        switch (dt.size) {
        case 1: return std::to_string(static_cast<std::uint8_t>(*p));
        case 2: return std::to_string(loadElement<std::uint16_t>(p, be));
        case 4: return std::to_string(loadElement<std::uint32_t>(p, be));
        default: return std::to_string(loadElement<std::uint64_t>(p, be));
        }
    case 'f': {
        ArrayPreview one;
        if (dt.size == 4)
            return float32Repr(loadElement<float>(p, be));
        decodeElements(dt, p, 1, one); // float16 and float64
        return dt.size == 2 ? float32Repr(static_cast<float>(one.values[0])) : pyFloatRepr(one.values[0]);
    }
    case 'c': {
        const int half = dt.size / 2;
        const SimpleDType part{dt.order, 'f', half};
        std::string re = formatScalar(part, p);
        std::string im = formatScalar(part, p + half);
        if (re.size() > 2 && re.compare(re.size() - 2, 2, ".0") == 0)
            re.resize(re.size() - 2);
        if (im.size() > 2 && im.compare(im.size() - 2, 2, ".0") == 0)
            im.resize(im.size() - 2);
        if (im[0] == '-' || im == "nan" || im == "inf")
            return re + (im[0] == '-' ? "" : "+") + im + "j";
        return re + "+" + im + "j";
    }
    case 'S':
    case 'U': {
        ArrayPreview one;
        decodeElements(dt, p, 1, one);
        return one.text[0];
    }
    default: return {};
    }
}

std::string formatField(const ArrayField& f, const char* element)
{
    if (!f.dtype.valid())
        return "<" + f.typestr + ">";
    const char* p = element + f.offset;
    if (f.count == 1)
        return formatScalar(f.dtype, p);
    std::string out = "[";
    const std::int64_t shown = std::min<std::int64_t>(f.count, 16);
    for (std::int64_t i = 0; i < shown; ++i) {
        if (i)
            out += ", ";
        out += formatScalar(f.dtype, p + i * f.dtype.size);
    }
    out += f.count > shown ? ", ...]" : "]";
    return out;
}

} // namespace skopos
