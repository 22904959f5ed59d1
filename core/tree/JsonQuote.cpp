#include "tree/JsonQuote.h"

namespace skopos {

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
            // Pass valid UTF-8 sequences through; escape stray bytes as latin-1.
            int len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
            bool ok = len > 0 && i + static_cast<std::size_t>(len) <= s.size();
            for (int k = 1; ok && k < len; ++k)
                ok = (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) >> 6) == 2;
            if (ok) {
                out.append(s.substr(i, static_cast<std::size_t>(len)));
                i += static_cast<std::size_t>(len - 1);
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
