#pragma once
// A tiny parser for the Python literals numpy writes in .npy headers (dicts,
// lists, tuples, strings, ints incl. Python 2 "3L", True/False/None). Depth
// and size are bounded; anything else is an error, never evaluated.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace skopos {

struct PyValue {
    enum Type { None, Bool, Int, Str, List, Tuple, Dict } type = None;
    bool b = false;
    std::int64_t i = 0;
    std::string s;
    std::vector<PyValue> items;                 // List/Tuple; Dict: alternating key, value
    const PyValue* get(std::string_view key) const;
    std::string repr() const;                   // canonical Python repr
};

// Throws ReadError("npy header: ...") on malformed input.
PyValue parsePyLiteral(std::string_view text, unsigned maxDepth = 64);

} // namespace skopos
