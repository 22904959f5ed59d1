#include "tree/JsonQuote.h"

#include <cstdint>

namespace skopos {

namespace {

// Length of the well-formed UTF-8 sequence at s[i] (lead byte >= 0x80): 2-4;
// -1 for a surrogate (ED A0..BF xx); 0 when the bytes are not UTF-8.
int wellFormedLength(std::string_view s, std::size_t i)
{
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = at(i);
    const int len = c >= 0xc2 && c <= 0xdf ? 2 : (c >> 4) == 0xe ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size())
        return 0; // C0/C1: overlong; F5..FF: above U+10FFFF; or cut short
    for (int k = 1; k < len; ++k)
        if ((at(i + static_cast<std::size_t>(k)) & 0xc0) != 0x80)
            return 0;
    const unsigned char d = at(i + 1);
    if ((c == 0xe0 && d < 0xa0) || (c == 0xf0 && d < 0x90)) // overlong
        return 0;
    if (c == 0xf4 && d >= 0x90) // above U+10FFFF
        return 0;
    if (c == 0xed && d >= 0xa0)
        return -1;
    return len;
}

} // namespace

std::string jsonQuote(std::string_view s)
{
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7f) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            const int len = wellFormedLength(s, i);
            if (len > 0) {
                out.append(s.substr(i, static_cast<std::size_t>(len)));
                i += static_cast<std::size_t>(len - 1);
            } else if (len < 0) { // a lone surrogate: its escape
                const std::uint32_t cp = 0xd000 | ((static_cast<unsigned char>(s[i + 1]) & 0x3f) << 6)
                    | (static_cast<unsigned char>(s[i + 2]) & 0x3f);
                out += "\\u";
                out += hex[(cp >> 12) & 15];
                out += hex[(cp >> 8) & 15];
                out += hex[(cp >> 4) & 15];
                out += hex[cp & 15];
                i += 2;
            } else {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            }
        }
    }
    out += '"';
    return out;
}

} // namespace skopos
