#include "describe/PyText.h"

#include <cstdint>

namespace skopos {

namespace {

const char* kHex = "0123456789abcdef";

void hexEscape(std::string& out, std::uint32_t c)
{
    if (c < 0x100) {
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    } else if (c < 0x10000) {
        out += "\\u";
        for (int s = 12; s >= 0; s -= 4)
            out += kHex[(c >> s) & 15];
    } else {
        out += "\\U";
        for (int s = 28; s >= 0; s -= 4)
            out += kHex[(c >> s) & 15];
    }
}

// Decodes one UTF-8 sequence; invalid bytes come back as themselves (the
// tree holds valid text, this is only a guard).
std::uint32_t decode(std::string_view s, std::size_t& i)
{
    const auto b = static_cast<unsigned char>(s[i++]);
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    std::uint32_t c = extra == 3 ? b & 7u : extra == 2 ? b & 15u : extra == 1 ? b & 31u : b;
    while (extra-- > 0 && i < s.size())
        c = (c << 6) | (static_cast<unsigned char>(s[i++]) & 63u);
    return c;
}

// str.isprintable() for the characters model files hold; the rarer
// non-printable categories (unassigned, private use) print as themselves.
bool printable(std::uint32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || c == 0x1680)
        return false;
    if (c >= 0x2000 && c <= 0x200F) // spaces other than ' ', zero-width and direction marks
        return false;
    if ((c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x2064) || c == 0x3000 || c == 0xFEFF)
        return false;
    return !(c >= 0xD800 && c <= 0xDFFF);
}

} // namespace

std::string pyStrRepr(std::string_view s)
{
    const bool single = s.find('\'') != std::string_view::npos;
    const char quote = single && s.find('"') == std::string_view::npos ? '"' : '\'';
    std::string out(1, quote);
    for (std::size_t i = 0; i < s.size();) {
        const std::uint32_t c = decode(s, i);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (!printable(c)) {
            hexEscape(out, c);
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            // Copy the original sequence.
            std::size_t start = i - 1;
            while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
                --start;
            out.append(s.substr(start, i - start));
        }
    }
    out += quote;
    return out;
}

std::string pyBytesRepr(std::string_view s)
{
    const bool single = s.find('\'') != std::string_view::npos;
    const char quote = single && s.find('"') == std::string_view::npos ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            hexEscape(out, c);
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

std::string numpyDtypeName(std::string_view d)
{
    if (d.size() < 3)
        return {};
    const char order = d[0], kind = d[1];
    const std::string_view size = d.substr(2);
    int n = 0;
    for (char c : size) {
        if (c < '0' || c > '9')
            return {};
        n = n * 10 + (c - '0');
    }
    const bool native = order == '<' || order == '|' || order == '=';
    if (kind == 'U' || kind == 'S')
        return std::string(d.substr(0, 1) == "|" ? "" : std::string(1, order)) + kind + std::string(size);
    if (!native)
        return std::string(d);
    switch (kind) {
    case 'b': return n == 1 ? "bool" : std::string();
    case 'i': return "int" + std::to_string(8 * n);
    case 'u': return "uint" + std::to_string(8 * n);
    case 'f': return "float" + std::to_string(8 * n);
    case 'c': return "complex" + std::to_string(8 * n);
    case 'O': return "O";
    default: return {};
    }
}

} // namespace skopos
