#include "convert/NpyWriter.h"

namespace skopos::convert {

namespace {

constexpr std::size_t kAlign = 64;        // numpy ARRAY_ALIGN
constexpr std::size_t kGrowthDigits = 21; // numpy GROWTH_AXIS_MAX_DIGITS

bool latin1(const std::string& s)
{
    // ArrayInfo text is UTF-8: latin-1 means no code point above U+00FF.
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0xc4 && c < 0xf8) // lead bytes of U+0100 and above
            return false;
    }
    return true;
}

std::string shapeRepr(const std::vector<std::int64_t>& shape)
{
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i)
            s += ", ";
        s += std::to_string(shape[i]);
    }
    if (shape.size() == 1)
        s += ",";
    return s + ")";
}

} // namespace

std::string npyHeader(const std::string& descr, bool fortranOrder, const std::vector<std::int64_t>& shape)
{
    const std::string descrRepr = (!descr.empty() && descr[0] == '[') ? descr : "'" + descr + "'";
    std::string dict = "{'descr': " + descrRepr + ", 'fortran_order': " + (fortranOrder ? "True" : "False")
        + ", 'shape': " + shapeRepr(shape) + ", }";
    if (!shape.empty()) {
        const std::size_t len = std::to_string(fortranOrder ? shape.back() : shape.front()).size();
        if (len < kGrowthDigits)
            dict.append(kGrowthDigits - len, ' ');
    }
    // Version 1.0 has a 2-byte length, 2.0 a 4-byte one; 3.0 = 2.0 with UTF-8.
    int major = 1;
    std::size_t lenBytes = 2;
    // numpy: padlen = ARRAY_ALIGN - (prefix + hlen) % ARRAY_ALIGN, which is
    // 64 (not 0) when already aligned.
    const auto pad = [&](std::size_t lb) {
        const std::size_t hlen = dict.size() + 1;
        return kAlign - ((6 + 2 + lb + hlen) % kAlign);
    };
    if (dict.size() + 1 + pad(2) >= 65536) {
        major = 2;
        lenBytes = 4;
    }
    if (!latin1(dict)) {
        major = 3;
        lenBytes = 4;
    }
    const std::size_t total = dict.size() + 1 + pad(lenBytes);
    std::string out = "\x93NUMPY";
    out += static_cast<char>(major);
    out += '\0';
    for (std::size_t i = 0; i < lenBytes; ++i)
        out += static_cast<char>((total >> (8 * i)) & 0xff);
    out += dict;
    out.append(pad(lenBytes), ' ');
    out += '\n';
    return out;
}

} // namespace skopos::convert
