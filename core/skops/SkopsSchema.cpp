#include "skops/SkopsSchema.h"

#include "io/ArrayReader.h"
#include "io/ElementLayout.h"
#include "io/SubRangeDevice.h"
#include "npy/NpyHeader.h"
#include "tree/DecimalText.h"
#include "tree/Error.h"
#include "tree/Prefetch.h"

#include <QBuffer>
#include <QByteArray>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <memory>
#include <random>
#include <unordered_map>

namespace skopos {

namespace {

using Id = SchemaJson::Id;

// The __id__ memo: __id__ (never 0; 0 means "none") -> node. Flat open
// addressing, a slot holding key and node together (one cache miss a lookup):
// a 400,000-term vocabulary has 800,000 ids, which a node-based map held in
// ~32 MB. Seeded, so hostile ids cannot be chosen to collide. A slot is three
// 32-bit words, not an int64 and a padded node (12 MB, not 16, at 800,000).
class IdMemo {
public:
    void reserve(std::size_t n)
    {
        std::size_t cap = 1024;
        while (cap < n + n / 4)
            cap *= 2;
        rehash(cap);
    }
    NodeId find(std::int64_t id) const
    {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = slot(id);; i = (i + 1) & mask) {
            const std::int64_t at = slots_[i].id();
            if (at == id)
                return slots_[i].node;
            if (at == 0)
                return kNoNode;
        }
    }
    // The builder knows a later sibling's id while it builds this one.
    void prefetch(std::int64_t id) const { prefetchLine(slots_.data() + slot(id)); }
    void insert(std::int64_t id, NodeId n)
    {
        if ((used_ + 1) * 5 > slots_.size() * 4)
            rehash(slots_.size() * 2);
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = slot(id);
        while (slots_[i].id() != 0 && slots_[i].id() != id)
            i = (i + 1) & mask;
        if (slots_[i].id() == 0)
            ++used_;
        const auto u = static_cast<std::uint64_t>(id);
        slots_[i] = {static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(u >> 32), n};
    }

private:
    struct Slot {
        std::uint32_t low = 0, high = 0; // the id's two halves
        NodeId node = kNoNode;
        std::int64_t id() const { return static_cast<std::int64_t>(static_cast<std::uint64_t>(high) << 32 | low); }
    };
    static_assert(sizeof(Slot) == 12);
    std::size_t slot(std::int64_t id) const
    {
        std::uint64_t h = (static_cast<std::uint64_t>(id) ^ seed_) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 32;
        return static_cast<std::size_t>(h) & (slots_.size() - 1);
    }
    void rehash(std::size_t cap)
    {
        std::vector<Slot> old(cap);
        old.swap(slots_);
        used_ = 0;
        for (const Slot& e : old)
            if (e.id() != 0)
                insert(e.id(), e.node);
    }
    std::vector<Slot> slots_ = std::vector<Slot>(1024);
    std::size_t used_ = 0;
    std::uint64_t seed_ = static_cast<std::uint64_t>(std::random_device{}()) << 17 | 1;
};

class Builder {
public:
    explicit Builder(SchemaContext& ctx) : c_(ctx), j_(ctx.schema), t_(ctx.doc.tree)
    {
        // Room for every node up front: growing a 26 MB node vector by doubling
        // briefly holds both copies (bench/README.md).
        const std::size_t objects = j_.objectCount();
        t_.reserve(objects + objects / 8 + 16, objects + objects / 8 + 16);
        // Objects that repeat an __id__ share a slot (a vocabulary's 400,000
        // key types are one): start at half and let the memo grow if needed.
        // (Sized for all objects, the vocabulary's memo is 38% full instead
        // of 76%: 8 MB more for no time measured, once the probe is prefetched.)
        memo_.reserve(objects / 2);
    }

    void run()
    {
        const Id root = j_.root();
        if (!j_.isObject(root))
            throw ReadError("schema.json is not a JSON object");
        protocol_ = effectiveProtocol(j_.get(root, "protocol"));
        if (j_.encoding() != JsonEncoding::Utf8)
            c_.doc.notes.push_back(std::string("schema.json is ") + jsonEncodingName(j_.encoding())
                                   + " (Python's json.loads decodes it so)");
        c_.doc.protocol = static_cast<int>(protocol_);
        if (auto v = j_.getString(root, "_skops_version"); !v.empty())
            c_.doc.producer = "skops " + std::string(v);
        t_.root = build(root, 0);
    }

private:
    [[noreturn]] void fail(const std::string& why) const { throw ReadError("schema.json: " + why); }

    // The protocol whose loaders skops uses. get_tree looks a loader up by
    // (loader, protocol) in a dict and, when absent, by (loader, PROTOCOL),
    // its current one (2): any value equal to 0, 1 or 2 as Python compares
    // (false == 0, true == 1, 2.0 == 2) picks that protocol's loaders; any
    // other hashable value picks the current ones; a list or an object makes
    // the lookup raise, and so does a missing "protocol" (skops/io/_audit.py,
    // _persist.py).
    std::int64_t effectiveProtocol(Id proto)
    {
        if (proto == SchemaJson::kNone)
            throw ReadError("schema.json has no \"protocol\" (skops raises KeyError)");
        std::int64_t p = -1;
        std::string shown;
        switch (j_.type(proto)) {
        case SchemaJson::Type::Object:
        case SchemaJson::Type::Array:
            throw ReadError("schema.json's \"protocol\" is a JSON container (skops raises TypeError: unhashable type)");
        case SchemaJson::Type::Int:
            p = j_.integer(proto);
            shown = std::to_string(p);
            break;
        case SchemaJson::Type::Bool:
            p = j_.boolean(proto) ? 1 : 0;
            shown = j_.boolean(proto) ? "true" : "false";
            break;
        case SchemaJson::Type::Float: {
            const double d = j_.number(proto);
            if (d == 0.0 || d == 1.0 || d == 2.0)
                p = static_cast<std::int64_t>(d);
            shown = std::to_string(d);
            break;
        }
        case SchemaJson::Type::String:
            shown = "the string \"" + std::string(j_.string(proto).substr(0, 40)) + "\"";
            break;
        case SchemaJson::Type::Null: shown = "null"; break;
        }
        if (p >= 0 && p <= 2) {
            if (j_.type(proto) != SchemaJson::Type::Int)
                c_.doc.notes.push_back("schema.json's protocol " + shown + " is protocol " + std::to_string(p)
                                       + " to skops (Python compares it equal)");
            return p;
        }
        c_.doc.notes.push_back("schema.json's protocol " + shown
                               + " is not one skops has loaders for: skops falls back to its current loaders "
                                 "(protocol 2), and so does this audit");
        return 2;
    }

    std::string_view need(Id state, std::string_view key) const
    {
        const Id v = j_.get(state, key);
        if (!j_.isString(v))
            fail("a node lacks the string field \"" + std::string(key) + "\"");
        return j_.string(v);
    }
    Id needField(Id obj, std::string_view key, const char* what) const
    {
        const Id v = j_.get(obj, key);
        if (v == SchemaJson::kNone)
            fail(std::string(what) + " lacks \"" + std::string(key) + "\"");
        return v;
    }
    Id content(Id state, const char* loader)
    {
        const Id v = field(state, FieldContent);
        if (v == SchemaJson::kNone)
            fail(std::string(loader) + " lacks \"content\"");
        return v;
    }

    NodeId build(Id state, unsigned depth)
    {
        if (depth > c_.options.limits.maxDepth)
            fail("objects nested deeper than the limit of " + std::to_string(c_.options.limits.maxDepth));
        if (!j_.isObject(state))
            fail("expected a node (a JSON object) but found another value");
        if (t_.size() >= c_.options.limits.maxNodes)
            fail("more nodes than the limit of " + std::to_string(c_.options.limits.maxNodes));
        if ((++built_ & 0xffff) == 0 && c_.options.cancelled())
            throw Cancelled();

        // The __id__ memo: a state whose id was seen is that same node.
        const ShapeFields& fields = fieldsOf(state);
        std::int64_t savedId = 0;
        if (const Id idv = fieldAt(state, fields, FieldId);
            idv != SchemaJson::kNone && j_.type(idv) == SchemaJson::Type::Int)
            savedId = j_.integer(idv);
        if (savedId) {
            if (const NodeId seen = memo_.find(savedId); seen != kNoNode) {
                t_.node(seen).flags |= FlagSharedRef;
                return seen;
            }
        }

        const Id loaderV = fieldAt(state, fields, FieldLoader);
        if (!j_.isString(loaderV))
            fail("a node lacks the string field \"__loader__\"");
        const std::string_view loaderName = j_.string(loaderV);
        Loader loader = loaderFor(loaderV);
        const Id moduleV = fieldAt(state, fields, FieldModule), clsV = fieldAt(state, fields, FieldClass);
        const std::string_view module = j_.string(moduleV);
        const std::string_view cls = j_.string(clsV);
        const auto typeName = [&] { return std::string(module) + "." + std::string(cls); };
        if (loader == Loader::None)
            throw ReadError("Can't find loader " + std::string(loaderName) + " for type " + typeName()
                            + " and protocol " + std::to_string(protocol_)
                            + " (the file needs a newer or different skops)");
        if (loader == Loader::CachedNode) {
            // An id seen before was resolved above, before the loader was
            // read (skops' get_tree does the same). Reaching here, the id is
            // unknown so far: skops then keeps a CachedNode of the declared
            // type with no children and an empty trusted list, so the type
            // is reported. It is not memoized (skops passes memoize=False).
            const NodeId cached = t_.add(Kind::Object, typeId(moduleV, clsV, module, cls), loader);
            t_.setRawOffset(cached, j_.objectOffset(state));
            return cached;
        }
        StrId type;
        if (loader == Loader::FunctionNodeV0) {
            const Id ct = content(state, "FunctionNode");
            type = t_.intern(std::string(need(ct, "module_path")) + "." + std::string(need(ct, "function")));
        } else {
            type = typeId(moduleV, clsV, module, cls);
        }
        if (!loaderInfo(loader).removedNote.empty()) {
            noteOnce(std::string(loaderInfo(loader).removedNote));
            c_.doc.skopsAuditFailure = "TypeError: Can't find loader " + std::string(loaderName) + " for type "
                + std::string(t_.str(type)) + " and protocol " + std::to_string(protocol_);
        }

        const NodeId n = t_.add(nodeKindOf(loader), type, loader);
        t_.setRawOffset(n, j_.objectOffset(state)); // the node's place in schema.json (views)
        if (savedId)
            memo_.insert(savedId, n); // before children: cycles resolve to this node
        fill(n, loader, state, module, cls, depth);
        return n;
    }

    // Starts loading the memo slot of a state about to be built: in a
    // 400,000-entry dict every lookup is otherwise a wait on memory. Building
    // one small sibling may take less time than a miss, so the slot asked for
    // is that of the sibling kMemoAhead places on. (Measured only with this
    // distance: the probe fell from 16% to 8-10% of `untrusted` on vocab.skops
    // once the prefetch was a real instruction, see tree/Prefetch.h.)
    static constexpr std::uint32_t kMemoAhead = 8;
    // Dicts of at least this many keys hand back their built values
    // (SchemaJson::dropBuilt; smaller ones are not worth the look).
    static constexpr std::uint32_t kDropFrom = 4096;
    void prefetchMemo(Id state)
    {
        const Id idv = field(state, FieldId);
        if (idv != SchemaJson::kNone && j_.type(idv) == SchemaJson::Type::Int)
            memo_.prefetch(j_.integer(idv));
    }

    // module.class as a tree string: equal string ids are equal text, so a
    // (module, class) pair of ids names one type; 400,000 JsonNodes cost one
    // concatenation, not 400,000. (Equal short values may have two ids: then
    // two entries name the same tree string.)
    StrId typeId(Id moduleV, Id clsV, std::string_view module, std::string_view cls)
    {
        const std::uint64_t key = (static_cast<std::uint64_t>(j_.stringId(moduleV)) << 32) | j_.stringId(clsV);
        if (lastType_ != kNoStr && key == lastTypeKey_) // siblings are mostly of one type
            return lastType_;
        if (auto it = types_.find(key); it != types_.end()) {
            lastTypeKey_ = key;
            lastType_ = it->second;
            return it->second;
        }
        std::string name;
        name.reserve(module.size() + 1 + cls.size());
        name.append(module).append(".").append(cls);
        const StrId id = t_.intern(name);
        types_.emplace(key, id);
        return id;
    }

    // The few builtins type names JsonNodes take, interned once per name.
    enum Builtin { BuiltinNone, BuiltinBool, BuiltinStr, BuiltinInt, BuiltinFloat, BuiltinCount };
    StrId builtinType(Builtin b)
    {
        static constexpr std::string_view names[BuiltinCount] = {"builtins.NoneType", "builtins.bool", "builtins.str",
                                                                 "builtins.int", "builtins.float"};
        if (builtinTypes_[b] == kNoStr)
            builtinTypes_[b] = t_.intern(names[b]);
        return builtinTypes_[b];
    }

    Loader loaderFor(Id loaderV)
    {
        const std::uint32_t sid = j_.stringId(loaderV);
        if (sid == lastLoaderStr_)
            return lastLoader_;
        if (auto it = loaders_.find(sid); it != loaders_.end())
            return it->second;
        const Loader l = loaderFromSchemaName(j_.string(loaderV), static_cast<int>(protocol_));
        loaders_.emplace(sid, l);
        lastLoaderStr_ = sid;
        lastLoader_ = l;
        return l;
    }

    void child(NodeId parent, Id state, std::string_view label, unsigned depth)
    {
        t_.addChild(parent, build(state, depth + 1), label);
    }

    void children(NodeId parent, Id array, unsigned depth)
    {
        if (!j_.isArray(array))
            fail("a container's \"content\" is not a list");
        for (std::uint32_t i = 0; i < j_.size(array); ++i) {
            if (i + kMemoAhead < j_.size(array))
                prefetchMemo(j_.at(array, i + kMemoAhead));
            t_.addChild(parent, build(j_.at(array, i), depth + 1));
        }
        if (j_.size(array) >= kDropFrom) // a vocabulary's key_types: not read again
            j_.dropContainer(array);
    }

    void fill(NodeId n, Loader loader, Id state, std::string_view module, std::string_view cls, unsigned depth)
    {
        switch (loader) {
        case Loader::DictNode: {
            // skops builds key_types first, then the values: keep that order.
            const NodeId keyTypes = build(needField(state, "key_types", "DictNode"), depth + 1);
            t_.node(keyTypes).flags |= FlagHidden;
            t_.addChild(n, keyTypes, "key_types");
            const Id ct = content(state, "DictNode");
            if (!j_.isObject(ct))
                fail("DictNode \"content\" is not an object");
            // A big dict's values are not read again once built: their part
            // of the parsed schema is handed back as the tree grows.
            SchemaJson::Sweep sweep;
            const bool drop = j_.size(ct) >= kDropFrom;
            for (std::uint32_t i = 0; i < j_.size(ct); ++i) {
                if (i + kMemoAhead < j_.size(ct))
                    prefetchMemo(j_.at(ct, i + kMemoAhead));
                t_.addChild(n, build(j_.at(ct, i), depth + 1), t_.addString(j_.keyAt(ct, i)));
                if (drop)
                    j_.dropBuilt(ct, i, sweep);
            }
            if (drop)
                j_.dropContainer(ct);
            break;
        }
        case Loader::DefaultDictNode:
        case Loader::DictWithDeprecatedKeysNode: {
            const Id ct = content(state, "DefaultDictNode");
            child(n, needField(ct, "main", "DefaultDictNode content"), "main", depth);
            const char* second = loader == Loader::DefaultDictNode ? "default_factory" : "_deprecated_key_to_new_key";
            child(n, needField(ct, second, "content"), second, depth);
            break;
        }
        case Loader::ListNode:
        case Loader::SetNode:
        case Loader::TupleNode: children(n, content(state, "container"), depth); break;
        case Loader::BytesNode:
        case Loader::BytearrayNode: {
            const std::string member(need(state, "file"));
            const ZipEntry* e = c_.zip.find(member);
            if (!e)
                fail("BytesNode refers to member \"" + member + "\" that the archive does not have");
            ArrayInfo a;
            a.descr = "|u1";
            a.shape = {static_cast<std::int64_t>(e->size)};
            a.itemsize = 1;
            a.where = Where::ZipMember;
            a.source = member;
            a.length = e->size;
            a.compressed = !e->stored;
            t_.attachArray(n, std::move(a));
            break;
        }
        case Loader::SliceNode: {
            const Id ct = content(state, "SliceNode");
            for (const char* k : {"start", "stop", "step"})
                t_.addChild(n, jsonValue(j_.get(ct, k), depth), k);
            break;
        }
        case Loader::MethodNode: {
            const Id ct = content(state, "MethodNode");
            const NodeId obj = build(needField(ct, "obj", "MethodNode content"), depth + 1);
            // CVE-2025-54413: the owner must be of the type the node claims.
            const std::string claimed = std::string(module) + "." + std::string(cls);
            if (t_.typeName(obj) != claimed)
                throw ReadError("MethodNode claims type " + claimed + " but its object is of type "
                                + std::string(t_.typeName(obj)) + ": a corrupted or malicious file");
            const std::string func(need(ct, "func"));
            t_.setStrValue(n, t_.addString(func));
            t_.addChild(n, obj, "obj");
            t_.addChild(n, t_.addGlobal(claimed + "." + func, Loader::MethodName), "func");
            break;
        }
        case Loader::PartialNode: {
            const Id ct = content(state, "PartialNode");
            for (const char* k : {"func", "args", "kwds", "namespace"})
                child(n, needField(ct, k, "PartialNode content"), k, depth);
            break;
        }
        case Loader::ConstructorFromReduceNode:
            child(n, content(state, "ConstructorFromReduceNode"), "args", depth);
            break;
        case Loader::ObjectNode: {
            const Id ct = j_.get(state, "content");
            if (ct != SchemaJson::kNone && j_.type(ct) != SchemaJson::Type::Null)
                child(n, ct, "state", depth);
            break;
        }
        case Loader::JsonNode: fillJson(n, state); break;
        case Loader::OperatorFuncNode:
            // CVE-2025-54412: audited as module.class, built as operator.<class>.
            if (module != "operator")
                throw ReadError("OperatorFuncNode expects module 'operator' but names '" + std::string(module)
                                + "': a corrupted or malicious file");
            child(n, needField(state, "attrs", "OperatorFuncNode"), "attrs", depth);
            break;
        case Loader::NdArrayNode: fillArray(n, state, depth); break;
        case Loader::MaskedArrayNode: {
            const Id ct = content(state, "MaskedArrayNode");
            child(n, needField(ct, "data", "MaskedArrayNode content"), "data", depth);
            child(n, needField(ct, "mask", "MaskedArrayNode content"), "mask", depth);
            break;
        }
        case Loader::DTypeNode: {
            const NodeId arr = build(content(state, "DTypeNode"), depth + 1);
            if (const ArrayInfo* a = t_.array(arr))
                t_.setStrValue(n, t_.addString("'" + a->descr + "'"));
            t_.node(arr).flags |= FlagHidden;
            t_.addChild(n, arr, "content");
            break;
        }
        case Loader::RandomStateNode: child(n, content(state, "RandomStateNode"), "state", depth); break;
        case Loader::RandomGeneratorNode: fillGenerator(n, state, depth); break;
        case Loader::SparseMatrixNode: fillSparse(n, state); break;
        case Loader::TreeNode:
        case Loader::LossNode:
        case Loader::SGDNode:
        case Loader::QuantileForestNode: {
            // skops' ReduceNode: children attrs, args, then the constructor type.
            child(n, content(state, "ReduceNode"), "state", depth);
            const Id reduce = needField(state, "__reduce__", "ReduceNode");
            child(n, needField(reduce, "args", "__reduce__"), "args", depth);
            std::string ctor;
            if (loader == Loader::TreeNode)
                ctor = "sklearn.tree._tree.Tree";
            else if (loader == Loader::QuantileForestNode)
                ctor = "quantile_forest._quantile_forest_fast.QuantileForest";
            else
                ctor = std::string(module) + "." + std::string(cls);
            const NodeId g = t_.addGlobal(ctor, Loader::TypeNode);
            t_.node(g).flags |= FlagHidden;
            t_.addChild(n, g, "constructor");
            if (loader == Loader::QuantileForestNode)
                noteOnce("skops needs the quantile_forest package installed to load this file");
            break;
        }
        case Loader::FunctionNode:
        case Loader::FunctionNodeV0:
        case Loader::TypeNode:
        default: break;
        }
    }

    // JsonNode: "content" is the JSON text of a primitive (json.dumps output,
    // which may say NaN / Infinity and hold integers of any size).
    void fillJson(NodeId n, Id state)
    {
        const std::string_view text = j_.string(field(state, FieldContent));
        const auto setPrim = [&](NodeId prim) {
            // Copy the primitive's value into this node, keeping loader JsonNode.
            const Node p = t_.node(prim);
            Node& me = t_.node(n);
            me.kind = p.kind;
            me.type = p.type;
            me.value = p.value;
            me.flags |= p.flags & FlagStrValue;
        };
        if (text.empty() || text == "null") {
            Node& me = t_.node(n);
            me.kind = Kind::None;
            me.type = builtinType(BuiltinNone);
            return;
        }
        if (text == "true" || text == "false") {
            Node& me = t_.node(n);
            me.kind = Kind::Bool;
            me.type = builtinType(BuiltinBool);
            me.value.i = text == "true";
            return;
        }
        if (text.front() == '"') {
            // Read as json.loads reads it (lone surrogates included); a bad
            // content fails skops' load, not its audit, so it is kept as text.
            std::string s;
            try {
                const SchemaJson v = SchemaJson::parse(text, 2);
                if (!v.isString(v.root()) || text.substr(0, 3) == "\xEF\xBB\xBF")
                    throw ReadError("not a JSON string");
                s = v.string(v.root());
            } catch (const ReadError&) {
                s = std::string(text);
                noteOnce("a JsonNode's content is not a JSON string: skops' audit passes it, its load fails");
            }
            Node& me = t_.node(n);
            me.kind = Kind::Str;
            me.type = builtinType(BuiltinStr);
            t_.setStrValue(n, t_.addString(s));
            return;
        }
        if (isInteger(text)) {
            std::int64_t v = 0;
            const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
            if (r.ec == std::errc::result_out_of_range) {
                Node& me = t_.node(n);
                me.kind = Kind::BigInt;
                me.type = builtinType(BuiltinInt);
                t_.setStrValue(n, t_.addString(text));
            } else {
                Node& me = t_.node(n);
                me.kind = Kind::Int;
                me.type = builtinType(BuiltinInt);
                me.value.i = v;
            }
            return;
        }
        double d = 0;
        if (readDecimal(text, d) == 0)
            setPrim(t_.addStr(text)); // not JSON we know: keep the text
        else {
            Node& me = t_.node(n);
            me.kind = Kind::Float;
            me.type = builtinType(BuiltinFloat);
            me.value.f = d;
        }
    }

    static bool isInteger(std::string_view s)
    {
        std::size_t i = (!s.empty() && s[0] == '-') ? 1 : 0;
        if (i >= s.size())
            return false;
        for (; i < s.size(); ++i)
            if (s[i] < '0' || s[i] > '9')
                return false;
        return true;
    }

    // A raw JSON value (slice bounds, protocol-0 generator state) as neutral nodes.
    NodeId jsonValue(Id v, unsigned depth)
    {
        if (depth > c_.options.limits.maxDepth)
            fail("values nested deeper than the limit");
        if (v == SchemaJson::kNone)
            return t_.addNone();
        switch (j_.type(v)) {
        case SchemaJson::Type::Null: return t_.addNone();
        case SchemaJson::Type::Bool: return t_.addBool(j_.boolean(v));
        case SchemaJson::Type::Int: return t_.addInt(j_.integer(v));
        case SchemaJson::Type::Float: return t_.addFloat(j_.number(v));
        case SchemaJson::Type::String: return t_.addStr(j_.string(v));
        case SchemaJson::Type::Array: {
            const NodeId l = t_.add(Kind::List, t_.intern("builtins.list"));
            for (std::uint32_t i = 0; i < j_.size(v); ++i)
                t_.addChild(l, jsonValue(j_.at(v, i), depth + 1));
            return l;
        }
        case SchemaJson::Type::Object: {
            const NodeId d = t_.add(Kind::Dict, t_.intern("builtins.dict"));
            for (std::uint32_t i = 0; i < j_.size(v); ++i)
                t_.addChild(d, jsonValue(j_.at(v, i), depth + 1), t_.addString(j_.keyAt(v, i)));
            return d;
        }
        }
        return t_.addNone();
    }

    void fillArray(NodeId n, Id state, unsigned depth)
    {
        const std::string_view type = need(state, "type");
        if (type == "numpy") {
            const std::string member(need(state, "file"));
            ArrayInfo a = c_.npyInfo(member);
            const bool scalar = c_.options.scalarValues && a.shape.empty() && a.where == Where::ZipMember
                && a.length > 0 && a.length <= 32;
            const std::uint64_t at = a.offset, length = a.length;
            const std::string descr = a.descr;
            t_.attachArray(n, std::move(a));
            // A numpy scalar (skops writes np.float64(0.5) as a 0-d .npy): its
            // few bytes follow the header just read, so its value is shown.
            if (scalar) {
                const SimpleDType dt = parseSimpleDType(descr);
                if (dt.valid() && !dt.isText() && static_cast<std::uint64_t>(dt.size) == length) {
                    // The value is a nicety: a member that does not inflate
                    // leaves it out, as the preview would say, not the file.
                    try {
                        const std::string bytes = c_.zip.readPrefix(member, at + length);
                        if (bytes.size() == at + length)
                            t_.setScalarText(n, formatScalar(dt, bytes.data() + at));
                    } catch (const ReadError&) {
                    }
                }
            }
        } else if (type == "json") {
            ArrayInfo a;
            a.descr = "|O";
            a.where = Where::Children;
            const Id ct = content(state, "NdArrayNode");
            children(n, ct, depth);
            const NodeId shape = build(needField(state, "shape", "NdArrayNode"), depth + 1);
            t_.node(shape).flags |= FlagHidden;
            t_.addChild(n, shape, "shape");
            for (auto e = t_.firstEdge(shape); e != ObjectTree::kEnd; e = t_.edge(e).next) {
                const Node& d = t_.node(t_.edge(e).child);
                if (d.kind == Kind::Int)
                    a.shape.push_back(d.value.i);
            }
            a.itemsize = 8;
            t_.attachArray(n, std::move(a));
        } else {
            fail("NdArrayNode has unknown type \"" + std::string(type) + "\"");
        }
    }

    void fillGenerator(NodeId n, Id state, unsigned depth)
    {
        const Id ct = content(state, "RandomGeneratorNode");
        const Id bitgen = needField(ct, "bit_generator", "RandomGeneratorNode content");
        if (protocol_ == 0) {
            // Protocol 0 stored the bit generator state as a raw dict; current
            // skops' audit calls get_unsafe_set on its strings and fails.
            t_.addChild(n, jsonValue(bitgen, depth + 1), "bit_generator_state");
            c_.doc.skopsAuditFailure = "AttributeError: 'str' object has no attribute 'get_unsafe_set'";
            noteOnce("protocol-0 generator state: current skops cannot audit or load this file; "
                     "skops 0.4 to 0.9 load it with trusted=True");
            return;
        }
        child(n, bitgen, "bit_generator_state", depth);
        // Protocol 1's loader (skops/io/old/_numpy_v1.py) reads the bit
        // generator only; the current one needs the seed sequence too.
        if (protocol_ != 1)
            child(n, needField(ct, "seed_seq", "RandomGeneratorNode content"), "seed_seq_state", depth);
    }

    void fillSparse(NodeId n, Id state)
    {
        if (j_.getString(state, "type") != "scipy")
            throw ReadError("Cannot load object of type " + std::string(t_.typeName(n))
                            + " (sparse type is not \"scipy\")");
        const std::string member(need(state, "file"));
        const ZipEntry* e = c_.zip.find(member);
        if (!e)
            fail("SparseMatrixNode refers to member \"" + member + "\" that the archive does not have");
        // Open the .npz in place when stored; inflate it (bounded) otherwise.
        std::unique_ptr<QIODevice> dev;
        std::string bytes;
        QByteArray inflated;
        if (e->stored) {
            const auto off = c_.zip.dataOffset(member);
            dev = std::make_unique<SubRangeDevice>(QString::fromStdString(c_.doc.path), static_cast<qint64>(off),
                                                   static_cast<qint64>(e->size));
        } else {
            // Deflated: inflate once, with the same bomb checks as schema.json,
            // and let the buffer device see the bytes in place (no second copy).
            bytes = c_.zip.read(member, c_.options.limits.maxSchemaBytes, c_.options.limits.maxSchemaRatio);
            inflated = QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size()));
            dev = std::make_unique<QBuffer>(&inflated);
        }
        ZipArchive npz(dev.get(), "member " + member, c_.options.limits);
        for (const auto& entry : npz.entries()) {
            const struct {
                std::string name;
                bool stored;
            } m{std::string(entry.name), entry.stored};
            NpyHeader h;
            try {
                h = readNpyHeader([&](std::uint64_t n) { return npz.readPrefix(m.name, n); }, c_.options.limits);
            } catch (const ReadError& err) {
                throw ReadError("member " + member + ", array " + m.name + ": " + err.what());
            }
            ArrayInfo a = h.toArrayInfo(Where::ZipMember, member + "/" + m.name);
            a.compressed = !e->stored || !m.stored;
            std::string label = m.name;
            if (label.size() > 4 && label.compare(label.size() - 4, 4, ".npy") == 0)
                label.resize(label.size() - 4);
            if (label == "format" && h.dataLength > 0 && h.dataLength <= 16) {
                const std::string all = npz.readPrefix(m.name, h.dataOffset + h.dataLength);
                if (all.size() == h.dataOffset + h.dataLength) {
                    std::string fmt = all.substr(static_cast<std::size_t>(h.dataOffset));
                    fmt.erase(fmt.find_last_not_of('\0') + 1);
                    t_.setStrValue(n, t_.addString(fmt));
                }
            }
            // npz members are read by scipy/numpy, not audited by skops: neutral.
            t_.addChild(n, t_.addArray(std::move(a), kNoStr, Loader::None), t_.addString(label));
        }
    }

    void noteOnce(const std::string& note)
    {
        for (const auto& n : c_.doc.notes)
            if (n == note)
                return;
        c_.doc.notes.push_back(note);
    }

    SchemaContext& c_;
    const SchemaJson& j_;
    ObjectTree& t_;
    std::int64_t protocol_ = 0;
    std::uint64_t built_ = 0;
    IdMemo memo_;
    std::unordered_map<std::uint64_t, StrId> types_;    // (module id, class id) -> type name
    std::uint64_t lastTypeKey_ = 0;                     // the last types_ entry found, and its name
    StrId lastType_ = kNoStr;                           // (kNoStr: none yet)
    std::unordered_map<std::uint32_t, Loader> loaders_; // __loader__ string id -> loader
    StrId builtinTypes_[BuiltinCount] = {kNoStr, kNoStr, kNoStr, kNoStr, kNoStr};
    // String ids of the keys every node has (SchemaJson::get with a key id).
    // The fields every node has, by shape: where in an object of that shape
    // each one is (schemas have a handful of shapes and 800,000 nodes).
    enum Field { FieldId, FieldLoader, FieldModule, FieldClass, FieldContent, FieldCount };
    struct ShapeFields {
        bool known = false;
        std::uint32_t at[FieldCount] = {};
    };
    std::vector<ShapeFields> shapeFields_;

    // Where each field is in objects of this one's shape (found once per
    // shape; asked twice or three times for every node, so the known case
    // is a look at one vector).
    const ShapeFields& fieldsOf(Id state)
    {
        const std::uint32_t shape = j_.shapeId(state);
        if (shape < shapeFields_.size() && shapeFields_[shape].known)
            return shapeFields_[shape];
        return learnFields(state, shape);
    }
    const ShapeFields& learnFields(Id state, std::uint32_t shape)
    {
        static const ShapeFields none = [] {
            ShapeFields n;
            for (auto& a : n.at)
                a = SchemaJson::kNone;
            return n;
        }();
        if (shape == SchemaJson::kNone)
            return none;
        if (shapeFields_.size() <= shape)
            shapeFields_.resize(j_.shapeCount());
        ShapeFields& sf = shapeFields_[shape];
        static constexpr std::string_view names[FieldCount] = {"__id__", "__loader__", "__module__", "__class__",
                                                               "content"};
        for (int k = 0; k < FieldCount; ++k) {
            sf.at[k] = SchemaJson::kNone;
            for (std::uint32_t i = 0; i < j_.size(state); ++i)
                if (j_.keyAt(state, i) == names[k]) {
                    sf.at[k] = i;
                    break;
                }
        }
        sf.known = true;
        return sf;
    }
    Id fieldAt(Id state, const ShapeFields& sf, Field f) const
    {
        return sf.at[f] == SchemaJson::kNone ? SchemaJson::kNone : j_.at(state, sf.at[f]);
    }
    Id field(Id state, Field f) { return fieldAt(state, fieldsOf(state), f); }
    std::uint32_t lastLoaderStr_ = SchemaJson::kNone;
    Loader lastLoader_ = Loader::None;
};

} // namespace

Kind nodeKindOf(Loader l)
{
    switch (l) {
    case Loader::DictNode:
    case Loader::DefaultDictNode:
    case Loader::DictWithDeprecatedKeysNode: return Kind::Dict;
    case Loader::ListNode: return Kind::List;
    case Loader::SetNode: return Kind::Set;
    case Loader::TupleNode: return Kind::Tuple;
    case Loader::BytesNode: return Kind::Bytes;
    case Loader::BytearrayNode: return Kind::ByteArray;
    case Loader::SliceNode: return Kind::Slice;
    case Loader::FunctionNode:
    case Loader::FunctionNodeV0:
    case Loader::TypeNode: return Kind::Global;
    case Loader::MethodNode: return Kind::Method;
    case Loader::PartialNode: return Kind::Partial;
    case Loader::ConstructorFromReduceNode:
    case Loader::OperatorFuncNode:
    case Loader::TreeNode:
    case Loader::LossNode:
    case Loader::SGDNode:
    case Loader::QuantileForestNode: return Kind::Reduce;
    case Loader::NdArrayNode: return Kind::Array;
    case Loader::DTypeNode: return Kind::DType;
    case Loader::SparseMatrixNode: return Kind::Sparse;
    case Loader::JsonNode: return Kind::None; // refined from the content
    default: return Kind::Object;
    }
}

void buildSkopsTree(SchemaContext& ctx) { Builder(ctx).run(); }

} // namespace skopos
