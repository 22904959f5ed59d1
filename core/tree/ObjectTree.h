#pragma once
// The one representation every reader produces and everything else reads.
//
// Nodes live in an arena and refer to each other by index, so a node reached
// twice is one node (identity kept, cycles allowed) and a million nodes cost
// ~32 MB. Children are a singly linked list of edges so that readers which
// learn about children late (pickle APPENDS, SETITEMS, BUILD) can add them in
// O(1). Array nodes describe where their bytes live; they never hold them.

#include "tree/ArrayFields.h"
#include "tree/Loader.h"
#include "tree/ScalarTexts.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace skopos {

using NodeId = std::uint32_t;
using StrId = std::uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;
inline constexpr StrId kNoStr = UINT32_MAX;

enum class Kind : std::uint8_t {
    None,
    Bool,
    Int,    // fits in int64: value.i
    BigInt, // arbitrary precision: value.s holds the decimal text
    Float,
    Str,
    Bytes, // value.s holds the bytes when small, else an array-like location
    ByteArray,
    List,
    Tuple,
    Set,
    FrozenSet,
    Dict,   // children labelled by key text; key node kept as child "key" when not a str
    Object, // type + state (children: "state" or attributes)
    Reduce, // callable + args + state
    Global, // a function, class or other global name (type = module.qualname)
    Array,  // numpy array: see ArrayInfo
    DType,  // numpy dtype: value.s holds the descr text
    Sparse, // scipy sparse matrix
    Slice,
    Method, // bound method: child "obj", name in value.s
    Partial,
    Persistent, // pickle persistent id, shown as a reference that is not followed
    Buffer,     // out-of-band pickle buffer, shown as absent
    Opaque,     // something a reader recognised but does not expand
};

const char* kindName(Kind k);

// Trust verdict of one node, decided by the trust audit (core/trust/Audit.h),
// which keeps them beside the tree: the tree itself never holds verdicts.
enum class Verdict : std::uint8_t {
    Neutral, // a value, not a type check (primitives, labels)
    Trusted,
    Untrusted,
    Dangerous, // can execute code or touch the system: always also untrusted
};

const char* verdictName(Verdict v);

// Where the bytes of an array (or large bytes object) live.
enum class Where : std::uint8_t {
    Absent,      // not stored in this file (out-of-band buffer, missing companion)
    ZipMember,   // skops: `source` is the member name, offset is the data offset in it
    FileRange,   // plain pickle: [offset, offset+length) of the file itself
    StreamRange, // compressed joblib: range of the decompressed stream
    External,    // old joblib: companion file `source`, data at offset
    Children,    // object arrays: the elements are the node's children
};

// 56 bytes, and no allocation for a numpy scalar or a 1-d/2-d array whose
// dtype text is short (tree/ArrayFields.h): a million of them are common.
struct ArrayInfo {
    ArrayText descr; // numpy descr as written in an npy header ('<f8', "[('a', '<i8')]")
    ArrayShape shape;
    bool fortranOrder = false;
    Where where = Where::Absent;
    bool compressed = false; // zip member is deflated (preview must inflate)
    // Object dtype: the data is a pickle, never numbers. `where` is Absent;
    // this says where the pickle lives (source/offset), for the scanner.
    Where pickled = Where::Absent;
    std::int64_t itemsize = -1; // -1 when unknown (structured types we do not size)
    ArrayText source;           // zip member or companion path
    std::uint64_t offset = 0;   // first data byte
    std::uint64_t length = 0;   // number of data bytes

    std::int64_t elementCount() const;
};

struct Node {
    Kind kind = Kind::None;
    Loader loader = Loader::None; // the skops loader that would hold this object
    std::uint8_t flags = 0;
    StrId type = kNoStr; // module.qualname, e.g. "sklearn.pipeline.Pipeline"
    std::uint32_t firstEdge = UINT32_MAX;
    std::uint32_t lastEdge = UINT32_MAX;
    std::uint32_t childCount = 0;
    union {
        std::int64_t i;
        double f;
        std::uint64_t u;
    } value{0};
};

enum NodeFlag : std::uint8_t {
    FlagHidden = 1,     // bookkeeping child (dict key_types): audited, not shown by default
    FlagSharedRef = 2,  // reached more than once
    FlagStrValue = 4,   // value.u is a StrId
    FlagArrayValue = 8, // value.u indexes ObjectTree::arrays()
    // The type only tags the object: the loader builds it without calling
    // that class (numpy's _reconstruct makes an ndarray of class memmap with
    // ndarray.__new__, no file opened). Audited as a type, never as a call of
    // a dangerous name.
    FlagTypeTagOnly = 16,
};

// A call the loader makes at load time with arguments from the file: what
// the pickle machine saw at REDUCE, NEWOBJ(_EX), INST, OBJ and BUILD, before
// recognizers turned known calls into typed nodes (which may drop the
// arguments). Facts, not verdicts: core/trust/Calls judges them.
enum class CallVia : std::uint8_t { Reduce, NewObj, NewObjEx, Inst, Obj, Build };
const char* callViaName(CallVia v);

struct CallSite {
    CallVia via = CallVia::Reduce;
    NodeId callable = kNoNode; // the class or callable as it was on the stack (BUILD: the object)
    NodeId args = kNoNode;     // the argument tuple (NEWOBJ_EX: a tuple (args, kwargs); BUILD: the state)
                               // (kNoNode: a numpy scalar's, dropped when reading names only)
    NodeId result = kNoNode;   // what the call left on the stack
    std::uint64_t offset = 0;  // the opcode's offset in the (decompressed) stream
};

struct Edge {
    StrId label = kNoStr;
    NodeId child = kNoNode;
    std::uint32_t next = UINT32_MAX;
};

class ObjectTree {
public:
    ObjectTree();
    ObjectTree(const ObjectTree&) = delete;
    ObjectTree& operator=(const ObjectTree&) = delete;
    ObjectTree(ObjectTree&&) noexcept = default;
    ObjectTree& operator=(ObjectTree&&) noexcept = default;

    // --- strings -------------------------------------------------------
    // intern(): deduplicated (type names, labels); addString(): not (values).
    StrId intern(std::string_view s);
    StrId addString(std::string_view s);
    std::string_view str(StrId id) const;

    // --- building ------------------------------------------------------
    NodeId add(Kind kind, StrId type = kNoStr, Loader loader = Loader::None);
    // Room for this many nodes and edges (a reader that knows its size avoids
    // the copies of growing; untouched room costs address space, not memory).
    void reserve(std::size_t nodes, std::size_t edges);
    NodeId addNone();
    NodeId addBool(bool b);
    NodeId addInt(std::int64_t v);
    NodeId addBigInt(std::string_view decimal);
    NodeId addFloat(double v);
    NodeId addStr(std::string_view s);
    NodeId addBytes(std::string_view bytes, Kind kind = Kind::Bytes);
    NodeId addGlobal(std::string_view qualifiedName, Loader loader = Loader::None);
    NodeId addArray(ArrayInfo info, StrId type = kNoStr, Loader loader = Loader::NdArrayNode);

    // Attach a byte location to a non-Array node (large bytes objects).
    void attachArray(NodeId n, ArrayInfo info);
    void addChild(NodeId parent, NodeId child, StrId label = kNoStr);
    void addChild(NodeId parent, NodeId child, std::string_view label) { addChild(parent, child, intern(label)); }
    void setStrValue(NodeId n, StrId s);
    // Forget the newest nodes (from `from` on) and edges (from `edgesFrom`
    // on), and string `str` when it is the newest: a reader that turned them
    // into one node and holds no other reference to them (the pickle
    // machine's numpy scalar arguments). Nothing older may refer to them.
    void dropNewest(NodeId from, std::uint32_t edgesFrom, StrId str = kNoStr);
    // The value of a numpy scalar (a 0-d array) as Python prints it, when
    // the reader had its few bytes at hand; valueText shows it.
    void setScalarText(NodeId n, std::string_view text) { scalarText_.emplace(n, addString(text)); }
    std::string_view scalarText(NodeId n) const
    {
        const StrId* s = scalarText_.find(n);
        return s ? str(*s) : std::string_view{};
    }
    void setType(NodeId n, std::string_view qualifiedName) { nodes_[n].type = intern(qualifiedName); }

    // --- reading -------------------------------------------------------
    std::size_t size() const { return nodes_.size(); }
    const Node& node(NodeId n) const { return nodes_[n]; }
    Node& node(NodeId n) { return nodes_[n]; }
    // Lookups that take a NodeId accept kNoNode (and any out-of-range id) and
    // answer "nothing": readers of hostile input probe optional children freely.
    bool valid(NodeId n) const { return n < nodes_.size(); }
    std::string_view typeName(NodeId n) const { return valid(n) ? str(nodes_[n].type) : std::string_view{}; }
    std::string_view strValue(NodeId n) const; // Str/Bytes/BigInt/DType/Method text
    const ArrayInfo* array(NodeId n) const;
    ArrayInfo* array(NodeId n);
    const std::deque<ArrayInfo>& arrays() const { return arrays_; }

    const Edge& edge(std::uint32_t e) const { return edges_[e]; }
    // Iterate children: for (auto e = tree.firstEdge(n); e != kEnd; e = tree.edge(e).next)
    static constexpr std::uint32_t kEnd = UINT32_MAX;
    std::uint32_t firstEdge(NodeId n) const { return valid(n) ? nodes_[n].firstEdge : kEnd; }
    std::vector<std::pair<StrId, NodeId>> children(NodeId n) const;
    NodeId child(NodeId n, std::string_view label) const; // first child with that label
    NodeId childAt(NodeId n, std::uint32_t index) const;  // O(index)

    // A short one-line rendering of a primitive's value (for views and the CLI).
    std::string valueText(NodeId n, std::size_t maxLen = 80) const;

    NodeId root = kNoNode;
    std::size_t memoryBytes() const;

    // --- calls made at load time (pickles; see CallSite) ----------------
    void addCall(const CallSite& c) { calls_.push_back(c); }
    const std::vector<CallSite>& calls() const { return calls_; }

    // --- where a node came from in the raw input -------------------------
    // The byte offset of what built the node: its JSON object in schema.json
    // (skops), the opcode that created it (pickle, in the decompressed stream
    // for compressed joblib). Views use it to show the node's place in the raw
    // text. Kept beside the nodes, filled only by readers that know it;
    // kNoOffset for the rest (nodes a reader adds on its own).
    static constexpr std::uint64_t kNoOffset = UINT64_MAX;
    void setRawOffset(NodeId n, std::uint64_t offset);
    // Every node from `first` to the last one added came from `offset`
    // (kNoOffset: forget theirs, e.g. nodes of a pickle nested in another stream).
    void setRawOffsetFrom(NodeId first, std::uint64_t offset);
    std::uint64_t rawOffset(NodeId n) const { return n < rawOffsets_.size() ? rawOffsets_[n] : kNoOffset; }

private:
    friend struct TreeImage; // core/sandbox: the tree as flat blocks for the reader helper
    std::vector<Node> nodes_;
    std::vector<Edge> edges_;
    // A deque: a million numpy scalars' records (skops NdArrayNodes, pickled
    // np.int64 values) grow without a doubling copy that holds both halves.
    std::deque<ArrayInfo> arrays_;
    ArrayTextArena arrayTexts_;             // their long texts (member names), packed
    std::vector<std::uint64_t> rawOffsets_; // by NodeId, may be shorter than nodes_
    std::vector<CallSite> calls_;
    // Chunked character arena: string_views stay valid as it grows.
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t chunkUsed_ = 0, chunkCap_ = 0, chunkBytes_ = 0;
    static constexpr std::size_t kFirstChunk = 4096;
    std::vector<std::pair<const char*, std::uint32_t>> strings_;
    std::unordered_map<std::string_view, StrId> interned_;
    // Interned ids not in interned_ yet: a tree handed over by the reader
    // helper (TreeImage) gets its map on the first intern(), if any comes.
    std::vector<StrId> internLater_;
    ScalarTexts scalarText_;
    // The builtins type names every primitive carries, interned once: a
    // 400,000-entry dict otherwise hashes "builtins.int" 400,000 times.
    enum Builtin : std::uint8_t { BNone, BBool, BInt, BFloat, BStr, BBytes, BByteArray, BCount };
    StrId builtins_[BCount] = {kNoStr, kNoStr, kNoStr, kNoStr, kNoStr, kNoStr, kNoStr};
    StrId builtin(Builtin b);
};

} // namespace skopos
