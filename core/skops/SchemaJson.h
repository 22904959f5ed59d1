#pragma once
// schema.json held compactly: a flat arena of 8-byte values instead of a DOM
// of maps. For a 400,000-term vocabulary (167 MB of JSON) nlohmann's DOM took
// 2.7 s and 940 MB and its SAX lexer 0.9 s, so this file scans the text itself:
// one pass, no recursion, nesting bounded by a limit (hostile documents fail
// with a message, never exhaust the stack or memory).
//
// Memory (bench/README.md has the figures): strings are copied while
// scanning, so the text is not needed afterwards and the caller may drop the
// pages already scanned (a memory-mapped member is released behind the scan).
// A schema repeats the same keys and loader/module/class names hundreds of
// thousands of times; interned, each repetition costs 4 bytes. Keys are
// always interned; short values through a cache of recent strings only.
//
// JSON as Python reads it: an object with the same key twice keeps the LAST
// value at the position of the FIRST key, as json.loads' dict does (issue 8,
// family 6: skops sees the last "__class__", so the audit must too).
// The bytes are decoded as json.loads(bytes) decodes them (JsonEncoding.h:
// UTF-8 with or without its mark, UTF-16, UTF-32; invalid UTF-8 fails) and
// read with Python's grammar: NaN, Infinity, -Infinity, 1e400 = inf, no
// leading zeros, lone surrogates kept as code points of their own.
// nlohmann/json remains the JSON library for everything else.

#include "skops/JsonEncoding.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace skopos {

class SchemaJson {
public:
    using Id = std::uint32_t;
    static constexpr Id kNone = UINT32_MAX;
    enum class Type : std::uint8_t { Null, Bool, Int, Float, String, Array, Object };
    // Called now and then during a parse with an offset: the text before it
    // will not be read again (the caller may release those bytes).
    using Release = std::function<void(std::size_t scannedUpTo)>;

    // Throws ReadError naming the problem and the byte offset. The text is
    // only read during the call; nothing keeps a reference to it.
    static SchemaJson parse(std::string_view text, unsigned maxDepth, const Release& release = {});
    static SchemaJson parse(const std::string& text, unsigned maxDepth)
    {
        return parse(std::string_view(text), maxDepth);
    }
    static SchemaJson parse(const char* text, unsigned maxDepth) { return parse(std::string_view(text), maxDepth); }

    Id root() const { return root_; }
    Type type(Id v) const
    {
        if (v & kStringTag)
            return Type::String;
        if (v & kConstTag) {
            if (v >= kCloneBase)
                return Type::Object;
            return v == kNullId ? Type::Null : Type::Bool;
        }
        const unsigned t = values_[v].a >> kCountBits;
        return t == kWideInt ? Type::Int : static_cast<Type>(t);
    }
    bool isObject(Id v) const { return v != kNone && type(v) == Type::Object; }
    bool isArray(Id v) const { return v != kNone && type(v) == Type::Array; }
    bool isString(Id v) const { return v != kNone && (v & kStringTag); }
    bool boolean(Id v) const
    {
        if (v & kStringTag)
            return false;
        if (v >= kCloneBase)
            return true; // an object, as values_[v].b of one
        return (v & kConstTag) ? v == kTrueId : values_[v].b != 0;
    }
    std::int64_t integer(Id v) const
    {
        if (v & kStringTag)
            return 0;
        if ((v & kConstTag) && v < kCloneBase)
            return v == kTrueId;
        const Value& x = value(v);
        if ((x.a >> kCountBits) == kWideInt)
            return static_cast<std::int64_t>(wide_[x.b]);
        // Sign-extend the 61 inline bits.
        const std::uint64_t u = (static_cast<std::uint64_t>(x.a & kCountMask) << 32) | x.b;
        return static_cast<std::int64_t>(u << 3) >> 3;
    }
    double number(Id v) const;
    std::string_view string(Id v) const;
    // The id of a string value, kNone for other values. Equal ids are equal
    // text; for object keys equal text is also an equal id, while two equal
    // short values may have different ids (SchemaJsonParser::internShort).
    std::uint32_t stringId(Id v) const { return isString(v) ? v & ~kStringTag : kNone; }
    std::uint32_t size(Id v) const { return scalarId(v) ? 0 : value(v).a & kCountMask; } // members or elements

    // Arrays and objects: i-th element / member value; objects also have keys.
    Id at(Id v, std::uint32_t i) const
    {
        if (scalarId(v))
            return kNone;
        return members_[value(v).b + i];
    }
    std::string_view keyAt(Id v, std::uint32_t i) const;
    Id get(Id obj, std::string_view key) const; // kNone when absent or not an object
    // get() for a key asked of many objects: `keyId` (start with kNone) learns
    // the key's string id on the first hit; later lookups compare ids only.
    Id get(Id obj, std::string_view key, std::uint32_t& keyId) const;
    std::string_view getString(Id obj, std::string_view key) const; // "" when absent / not a string

    // Objects with the same keys in the same order share a shape: its id
    // (below shapeCount(); kNone for other values). at(obj, i) is then the
    // value of the shape's i-th key, keyAt(obj, i) that key.
    std::uint32_t shapeId(Id v) const { return isObject(v) ? members_[value(v).b - 1] : kNone; }
    std::size_t shapeCount() const { return shapes_.size(); }

    // Byte offset of an object's '{' in the text (views show a node's place in
    // schema.json); UINT64_MAX for other values.
    std::uint64_t objectOffset(Id v) const;

    // How the bytes were decoded (Python's codec name: jsonEncodingName).
    JsonEncoding encoding() const { return encoding_; }

    // Handing back what the tree builder has read. A big object's members
    // are built in order, and each member's nested values sit in the arena
    // between the previous member's and its own (containers are stored as
    // they close): once member i is built, the pages holding members 1..i
    // and all they nest can go (an 800,000-term vocabulary: ~38 MB of the
    // ~90 MB, released while the tree grows). Nothing else points into
    // them: repeats (clones) point at an earlier element of the same array,
    // which is inside the same member. Not done when a key was merged (a
    // duplicate key's value sits out of order). The released values read
    // as zeros afterwards: call only for members that are never read again.
    struct Sweep {
        std::uint64_t members = UINT64_MAX; // members_ / values_ from here on belong to later members
        std::uint64_t values = UINT64_MAX;
        std::uint64_t membersDropped = 0; // members_ / values_ before these were handed back
        std::uint64_t valuesDropped = 0;
        bool stopped = false; // members out of order: nothing more is dropped
    };
    void dropBuilt(Id obj, std::uint32_t i, Sweep& sweep) const;
    // The builder is done with the whole array or object `v`: its list of
    // values and the repeats (clones) among them are handed back (a
    // vocabulary's key_types: 800,000 repeats, ~10 MB). Same contract.
    void dropContainer(Id v) const;

    std::size_t valueCount() const { return values_.size() + clones_.size() + strs_.size(); }
    std::size_t objectCount() const { return objects_; }
    std::size_t memoryBytes() const;

private:
    friend class SchemaJsonParser;
    static constexpr unsigned kCountBits = 29;
    static constexpr std::uint32_t kCountMask = (1u << kCountBits) - 1;
    static constexpr unsigned kWideInt = 7; // type bits of an Int kept in wide_
    // A string is not stored as a value: its Id is its string id with this bit
    // set (2.8 million string values of a vocabulary schema would take 22 MB).
    static constexpr Id kStringTag = 1u << 31;
    static constexpr Id kMaxValues = (1u << 30) - 1; // values and strings each
    // true, false and null are not stored either: three fixed Ids (a skops
    // JsonNode's "is_json": true is 400,000 values of a vocabulary schema).
    static constexpr Id kConstTag = 1u << 30;
    static constexpr Id kNullId = kConstTag, kFalseId = kConstTag + 1, kTrueId = kConstTag + 2;
    // A repeated flat object (SchemaJsonParser::cloneFlat: a dict's key_types,
    // one per key) is not stored again either: its Id is kCloneBase + its
    // index in clones_, which names the object it repeats and its own place.
    // 8 bytes where a copy took 32 (a Value, 6 members): 19 MB at 800,000 keys.
    static constexpr Id kCloneBase = kConstTag + 3;
    static constexpr Id kMaxClones = kStringTag - kCloneBase;
    // a: type (top 3 bits) | element count, or the high bits of an inline int;
    // b: string id, bool, members_ offset, low int bits, or wide_ index.
    struct Value {
        std::uint32_t a = 0;
        std::uint32_t b = 0;
    };
    struct StrRef {
        std::uint32_t off = 0;
        std::uint32_t len = 0;
    };
    std::vector<Value> values_;
    struct Clone {
        std::uint32_t of = 0;     // the value id of the object repeated
        std::uint32_t offset = 0; // of this one's '{' in the text
    };
    std::vector<Clone> clones_;
    // Strings, true, false and null: no Value, no members.
    static bool scalarId(Id v) { return (v & kStringTag) || ((v & kConstTag) && v < kCloneBase); }
    // The Value of an object, array or number Id (a clone: of its original).
    const Value& value(Id v) const { return values_[v < kCloneBase ? v : clones_[v - kCloneBase].of]; }
    // Arrays: value ids. Objects: the offset of the '{', the shape, then the
    // value ids (Value::b points at the first value).
    std::vector<std::uint32_t> members_;
    // An object's keys live in its shape: objects with the same keys in the
    // same order (800,000 skops nodes have a handful of kinds) share one, so
    // a member costs 4 bytes, not 8.
    struct Shape {
        std::uint32_t keys = 0; // first key id in shapeKeys_
        std::uint32_t count = 0;
    };
    std::vector<Shape> shapes_;
    std::vector<std::uint32_t> shapeKeys_;
    const std::uint32_t* keys(Id obj) const;
    Id find(Id obj, std::string_view key, std::uint32_t& keyId) const;
    std::vector<std::uint64_t> wide_; // floats (bits) and ints that do not fit inline
    std::vector<StrRef> strs_;        // strings by id (keys interned, see stringId)
    std::string chars_;               // their bytes
    Id root_ = kNone;
    JsonEncoding encoding_ = JsonEncoding::Utf8;
    std::size_t objects_ = 0;
    bool mergedKeys_ = false; // an object had a key twice (dropBuilt is then not done)
};

} // namespace skopos
