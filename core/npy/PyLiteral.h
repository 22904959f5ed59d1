#pragma once
// The Python literals of .npy headers, read as numpy's _read_array_header
// reads them: ast.literal_eval of the header text (latin-1 for versions 1
// and 2, UTF-8 for 3), after _filter_header drops Python 2's "L" after
// numbers (versions 1 and 2 only). Dicts (a repeated key keeps its first
// place and takes the last value, as a dict display does), lists, tuples,
// str and bytes with every prefix, escape and implicit concatenation, ints
// in every base, floats, True/False/None, comments and line continuations.
// Depth and size are bounded; anything else is an error, never evaluated.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace skopos {

struct PyValue {
    enum Type { None, Bool, Int, Str, List, Tuple, Dict, Bytes, Float } type = None;
    bool b = false;
    std::int64_t i = 0;
    double f = 0;               // Float (complex numbers are refused)
    std::string s;              // Str: UTF-8 of its code points; Bytes: the bytes
    std::vector<PyValue> items; // List/Tuple; Dict: alternating key, value
    const PyValue* get(std::string_view key) const;
    std::string repr() const; // canonical Python repr
};

// Throws ReadError("npy header: ...") on malformed input. `latin1`: the text
// is bytes each standing for one code point (npy versions 1 and 2), else
// UTF-8; `dropLongSuffix`: _filter_header's removal of "L" after a number.
PyValue parsePyLiteral(std::string_view text, unsigned maxDepth = 64, bool latin1 = false, bool dropLongSuffix = true);

} // namespace skopos
