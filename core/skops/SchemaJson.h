#pragma once
// schema.json held compactly: a flat arena (16 bytes a value) instead of a
// DOM of maps. For a 400,000-term vocabulary (167 MB of JSON) nlohmann's DOM
// took 2.7 s and 940 MB and its SAX lexer 0.9 s, so this file scans the text
// itself: one pass, no recursion, and strings without escapes are views into
// the schema text it keeps (no copy). Nesting depth is bounded by a limit, so
// hostile documents fail with a message, never exhaust the stack or memory.
// nlohmann/json remains the JSON library for everything else.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace skopos {

class SchemaJson {
public:
    using Id = std::uint32_t;
    static constexpr Id kNone = UINT32_MAX;
    enum class Type : std::uint8_t { Null, Bool, Int, Float, String, Array, Object };

    // Throws ReadError naming the problem and the byte offset.
    static SchemaJson parse(std::string text, unsigned maxDepth);

    Id root() const { return root_; }
    Type type(Id v) const { return values_[v].type; }
    bool isObject(Id v) const { return v != kNone && values_[v].type == Type::Object; }
    bool isArray(Id v) const { return v != kNone && values_[v].type == Type::Array; }
    bool isString(Id v) const { return v != kNone && values_[v].type == Type::String; }
    bool boolean(Id v) const { return values_[v].u != 0; }
    std::int64_t integer(Id v) const { return values_[v].i; }
    double number(Id v) const { return values_[v].type == Type::Float ? values_[v].f : static_cast<double>(values_[v].i); }
    std::string_view string(Id v) const;
    std::uint32_t size(Id v) const { return values_[v].count; } // members or elements

    // Arrays and objects: i-th element / member value; objects also have keys.
    Id at(Id v, std::uint32_t i) const { return members_[values_[v].u + i]; }
    std::string_view keyAt(Id v, std::uint32_t i) const;
    Id get(Id obj, std::string_view key) const; // kNone when absent or not an object
    std::string_view getString(Id obj, std::string_view key) const; // "" when absent / not a string

    std::size_t valueCount() const { return values_.size(); }

private:
    friend class SchemaJsonParser;
    struct Value {
        Type type = Type::Null;
        std::uint32_t count = 0;
        union {
            std::int64_t i;
            double f;
            std::uint64_t u;
        };
        Value() : u(0) {}
    };
    struct StrRef {
        std::uint64_t off;
        std::uint32_t len;
    };
    std::vector<Value> values_;
    std::vector<Id> members_;
    std::vector<std::uint32_t> keys_; // parallel to members_ for objects: index into strs_
    std::vector<StrRef> strs_;
    std::string chars_;   // the schema text; unescaped strings are views into it
    std::string escaped_; // strings that had escapes, decoded (StrRef::off has kEscaped set)
    static constexpr std::uint64_t kEscaped = 1ull << 63;
    std::string_view view(const StrRef& r) const;
    Id root_ = kNone;
};

} // namespace skopos
