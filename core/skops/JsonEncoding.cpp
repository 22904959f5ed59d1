#include "skops/JsonEncoding.h"

#include "tree/Error.h"
#include "tree/Utf8.h"

namespace skopos {

namespace {
bool startsWith(std::string_view b, std::string_view prefix) { return b.substr(0, prefix.size()) == prefix; }
const std::string_view kBom32Le("\xFF\xFE\x00\x00", 4), kBom32Be("\x00\x00\xFE\xFF", 4);
const std::string_view kBom16Le("\xFF\xFE", 2), kBom16Be("\xFE\xFF", 2), kBom8("\xEF\xBB\xBF", 3);

[[noreturn]] void decodeError(JsonEncoding e, const char* why, std::size_t at)
{
    throw ReadError(std::string("schema.json cannot be decoded as ") + jsonEncodingName(e)
                        + " (Python's json.loads picks that encoding for these bytes): " + why,
                    at);
}
} // namespace

JsonEncoding detectJsonEncoding(std::string_view b)
{
    // The order matters: the UTF-32 LE mark starts with the UTF-16 LE one.
    if (startsWith(b, kBom32Be) || startsWith(b, kBom32Le))
        return JsonEncoding::Utf32Bom;
    if (startsWith(b, kBom16Be) || startsWith(b, kBom16Le))
        return JsonEncoding::Utf16Bom;
    if (startsWith(b, kBom8))
        return JsonEncoding::Utf8Sig;
    // JSON text starts with ASCII: its zero bytes tell the width and order.
    if (b.size() >= 4) {
        if (b[0] == 0)
            return b[1] ? JsonEncoding::Utf16Be : JsonEncoding::Utf32Be;
        if (b[1] == 0)
            return (b[2] || b[3]) ? JsonEncoding::Utf16Le : JsonEncoding::Utf32Le;
    } else if (b.size() == 2) {
        if (b[0] == 0)
            return JsonEncoding::Utf16Be;
        if (b[1] == 0)
            return JsonEncoding::Utf16Le;
    }
    return JsonEncoding::Utf8;
}

const char* jsonEncodingName(JsonEncoding e)
{
    switch (e) {
    case JsonEncoding::Utf8: return "utf-8";
    case JsonEncoding::Utf8Sig: return "utf-8-sig";
    case JsonEncoding::Utf16Le: return "utf-16-le";
    case JsonEncoding::Utf16Be: return "utf-16-be";
    case JsonEncoding::Utf16Bom: return "utf-16";
    case JsonEncoding::Utf32Le: return "utf-32-le";
    case JsonEncoding::Utf32Be: return "utf-32-be";
    case JsonEncoding::Utf32Bom: return "utf-32";
    }
    return "?";
}

std::string transcodeToUtf8(std::string_view b, JsonEncoding e)
{
    const auto* u = reinterpret_cast<const unsigned char*>(b.data());
    std::size_t i = 0;
    bool bigEndian = e == JsonEncoding::Utf16Be || e == JsonEncoding::Utf32Be;
    const bool wide = e == JsonEncoding::Utf32Le || e == JsonEncoding::Utf32Be || e == JsonEncoding::Utf32Bom;
    // The "utf-16" and "utf-32" codecs read the mark for the byte order and
    // drop it (only the first; an explicit-order codec keeps U+FEFF).
    if (e == JsonEncoding::Utf32Bom) {
        bigEndian = u[0] == 0;
        i = 4;
    } else if (e == JsonEncoding::Utf16Bom) {
        bigEndian = u[0] == 0xFE;
        i = 2;
    }
    std::string out;
    out.reserve(b.size());
    if (wide) {
        if ((b.size() - i) % 4)
            decodeError(e, "truncated data", b.size() - (b.size() - i) % 4);
        for (; i < b.size(); i += 4) {
            const std::uint32_t cp = bigEndian
                ? (std::uint32_t{u[i]} << 24 | std::uint32_t{u[i + 1]} << 16 | std::uint32_t{u[i + 2]} << 8 | u[i + 3])
                : (std::uint32_t{u[i + 3]} << 24 | std::uint32_t{u[i + 2]} << 16 | std::uint32_t{u[i + 1]} << 8 | u[i]);
            if (cp > 0x10FFFF)
                decodeError(e, "code point not in range(0x110000)", i);
            appendUtf8(out, cp); // surrogates (surrogatepass) each on their own
        }
        return out;
    }
    const auto unit = [&](std::size_t at) -> std::uint32_t {
        return bigEndian ? (std::uint32_t{u[at]} << 8 | u[at + 1]) : (std::uint32_t{u[at + 1]} << 8 | u[at]);
    };
    if ((b.size() - i) % 2)
        decodeError(e, "truncated data", b.size() - 1);
    for (; i < b.size(); i += 2) {
        std::uint32_t cp = unit(i);
        // A high surrogate followed by a low one is one code point; any other
        // surrogate stays a lone one (surrogatepass).
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 4 <= b.size()) {
            const std::uint32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        appendUtf8(out, cp);
    }
    return out;
}

} // namespace skopos
