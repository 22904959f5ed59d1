#include "skops/SchemaOutline.h"

#include "skops/SchemaLocate.h"
#include "skops/SkopsSchema.h"
#include "tree/DecimalText.h"
#include "tree/Loader.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <string>
#include <system_error>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace skopos {

namespace {

constexpr std::size_t kNpos = std::string_view::npos;
using Reached = std::function<void(std::size_t)>;
constexpr std::size_t kReachedStep = std::size_t{16} << 20; // how often the scan says how far it got

// One 64-byte block of JSON text as bit masks (bit i: byte i).
struct Masks {
    std::uint64_t quote = 0, backslash = 0, open = 0, close = 0;
};

Masks classify(const char* p)
{
    Masks m;
#if defined(__SSE2__)
    // '{' and '[' are 0x7B and 0x5B, '}' and ']' 0x7D and 0x5D: with bit 5
    // set, one comparison finds each pair and no other byte.
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}'), bit5 = _mm_set1_epi8(0x20);
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const __m128i folded = _mm_or_si128(v, bit5);
        const auto bits = [](__m128i eq) {
            return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(eq)));
        };
        m.quote |= bits(_mm_cmpeq_epi8(v, quote)) << (16 * k);
        m.backslash |= bits(_mm_cmpeq_epi8(v, backslash)) << (16 * k);
        m.open |= bits(_mm_cmpeq_epi8(folded, open)) << (16 * k);
        m.close |= bits(_mm_cmpeq_epi8(folded, close)) << (16 * k);
    }
#else
    for (int i = 0; i < 64; ++i) {
        const std::uint64_t bit = std::uint64_t{1} << i;
        switch (p[i]) {
        case '"': m.quote |= bit; break;
        case '\\': m.backslash |= bit; break;
        case '{':
        case '[': m.open |= bit; break;
        case '}':
        case ']': m.close |= bit; break;
        default: break;
        }
    }
#endif
    return m;
}

// Bit i: the parity of the bits 0..i of x (1 from an opening quote up to,
// not including, its closing one).
std::uint64_t prefixXor(std::uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

// From `at` (outside any string, `depth` containers open) to just past the
// bracket that closes the last of them; counts in *children the containers
// opened while exactly one is open. kNpos when the text ends first, the
// nesting passes maxDepth, or `cancel` is set.
std::size_t scanToClose(std::string_view text, std::size_t at, std::uint32_t depth, std::uint32_t maxDepth,
                        std::uint64_t* children, const std::atomic<bool>* cancel, const Reached* reached = nullptr)
{
    bool inString = false, escapeNext = false;
    char tail[64];
    std::size_t sinceCheck = 0;
    for (std::size_t i = at; i < text.size(); i += 64) {
        const char* p = text.data() + i;
        if (text.size() - i < 64) { // the last bytes, padded with blanks
            std::memset(tail, ' ', sizeof tail);
            std::memcpy(tail, p, text.size() - i);
            p = tail;
        }
        if ((sinceCheck += 64) >= kReachedStep) {
            sinceCheck = 0;
            if (cancel && cancel->load(std::memory_order_relaxed))
                return kNpos;
            if (reached && *reached)
                (*reached)(i);
        }
        const Masks m = classify(p);
        // Escaped bytes: the one after each backslash that is not itself escaped.
        std::uint64_t escaped = 0, bs = m.backslash;
        if (escapeNext) {
            escaped = 1;
            bs &= ~std::uint64_t{1};
            escapeNext = false;
        }
        while (bs) {
            const int b = __builtin_ctzll(bs);
            bs &= bs - 1;
            if (b == 63) {
                escapeNext = true;
            } else {
                escaped |= std::uint64_t{2} << b;
                bs &= ~(std::uint64_t{2} << b);
            }
        }
        std::uint64_t strings = prefixXor(m.quote & ~escaped);
        if (inString)
            strings = ~strings;
        inString = strings >> 63;
        const std::uint64_t opens = m.open & ~strings, closes = m.close & ~strings;
        if (!(opens | closes))
            continue;
        // Deep inside and not counting: the block cannot close it, only change the depth.
        if (!children && depth > static_cast<std::uint32_t>(__builtin_popcountll(closes))
            && depth + static_cast<std::uint32_t>(__builtin_popcountll(opens)) <= maxDepth) {
            depth += static_cast<std::uint32_t>(__builtin_popcountll(opens));
            depth -= static_cast<std::uint32_t>(__builtin_popcountll(closes));
            continue;
        }
        for (std::uint64_t br = opens | closes; br; br &= br - 1) {
            const int b = __builtin_ctzll(br);
            if (opens >> b & 1) {
                if (depth == 1 && children)
                    ++*children;
                if (++depth > maxDepth)
                    return kNpos;
            } else {
                if (depth == 0)
                    return kNpos;
                if (--depth == 0) {
                    const std::size_t end = i + static_cast<std::size_t>(b) + 1;
                    return end <= text.size() ? end : kNpos;
                }
            }
        }
    }
    return kNpos;
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | cp >> 6);
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | cp >> 12);
        out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | cp >> 18);
        out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
        out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at s[i..i+4), or -1.
int hex4(std::string_view s, std::size_t i)
{
    if (i + 4 > s.size())
        return -1;
    int v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const int d = hexDigit(s[i + k]);
        if (d < 0)
            return -1;
        v = v << 4 | d;
    }
    return v;
}

// The text of a JSON string's inside (escapes decoded, a lone surrogate as
// U+FFFD), at most `cap` bytes of it and then "…". For display only.
std::string decodeJsonString(std::string_view raw, std::size_t cap)
{
    std::string out;
    out.reserve(std::min(raw.size(), cap));
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (out.size() >= cap) {
            out += "\xE2\x80\xA6";
            break;
        }
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            int cp = hex4(raw, i + 1);
            if (cp < 0) {
                out += "\\u";
                break;
            }
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                const int low = hex4(raw, i + 3);
                if (low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, cp >= 0xD800 && cp < 0xE000 ? 0xFFFD : static_cast<std::uint32_t>(cp));
            break;
        }
        default: out += e; break; // \" \\ \/ and anything else as itself
        }
    }
    return out;
}

bool isOneOf(std::string_view s, std::initializer_list<std::string_view> names)
{
    for (std::string_view n : names)
        if (s == n)
            return true;
    return false;
}

// Linux 5.14's MADV_POPULATE_READ (older kernels refuse it: then pages fault in one by one).
#ifdef MADV_POPULATE_READ
constexpr int kPopulateRead = MADV_POPULATE_READ;
#else
constexpr int kPopulateRead = 22;
#endif

class Outliner {
public:
    Outliner(std::string_view text, const OpenOptions& options, const OutlineBounds& bounds, const Reached& reached)
        : s_(text), o_(options), b_(bounds), reached_(reached)
    {
        stack_.reserve(kMaxFrames);
    }

    std::optional<Document> run()
    {
        skipBlank();
        if (at_ >= s_.size() || s_[at_] != '{')
            return std::nullopt;
        if (!openNode(kNoNode, kNoStr, 0))
            return std::nullopt;
        while (!stack_.empty())
            if (!step())
                return std::nullopt;
        finish();
        return std::move(doc_);
    }

private:
    enum class Role : std::uint8_t {
        Node,     // a skops node's JSON object
        Entries,  // a DictNode's content: every value a node, labelled by its key
        Items,    // a list-like content: every element a node
        Named,    // an object whose members are nodes under their own names (PartialNode, ...)
        Function, // a protocol-0 FunctionNode's content: its name's two parts
    };
    struct Frame {
        Role role = Role::Node;
        bool object = true;
        bool first = true;
        unsigned depth = 0;    // node depth of `node`
        NodeId node = kNoNode; // Node: itself; else the node whose children these are
        std::uint64_t count = 0;
        std::uint32_t shown = 0;
        std::string cls, module, loader, content, functionModule, functionName;
        bool textContent = false;
        // Node: the fields seen; Entries/Named: the labels shown. A name
        // given twice (json.loads keeps the last) gives no outline: the
        // first would show what the file does not hold.
        std::vector<std::string> seen;
    };
    static constexpr std::size_t kMaxFrames = 64; // well above 2 * maxNodeDepth + 2
    static constexpr std::size_t kMaxKeyBytes = 4096;
    static constexpr std::size_t kMaxNameBytes = 1024;

    bool cancelled() const { return o_.cancelled(); }

    void skipBlank()
    {
        while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\n' || s_[at_] == '\r' || s_[at_] == '\t'))
            ++at_;
    }

    // At a '"': the inside of the string (raw), `at_` past its closing quote.
    std::optional<std::string_view> rawString()
    {
        const std::size_t start = at_ + 1;
        std::size_t from = start;
        for (;;) {
            const void* hit = from < s_.size() ? std::memchr(s_.data() + from, '"', s_.size() - from) : nullptr;
            if (!hit)
                return std::nullopt;
            const std::size_t q = static_cast<std::size_t>(static_cast<const char*>(hit) - s_.data());
            std::size_t slashes = 0;
            while (q - slashes > start && s_[q - slashes - 1] == '\\')
                ++slashes;
            if (slashes % 2 == 0) {
                at_ = q + 1;
                return s_.substr(start, q - start);
            }
            from = q + 1;
        }
    }

    std::string text(std::string_view raw, std::size_t cap) const
    {
        if (raw.size() <= cap && raw.find('\\') == std::string_view::npos)
            return std::string(raw);
        return decodeJsonString(raw, cap);
    }

    bool skipScalar()
    {
        const std::size_t start = at_;
        while (at_ < s_.size()) {
            const char c = s_[at_];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            if (c == '"' || c == '{' || c == '[' || c == ':')
                return false;
            ++at_;
        }
        return at_ > start && at_ < s_.size();
    }

    bool skipContainer(std::uint64_t* children = nullptr)
    {
        at_ = scanToClose(s_, at_, 0, o_.limits.maxDepth, children, o_.cancel, &reached_);
        return at_ != kNpos;
    }

    bool skipValue()
    {
        if (at_ >= s_.size())
            return false;
        const char c = s_[at_];
        if (c == '"')
            return rawString().has_value();
        if (c == '{' || c == '[')
            return skipContainer();
        return skipScalar();
    }

    // One member of the innermost frame, or its end.
    bool step()
    {
        if (reached_ && at_ - lastReached_ >= kReachedStep) {
            lastReached_ = at_;
            reached_(at_);
        }
        Frame& f = stack_.back();
        skipBlank();
        if (at_ >= s_.size())
            return false;
        if (s_[at_] == (f.object ? '}' : ']')) {
            ++at_;
            return closeFrame();
        }
        if (!f.first) {
            if (s_[at_] != ',')
                return false;
            ++at_;
            skipBlank();
        }
        f.first = false;
        std::string_view key;
        if (f.object) {
            if (at_ >= s_.size() || s_[at_] != '"')
                return false;
            const auto raw = rawString();
            if (!raw)
                return false;
            key = *raw;
            skipBlank();
            if (at_ >= s_.size() || s_[at_] != ':')
                return false;
            ++at_;
            skipBlank();
        }
        if (at_ >= s_.size())
            return false;
        // A name written with escapes is the name it decodes to (json.loads).
        std::string decoded;
        if (f.role != Role::Entries && key.find('\\') != std::string_view::npos) {
            decoded = decodeJsonString(key, kMaxKeyBytes);
            key = decoded;
        }
        switch (f.role) {
        case Role::Node: return nodeMember(f, key);
        case Role::Entries:
        case Role::Items: return entry(f, key);
        case Role::Named: return named(f, key);
        case Role::Function: return functionPart(key);
        }
        return false;
    }

    bool canShow(const Frame& container) const
    {
        return container.shown < b_.maxShown && doc_.tree.size() < b_.maxNodes && container.depth < b_.maxNodeDepth
            && stack_.size() + 1 < kMaxFrames;
    }

    // The first time `name` is seen in `f`; false when it was seen before.
    static bool firstTime(Frame& f, std::string name)
    {
        for (const std::string& s : f.seen)
            if (s == name)
                return false;
        f.seen.push_back(std::move(name));
        return true;
    }

    bool entry(Frame& f, std::string_view key)
    {
        if (s_[at_] == '{' && canShow(f)) {
            ++f.count;
            ++f.shown;
            StrId label = kNoStr;
            if (f.object) {
                std::string name = text(key, kMaxKeyBytes);
                label = doc_.tree.addString(name);
                if (!firstTime(f, std::move(name)))
                    return false;
            }
            return openNode(f.node, label, f.depth + 1);
        }
        if (s_[at_] != '{') { // not a node: the full read says what is wrong
            ++f.count;
            return skipValue();
        }
        if ((f.count & 0xfff) == 0 && cancelled())
            return false;
        // Past what is shown: the rest of the container in one pass, counted.
        std::uint64_t rest = 0;
        at_ = scanToClose(s_, at_, 1, o_.limits.maxDepth, &rest, o_.cancel, &reached_);
        if (at_ == kNpos)
            return false;
        f.count += rest;
        return closeFrame();
    }

    bool named(Frame& f, std::string_view key)
    {
        std::string name = text(key, kMaxKeyBytes);
        const StrId label = doc_.tree.intern(name);
        if (!firstTime(f, std::move(name)))
            return false;
        if (s_[at_] == '{' && canShow(f)) {
            ++f.shown;
            return openNode(f.node, label, f.depth + 1);
        }
        return skipValue();
    }

    // A member of a FunctionNode's content: the name's parts go to the node.
    bool functionPart(std::string_view key)
    {
        Frame& node = stack_[stack_.size() - 2];
        if (s_[at_] != '"' || (key != "module_path" && key != "function"))
            return skipValue();
        if (!firstTime(stack_.back(), std::string(key)))
            return false;
        const auto raw = rawString();
        if (!raw)
            return false;
        (key == "function" ? node.functionName : node.functionModule) = text(*raw, kMaxNameBytes);
        return true;
    }

    bool nodeMember(Frame& f, std::string_view key)
    {
        const char c = s_[at_];
        const bool root = stack_.size() == 1;
        if (isOneOf(key, {"__class__", "__module__", "__loader__", "content", "protocol", "_skops_version"})
            && !firstTime(f, std::string(key)))
            return false;
        if (c == '"') {
            const auto raw = rawString();
            if (!raw)
                return false;
            if (key == "__class__")
                f.cls = text(*raw, kMaxNameBytes);
            else if (key == "__module__")
                f.module = text(*raw, kMaxNameBytes);
            else if (key == "__loader__")
                f.loader = text(*raw, kMaxNameBytes);
            else if (key == "content") {
                f.content = text(*raw, b_.maxTextBytes + 2);
                f.textContent = true;
            } else if (key == "_skops_version" && root)
                doc_.producer = "skops " + text(*raw, kMaxNameBytes);
            return true;
        }
        if (c == '{' || c == '[')
            return key == "content" ? content(f) : skipContainer();
        const std::size_t start = at_;
        if (!skipScalar())
            return false;
        if (key == "protocol" && root) {
            // As the full reader decides it (0, 1 or 2 as Python compares; else 2).
            const std::string_view v = s_.substr(start, at_ - start);
            double d = -1;
            if (v == "true" || v == "false")
                protocol_ = v == "true" ? 1 : 0;
            else if (readDecimal(v, d) == v.size() && (d == 0 || d == 1 || d == 2))
                protocol_ = static_cast<int>(d);
        }
        return true;
    }

    // A node's "content" that is a container: entered when the loader says
    // what it holds and the outline has room; else stepped over and stood for
    // by one row.
    bool content(Frame& f)
    {
        const char c = s_[at_];
        const std::string_view l = f.loader;
        Role role = Role::Node;
        std::string_view label;
        bool known = true;
        if (c == '{' && l == "DictNode")
            role = Role::Entries;
        else if (c == '[' && isOneOf(l, {"ListNode", "TupleNode", "SetNode", "NdArrayNode"}))
            role = Role::Items;
        else if (c == '{'
                 && isOneOf(l,
                            {"ObjectNode", "RandomStateNode", "TreeNode", "LossNode", "SGDNode", "QuantileForestNode"}))
            label = "state";
        else if (c == '{' && l == "ConstructorFromReduceNode")
            label = "args";
        else if (c == '{'
                 && isOneOf(
                     l,
                     {"PartialNode", "DefaultDictNode", "DictWithDeprecatedKeysNode", "MaskedArrayNode", "MethodNode"}))
            role = Role::Named;
        else if (c == '{' && l == "FunctionNode")
            role = Role::Function;
        else
            known = false;
        if (known && f.depth < b_.maxNodeDepth && doc_.tree.size() < b_.maxNodes && stack_.size() + 1 < kMaxFrames) {
            if (!label.empty())
                return openNode(f.node, doc_.tree.intern(label), f.depth + 1);
            Frame inner;
            inner.role = role;
            inner.object = c == '{';
            inner.depth = f.depth;
            inner.node = f.node;
            ++at_;
            stack_.push_back(std::move(inner));
            return true;
        }
        std::uint64_t children = 0;
        if (!skipContainer(&children))
            return false;
        if (known) // counted when every member is a node
            addRest(f.node, role == Role::Entries || role == Role::Items ? children : 0);
        return true;
    }

    // At a '{': a node row under `parent` (the root when kNoNode).
    bool openNode(NodeId parent, StrId label, unsigned depth)
    {
        if (stack_.size() >= kMaxFrames)
            return false;
        ObjectTree& t = doc_.tree;
        const NodeId n = t.add(Kind::Object);
        if (parent == kNoNode)
            t.root = n;
        else
            t.addChild(parent, n, label);
        Frame f;
        f.role = Role::Node;
        f.depth = depth;
        f.node = n;
        ++at_;
        stack_.push_back(std::move(f));
        return true;
    }

    void addRest(NodeId parent, std::uint64_t count)
    {
        ObjectTree& t = doc_.tree;
        const NodeId rest = t.add(Kind::Opaque);
        t.node(rest).value.u = count;
        t.addChild(parent, rest, t.intern("\xE2\x80\xA6"));
    }

    bool closeFrame()
    {
        Frame f = std::move(stack_.back());
        stack_.pop_back();
        if (f.role == Role::Node)
            finishNode(f);
        else if ((f.role == Role::Entries || f.role == Role::Items) && f.count > f.shown)
            addRest(f.node, f.count - f.shown);
        return true;
    }

    void finishNode(const Frame& f)
    {
        ObjectTree& t = doc_.tree;
        if (!f.module.empty() || !f.cls.empty())
            t.node(f.node).type = t.intern(f.module + "." + f.cls);
        // Protocol 0's FunctionNode is named by its content (known once the protocol is).
        const StrId function = f.functionModule.empty() && f.functionName.empty()
            ? kNoStr
            : t.intern(f.functionModule + "." + f.functionName);
        loaders_.push_back({f.node, t.intern(f.loader), function});
        if (f.loader == "JsonNode")
            setJsonValue(f.node, f.textContent ? std::string_view(f.content) : std::string_view("null"));
    }

    // A JsonNode's content: the JSON text of a primitive.
    void setJsonValue(NodeId n, std::string_view v)
    {
        ObjectTree& t = doc_.tree;
        Node& node = t.node(n);
        const auto typed = [&](Kind k, std::string_view type) {
            node.kind = k;
            node.type = t.intern(type);
        };
        if (v.empty() || v == "null") {
            typed(Kind::None, "builtins.NoneType");
        } else if (v == "true" || v == "false") {
            typed(Kind::Bool, "builtins.bool");
            node.value.i = v == "true";
        } else if (v.front() == '"') {
            const std::size_t end = v.size() > 1 && v.back() == '"' ? v.size() - 1 : v.size();
            const std::string s = decodeJsonString(v.substr(1, end - 1), b_.maxTextBytes);
            const StrId id = t.addString(s);
            Node& again = t.node(n); // addString does not move nodes, but stay safe
            again.kind = Kind::Str;
            again.type = t.intern("builtins.str");
            t.setStrValue(n, id);
        } else {
            std::int64_t i = 0;
            const auto r = std::from_chars(v.data(), v.data() + v.size(), i);
            double d = 0;
            if (r.ptr == v.data() + v.size() && r.ec == std::errc()) {
                typed(Kind::Int, "builtins.int");
                node.value.i = i;
            } else if (r.ptr == v.data() + v.size() && r.ec == std::errc::result_out_of_range) {
                typed(Kind::BigInt, "builtins.int");
                t.setStrValue(n, t.addString(v));
            } else if (readDecimal(v, d) == v.size()) {
                typed(Kind::Float, "builtins.float");
                node.value.f = d;
            } else {
                typed(Kind::Str, "builtins.str");
                t.setStrValue(n, t.addString(v));
            }
        }
    }

    void finish()
    {
        ObjectTree& t = doc_.tree;
        for (const auto& [n, name, function] : loaders_) {
            const Loader l = loaderFromSchemaName(t.str(name), protocol_);
            Node& node = t.node(n);
            node.loader = l;
            if (l == Loader::FunctionNodeV0)
                node.type = function;
            if (l != Loader::JsonNode)
                node.kind = nodeKindOf(l);
        }
        doc_.format = "skops";
        doc_.protocol = protocol_;
        doc_.outline = true;
    }

    std::string_view s_;
    const OpenOptions& o_;
    OutlineBounds b_;
    const Reached& reached_;
    std::size_t lastReached_ = 0;
    std::size_t at_ = 0;
    std::vector<Frame> stack_;
    struct Pending {
        NodeId node;
        StrId loader;
        StrId function; // a FunctionNode's content name (protocol 0)
    };
    std::vector<Pending> loaders_; // resolved once the protocol is known
    int protocol_ = 2;
    Document doc_;
};

} // namespace

std::size_t skipJsonContainer(std::string_view text, std::size_t at, std::uint32_t maxDepth, std::uint64_t* children)
{
    if (at >= text.size() || (text[at] != '{' && text[at] != '['))
        return kNpos;
    return scanToClose(text, at, 0, maxDepth, children, nullptr);
}

std::optional<Document> outlineSkopsSchema(std::string_view schema, const OpenOptions& options,
                                           const OutlineBounds& bounds, const Reached& reached)
{
    try {
        return Outliner(schema, options, bounds, reached).run();
    } catch (const std::bad_alloc&) {
        return std::nullopt; // the full read meets the same limits and says so
    }
}

std::jthread outlineInBackground(const FileHandlePtr& file, const OpenOptions& options, const OutlineBounds& bounds)
{
    if (!options.onOutline || !file || file->size() < options.outlineMinBytes || file->size() == 0)
        return {};
    const auto work = [file, &options, bounds] {
        void* map = ::mmap(nullptr, file->size(), PROT_READ, MAP_PRIVATE, file->fd(), 0);
        if (map == MAP_FAILED)
            return;
        try {
            const std::string_view bytes(static_cast<const char*>(map), file->size());
            const std::optional<StoredMember> schema = locateStoredSchema(bytes, options.limits);
            if (schema && schema->size >= options.outlineMinBytes) {
                // The schema's pages are mapped a window ahead of the scan, in
                // one call each (a fault per page cost as much as the scan),
                // and dropped behind it: the mapping never holds 351 MB at once.
                const std::uint64_t page = static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
                std::uint64_t dropped = schema->offset / page * page, mapped = dropped;
                const std::uint64_t end = schema->offset + schema->size;
                char* const base = static_cast<char*>(map);
                const Reached window = [&](std::size_t reached) {
                    const std::uint64_t at = schema->offset + reached;
                    if (const std::uint64_t behind = at > page ? (at - page) / page * page : 0; behind > dropped) {
                        ::madvise(base + dropped, behind - dropped, MADV_DONTNEED);
                        dropped = behind;
                    }
                    const std::uint64_t ahead = std::min(end, at + 2 * kReachedStep);
                    if (ahead > mapped) {
                        const std::uint64_t from = std::max(mapped, at / page * page);
                        ::madvise(base + from, ahead - from, kPopulateRead); // advice only: faults do the rest
                        mapped = ahead;
                    }
                };
                window(0);
                std::optional<Document> outline = outlineSkopsSchema(bytes.substr(schema->offset, schema->size),
                                                                     options, bounds, window);
                if (outline) {
                    outline->path = file->path();
                    options.onOutline(std::move(*outline));
                }
            }
        } catch (const std::exception&) { // no outline; the full read has its own say
        }
        ::munmap(map, file->size());
    };
    try {
        return std::jthread(work);
    } catch (const std::system_error&) {
        return {};
    }
}

} // namespace skopos
