#include "tree/ObjectTree.h"

#include "tree/PyFloat.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>

namespace skopos {

const char* callViaName(CallVia v)
{
    switch (v) {
    case CallVia::Reduce: return "REDUCE";
    case CallVia::NewObj: return "NEWOBJ";
    case CallVia::NewObjEx: return "NEWOBJ_EX";
    case CallVia::Inst: return "INST";
    case CallVia::Obj: return "OBJ";
    case CallVia::Build: return "BUILD";
    }
    return "?";
}

const char* kindName(Kind k)
{
    switch (k) {
    case Kind::None: return "None";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::BigInt: return "int";
    case Kind::Float: return "float";
    case Kind::Str: return "str";
    case Kind::Bytes: return "bytes";
    case Kind::ByteArray: return "bytearray";
    case Kind::List: return "list";
    case Kind::Tuple: return "tuple";
    case Kind::Set: return "set";
    case Kind::FrozenSet: return "frozenset";
    case Kind::Dict: return "dict";
    case Kind::Object: return "object";
    case Kind::Reduce: return "call";
    case Kind::Global: return "global";
    case Kind::Array: return "array";
    case Kind::DType: return "dtype";
    case Kind::Sparse: return "sparse";
    case Kind::Slice: return "slice";
    case Kind::Method: return "method";
    case Kind::Partial: return "partial";
    case Kind::Persistent: return "persistent";
    case Kind::Buffer: return "buffer";
    case Kind::Opaque: return "opaque";
    }
    return "?";
}

const char* verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Neutral: return "neutral";
    case Verdict::Trusted: return "trusted";
    case Verdict::Untrusted: return "untrusted";
    case Verdict::Dangerous: return "dangerous";
    }
    return "?";
}

static_assert(sizeof(ArrayInfo) <= 56, "a million numpy scalars: see ArrayInfo");

std::int64_t ArrayInfo::elementCount() const
{
    std::int64_t n = 1;
    for (auto d : shape) {
        if (d < 0)
            return -1;
        if (d != 0 && n > std::numeric_limits<std::int64_t>::max() / d)
            return -1;
        n *= d;
    }
    return n;
}

ObjectTree::ObjectTree() = default;

StrId ObjectTree::addString(std::string_view s)
{
    constexpr std::size_t kChunk = 1 << 20;
    const char* where;
    if (s.size() > kChunk / 4) {
        // Big strings get their own chunk so small ones keep packing densely.
        auto big = std::make_unique_for_overwrite<char[]>(s.size() ? s.size() : 1);
        std::memcpy(big.get(), s.data(), s.size());
        where = big.get();
        chunkBytes_ += s.size();
        // Insert before the current chunk so the current one stays last.
        chunks_.insert(chunks_.empty() ? chunks_.end() : chunks_.end() - 1, std::move(big));
    } else {
        if (chunks_.empty() || chunkUsed_ + s.size() > chunkCap_) {
            // Uninitialised, and small at first, growing to 1 MB: a scan of
            // 10,000 tiny pickles zeroed (and faulted in) 1 MB for each tree.
            const std::size_t cap = std::max({kFirstChunk, std::min(kChunk, chunkCap_ * 2), s.size()});
            chunks_.push_back(std::make_unique_for_overwrite<char[]>(cap));
            chunkUsed_ = 0;
            chunkCap_ = cap;
            chunkBytes_ += cap;
        }
        char* dst = chunks_.back().get() + chunkUsed_;
        std::memcpy(dst, s.data(), s.size());
        chunkUsed_ += s.size();
        where = dst;
    }
    strings_.emplace_back(where, static_cast<std::uint32_t>(s.size()));
    return static_cast<StrId>(strings_.size() - 1);
}

StrId ObjectTree::intern(std::string_view s)
{
    if (!internLater_.empty()) {
        // In the order they were handed over: the first of equal texts wins, as it did.
        interned_.reserve(interned_.size() + internLater_.size());
        for (const StrId id : internLater_)
            interned_.emplace(str(id), id);
        std::vector<StrId>().swap(internLater_);
    }
    if (auto it = interned_.find(s); it != interned_.end())
        return it->second;
    const StrId id = addString(s);
    interned_.emplace(str(id), id);
    return id;
}

std::string_view ObjectTree::str(StrId id) const
{
    if (id == kNoStr || id >= strings_.size())
        return {};
    return {strings_[id].first, strings_[id].second};
}

void ObjectTree::reserve(std::size_t nodes, std::size_t edges)
{
    nodes_.reserve(nodes);
    edges_.reserve(edges);
    strings_.reserve(nodes);
    rawOffsets_.reserve(nodes);
    calls_.reserve(nodes / 4); // a call makes a few nodes at least (callable, args, result)
}

NodeId ObjectTree::add(Kind kind, StrId type, Loader loader)
{
    Node n;
    n.kind = kind;
    n.type = type;
    n.loader = loader;
    nodes_.push_back(n);
    return static_cast<NodeId>(nodes_.size() - 1);
}

StrId ObjectTree::builtin(Builtin b)
{
    static constexpr std::string_view names[BCount] = {"builtins.NoneType", "builtins.bool", "builtins.int",
                                                       "builtins.float",    "builtins.str",  "builtins.bytes",
                                                       "builtins.bytearray"};
    if (builtins_[b] == kNoStr)
        builtins_[b] = intern(names[b]);
    return builtins_[b];
}

NodeId ObjectTree::addNone() { return add(Kind::None, builtin(BNone)); }

NodeId ObjectTree::addBool(bool b)
{
    const NodeId n = add(Kind::Bool, builtin(BBool));
    nodes_[n].value.i = b ? 1 : 0;
    return n;
}

NodeId ObjectTree::addInt(std::int64_t v)
{
    const NodeId n = add(Kind::Int, builtin(BInt));
    nodes_[n].value.i = v;
    return n;
}

NodeId ObjectTree::addBigInt(std::string_view decimal)
{
    const NodeId n = add(Kind::BigInt, builtin(BInt));
    setStrValue(n, addString(decimal));
    return n;
}

NodeId ObjectTree::addFloat(double v)
{
    const NodeId n = add(Kind::Float, builtin(BFloat));
    nodes_[n].value.f = v;
    return n;
}

NodeId ObjectTree::addStr(std::string_view s)
{
    const NodeId n = add(Kind::Str, builtin(BStr));
    setStrValue(n, addString(s));
    return n;
}

NodeId ObjectTree::addBytes(std::string_view bytes, Kind kind)
{
    const NodeId n = add(kind, builtin(kind == Kind::ByteArray ? BByteArray : BBytes));
    setStrValue(n, addString(bytes));
    return n;
}

NodeId ObjectTree::addGlobal(std::string_view qualifiedName, Loader loader)
{
    return add(Kind::Global, intern(qualifiedName), loader);
}

NodeId ObjectTree::addArray(ArrayInfo info, StrId type, Loader loader)
{
    const NodeId n = add(Kind::Array, type == kNoStr ? intern("numpy.ndarray") : type, loader);
    arrays_.push_back(std::move(info));
    arrayTexts_.keep(arrays_.back().descr);
    arrayTexts_.keep(arrays_.back().source);
    nodes_[n].value.u = arrays_.size() - 1;
    nodes_[n].flags |= FlagArrayValue;
    return n;
}

void ObjectTree::attachArray(NodeId n, ArrayInfo info)
{
    arrays_.push_back(std::move(info));
    arrayTexts_.keep(arrays_.back().descr);
    arrayTexts_.keep(arrays_.back().source);
    nodes_[n].value.u = arrays_.size() - 1;
    nodes_[n].flags = static_cast<std::uint8_t>((nodes_[n].flags & ~FlagStrValue) | FlagArrayValue);
}

void ObjectTree::addChild(NodeId parent, NodeId child, StrId label)
{
    Edge e;
    e.label = label;
    e.child = child;
    edges_.push_back(e);
    const auto idx = static_cast<std::uint32_t>(edges_.size() - 1);
    Node& p = nodes_[parent];
    if (p.lastEdge == UINT32_MAX)
        p.firstEdge = idx;
    else
        edges_[p.lastEdge].next = idx;
    p.lastEdge = idx;
    ++p.childCount;
}

void ObjectTree::setStrValue(NodeId n, StrId s)
{
    nodes_[n].value.u = s;
    nodes_[n].flags |= FlagStrValue;
}

void ObjectTree::dropNewest(NodeId from, std::uint32_t edgesFrom, StrId str)
{
    if (str != kNoStr && str + 1 == strings_.size() && !chunks_.empty()) {
        // Its characters are given back when they end the current chunk.
        const auto [at, len] = strings_.back();
        if (len <= chunkUsed_ && at == chunks_.back().get() + chunkUsed_ - len)
            chunkUsed_ -= len;
        strings_.pop_back();
    }
    if (from < nodes_.size())
        nodes_.resize(from);
    if (edgesFrom < edges_.size())
        edges_.resize(edgesFrom);
    if (from < rawOffsets_.size())
        rawOffsets_.resize(from);
}

std::string_view ObjectTree::strValue(NodeId n) const
{
    if (!valid(n))
        return {};
    const Node& node = nodes_[n];
    if (!(node.flags & FlagStrValue))
        return {};
    return str(static_cast<StrId>(node.value.u));
}

const ArrayInfo* ObjectTree::array(NodeId n) const
{
    if (!valid(n))
        return nullptr;
    const Node& node = nodes_[n];
    if (!(node.flags & FlagArrayValue) || node.value.u >= arrays_.size())
        return nullptr;
    return &arrays_[node.value.u];
}

ArrayInfo* ObjectTree::array(NodeId n)
{
    return const_cast<ArrayInfo*>(static_cast<const ObjectTree*>(this)->array(n));
}

std::vector<std::pair<StrId, NodeId>> ObjectTree::children(NodeId n) const
{
    std::vector<std::pair<StrId, NodeId>> out;
    if (!valid(n))
        return out;
    out.reserve(nodes_[n].childCount);
    for (auto e = nodes_[n].firstEdge; e != kEnd; e = edges_[e].next)
        out.emplace_back(edges_[e].label, edges_[e].child);
    return out;
}

NodeId ObjectTree::child(NodeId n, std::string_view label) const
{
    for (auto e = firstEdge(n); e != kEnd; e = edges_[e].next)
        if (str(edges_[e].label) == label)
            return edges_[e].child;
    return kNoNode;
}

NodeId ObjectTree::childAt(NodeId n, std::uint32_t index) const
{
    auto e = firstEdge(n);
    for (std::uint32_t i = 0; e != kEnd && i < index; ++i)
        e = edges_[e].next;
    return e == kEnd ? kNoNode : edges_[e].child;
}

namespace {
std::string shorten(std::string s, std::size_t maxLen)
{
    if (s.size() > maxLen && maxLen > 3) {
        s.resize(maxLen - 3);
        s += "...";
    }
    return s;
}

std::string pyRepr(std::string_view s, bool bytes)
{
    std::string out = bytes ? "b'" : "'";
    for (unsigned char c : s) {
        if (c == '\'' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            static const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
        if (out.size() > 4096)
            break;
    }
    out += '\'';
    return out;
}
} // namespace

std::string ObjectTree::valueText(NodeId n, std::size_t maxLen) const
{
    const Node& node = nodes_[n];
    switch (node.kind) {
    case Kind::None: return "None";
    case Kind::Bool: return node.value.i ? "True" : "False";
    case Kind::Int: return std::to_string(node.value.i);
    case Kind::BigInt: return shorten(std::string(strValue(n)), maxLen);
    case Kind::Float: return pyFloatRepr(node.value.f);
    case Kind::Str: return shorten(pyRepr(strValue(n), false), maxLen);
    case Kind::Bytes:
    case Kind::ByteArray: return shorten(pyRepr(strValue(n), true), maxLen);
    case Kind::DType: return shorten("dtype(" + std::string(strValue(n)) + ")", maxLen);
    case Kind::Array: {
        if (const std::string_view v = scalarText(n); !v.empty())
            return shorten(std::string(v), maxLen);
        const ArrayInfo* a = array(n);
        if (!a)
            return {};
        std::string s = a->descr + " (";
        for (std::size_t i = 0; i < a->shape.size(); ++i) {
            if (i)
                s += ", ";
            s += std::to_string(a->shape[i]);
        }
        if (a->shape.size() == 1)
            s += ",";
        s += ")";
        return shorten(s, maxLen);
    }
    default: return {};
    }
}

std::size_t ObjectTree::memoryBytes() const
{
    std::size_t b = nodes_.capacity() * sizeof(Node) + edges_.capacity() * sizeof(Edge)
        + strings_.capacity() * sizeof(strings_[0]) + chunkBytes_ + interned_.size() * 48
        + internLater_.capacity() * sizeof(StrId) + rawOffsets_.capacity() * sizeof(std::uint64_t)
        + calls_.capacity() * sizeof(CallSite);
    b += arrayTexts_.bytes();
    for (const auto& a : arrays_)
        b += sizeof(ArrayInfo) + a.descr.heapBytes() + a.source.heapBytes() + a.shape.heapBytes();
    return b;
}

void ObjectTree::setRawOffset(NodeId n, std::uint64_t offset)
{
    if (!valid(n) || offset == kNoOffset)
        return;
    if (rawOffsets_.size() <= n)
        rawOffsets_.resize(nodes_.size(), kNoOffset);
    rawOffsets_[n] = offset;
}

void ObjectTree::setRawOffsetFrom(NodeId first, std::uint64_t offset)
{
    if (offset == kNoOffset) { // forget: those nodes came from another stream
        if (first < rawOffsets_.size())
            std::fill(rawOffsets_.begin() + first, rawOffsets_.end(), kNoOffset);
        return;
    }
    if (first >= nodes_.size())
        return;
    if (rawOffsets_.size() < nodes_.size())
        rawOffsets_.resize(nodes_.size(), kNoOffset);
    std::fill(rawOffsets_.begin() + first, rawOffsets_.end(), offset);
}

} // namespace skopos
