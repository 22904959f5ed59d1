#pragma once
// How one array element is laid out, for previews: a simple dtype is one
// field, a structured dtype (numpy descr list, e.g. every scikit-learn tree's
// `nodes`) one field per named member at its byte offset. Padding members
// ('' names, numpy writes them as '|Vn' for aligned or offset dtypes) take
// room but are not shown; nested structures are flattened ("outer.inner").
// Also: the text of one element as Python prints it (repr of the item).

#include "io/ArrayReader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace skopos {

struct ArrayField {
    std::string name;        // "" for a simple dtype
    std::string typestr;     // as written in the descr ("<i8", ">f4")
    std::int64_t offset = 0; // bytes from the start of the element
    SimpleDType dtype;       // invalid for kinds we do not decode (V, M, m)
    std::int64_t count = 1;  // subarray fields: elements per field
};

struct ElementLayout {
    std::vector<ArrayField> fields;
    std::int64_t itemsize = 0;
    bool structured = false;
};

// Parses a descr as ArrayInfo holds it ('<f8' or the repr of a field list).
// Throws ReadError("preview not available: ...") for object fields or a
// descr that is not a numpy one.
ElementLayout parseElementLayout(const std::string& descr);

// The value at `p` as Python prints `repr(item)` for ints, floats (shortest
// round trip; float32 with its own shortest digits, as numpy prints it) and
// bools; complex as "1+2j"; strings as their text. A subarray field is
// "[a, b]". Fields we cannot decode show their typestr in angle brackets.
std::string formatScalar(const SimpleDType& dt, const char* p);
std::string formatField(const ArrayField& f, const char* element);

} // namespace skopos
