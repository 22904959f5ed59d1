#include "npy/PyLiteral.h"

#include "tree/Error.h"
#include "tree/Utf8.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace skopos {

namespace {
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isIdent(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_'
        || static_cast<unsigned char>(c) >= 0x80;
}
int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Python compares dict keys with == (True == 1 == 1.0; str and bytes never).
bool pyEqual(const PyValue& a, const PyValue& b)
{
    const auto numeric = [](const PyValue& v) {
        return v.type == PyValue::Bool || v.type == PyValue::Int || v.type == PyValue::Float;
    };
    const auto num = [](const PyValue& v) {
        return v.type == PyValue::Float ? v.f : v.type == PyValue::Bool ? (v.b ? 1.0 : 0.0) : static_cast<double>(v.i);
    };
    if (numeric(a) && numeric(b)) {
        if (a.type != PyValue::Float && b.type != PyValue::Float)
            return (a.type == PyValue::Bool ? a.b : a.i) == (b.type == PyValue::Bool ? b.b : b.i);
        return num(a) == num(b);
    }
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case PyValue::None: return true;
    case PyValue::Str:
    case PyValue::Bytes: return a.s == b.s;
    case PyValue::Tuple:
        if (a.items.size() != b.items.size())
            return false;
        for (std::size_t k = 0; k < a.items.size(); ++k)
            if (!pyEqual(a.items[k], b.items[k]))
                return false;
        return true;
    default: return false;
    }
}

class Parser {
public:
    Parser(std::string_view t, unsigned maxDepth, bool dropL) : t_(t), maxDepth_(maxDepth), dropL_(dropL) { }

    PyValue parseTop()
    {
        PyValue v = value(0);
        skipWs();
        if (p_ != t_.size())
            fail("unexpected text after the value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& why) const
    {
        throw ReadError("npy header: " + why + " (column " + std::to_string(p_) + ")");
    }
    // Python's tokenizer between tokens inside brackets: spaces, tabs, form
    // feeds, newlines, comments and backslash line continuations.
    void skipWs()
    {
        while (p_ < t_.size()) {
            const char c = t_[p_];
            if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                ++p_;
            } else if (c == '#') {
                while (p_ < t_.size() && t_[p_] != '\n' && t_[p_] != '\r')
                    ++p_;
            } else if (c == '\\' && p_ + 1 < t_.size() && (t_[p_ + 1] == '\n' || t_[p_ + 1] == '\r')) {
                p_ += 2;
            } else {
                break;
            }
        }
    }
    bool eat(char c)
    {
        skipWs();
        if (p_ < t_.size() && t_[p_] == c) {
            ++p_;
            return true;
        }
        return false;
    }
    bool startsString() const
    {
        std::size_t q = p_;
        while (q < t_.size() && q - p_ < 3 && std::string_view("rRuUbBfF").find(t_[q]) != std::string_view::npos)
            ++q;
        return q < t_.size() && (t_[q] == '\'' || t_[q] == '"') && q - p_ <= 2;
    }
    PyValue value(unsigned depth)
    {
        if (depth > maxDepth_)
            fail("nested too deeply");
        skipWs();
        if (p_ >= t_.size())
            fail("unexpected end");
        const char c = t_[p_];
        if (c == '{')
            return dict(depth);
        if (c == '[')
            return sequence(depth, ']', PyValue::List);
        if (c == '(')
            return sequence(depth, ')', PyValue::Tuple);
        if (startsString())
            return strings();
        if (c == '-' || c == '+') { // one sign, on a number only (literal_eval)
            ++p_;
            skipWs();
            if (p_ >= t_.size() || !(isDigit(t_[p_]) || t_[p_] == '.'))
                fail("a sign not before a number");
            PyValue v = number();
            if (c == '-') {
                if (v.type == PyValue::Float)
                    v.f = -v.f;
                else
                    v.i = -v.i;
            }
            return v;
        }
        if (isDigit(c) || (c == '.' && p_ + 1 < t_.size() && isDigit(t_[p_ + 1])))
            return number();
        for (auto [word, type, b] : {std::tuple{"True", PyValue::Bool, true}, std::tuple{"False", PyValue::Bool, false},
                                     std::tuple{"None", PyValue::None, false}}) {
            const std::string_view w(word);
            if (t_.substr(p_, w.size()) == w && (p_ + w.size() == t_.size() || !isIdent(t_[p_ + w.size()]))) {
                p_ += w.size();
                PyValue v;
                v.type = type;
                v.b = b;
                return v;
            }
        }
        fail(std::string("unexpected character '") + c + "' (not a literal)");
    }
    // Lists and tuples; "(x)" is x, "(x,)" and "()" are tuples.
    PyValue sequence(unsigned depth, char close, PyValue::Type type)
    {
        ++p_;
        PyValue v;
        v.type = type;
        bool sawComma = false;
        while (true) {
            if (eat(close))
                break;
            if (!v.items.empty() && !sawComma)
                fail("missing ','");
            v.items.push_back(value(depth + 1));
            sawComma = eat(',');
        }
        if (type == PyValue::Tuple && v.items.size() == 1 && !sawComma)
            return std::move(v.items[0]);
        return v;
    }
    // A dict display: a key given twice keeps its first place and takes the
    // last value. "{a, b}" is a set, which no header holds: refused.
    PyValue dict(unsigned depth)
    {
        ++p_;
        PyValue v;
        v.type = PyValue::Dict;
        bool sawComma = false;
        while (true) {
            if (eat('}'))
                break;
            if (!v.items.empty() && !sawComma)
                fail("missing ','");
            PyValue key = value(depth + 1);
            if (!eat(':'))
                fail("missing ':' in dict (sets are not read)");
            if (key.type == PyValue::List || key.type == PyValue::Dict)
                fail("unhashable dict key");
            PyValue val = value(depth + 1);
            bool replaced = false;
            for (std::size_t k = 0; k < v.items.size(); k += 2)
                if (pyEqual(v.items[k], key)) {
                    v.items[k + 1] = std::move(val);
                    replaced = true;
                    break;
                }
            if (!replaced) {
                v.items.push_back(std::move(key));
                // NOLINTNEXTLINE(bugprone-use-after-move): moved above only when replaced
                v.items.push_back(std::move(val));
            }
            sawComma = eat(',');
        }
        return v;
    }
    // Adjacent string literals are one string (all str or all bytes).
    PyValue strings()
    {
        PyValue v = string();
        while (true) {
            const std::size_t back = p_;
            skipWs();
            if (p_ >= t_.size() || !startsString()) {
                p_ = back;
                return v;
            }
            const PyValue more = string();
            if (more.type != v.type)
                fail("str and bytes literals side by side");
            v.s += more.s;
        }
    }
    PyValue string()
    {
        bool raw = false, bytes = false;
        std::string prefix;
        while (t_[p_] != '\'' && t_[p_] != '"')
            prefix += static_cast<char>(t_[p_++] | 0x20);
        for (char c : prefix) {
            if (c == 'f')
                fail("an f-string is not a literal");
            raw |= c == 'r';
            bytes |= c == 'b';
        }
        if (prefix.size() == 2 && !(raw && bytes))
            fail("bad string prefix");
        const char q = t_[p_];
        const bool triple = t_.substr(p_, 3) == std::string(3, q);
        p_ += triple ? 3 : 1;
        PyValue v;
        v.type = bytes ? PyValue::Bytes : PyValue::Str;
        while (true) {
            if (p_ >= t_.size())
                fail("unterminated string");
            const char c = t_[p_];
            if (c == q && (!triple || t_.substr(p_, 3) == std::string(3, q))) {
                p_ += triple ? 3 : 1;
                return v;
            }
            if ((c == '\n' || c == '\r') && !triple)
                fail("newline in a string");
            if (bytes && static_cast<unsigned char>(c) >= 0x80)
                fail("bytes can only contain ASCII literal characters");
            ++p_;
            if (c != '\\') {
                v.s += c;
                continue;
            }
            if (p_ >= t_.size())
                fail("unterminated string");
            const char e = t_[p_++];
            if (raw) { // the backslash stays; it only keeps a quote from ending the string
                v.s += '\\';
                v.s += e;
                continue;
            }
            escape(v, e, bytes);
        }
    }
    void escape(PyValue& v, char e, bool bytes)
    {
        std::string& s = v.s;
        switch (e) {
        case '\n': return; // line continuation
        case '\r':
            if (p_ < t_.size() && t_[p_] == '\n')
                ++p_;
            return;
        case '\\':
        case '\'':
        case '"': s += e; return;
        case 'a': s += '\a'; return;
        case 'b': s += '\b'; return;
        case 'f': s += '\f'; return;
        case 'n': s += '\n'; return;
        case 'r': s += '\r'; return;
        case 't': s += '\t'; return;
        case 'v': s += '\v'; return;
        case 'x': {
            const int h = p_ + 1 < t_.size() ? hexValue(t_[p_]) : -1, l = h >= 0 ? hexValue(t_[p_ + 1]) : -1;
            if (h < 0 || l < 0)
                fail("truncated \\xXX escape");
            p_ += 2;
            put(s, static_cast<std::uint32_t>(h * 16 + l), bytes);
            return;
        }
        case 'u':
        case 'U':
        case 'N':
            if (bytes)
                break; // not an escape in bytes: kept as written
            if (e == 'N')
                fail("\\N{...} escapes are not read");
            {
                const int n = e == 'u' ? 4 : 8;
                std::uint32_t cp = 0;
                for (int k = 0; k < n; ++k) {
                    const int d = p_ < t_.size() ? hexValue(t_[p_]) : -1;
                    if (d < 0)
                        fail("truncated \\u escape");
                    cp = cp * 16 + static_cast<std::uint32_t>(d);
                    ++p_;
                }
                if (cp > 0x10FFFF)
                    fail("\\U escape beyond U+10FFFF");
                appendUtf8(s, cp);
            }
            return;
        default:
            if (e >= '0' && e <= '7') {
                std::uint32_t cp = static_cast<std::uint32_t>(e - '0');
                for (int k = 0; k < 2 && p_ < t_.size() && t_[p_] >= '0' && t_[p_] <= '7'; ++k)
                    cp = cp * 8 + static_cast<std::uint32_t>(t_[p_++] - '0');
                if (bytes && cp > 0xFF)
                    fail("octal escape beyond \\377 in bytes");
                put(s, cp, bytes);
                return;
            }
            break;
        }
        s += '\\'; // an unknown escape is kept as written (Python warns only)
        --p_;
        const std::size_t n = static_cast<unsigned char>(t_[p_]) < 0x80 ? 1 : utf8Length(p_);
        s.append(t_.substr(p_, n));
        p_ += n;
    }
    std::size_t utf8Length(std::size_t at) const
    {
        const auto c = static_cast<unsigned char>(t_[at]);
        return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2; // the text was checked as UTF-8 (parsePyLiteral)
    }
    static void put(std::string& s, std::uint32_t cp, bool bytes)
    {
        if (bytes)
            s += static_cast<char>(cp);
        else
            appendUtf8(s, cp);
    }
    // Digits with single underscores between them (Python 3.6+).
    std::string digits(bool (*ok)(char))
    {
        std::string out;
        while (p_ < t_.size()) {
            if (ok(t_[p_])) {
                out += t_[p_++];
            } else if (t_[p_] == '_' && !out.empty() && p_ + 1 < t_.size() && ok(t_[p_ + 1])) {
                ++p_;
            } else {
                break;
            }
        }
        return out;
    }
    PyValue number()
    {
        PyValue v;
        const std::size_t start = p_;
        int base = 10;
        if (t_[p_] == '0' && p_ + 1 < t_.size()) {
            const char x = static_cast<char>(t_[p_ + 1] | 0x20);
            base = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 10;
        }
        if (base != 10) {
            p_ += 2;
            if (p_ < t_.size() && t_[p_] == '_')
                ++p_;
            static bool (*const okFor[3])(char) = {[](char c) { return hexValue(c) >= 0; },
                                                   [](char c) { return c >= '0' && c <= '7'; },
                                                   [](char c) { return c == '0' || c == '1'; }};
            const std::string d = digits(okFor[base == 16 ? 0 : base == 8 ? 1 : 2]);
            if (d.empty())
                fail("bad number");
            v.type = PyValue::Int;
            std::uint64_t n = 0;
            for (char c : d) {
                const auto dv = static_cast<std::uint64_t>(hexValue(c));
                if (n > (static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) - dv)
                        / static_cast<unsigned>(base))
                    fail("number too large");
                n = n * static_cast<unsigned>(base) + dv;
            }
            v.i = static_cast<std::int64_t>(n);
            return afterNumber(v);
        }
        const std::string intPart = digits(isDigit);
        std::string text = intPart;
        bool isFloat = false;
        if (p_ < t_.size() && t_[p_] == '.') {
            ++p_;
            text += '.';
            text += digits(isDigit);
            isFloat = true;
        }
        if (p_ < t_.size() && (t_[p_] == 'e' || t_[p_] == 'E')) {
            std::size_t q = p_ + 1;
            if (q < t_.size() && (t_[q] == '+' || t_[q] == '-'))
                ++q;
            if (q < t_.size() && isDigit(t_[q])) {
                text += 'e';
                if (t_[q - 1] == '-')
                    text += '-';
                p_ = q;
                text += digits(isDigit);
                isFloat = true;
            }
        }
        if (p_ < t_.size() && (t_[p_] == 'j' || t_[p_] == 'J'))
            fail("complex numbers are not read");
        if (!isFloat) {
            // "0", "00" and "0_0" are zero; other leading zeros are a syntax error.
            if (intPart.size() > 1 && intPart[0] == '0' && intPart.find_first_not_of('0') != std::string::npos)
                fail("leading zeros in a decimal integer");
            v.type = PyValue::Int;
            std::uint64_t n = 0;
            for (char c : intPart) {
                const auto dv = static_cast<unsigned>(c - '0');
                if (n > (static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) - dv) / 10)
                    fail("number too large");
                n = n * 10 + dv;
            }
            v.i = static_cast<std::int64_t>(n);
            return afterNumber(v);
        }
        if (text == ".")
            fail("bad number at " + std::to_string(start));
        v.type = PyValue::Float;
        const std::string full = (text.front() == '.' ? "0" : "") + text;
        const auto r = std::from_chars(full.data(), full.data() + full.size(), v.f);
        if (r.ec == std::errc::result_out_of_range)
            v.f = full.find("e-") != std::string::npos ? 0.0 : std::numeric_limits<double>::infinity();
        else if (r.ec != std::errc())
            fail("bad number");
        return afterNumber(v);
    }
    // After a number: Python 2's "L" (dropped by _filter_header for npy
    // versions 1 and 2 when it is a name of its own), else no name may follow.
    PyValue afterNumber(PyValue v)
    {
        if (dropL_) {
            const std::size_t back = p_;
            skipWs();
            if (p_ < t_.size() && t_[p_] == 'L' && (p_ + 1 == t_.size() || !isIdent(t_[p_ + 1])))
                ++p_;
            else
                p_ = back;
        }
        if (p_ < t_.size() && isIdent(t_[p_]))
            fail("a name right after a number");
        return v;
    }

    std::string_view t_;
    std::size_t p_ = 0;
    unsigned maxDepth_;
    bool dropL_;
};

std::string quote(const std::string& s, bool bytes)
{
    static const char* hex = "0123456789abcdef";
    std::string out = bytes ? "b'" : "'";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\'' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f || (bytes && u >= 0x80)) {
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    return out + "'";
}

// Python's UTF-8 decoder, strict: no surrogates, no overlong forms.
bool validUtf8(std::string_view t)
{
    const auto* b = reinterpret_cast<const unsigned char*>(t.data());
    const std::size_t n = t.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned c = b[i];
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else
            return false;
        if (i + len > n || b[i + 1] < lo || b[i + 1] > hi)
            return false;
        for (std::size_t k = 2; k < len; ++k)
            if (b[i + k] < 0x80 || b[i + k] > 0xBF)
                return false;
        i += len;
    }
    return true;
}
} // namespace

const PyValue* PyValue::get(std::string_view key) const
{
    if (type != Dict)
        return nullptr;
    for (std::size_t k = 0; k + 1 < items.size(); k += 2)
        if (items[k].type == Str && items[k].s == key)
            return &items[k + 1];
    return nullptr;
}

std::string PyValue::repr() const
{
    switch (type) {
    case None: return "None";
    case Bool: return b ? "True" : "False";
    case Int: return std::to_string(i);
    case Float: {
        if (std::isinf(f))
            return f > 0 ? "1e999" : "-1e999";
        char buf[40];
        const auto r = std::to_chars(buf, buf + sizeof buf, f);
        std::string out(buf, r.ptr);
        if (out.find_first_of(".en") == std::string::npos)
            out += ".0";
        return out;
    }
    case Str: return quote(s, false);
    case Bytes: return quote(s, true);
    case List:
    case Tuple: {
        std::string out = type == List ? "[" : "(";
        for (std::size_t k = 0; k < items.size(); ++k) {
            if (k)
                out += ", ";
            out += items[k].repr();
        }
        if (type == Tuple && items.size() == 1)
            out += ",";
        return out + (type == List ? "]" : ")");
    }
    case Dict: {
        std::string out = "{";
        for (std::size_t k = 0; k + 1 < items.size(); k += 2) {
            if (k)
                out += ", ";
            out += items[k].repr() + ": " + items[k + 1].repr();
        }
        return out + "}";
    }
    }
    return {};
}

PyValue parsePyLiteral(std::string_view text, unsigned maxDepth, bool latin1, bool dropLongSuffix)
{
    if (text.find('\0') != std::string_view::npos)
        throw ReadError("npy header: a NUL byte (Python's parser refuses source with one)");
    // literal_eval strips leading spaces and tabs.
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    if (latin1) {
        // One code point per byte: as UTF-8, so strings compare as Python's do.
        bool ascii = true;
        for (char c : text)
            ascii &= static_cast<unsigned char>(c) < 0x80;
        if (!ascii) {
            std::string utf8;
            for (char c : text)
                appendUtf8(utf8, static_cast<unsigned char>(c));
            return Parser(utf8, maxDepth, dropLongSuffix).parseTop();
        }
    } else if (!validUtf8(text)) {
        throw ReadError("npy header: not valid UTF-8 (a version 3.0 header is decoded as UTF-8)");
    }
    return Parser(text, maxDepth, dropLongSuffix).parseTop();
}

} // namespace skopos
