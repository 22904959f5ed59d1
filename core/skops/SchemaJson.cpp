#include "skops/SchemaJson.h"

#include "tree/Error.h"
#include "tree/Utf8.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace skopos {

class SchemaJsonParser {
public:
    SchemaJsonParser(SchemaJson& j, unsigned maxDepth) : j_(j), t_(j.chars_), maxDepth_(maxDepth) {}

    void run()
    {
        const std::size_t end = t_.size();
        j_.values_.reserve(end / 24);
        j_.strs_.reserve(end / 40);
        ws();
        if (p_ >= end)
            fail("empty document");
        // Explicit stack of open containers: no recursion on input nesting.
        while (true) {
            ws();
            if (p_ >= end)
                fail("unexpected end of text");
            const char c = t_[p_];
            if (!frames_.empty() && frames_.back().object && !frames_.back().expectValue) {
                // In an object, before a key (or its end).
                Frame& f = frames_.back();
                if (c == '}' && (f.items.empty() || f.trailingOk)) {
                    ++p_;
                    closeFrame();
                } else {
                    if (!f.items.empty() && !f.trailingOk)
                        fail("expected ',' or '}'");
                    if (c != '"')
                        fail("expected a string key");
                    f.keys.push_back(stringRef());
                    ws();
                    if (p_ >= end || t_[p_] != ':')
                        fail("expected ':' after a key");
                    ++p_;
                    f.expectValue = true;
                    continue;
                }
            } else if (!frames_.empty() && !frames_.back().object && c == ']'
                       && (frames_.back().items.empty() || frames_.back().trailingOk)) {
                ++p_;
                closeFrame();
            } else {
                if (!frames_.empty() && !frames_.back().object && !frames_.back().items.empty()
                    && !frames_.back().trailingOk)
                    fail("expected ',' or ']'");
                if (c == '{' || c == '[') {
                    ++p_;
                    if (frames_.size() >= maxDepth_)
                        throw ReadError("schema.json is nested deeper than the limit of " + std::to_string(maxDepth_)
                                        + " levels");
                    if (!frames_.empty())
                        frames_.back().trailingOk = false;
                    openFrame(c == '{');
                    continue;
                }
                scalar();
            }
            // After a complete value: separators, or the end of the document.
            if (frames_.empty()) {
                ws();
                if (p_ != end)
                    fail("unexpected text after the document");
                return;
            }
            Frame& f = frames_.back();
            ws();
            f.expectValue = false;
            f.trailingOk = false;
            if (p_ < end && t_[p_] == ',') {
                ++p_;
                f.trailingOk = true; // a value must follow; "," then "]" is rejected below
                ws();
                if (p_ < end && (t_[p_] == ']' || t_[p_] == '}'))
                    fail("trailing comma");
            } else if (p_ < end && (t_[p_] == ']' || t_[p_] == '}')) {
                f.trailingOk = true; // the close is handled on the next turn
            } else {
                fail(f.object ? "expected ',' or '}'" : "expected ',' or ']'");
            }
        }
    }

private:
    struct Frame {
        bool object = false;
        bool expectValue = false; // object: a key was read, its value comes next
        bool trailingOk = false;  // a separator (or nothing yet) precedes: a value or close may come
        std::vector<SchemaJson::Id> items;
        std::vector<std::uint32_t> keys;
    };

    [[noreturn]] void fail(const char* why) const
    {
        throw ReadError(std::string("schema.json is not valid JSON: ") + why, p_);
    }

    void ws()
    {
        const std::size_t end = t_.size();
        while (p_ < end) {
            const char c = t_[p_];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                break;
            ++p_;
        }
    }

    void openFrame(bool object)
    {
        if (frames_.size() == depthUsed_) {
            pool_.emplace_back();
            ++depthUsed_;
        }
        Frame f = std::move(pool_[frames_.size()]);
        f.object = object;
        f.expectValue = false;
        f.trailingOk = true;
        f.items.clear();
        f.keys.clear();
        frames_.push_back(std::move(f));
    }

    void closeFrame()
    {
        Frame f = std::move(frames_.back());
        frames_.pop_back();
        SchemaJson::Value v;
        v.type = f.object ? SchemaJson::Type::Object : SchemaJson::Type::Array;
        v.count = static_cast<std::uint32_t>(f.items.size());
        v.u = j_.members_.size();
        j_.members_.insert(j_.members_.end(), f.items.begin(), f.items.end());
        if (f.object)
            j_.keys_.insert(j_.keys_.end(), f.keys.begin(), f.keys.end());
        else
            j_.keys_.resize(j_.members_.size(), UINT32_MAX);
        pool_[frames_.size()] = std::move(f); // keep the vectors' capacity
        push(v);
        if (!frames_.empty()) {
            frames_.back().trailingOk = false;
        }
    }

    void push(const SchemaJson::Value& v)
    {
        j_.values_.push_back(v);
        const auto id = static_cast<SchemaJson::Id>(j_.values_.size() - 1);
        if (frames_.empty())
            j_.root_ = id;
        else
            frames_.back().items.push_back(id);
    }

    // Reads a string at p_ (on the opening quote); returns its index in strs_.
    std::uint32_t stringRef()
    {
        const std::size_t start = ++p_;
        const std::size_t end = t_.size();
        std::size_t q = start;
        // Fast path: no escapes -> a view into the text.
        while (q < end) {
            const char c = t_[q];
            if (c == '"' || c == '\\')
                break;
            if (static_cast<unsigned char>(c) < 0x20) {
                p_ = q;
                fail("control character in a string");
            }
            ++q;
        }
        if (q >= end) {
            p_ = q;
            fail("unterminated string");
        }
        if (t_[q] == '"') {
            j_.strs_.push_back({start, static_cast<std::uint32_t>(q - start)});
            p_ = q + 1;
            return static_cast<std::uint32_t>(j_.strs_.size() - 1);
        }
        // Slow path: decode escapes into the extra buffer appended after the text.
        scratch_.assign(t_, start, q - start);
        p_ = q;
        while (true) {
            if (p_ >= end)
                fail("unterminated string");
            const char c = t_[p_];
            if (c == '"') {
                ++p_;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in a string");
            if (c != '\\') {
                scratch_ += c;
                ++p_;
                continue;
            }
            if (p_ + 1 >= end)
                fail("unterminated escape");
            const char e = t_[p_ + 1];
            p_ += 2;
            switch (e) {
            case '"': scratch_ += '"'; break;
            case '\\': scratch_ += '\\'; break;
            case '/': scratch_ += '/'; break;
            case 'b': scratch_ += '\b'; break;
            case 'f': scratch_ += '\f'; break;
            case 'n': scratch_ += '\n'; break;
            case 'r': scratch_ += '\r'; break;
            case 't': scratch_ += '\t'; break;
            case 'u': {
                std::uint32_t cp = hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (p_ + 6 <= end && t_[p_] == '\\' && t_[p_ + 1] == 'u') {
                        p_ += 2;
                        const std::uint32_t lo = hex4();
                        if (lo < 0xDC00 || lo > 0xDFFF)
                            fail("invalid surrogate pair");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    } else {
                        cp = 0xFFFD; // lone surrogate (Python allows it): replacement character
                    }
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                appendUtf8(scratch_, cp);
                break;
            }
            default: fail("invalid escape");
            }
        }
        j_.strs_.push_back({j_.escaped_.size() | SchemaJson::kEscaped, static_cast<std::uint32_t>(scratch_.size())});
        j_.escaped_ += scratch_;
        return static_cast<std::uint32_t>(j_.strs_.size() - 1);
    }

    std::uint32_t hex4()
    {
        if (p_ + 4 > t_.size())
            fail("truncated \\u escape");
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = t_[p_++];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= static_cast<std::uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f') v |= static_cast<std::uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') v |= static_cast<std::uint32_t>(h - 'A' + 10);
            else fail("invalid \\u escape");
        }
        return v;
    }


    bool word(const char* w)
    {
        const std::size_t n = std::strlen(w);
        if (t_.compare(p_, n, w) == 0) {
            p_ += n;
            return true;
        }
        return false;
    }

    void scalar()
    {
        SchemaJson::Value v;
        const char c = t_[p_];
        if (c == '"') {
            v.type = SchemaJson::Type::String;
            v.u = stringRef();
        } else if (word("true") || word("false")) {
            v.type = SchemaJson::Type::Bool;
            v.u = t_[p_ - 1] == 'e' && t_[p_ - 2] == 'u';
        } else if (word("null")) {
            v.type = SchemaJson::Type::Null;
        } else if (word("NaN")) { // Python's json.dumps writes these
            v.type = SchemaJson::Type::Float;
            v.f = std::numeric_limits<double>::quiet_NaN();
        } else if (word("Infinity")) {
            v.type = SchemaJson::Type::Float;
            v.f = std::numeric_limits<double>::infinity();
        } else if (word("-Infinity")) {
            v.type = SchemaJson::Type::Float;
            v.f = -std::numeric_limits<double>::infinity();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number(v);
        } else {
            fail("unexpected character");
        }
        push(v);
    }

    void number(SchemaJson::Value& v)
    {
        const char* b = t_.data() + p_;
        const char* e = t_.data() + t_.size();
        const char* q = b + (*b == '-' ? 1 : 0);
        bool isFloat = false;
        while (q < e && ((*q >= '0' && *q <= '9') || *q == '.' || *q == 'e' || *q == 'E' || *q == '+' || *q == '-')) {
            if (*q == '.' || *q == 'e' || *q == 'E')
                isFloat = true;
            ++q;
        }
        if (!isFloat) {
            std::int64_t i = 0;
            const auto r = std::from_chars(b, q, i);
            if (r.ec == std::errc() && r.ptr == q) {
                v.type = SchemaJson::Type::Int;
                v.i = i;
                p_ += static_cast<std::size_t>(q - b);
                return;
            }
        }
        double d = 0;
        const auto r = std::from_chars(b, q, d);
        if ((r.ec != std::errc() && r.ec != std::errc::result_out_of_range) || r.ptr != q)
            fail("malformed number");
        v.type = SchemaJson::Type::Float;
        v.f = d;
        p_ += static_cast<std::size_t>(q - b);
    }

    SchemaJson& j_;
    const std::string& t_;
    unsigned maxDepth_;
    std::size_t p_ = 0;
    std::vector<Frame> frames_;
    std::vector<Frame> pool_;
    std::size_t depthUsed_ = 0;
    std::string scratch_;
};

SchemaJson SchemaJson::parse(std::string text, unsigned maxDepth)
{
    SchemaJson j;
    j.chars_ = std::move(text);
    SchemaJsonParser parser(j, maxDepth);
    parser.run();
    return j;
}

std::string_view SchemaJson::view(const StrRef& r) const
{
    if (r.off & kEscaped)
        return std::string_view(escaped_).substr(r.off & ~kEscaped, r.len);
    return std::string_view(chars_).substr(r.off, r.len);
}

std::string_view SchemaJson::string(Id v) const
{
    if (v == kNone || values_[v].type != Type::String)
        return {};
    return view(strs_[values_[v].u]);
}

std::string_view SchemaJson::keyAt(Id v, std::uint32_t i) const
{
    const std::uint32_t k = keys_[values_[v].u + i];
    if (k == UINT32_MAX)
        return {};
    return view(strs_[k]);
}

SchemaJson::Id SchemaJson::get(Id obj, std::string_view key) const
{
    if (!isObject(obj))
        return kNone;
    const Value& o = values_[obj];
    for (std::uint32_t i = 0; i < o.count; ++i)
        if (keyAt(obj, i) == key)
            return members_[o.u + i];
    return kNone;
}

std::string_view SchemaJson::getString(Id obj, std::string_view key) const { return string(get(obj, key)); }

} // namespace skopos
