#pragma once
// The bytes of a JSON document as Python's json.loads(bytes) decodes them:
// the encoding its detect_encoding picks (a UTF-32/UTF-16/UTF-8 BOM, else
// the pattern of zero bytes in the first four), decoded with 'surrogatepass'.
// skops reads schema.json this way, so Skopos must too.
//
// Strings are held as "generalised UTF-8": every code point, lone surrogates
// included, encoded on its own (U+D800 is ED A0 80). That is exactly what
// Python's UTF-8 decoder with surrogatepass accepts, so a UTF-8 document
// needs no copy; two Python strings are equal exactly when their bytes are.

#include <cstddef>
#include <string>
#include <string_view>

namespace skopos {

enum class JsonEncoding { Utf8, Utf8Sig, Utf16Le, Utf16Be, Utf16Bom, Utf32Le, Utf32Be, Utf32Bom };

// The encoding Python's json.detect_encoding chooses for these bytes.
JsonEncoding detectJsonEncoding(std::string_view bytes);
const char* jsonEncodingName(JsonEncoding e); // Python's codec name

// UTF-16 / UTF-32 (any of the five) to generalised UTF-8, BOM dropped as the
// codec drops it. Throws ReadError where Python's decoder raises (odd length,
// a code point above U+10FFFF).
std::string transcodeToUtf8(std::string_view bytes, JsonEncoding e);

// The length of the UTF-8 sequence at p (p < end, *p >= 0x80) as Python's
// UTF-8 decoder with surrogatepass accepts it, or 0 when it raises there.
inline std::size_t utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned c = p[0];
    const auto cont = [&](std::size_t i, unsigned lo, unsigned hi) { return p + i < end && p[i] >= lo && p[i] <= hi; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1, 0x80, 0xBF) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        // E0: no overlong forms; ED A0-BF: surrogates, which surrogatepass lets through.
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80;
        return cont(1, lo, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

} // namespace skopos
