#pragma once
// Shared by the array readers (ArrayReader, ArraySlice, ElementLayout,
// SparseReader): one element's value from bytes in either byte order, and
// the one error they raise when a preview cannot be made.

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>

namespace skopos {

template <typename T>
T loadElement(const char* p, bool bigEndian)
{
    unsigned char b[sizeof(T)];
    std::memcpy(b, p, sizeof(T));
    if (bigEndian != (std::endian::native == std::endian::big))
        std::reverse(b, b + sizeof(T));
    T v;
    std::memcpy(&v, b, sizeof(T));
    return v;
}

// Throws ReadError("preview not available: " + why).
[[noreturn]] void previewUnavailable(const std::string& why);

} // namespace skopos
