#pragma once
// Shared by the array readers (ArrayReader, ArraySlice, ElementLayout,
// SparseReader) and diff's ArrayCompare: one element's value from bytes in either byte order, and
// the one error they raise when a preview cannot be made.

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
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

// IEEE 754 binary16 -> double (numpy float16), without relying on compiler support.
inline double halfToDouble(std::uint16_t h)
{
    const int sign = (h >> 15) & 1;
    const int exp = (h >> 10) & 0x1f;
    const int mant = h & 0x3ff;
    double v;
    if (exp == 0)
        v = std::ldexp(mant, -24);
    else if (exp == 31)
        v = mant ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    else
        v = std::ldexp(mant + 1024, exp - 25);
    return sign ? -v : v;
}

// Throws ReadError("preview not available: " + why).
[[noreturn]] void previewUnavailable(const std::string& why);

} // namespace skopos
