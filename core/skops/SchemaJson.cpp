#include "skops/SchemaJson.h"

#include "skops/JsonEncoding.h"
#include "tree/Error.h"
#include "tree/Prefetch.h"
#include "tree/Utf8.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <unordered_map>
#include <unordered_set>
#include <algorithm>

#include <sys/mman.h>
#include <unistd.h>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace skopos {

namespace {
// Hostile text must not make interning quadratic: the hash is seeded per
// process, so colliding strings cannot be prepared in advance.
std::uint64_t hashSeed()
{
    static const std::uint64_t seed = [] {
        std::random_device rd;
        return (static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^ 0x9E3779B97F4A7C15ull;
    }();
    return seed;
}

std::uint64_t hashBytes(const char* p, std::size_t n, std::uint64_t seed)
{
    std::uint64_t h = seed ^ (n * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    if (n) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * 0x94d049bb133111ebull;
        h ^= h >> 29;
    }
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 32);
}

// Eight ASCII digits in a little-endian word: every byte is 0x30-0x39.
inline bool eightDigits(std::uint64_t w)
{
    return ((w & 0xF0F0F0F0F0F0F0F0ull) | (((w + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull) >> 4))
        == 0x3333333333333333ull;
}
// Their value, the first byte the most significant digit (pairs, then
// fours, then the eight combined by multiplication).
inline std::uint32_t eightDigitsValue(std::uint64_t w)
{
    w -= 0x3030303030303030ull;
    w = (w * 10 + (w >> 8)) & 0x00FF00FF00FF00FFull;   // 2-digit numbers in every other byte
    w = (w * 100 + (w >> 16)) & 0x0000FFFF0000FFFFull; // 4-digit numbers in every other 16 bits
    return static_cast<std::uint32_t>((w * 10000 + (w >> 32)) & 0xFFFFFFFFull);
}

// How many of a word's bytes, from the first, are ASCII digits (0-8).
inline unsigned leadingDigits(std::uint64_t w)
{
    const std::uint64_t high = (w & 0xF0F0F0F0F0F0F0F0ull) ^ 0x3030303030303030ull;                          // not 0x3_
    const std::uint64_t low = ((w & 0x0F0F0F0F0F0F0F0Full) + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull; // _A-_F
    const std::uint64_t bad = high | low;
    return bad ? static_cast<unsigned>(__builtin_ctzll(bad)) / 8 : 8;
}

constexpr std::size_t kReleaseStep = 8u << 20; // hand scanned text back every 8 MB

// Sixteen bytes at a time where the CPU has SSE2 (every x86-64): a
// pretty-printed schema is mostly indentation and short strings, and a byte
// loop spent ~20 instructions a byte on them (bench/README.md).
#if defined(__SSE2__) && defined(__x86_64__)
// Index of the first byte in [p, p+16) that is not JSON whitespace, or 16.
inline unsigned firstNonSpace16(const char* p)
{
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i ws = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))));
    const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(ws)) & 0xFFFFu;
    return other ? static_cast<unsigned>(__builtin_ctz(other)) : 16u;
}
// Bits of the '"', '\\' and control bytes (< 0x20) of x.
inline unsigned quoteOrControl(__m128i x)
{
    const __m128i stop = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
        _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8(static_cast<char>(0xE0))), _mm_setzero_si128()));
    return static_cast<unsigned>(_mm_movemask_epi8(stop));
}
// Index of the first '"', '\\', control byte (< 0x20) or non-ASCII byte
// (>= 0x80, checked as UTF-8 before it is taken) in x, or 16.
inline unsigned stringStop(__m128i x)
{
    const unsigned m = quoteOrControl(x) | static_cast<unsigned>(_mm_movemask_epi8(x));
    return m ? static_cast<unsigned>(__builtin_ctz(m)) : 16u;
}
inline unsigned firstStringStop16(const char* p)
{
    return stringStop(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
}
// Loaded at kPrefixMask + 16 - k: k bytes of 0xFF, then zeros (keeps a
// string's first k bytes of a 16-byte block).
alignas(16) constexpr unsigned char kPrefixMask[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                       0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
#endif
} // namespace

class SchemaJsonParser {
public:
    SchemaJsonParser(SchemaJson& j, std::string_view text, unsigned maxDepth, const SchemaJson::Release& release)
        : j_(j), t_(text), maxDepth_(maxDepth), release_(release), seed_(hashSeed())
    {
    }

    void run(std::size_t start)
    {
        p_ = start;
        const std::size_t end = t_.size();
        if (end >= (std::size_t{1} << 32))
            throw ReadError("schema.json is larger than 4 GiB, which this reader does not hold");
        // Generous reservations: untouched capacity costs address space, not
        // memory, while growing a 20 MB vector by doubling briefly holds 60 MB
        // (a pretty-printed schema has about one value per 50 bytes).
        j_.values_.reserve(std::min<std::size_t>(end / 16, 64u << 20));
        j_.members_.reserve(std::min<std::size_t>(end / 8, 128u << 20));
        j_.chars_.reserve(std::min<std::size_t>(end / 8, 64u << 20));
        j_.strs_.reserve(std::min<std::size_t>(end / 64, 16u << 20));
        nextRelease_ = kReleaseStep;
        // The intern table from the text's size (a vocabulary schema has one
        // distinct key per ~400 bytes, the table is kept under half full):
        // growing it by doubling rehashed and held every smaller table on the
        // way (bench/README.md).
        while (initialSlots_ < end / 200 && initialSlots_ < (std::size_t{1} << 21))
            initialSlots_ *= 2;
        ws();
        if (p_ >= end)
            fail("empty document");
        // Explicit stack of open containers: no recursion on input nesting.
        while (true) {
            ws();
            if (p_ >= end)
                fail("unexpected end of text");
            if (p_ >= nextRelease_) {
                // Everything before p_ has been copied where it is needed.
                if (release_)
                    release_(p_);
                nextRelease_ = p_ + kReleaseStep;
            }
            const char c = t_[p_];
            if (depth_ != 0 && top().object && !top().expectValue) {
                // In an object, before a key (or its end).
                Frame& f = top();
                if (c == '}' && (f.items.empty() || f.trailingOk)) {
                    ++p_;
                    closeFrame();
                } else {
                    if (!f.items.empty() && !f.trailingOk)
                        fail("expected ',' or '}'");
                    if (c != '"')
                        fail("expected a string key");
                    f.items.push_back(keyRef(f));
                    ws();
                    if (p_ >= end || t_[p_] != ':')
                        fail("expected ':' after a key");
                    ++p_;
                    f.expectValue = true;
                    // Most members are "key": scalar; read the scalar now
                    // rather than on another turn (containers, and anything
                    // unexpected, take the turn as before).
                    ws();
                    if (p_ >= end || !startsScalar(t_[p_]))
                        continue;
                    if (t_[p_] == '"')
                        pushId(valueRef(f) | SchemaJson::kStringTag);
                    else
                        scalar();
                }
            } else if (depth_ != 0 && !top().object && c == ']' && (top().items.empty() || top().trailingOk)) {
                ++p_;
                closeFrame();
            } else {
                if (depth_ != 0 && !top().object && !top().items.empty() && !top().trailingOk)
                    fail("expected ',' or ']'");
                if (c == '{' && depth_ != 0 && !top().object && cloneFlat(top())) {
                    // a repeated element, complete: separators below
                } else if (c == '{' || c == '[') {
                    ++p_;
                    if (depth_ >= maxDepth_)
                        throw ReadError("schema.json is nested deeper than the limit of " + std::to_string(maxDepth_)
                                        + " levels");
                    if (depth_ != 0) {
                        top().trailingOk = false;
                        top().nested = true;
                    }
                    openFrame(c == '{');
                    continue;
                } else {
                    scalar();
                }
            }
            // After a complete value: separators, or the end of the document.
            if (depth_ == 0) {
                ws();
                if (p_ != end)
                    fail("unexpected text after the document");
                return;
            }
            Frame& f = top();
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
    // A short string as keyRef and valueRef compare it with the text.
    struct KeyPattern {
        std::uint64_t w0 = 0, w1 = 0; // its bytes, zero-padded
        std::uint32_t id = 0;
        std::uint32_t len = 16; // 16: not compared by bytes
    };

    struct Frame {
        bool object = false;
        bool expectValue = false;             // object: a key was read, its value comes next
        bool trailingOk = false;              // a separator (or nothing yet) precedes: a value or close may come
        std::uint32_t start = 0;              // offset of the '{' or '[' (the text is < 4 GiB)
        std::vector<std::uint32_t> items;     // arrays: value ids; objects: key string id, value id, ...
        std::uint32_t lastShape = UINT32_MAX; // of the last object closed at this depth
        std::vector<KeyPattern> lastValues;   // short string values by member place (valueRef)
        // A short new key whose intern-table slot is being loaded while its
        // value is scanned (deferKey): its place in items, or kNoPending.
        std::uint32_t pendingAt = kNoPending;
        KeyPattern pending;
        std::uint64_t pendingHash = 0;
        bool nested = false; // a container was opened inside this one
        // Arrays: the last flat object element (no container inside), its
        // text and value, which an element of the same bytes repeats (cloneFlat;
        // always a stored object, never a clone).
        SchemaJson::Id flatId = SchemaJson::kNone;
        std::string flatText;
    };
    static constexpr std::uint32_t kNoPending = UINT32_MAX;

    [[noreturn]] void fail(const char* why) const
    {
        throw ReadError(std::string("schema.json is not valid JSON: ") + why, p_);
    }

    void ws()
    {
        const std::size_t end = t_.size();
        // Most calls meet no whitespace at all (between a key and its ':').
        if (p_ < end) {
            const char c = t_[p_];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
        }
#if defined(__SSE2__) && defined(__x86_64__)
        while (p_ + 16 <= end) {
            const unsigned k = firstNonSpace16(t_.data() + p_);
            p_ += k;
            if (k < 16)
                return;
        }
#endif
        while (p_ < end) {
            const char c = t_[p_];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                break;
            ++p_;
        }
    }

    void openFrame(bool object)
    {
        if (depth_ == frames_.size())
            frames_.emplace_back();
        Frame& f = frames_[depth_++];
        f.object = object;
        f.expectValue = false;
        f.trailingOk = true;
        f.start = static_cast<std::uint32_t>(p_ - 1); // called just after the bracket
        f.items.clear();
        f.pendingAt = kNoPending;
        f.nested = false;
        f.flatId = SchemaJson::kNone;
    }

    // Python's json builds a dict: a repeated key keeps its first position and
    // takes the last value. Keys are interned, so equal text is an equal id.
    void dedupKeys(std::vector<std::uint32_t>& kv)
    {
        // Detect: mark each key id with this object's serial number.
        ++serial_;
        if (mark_.size() < j_.strs_.size())
            mark_.resize(j_.strs_.size() + j_.strs_.size() / 2, 0);
        bool dup = false;
        for (std::size_t r = 0; r < kv.size(); r += 2) {
            std::uint32_t& m = mark_[kv[r]];
            dup |= m == serial_;
            m = serial_;
        }
        if (!dup)
            return;
        j_.mergedKeys_ = true;
        // Rare: merge, first place and last value.
        std::unordered_map<std::uint32_t, std::size_t> at;
        std::size_t w = 0;
        for (std::size_t r = 0; r < kv.size(); r += 2) {
            const auto [it, fresh] = at.emplace(kv[r], w);
            if (!fresh) {
                kv[it->second + 1] = kv[r + 1];
                continue;
            }
            kv[w] = kv[r];
            kv[w + 1] = kv[r + 1];
            w += 2;
        }
        kv.resize(w);
    }

    // Objects share shapes by their key sequence (kv: key, value, ...).
    static std::uint64_t keyHash(const std::vector<std::uint32_t>& kv)
    {
        std::uint64_t h = (kv.size() / 2) * 0x9E3779B97F4A7C15ull;
        for (std::size_t r = 0; r < kv.size(); r += 2)
            h = (h ^ kv[r]) * 0xbf58476d1ce4e5b9ull;
        return h ^ (h >> 29);
    }

    // A shape seen before with exactly these keys, or kNoShape.
    std::uint32_t cachedShape(const std::vector<std::uint32_t>& kv) const
    {
        if (kv.size() / 2 > kMaxCachedShapeKeys)
            return kNoShape;
        const auto it = shapeCache_.find(keyHash(kv));
        return it != shapeCache_.end() && sameKeys(it->second, kv) ? it->second : kNoShape;
    }

    // A new shape for these keys (no key twice), cached when small.
    std::uint32_t newShape(const std::vector<std::uint32_t>& kv)
    {
        const std::size_t n = kv.size() / 2;
        if (j_.shapeKeys_.size() + n >= UINT32_MAX || j_.shapes_.size() >= kNoShape)
            fail("more object keys than this reader holds");
        const auto id = static_cast<std::uint32_t>(j_.shapes_.size());
        j_.shapes_.push_back({static_cast<std::uint32_t>(j_.shapeKeys_.size()), static_cast<std::uint32_t>(n)});
        patternAt_.push_back(kNoPattern);
        for (std::size_t r = 0; r < kv.size(); r += 2)
            j_.shapeKeys_.push_back(kv[r]);
        if (n <= kMaxCachedShapeKeys) {
            shapeCache_[keyHash(kv)] = id; // a colliding shape replaces the older one (sameKeys decides)
            addPatterns(id);
        }
        return id;
    }

    bool sameKeys(std::uint32_t shape, const std::vector<std::uint32_t>& kv) const
    {
        const SchemaJson::Shape& sh = j_.shapes_[shape];
        if (sh.count != kv.size() / 2)
            return false;
        const std::uint32_t* keys = j_.shapeKeys_.data() + sh.keys;
        for (std::size_t i = 0; i < sh.count; ++i)
            if (keys[i] != kv[2 * i])
                return false;
        return true;
    }

    void closeFrame()
    {
        resolvePending(top());
        // Stays in frames_ for the next container at this depth (its vectors'
        // capacity, the last shape); nothing adds a frame before it is done.
        Frame& f = frames_[--depth_];
        std::uint32_t shape = kNoShape;
        if (f.object) {
            // A shape has no key twice, so a key sequence seen before needs
            // no duplicate check; any other is checked (and merged) first.
            // Siblings are mostly of one kind: the shape last closed at this
            // depth first, then any seen before.
            if (f.lastShape != kNoShape && sameKeys(f.lastShape, f.items))
                shape = f.lastShape;
            else
                shape = cachedShape(f.items);
            if (shape == kNoShape) {
                dedupKeys(f.items);
                shape = newShape(f.items);
            }
            ++j_.objects_;
        }
        const std::size_t count = f.object ? f.items.size() / 2 : f.items.size();
        if (count > SchemaJson::kCountMask)
            fail(f.object ? "an object with more members than this reader holds"
                          : "an array with more elements than this reader holds");
        if (j_.members_.size() + count + 2 >= UINT32_MAX)
            fail("more members than this reader holds");
        SchemaJson::Value v;
        v.a = (static_cast<std::uint32_t>(f.object ? SchemaJson::Type::Object : SchemaJson::Type::Array)
               << SchemaJson::kCountBits)
            | static_cast<std::uint32_t>(count);
        if (f.object) {
            // An object: the offset of its '{' (objectOffset), its shape (the
            // keys), then its values.
            j_.members_.push_back(f.start);
            j_.members_.push_back(shape);
            v.b = static_cast<std::uint32_t>(j_.members_.size());
            for (std::size_t r = 1; r < f.items.size(); r += 2)
                j_.members_.push_back(f.items[r]);
        } else {
            v.b = static_cast<std::uint32_t>(j_.members_.size());
            j_.members_.insert(j_.members_.end(), f.items.begin(), f.items.end());
        }
        if (f.object)
            f.lastShape = shape;
        const bool flat = f.object && !f.nested;
        const std::uint32_t start = f.start;
        push(v);
        if (depth_ != 0) {
            Frame& parent = top();
            parent.trailingOk = false;
            if (flat && !parent.object && p_ - start <= kMaxFlatBytes) {
                parent.flatId = static_cast<SchemaJson::Id>(j_.values_.size() - 1);
                parent.flatText.assign(t_.data() + start, p_ - start);
            }
        }
    }

    // skops writes a dict's key_types as one type node per key, the same
    // bytes 400,000 times for a 400,000-term vocabulary (40% of its
    // schema.json). An array element whose text is byte for byte the last
    // flat object element's is the same JSON: it becomes a new object (its
    // own offset) with that one's shape and member values, compared at memcmp
    // speed instead of scanned. Only flat objects: a nested object copied so
    // would carry its first copy's offset. On '{' in an array.
    bool cloneFlat(Frame& parent)
    {
        const std::string& want = parent.flatText;
        if (parent.flatId == SchemaJson::kNone || t_.size() - p_ < want.size()
            || std::memcmp(t_.data() + p_, want.data(), want.size()) != 0)
            return false;
        // Not stored again: a clone Id names the original and this offset.
        if (j_.clones_.size() >= SchemaJson::kMaxClones)
            fail("more values than this reader holds");
        j_.clones_.push_back({parent.flatId, static_cast<std::uint32_t>(p_)});
        ++j_.objects_;
        p_ += want.size();
        pushId(static_cast<SchemaJson::Id>(SchemaJson::kCloneBase + (j_.clones_.size() - 1)));
        return true;
    }

    void push(const SchemaJson::Value& v)
    {
        if (j_.values_.size() >= SchemaJson::kMaxValues)
            fail("more values than this reader holds");
        j_.values_.push_back(v);
        pushId(static_cast<SchemaJson::Id>(j_.values_.size() - 1));
    }

    void pushId(SchemaJson::Id id)
    {
        if (depth_ == 0)
            j_.root_ = id;
        else
            top().items.push_back(id);
    }

    // A key at p_ (on its opening quote). Siblings mostly repeat the keys of
    // the object closed before them at the same depth: when the text there
    // is exactly that key's, the key is known without scanning or hashing.
    // Only short keys whose text has no quote, backslash or control character
    // are compared so (for those, equal raw bytes are an equal string).
    std::uint32_t keyRef(Frame& f)
    {
        resolvePending(f);
#if defined(__SSE2__) && defined(__x86_64__)
        if (f.lastShape != kNoShape && patternAt_[f.lastShape] != kNoPattern && t_.size() - p_ >= 17) {
            const std::size_t i = f.items.size() / 2;
            if (i < j_.shapes_[f.lastShape].count) {
                const KeyPattern& kp = patterns_[patternAt_[f.lastShape] + i];
                if (takeIfAt(kp))
                    return kp.id;
            }
        }
#endif
        return stringRef(true, nullptr, &f);
    }

    // A key that is new to the recent-strings cache needs the intern table,
    // where a vocabulary's 400,000 distinct keys are each a cache miss (perf:
    // 10% of `untrusted` on vocab.skops). Its slot is prefetched and the
    // lookup waits until the frame's next key or its end, while the key's
    // value is scanned. Ids are only compared, so interning later changes
    // no outcome; the key is in items as a placeholder until then.
    std::uint32_t deferKey(Frame& f, std::uint64_t w0, std::uint64_t w1, std::uint32_t len, std::uint64_t h)
    {
        roomForOneMore(); // the slot prefetched is the one internHashed will probe
        prefetchLine(table_.data() + (static_cast<std::uint32_t>(h >> 32) & (table_.size() - 1)));
        f.pending = {w0, w1, 0, len};
        f.pendingHash = h;
        f.pendingAt = static_cast<std::uint32_t>(f.items.size());
        return kPlaceholder;
    }

    void resolvePending(Frame& f)
    {
        if (f.pendingAt == kNoPending)
            return;
        const KeyPattern& k = f.pending;
        char text[16];
        std::memcpy(text, &k.w0, 8);
        std::memcpy(text + 8, &k.w1, 8);
        const std::uint32_t id = internHashed(std::string_view(text, k.len), f.pendingHash);
        shortSlot(f.pendingHash) = {k.w0, k.w1, k.len, id};
        f.items[f.pendingAt] = id;
        f.pendingAt = kNoPending;
    }

    // The string at p_ (on its opening quote) when it is exactly kp's text:
    // steps over it. Needs 17 bytes after p_.
    bool takeIfAt(const KeyPattern& kp)
    {
#if defined(__SSE2__) && defined(__x86_64__)
        if (kp.len >= 16 || t_[p_ + 1 + kp.len] != '"')
            return false;
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t_.data() + p_ + 1));
        const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kPrefixMask + 16 - kp.len));
        const __m128i want = _mm_set_epi64x(static_cast<long long>(kp.w1), static_cast<long long>(kp.w0));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(x, keep), want)) != 0xFFFF)
            return false;
        p_ += kp.len + 2;
        return true;
#else
        (void)kp;
        return false;
#endif
    }

    // A member's string value at p_. Siblings often repeat the values of the
    // one before them ("builtins", "JsonNode"): the value at the same place
    // of the previous sibling is compared first, as keys are (keyRef). Short
    // values read here are remembered for the next sibling.
    std::uint32_t valueRef(Frame& f)
    {
        const std::size_t i = f.items.size() / 2 - 1; // this member's place (its key is in)
        if (i < f.lastValues.size() && t_.size() - p_ >= 17 && takeIfAt(f.lastValues[i]))
            return f.lastValues[i].id;
        KeyPattern seen;
        const std::uint32_t id = stringRef(false, &seen);
        if (i < kMaxCachedShapeKeys) {
            if (f.lastValues.size() <= i)
                f.lastValues.resize(i + 1);
            f.lastValues[i] = seen;
        }
        return id;
    }

    // The keys of a small shape as keyRef compares them (len 16: never matched).
    void addPatterns(std::uint32_t shape)
    {
        const SchemaJson::Shape& sh = j_.shapes_[shape];
        patternAt_[shape] = static_cast<std::uint32_t>(patterns_.size());
        for (std::uint32_t i = 0; i < sh.count; ++i) {
            const std::uint32_t id = j_.shapeKeys_[sh.keys + i];
            const SchemaJson::StrRef& r = j_.strs_[id];
            const std::string_view text(j_.chars_.data() + r.off, r.len);
            KeyPattern kp;
            kp.id = id;
            // Only text with no quote, backslash or control character is
            // the file's bytes (other decoded text is: JsonEncoding.h).
            const bool plain = r.len < 16 && std::none_of(text.begin(), text.end(), [](char c) {
                                   return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
                               });
            if (plain) {
                char pad[16] = {};
                std::memcpy(pad, text.data(), text.size());
                std::memcpy(&kp.w0, pad, 8);
                std::memcpy(&kp.w1, pad + 8, 8);
                kp.len = r.len;
            }
            patterns_.push_back(kp);
        }
    }

    std::uint32_t newString(std::string_view s)
    {
        if (j_.chars_.size() + s.size() >= UINT32_MAX || j_.strs_.size() >= SchemaJson::kMaxValues)
            fail("more string bytes than this reader holds");
        j_.strs_.push_back({static_cast<std::uint32_t>(j_.chars_.size()), static_cast<std::uint32_t>(s.size())});
        j_.chars_.append(s.data(), s.size());
        return static_cast<std::uint32_t>(j_.strs_.size() - 1);
    }

    // The id of the string with this text, added when new.
    std::uint32_t intern(std::string_view s)
    {
        const std::size_t n = s.size();
        if (n > 16)
            return internHashed(s, hashBytes(s.data(), n, seed_));
        // A short string is exactly its two words, zero-padded, and its length.
        char pad[16] = {};
        std::memcpy(pad, s.data(), n);
        std::uint64_t w0, w1;
        std::memcpy(&w0, pad, 8);
        std::memcpy(&w1, pad + 8, 8);
        return internShort(s, w0, w1);
    }

    // Keys are interned for good: equal keys are equal ids (duplicate keys,
    // get() by id). A short value that is not in the recent-strings cache is
    // stored without a look in the intern table: a vocabulary's 400,000
    // unique values then cost no cache miss each. Repeated values still share
    // an id through the cache; an id that stands for a value only is marked,
    // and a key never takes it.
    std::uint32_t internShort(std::string_view s, std::uint64_t w0, std::uint64_t w1, bool key = true,
                              Frame* deferIn = nullptr)
    {
        const std::size_t n = s.size();
        std::uint64_t h = (w0 ^ seed_) * 0xbf58476d1ce4e5b9ull;
        h = (h ^ (h >> 31) ^ w1 ^ (static_cast<std::uint64_t>(n) << 56)) * 0x94d049bb133111ebull;
        h ^= h >> 29;
        Short& c = shortSlot(h);
        if (c.len == n && c.w0 == w0 && c.w1 == w1 && (!key || !(c.id & kValueOnly)))
            return c.id & ~kValueOnly;
        if (deferIn)
            return deferKey(*deferIn, w0, w1, static_cast<std::uint32_t>(n), h);
        const std::uint32_t id = key ? internHashed(s, h) : newString(s);
        c = {w0, w1, static_cast<std::uint32_t>(n), key ? id : id | kValueOnly};
        return id;
    }

    // `h` is a hash of the text that the same text always gets. A slot holds
    // the string id + 1 and the hash's upper half, which picks the slot and
    // rules out most mismatches without touching the string (one cache miss
    // per lookup, not two).
    std::uint32_t internHashed(std::string_view s, std::uint64_t h)
    {
        roomForOneMore();
        const auto h32 = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = table_.size() - 1;
        for (std::size_t slot = h32 & mask;; slot = (slot + 1) & mask) {
            const std::uint64_t e = table_[slot];
            if (e == 0) {
                const std::uint32_t id = newString(s);
                table_[slot] = (static_cast<std::uint64_t>(h32) << 32) | (id + 1u);
                ++tableUsed_;
                return id;
            }
            if (static_cast<std::uint32_t>(e >> 32) != h32)
                continue;
            const auto id = static_cast<std::uint32_t>(e) - 1u;
            if (j_.strs_[id].len == s.size()
                && std::memcmp(j_.chars_.data() + j_.strs_[id].off, s.data(), s.size()) == 0)
                return id;
        }
    }

    // The intern table exists and stays under half full with one more string.
    void roomForOneMore()
    {
        if (table_.empty())
            table_.assign(initialSlots_, 0);
        else if ((tableUsed_ + 1) * 2 > table_.size())
            grow();
    }

    void grow()
    {
        std::vector<std::uint64_t> bigger(table_.size() * 2, 0);
        const std::size_t mask = bigger.size() - 1;
        for (const std::uint64_t e : table_) {
            if (e == 0)
                continue;
            std::size_t slot = static_cast<std::uint32_t>(e >> 32) & mask;
            while (bigger[slot])
                slot = (slot + 1) & mask;
            bigger[slot] = e;
        }
        table_.swap(bigger);
    }

    // Reads a string at p_ (on the opening quote); returns its string id.
    // `key`: the string is an object key (interned for good, see internShort).
    // `seen`, when given, receives a short string's bytes (len 16 otherwise).
    std::uint32_t stringRef(bool key = true, KeyPattern* seen = nullptr, Frame* deferIn = nullptr)
    {
        const std::size_t start = ++p_;
        const std::size_t end = t_.size();
        std::size_t q = start;
        // Fast path: no escapes.
#if defined(__SSE2__) && defined(__x86_64__)
        if (q + 16 <= end) {
            // Most strings of a schema (keys, loader and module names, short
            // values) end within 16 bytes: found and interned from one load.
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t_.data() + q));
            unsigned k = stringStop(x);
            if (k < 16 && static_cast<unsigned char>(t_[q + k]) >= 0x80) {
                // Non-ASCII text (a vocabulary of accented words): still one
                // load when the string ends in it and its UTF-8 is valid.
                const unsigned m = quoteOrControl(x);
                const unsigned close = m ? static_cast<unsigned>(__builtin_ctz(m)) : 16u;
                if (close < 16 && t_[q + close] == '"' && validUtf8(q + k, q + close))
                    k = close;
            }
            if (k < 16 && t_[q + k] == '"') {
                p_ = q + k + 1;
                const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kPrefixMask + 16 - k));
                const __m128i y = _mm_and_si128(x, keep);
                const auto w0 = static_cast<std::uint64_t>(_mm_cvtsi128_si64(y));
                const auto w1 = static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(y, y)));
                const std::uint32_t id = internShort(t_.substr(q, k), w0, w1, key, deferIn);
                if (seen)
                    *seen = {w0, w1, id, k};
                return id;
            }
            q += k;
            if (k == 16) // a longer string: on, 16 bytes at a time
                skipPlain16(q);
        }
#endif
        while (q < end) {
            const auto c = static_cast<unsigned char>(t_[q]);
            if (c == '"' || c == '\\')
                break;
            if (c < 0x20) {
                p_ = q;
                fail("control character in a string");
            }
            q += c < 0x80 ? 1 : utf8At(q);
#if defined(__SSE2__) && defined(__x86_64__)
            skipPlain16(q); // after a non-ASCII character: 16 bytes at a time again
#endif
        }
        if (q >= end) {
            p_ = q;
            fail("unterminated string");
        }
        if (t_[q] == '"') {
            p_ = q + 1;
            return intern(t_.substr(start, q - start));
        }
        // Slow path: decode escapes.
        scratch_.assign(t_.data() + start, q - start);
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
                const std::size_t n = static_cast<unsigned char>(c) < 0x80 ? 1 : utf8At(p_);
                scratch_.append(t_.data() + p_, n);
                p_ += n;
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
                // Python joins a high surrogate with a following \u escape
                // only when that one is a low surrogate; any other surrogate
                // stays a lone code point ("\ud800\u0041" is two characters).
                if (cp >= 0xD800 && cp <= 0xDBFF && p_ + 6 <= end && t_[p_] == '\\' && t_[p_ + 1] == 'u') {
                    const std::size_t back = p_;
                    p_ += 2;
                    const std::uint32_t lo = hex4();
                    if (lo >= 0xDC00 && lo <= 0xDFFF)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    else
                        p_ = back; // read again as an escape of its own
                }
                appendUtf8(scratch_, cp); // a lone surrogate as its own 3 bytes (JsonEncoding.h)
                break;
            }
            default: fail("invalid escape");
            }
        }
        return intern(scratch_);
    }

    // The length of the UTF-8 character at q (a byte >= 0x80) as Python's
    // decoder accepts it; fails where json.loads(bytes) would raise.
    std::size_t utf8At(std::size_t q)
    {
        const auto* b = reinterpret_cast<const unsigned char*>(t_.data());
        const std::size_t n = utf8SequenceLength(b + q, b + t_.size());
        if (n == 0) {
            p_ = q;
            fail("invalid UTF-8 (Python's json.loads cannot decode these bytes)");
        }
        return n;
    }

    // [from, to) is valid UTF-8 as Python's decoder with surrogatepass takes it.
    bool validUtf8(std::size_t from, std::size_t to) const
    {
        const auto* b = reinterpret_cast<const unsigned char*>(t_.data());
        while (from < to) {
            if (b[from] < 0x80) {
                ++from;
                continue;
            }
            const std::size_t n = utf8SequenceLength(b + from, b + to);
            if (n == 0)
                return false;
            from += n;
        }
        return true;
    }

#if defined(__SSE2__) && defined(__x86_64__)
    // Steps q over string bytes that need no look (ASCII, no quote,
    // backslash or control character), 16 at a time.
    void skipPlain16(std::size_t& q) const
    {
        const std::size_t end = t_.size();
        while (q + 16 <= end) {
            const unsigned more = firstStringStop16(t_.data() + q);
            q += more;
            if (more < 16)
                break;
        }
    }
#endif

    std::uint32_t hex4()
    {
        if (p_ + 4 > t_.size())
            fail("truncated \\u escape");
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = t_[p_++];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= static_cast<std::uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= static_cast<std::uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= static_cast<std::uint32_t>(h - 'A' + 10);
            else
                fail("invalid \\u escape");
        }
        return v;
    }

    bool word(std::string_view w)
    {
        if (t_.substr(p_, w.size()) == w) {
            p_ += w.size();
            return true;
        }
        return false;
    }

    SchemaJson::Value wide(unsigned typeBits, std::uint64_t bits)
    {
        if (j_.wide_.size() >= UINT32_MAX)
            fail("more numbers than this reader holds");
        j_.wide_.push_back(bits);
        SchemaJson::Value v;
        v.a = typeBits << SchemaJson::kCountBits;
        v.b = static_cast<std::uint32_t>(j_.wide_.size() - 1);
        return v;
    }

    SchemaJson::Value floatValue(double d)
    {
        std::uint64_t bits;
        std::memcpy(&bits, &d, 8);
        return wide(static_cast<unsigned>(SchemaJson::Type::Float), bits);
    }

    SchemaJson::Value intValue(std::int64_t i)
    {
        // 61 bits inline (29 in a, 32 in b); memory-address __id__s fit.
        constexpr std::int64_t lim = std::int64_t{1} << 60;
        if (i >= -lim && i < lim) {
            const auto u = static_cast<std::uint64_t>(i) & ((std::uint64_t{1} << 61) - 1);
            SchemaJson::Value v;
            v.a = (static_cast<std::uint32_t>(SchemaJson::Type::Int) << SchemaJson::kCountBits)
                | static_cast<std::uint32_t>(u >> 32);
            v.b = static_cast<std::uint32_t>(u);
            return v;
        }
        return wide(SchemaJson::kWideInt, static_cast<std::uint64_t>(i));
    }

    static bool startsScalar(char c)
    {
        return c == '"' || (c >= '0' && c <= '9') || c == '-' || c == 't' || c == 'f' || c == 'n' || c == 'N'
            || c == 'I';
    }

    void scalar()
    {
        const char c = t_[p_];
        if (c == '"') {
            pushId(stringRef(false) | SchemaJson::kStringTag);
        } else if (word("true")) {
            pushId(SchemaJson::kTrueId);
        } else if (word("false")) {
            pushId(SchemaJson::kFalseId);
        } else if (word("null")) {
            pushId(SchemaJson::kNullId);
        } else if (word("NaN")) { // Python's json.dumps writes these
            push(floatValue(std::numeric_limits<double>::quiet_NaN()));
        } else if (word("Infinity")) {
            push(floatValue(std::numeric_limits<double>::infinity()));
        } else if (word("-Infinity")) {
            push(floatValue(-std::numeric_limits<double>::infinity()));
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            push(number());
        } else {
            fail("unexpected character");
        }
    }

    SchemaJson::Value number()
    {
        const char* b = t_.data() + p_;
        const char* e = t_.data() + t_.size();
        const char* q = b + (*b == '-' ? 1 : 0);
        {
            // Fast path: up to 18 digits (no overflow) ending the number; an
            // __id__ has 15, read eight at a time.
            const char* d = q;
            std::int64_t v = 0;
            std::uint64_t w;
            while (e - d >= 8 && d - q <= 10 && (std::memcpy(&w, d, 8), eightDigits(w))) {
                v = v * 100000000 + static_cast<std::int64_t>(eightDigitsValue(w));
                d += 8;
            }
            // The last 1-7 digits from one word too: shifted to its end and
            // led by '0's, they are eight digits.
            if (e - d >= 8) {
                std::memcpy(&w, d, 8);
                const unsigned n = leadingDigits(w);
                if (n > 0 && n < 8 && (d - q) + n <= 18) {
                    static constexpr std::int64_t pow10[8] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};
                    const std::uint64_t digits = (w << (8 * (8 - n))) | (0x3030303030303030ull >> (8 * n));
                    v = v * pow10[n] + static_cast<std::int64_t>(eightDigitsValue(digits));
                    d += n;
                }
            }
            while (d < e && d - q < 18 && *d >= '0' && *d <= '9')
                v = v * 10 + (*d++ - '0');
            if (d > q && (*q != '0' || d - q == 1)
                && (d == e
                    || !((*d >= '0' && *d <= '9') || *d == '.' || *d == 'e' || *d == 'E' || *d == '+' || *d == '-'))) {
                p_ += static_cast<std::size_t>(d - b);
                return intValue(q != b ? -v : v);
            }
        }
        // Python's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        // and no more: "01" is 0 then text json.loads rejects, "1." and
        // "1e" are 1 then text it rejects (the caller fails on what is left).
        const auto digit = [&](const char* x) { return x < e && *x >= '0' && *x <= '9'; };
        if (!digit(q))
            fail("expected a value");
        if (*q == '0')
            ++q;
        else
            while (digit(q))
                ++q;
        const char* intEnd = q;
        bool isFloat = false;
        if (q < e && *q == '.' && digit(q + 1)) {
            q += 2;
            while (digit(q))
                ++q;
            isFloat = true;
        }
        if (q < e && (*q == 'e' || *q == 'E')) {
            const char* x = q + 1;
            if (x < e && (*x == '+' || *x == '-'))
                ++x;
            if (digit(x)) {
                while (digit(x))
                    ++x;
                q = x;
                isFloat = true;
            }
        }
        if (!isFloat) {
            // Python's int() refuses more than 4,300 digits (3.11's
            // sys.get_int_max_str_digits()), so json.loads does.
            if (intEnd - (b + (*b == '-')) > 4300)
                fail("an integer of more than 4300 digits (Python's int() refuses it)");
            std::int64_t i = 0;
            const auto r = std::from_chars(b, q, i);
            if (r.ec == std::errc() && r.ptr == q) {
                p_ += static_cast<std::size_t>(q - b);
                return intValue(i);
            }
            // Beyond 64 bits: kept as the nearest double (no id or count of a
            // schema is that large; it is never taken for a smaller int).
        }
        double d = 0;
        const auto r = std::from_chars(b, q, d);
        if ((r.ec != std::errc() && r.ec != std::errc::result_out_of_range) || r.ptr != q)
            fail("malformed number");
        if (r.ec == std::errc::result_out_of_range) {
            // Python's float() gives +-inf for 1e400 and +-0.0 for 1e-400:
            // which one from the decimal exponent of the first non-zero digit.
            const bool neg = *b == '-';
            long long mag = 0, exp10 = 0;
            bool seenNonZero = false, inFraction = false;
            const char* x = b + neg;
            for (; x < q && *x != 'e' && *x != 'E'; ++x) {
                if (*x == '.') {
                    inFraction = true;
                    continue;
                }
                if (!seenNonZero && *x != '0')
                    seenNonZero = true;
                if (seenNonZero && !inFraction)
                    ++mag;
                if (!seenNonZero && inFraction)
                    --mag;
            }
            if (x < q) { // the exponent, saturated
                ++x;
                const bool eneg = *x == '-';
                if (*x == '-' || *x == '+')
                    ++x;
                for (; x < q && exp10 < (1ll << 40); ++x)
                    exp10 = exp10 * 10 + (*x - '0');
                if (eneg)
                    exp10 = -exp10;
            }
            const bool huge = seenNonZero && mag + exp10 > 0;
            const double inf = std::numeric_limits<double>::infinity();
            d = huge ? (neg ? -inf : inf) : (neg ? -0.0 : 0.0);
        }
        p_ += static_cast<std::size_t>(q - b);
        return floatValue(d);
    }

public:
    // Parse-time only tables, freed before the builder runs.
    void dropScratch()
    {
        std::vector<std::uint64_t>().swap(table_);
        std::vector<std::uint32_t>().swap(mark_);
        std::vector<Short>().swap(short_);
        std::vector<Frame>().swap(frames_);
        std::unordered_map<std::uint64_t, std::uint32_t>().swap(shapeCache_);
        std::vector<std::uint32_t>().swap(patternAt_);
        std::vector<KeyPattern>().swap(patterns_);
    }

private:
    SchemaJson& j_;
    std::string_view t_;
    unsigned maxDepth_;
    const SchemaJson::Release& release_;
    std::uint64_t seed_;
    std::size_t p_ = 0;
    std::size_t nextRelease_ = 0;
    // Open containers are frames_[0, depth_): frames are kept by depth and
    // reused, never moved in and out of a pool (four moves of a frame's
    // vectors per container: 80 M of 2.2 G instructions on vocab.skops).
    std::vector<Frame> frames_;
    std::size_t depth_ = 0;
    Frame& top() { return frames_[depth_ - 1]; }
    std::string scratch_;
    // Shapes of up to this many keys are looked up by their key sequence
    // (a skops node has 4 to 8 keys; a 400,000-key dict is its own shape).
    static constexpr std::size_t kMaxCachedShapeKeys = 64;
    static constexpr std::size_t kMaxFlatBytes = 1024; // cloneFlat: longer elements are scanned
    static constexpr std::uint32_t kNoShape = UINT32_MAX;
    std::unordered_map<std::uint64_t, std::uint32_t> shapeCache_; // hash of a key sequence -> shape
    static constexpr std::uint32_t kNoPattern = UINT32_MAX;
    std::vector<std::uint32_t> patternAt_; // by shape: first pattern in patterns_, or kNoPattern (large shapes)
    std::vector<KeyPattern> patterns_;
    std::size_t initialSlots_ = 1u << 12;
    std::size_t tableUsed_ = 0;
    std::vector<std::uint64_t> table_; // open addressing: hash >> 32 << 32 | string id + 1; 0 = empty
    std::vector<std::uint32_t> mark_;  // by string id: serial of the last object that had it as a key
    // Direct-mapped cache of short strings (<= 16 bytes, held exactly as two
    // words and a length): a schema repeats its keys and names millions of times.
    struct Short {
        std::uint64_t w0 = 0, w1 = 0;
        std::uint32_t len = UINT32_MAX, id = 0;
    };
    static constexpr std::size_t kShortSlots = 4096;
    static constexpr std::uint32_t kValueOnly = 1u << 31;     // Short::id of a string not in table_
    static constexpr std::uint32_t kPlaceholder = UINT32_MAX; // a deferred key in Frame::items
    std::vector<Short> short_ = std::vector<Short>(kShortSlots);
    Short& shortSlot(std::uint64_t h) { return short_[(h >> 20) & (kShortSlots - 1)]; } // of a string's hash
    std::uint32_t serial_ = 0;
};

SchemaJson SchemaJson::parse(std::string_view text, unsigned maxDepth, const Release& release)
{
    SchemaJson j;
    // Decoded as json.loads(bytes) decodes it (JsonEncoding.h). UTF-8 (with
    // its mark skipped) is scanned in place; the others are transcoded first,
    // and offsets (objectOffset) are then offsets in the UTF-8 copy.
    j.encoding_ = detectJsonEncoding(text);
    if (j.encoding_ == JsonEncoding::Utf8 || j.encoding_ == JsonEncoding::Utf8Sig) {
        SchemaJsonParser parser(j, text, maxDepth, release);
        parser.run(j.encoding_ == JsonEncoding::Utf8Sig ? 3 : 0);
        parser.dropScratch();
        return j;
    }
    const std::string utf8 = transcodeToUtf8(text, j.encoding_);
    const Release all = [&](std::size_t) { // the original is not read again
        if (release)
            release(text.size());
    };
    all(0);
    SchemaJsonParser parser(j, utf8, maxDepth, all);
    parser.run(0);
    parser.dropScratch();
    return j;
}

double SchemaJson::number(Id v) const
{
    if (type(v) == Type::Float) {
        double d;
        std::memcpy(&d, &wide_[values_[v].b], 8);
        return d;
    }
    return static_cast<double>(integer(v));
}

std::string_view SchemaJson::string(Id v) const
{
    if (!isString(v))
        return {};
    const StrRef& r = strs_[v & ~kStringTag];
    return {chars_.data() + r.off, r.len};
}

std::string_view SchemaJson::keyAt(Id v, std::uint32_t i) const
{
    if (!isObject(v) || i >= size(v))
        return {};
    const StrRef& r = strs_[keys(v)[i]];
    return {chars_.data() + r.off, r.len};
}

const std::uint32_t* SchemaJson::keys(Id obj) const
{
    return shapeKeys_.data() + shapes_[members_[value(obj).b - 1]].keys;
}

SchemaJson::Id SchemaJson::get(Id obj, std::string_view key) const
{
    std::uint32_t ignored = kNone;
    return find(obj, key, ignored);
}

// The value of `key` in `obj`; `keyId` is set to the key's string id when found.
SchemaJson::Id SchemaJson::find(Id obj, std::string_view key, std::uint32_t& keyId) const
{
    if (!isObject(obj))
        return kNone;
    const Value& o = value(obj);
    const std::uint32_t n = o.a & kCountMask;
    const std::uint32_t* k = keys(obj);
    for (std::uint32_t i = 0; i < n; ++i) {
        const StrRef& r = strs_[k[i]];
        if (r.len == key.size() && std::memcmp(chars_.data() + r.off, key.data(), key.size()) == 0) {
            keyId = k[i];
            return members_[o.b + i];
        }
    }
    return kNone;
}

SchemaJson::Id SchemaJson::get(Id obj, std::string_view key, std::uint32_t& keyId) const
{
    if (keyId == kNone)
        return find(obj, key, keyId);
    if (!isObject(obj))
        return kNone;
    // Equal text is an equal id (keys are interned); a key that was not
    // interned holds a lone surrogate and so is never the ASCII key asked for.
    const Value& o = value(obj);
    const std::uint32_t n = o.a & kCountMask;
    const std::uint32_t* k = keys(obj);
    for (std::uint32_t i = 0; i < n; ++i)
        if (k[i] == keyId)
            return members_[o.b + i];
    return kNone;
}

std::string_view SchemaJson::getString(Id obj, std::string_view key) const { return string(get(obj, key)); }

std::size_t SchemaJson::memoryBytes() const
{
    return values_.capacity() * sizeof(Value) + members_.capacity() * 4 + wide_.capacity() * 8
        + strs_.capacity() * sizeof(StrRef) + chars_.capacity() + shapes_.capacity() * sizeof(Shape)
        + shapeKeys_.capacity() * 4 + clones_.capacity() * sizeof(Clone);
}

namespace {
// Hands the whole pages of [from, to) of a vector's buffer back to the system
// once at least kDropStep bytes are pending; `dropped` is where the last
// hand-back ended (an element index).
template <typename T>
void dropPages(const std::vector<T>& v, std::uint64_t& dropped, std::uint64_t from, std::uint64_t to)
{
    constexpr std::size_t kDropStep = 1u << 20;
    from = std::max(from, dropped);
    if (to <= from || (to - from) * sizeof(T) < kDropStep || to > v.size())
        return;
    static const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(v.data() + from);
    const auto end = reinterpret_cast<std::uintptr_t>(v.data() + to);
    const std::uintptr_t a = (begin + page - 1) & ~(page - 1), b = end & ~(page - 1);
    if (b > a)
        madvise(reinterpret_cast<void*>(a), b - a, MADV_DONTNEED);
    dropped = to;
}
} // namespace

void SchemaJson::dropBuilt(Id obj, std::uint32_t i, Sweep& sweep) const
{
    if (sweep.stopped || mergedKeys_ || !isObject(obj) || obj >= kCloneBase || i >= size(obj))
        return;
    const Id member = at(obj, i);
    // Only a stored container marks where its nested values end; scalars
    // and clones in between are covered by the next container's range.
    if (scalarId(member) || member >= kCloneBase)
        return;
    const Type t = type(member);
    if (t != Type::Object && t != Type::Array)
        return;
    const Value& v = values_[member];
    const std::uint64_t membersEnd = std::uint64_t{v.b} + (v.a & kCountMask), valuesEnd = std::uint64_t{member} + 1;
    if (sweep.members == UINT64_MAX) {
        // The first container member: where its nested values start is not
        // known, so it is kept; the later ones' start where it ends.
        sweep.members = membersEnd;
        sweep.values = valuesEnd;
        return;
    }
    if (membersEnd < sweep.members || valuesEnd < sweep.values || membersEnd < sweep.membersDropped
        || valuesEnd < sweep.valuesDropped) {
        sweep.stopped = true; // not the layout described above (never seen): keep everything
        return;
    }
    dropPages(members_, sweep.membersDropped, sweep.members, membersEnd);
    dropPages(values_, sweep.valuesDropped, sweep.values, valuesEnd);
}

void SchemaJson::dropContainer(Id v) const
{
    if (v == kNone || scalarId(v) || v >= kCloneBase)
        return;
    const Type t = type(v);
    if (t != Type::Object && t != Type::Array)
        return;
    const Value& x = values_[v];
    const std::uint64_t count = x.a & kCountMask, first = x.b - (t == Type::Object ? 2 : 0);
    // Repeats are stored in the order met: those among the values, and any
    // nested in the values between them, are one run of clones_.
    std::uint64_t lo = UINT64_MAX, hi = 0;
    for (std::uint64_t i = x.b; i < x.b + count; ++i)
        if (const Id e = members_[i]; !scalarId(e) && e >= kCloneBase) {
            lo = std::min<std::uint64_t>(lo, e - kCloneBase);
            hi = std::max<std::uint64_t>(hi, e - kCloneBase);
        }
    std::uint64_t dropped = 0;
    dropPages(members_, dropped, first, x.b + count);
    if (lo != UINT64_MAX) {
        dropped = 0;
        dropPages(clones_, dropped, lo, hi + 1);
    }
}

std::uint64_t SchemaJson::objectOffset(Id v) const
{
    if (!isObject(v))
        return UINT64_MAX;
    return v >= kCloneBase ? clones_[v - kCloneBase].offset : members_[values_[v].b - 2];
}

} // namespace skopos
