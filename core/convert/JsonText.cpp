#include "convert/JsonText.h"

#include "tree/Error.h"

namespace skopos::convert {

namespace {

const char kHex[] = "0123456789abcdef";

void u4(std::string& out, std::uint32_t c)
{
    out += "\\u";
    out += kHex[(c >> 12) & 0xf];
    out += kHex[(c >> 8) & 0xf];
    out += kHex[(c >> 4) & 0xf];
    out += kHex[c & 0xf];
}

[[noreturn]] void badUtf8(std::string_view s, std::size_t at, const char* what)
{
    static const char* hex = "0123456789abcdef";
    const auto c = static_cast<unsigned char>(s[at]);
    throw ReadError(std::string("a string that is not UTF-8 (") + what + " at byte " + std::to_string(at) + ", 0x"
                    + hex[c >> 4] + hex[c & 15] + "): no Python str holds it, so it has no JSON form");
}

// Decodes one code point of UTF-8 as the trees hold it: well formed, except
// that lone surrogates (ED A0..BF xx) are kept -- a Python str can hold them
// (the unpickler and json.loads let them through) and json.dumps writes them
// as \udXXX. Anything else no Python str can hold -- overlong forms, code
// points above U+10FFFF, truncated sequences, stray bytes -- is refused
// rather than written as something else.
std::uint32_t decode(std::string_view s, std::size_t& i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    int n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
        ++i;
        return c;
    }
    if ((c & 0xe0) == 0xc0) {
        n = 1;
        cp = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
        n = 2;
        cp = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0) {
        n = 3;
        cp = c & 0x07;
    } else
        badUtf8(s, i,
                (c & 0xc0) == 0x80 ? "a continuation byte without a lead byte" : "a byte that never occurs in UTF-8");
    for (int k = 1; k <= n; ++k) {
        if (i + k >= s.size())
            badUtf8(s, i, "a sequence cut short by the end of the string");
        if ((b(i + k) & 0xc0) != 0x80)
            badUtf8(s, i, "a sequence cut short by a byte that does not continue it");
        cp = (cp << 6) | (b(i + k) & 0x3f);
    }
    static const std::uint32_t kShortest[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < kShortest[n])
        badUtf8(s, i, "an overlong encoding");
    if (cp > 0x10ffff)
        badUtf8(s, i, "a code point above U+10FFFF");
    i += static_cast<std::size_t>(n) + 1;
    return cp;
}

} // namespace

void appendJsonString(std::string& out, std::string_view s)
{
    out += '"';
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            // Runs of plain ASCII: the common case, copied in one go.
            std::size_t j = i + 1;
            while (j < s.size()) {
                const unsigned char d = static_cast<unsigned char>(s[j]);
                if (d < 0x20 || d >= 0x7f || d == '"' || d == '\\')
                    break;
                ++j;
            }
            out.append(s.data() + i, j - i);
            i = j;
            continue;
        }
        const std::uint32_t cp = decode(s, i);
        switch (cp) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (cp >= 0x10000) {
                const std::uint32_t v = cp - 0x10000;
                u4(out, 0xd800 | (v >> 10));
                u4(out, 0xdc00 | (v & 0x3ff));
            } else {
                u4(out, cp);
            }
        }
    }
    out += '"';
}

std::string jsonString(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size() + 2);
    appendJsonString(out, utf8);
    return out;
}

void JsonWriter::flush()
{
    if (sink_ && !out_.empty()) {
        (*sink_)(out_);
        out_.clear();
    }
}

void JsonWriter::item()
{
    if (sink_ && out_.size() >= (1u << 20))
        flush();
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (stack_.empty())
        return;
    if (stack_.back()++ > 0)
        out_ += ',';
    out_ += '\n';
    out_.append(2 * stack_.size(), ' ');
}

void JsonWriter::beginObject()
{
    item();
    out_ += '{';
    stack_.push_back(0);
}

void JsonWriter::beginArray()
{
    item();
    out_ += '[';
    stack_.push_back(0);
}

void JsonWriter::close(char c)
{
    const bool any = stack_.back() > 0;
    stack_.pop_back();
    if (any) {
        out_ += '\n';
        out_.append(2 * stack_.size(), ' ');
    }
    out_ += c;
}

void JsonWriter::endObject() { close('}'); }
void JsonWriter::endArray() { close(']'); }

void JsonWriter::key(std::string_view k)
{
    item();
    appendJsonString(out_, k);
    out_ += ": ";
    afterKey_ = true;
}

void JsonWriter::raw(std::string_view v)
{
    item();
    out_ += v;
}

} // namespace skopos::convert
