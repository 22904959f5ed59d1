#pragma once
// The symbolic pickle machine: interprets protocols 0-5 opcode by opcode into
// the ObjectTree without importing or calling anything. Every value is a tree
// node; the memo holds node ids (so memo reuse never copies, and "billion
// laughs" stays linear); the loop is iterative, so input nesting costs heap,
// never native stack. Known reduce patterns (numpy, scipy, sklearn, joblib,
// copyreg, builtins) are turned into typed nodes by Recognizers.cpp.

#include "pickle/Input.h"
#include "pickle/MemoTable.h"
#include "pickle/Opcodes.h"
#include "tree/Document.h"
#include "tree/OpenOptions.h"

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skopos::pickle {

// What the disassembler sees: one opcode, or one raw payload joblib wrote
// between opcodes (array data, alignment padding).
struct TraceEvent {
    std::uint64_t offset = 0;
    const OpInfo* op = nullptr; // nullptr for payload events
    const Operand* arg = nullptr;
    std::size_t depth = 0;       // open MARKs (indentation)
    std::int64_t memoIndex = -1; // MEMOIZE/PUT: the key written
    std::int64_t markAt = -1;    // ops that consume a MARK: where it was
    std::string payload;         // payload events: what the bytes are
    std::uint64_t length = 0;
};

class Machine {
public:
    // `where` is FileRange for plain files, StreamRange for decompressed ones;
    // `dir` is the pickle's folder (old joblib companion files).
    Machine(Input& in, Document& doc, const OpenOptions& options, Where where, std::string dir);

    std::function<void(const TraceEvent&)> trace; // optional (disassembler)

    // Runs to the outer STOP and returns the root node.
    NodeId run();

    int protocol() const { return protocol_ >= 0 ? protocol_ : maxOpProto_; }
    bool sawNumpyWrapper() const { return sawNumpyWrapper_; }
    bool sawOldWrapper() const { return sawOldWrapper_; }
    const std::set<std::string>& globals() const { return globals_; }
    // Dangerous globals the stream names that the tree may not reach.
    std::vector<std::string> dangerousNamed() const;
    // After run() failed: a node holding everything decoded so far (the
    // stack of this pickle and of any pickle it is nested in). Python has
    // already run the calls among them when it meets the error.
    NodeId partialRoot();
    // run() failed because CPython's readers read these bytes in more than
    // one way (not because all of them fail): the stream must be refused.
    bool ambiguous() const { return ambiguous_; }
    // After run(): the end of a FRAME the STOP left bytes in (0: none).
    std::uint64_t openFrameEnd() const { return frameEnd_ > in_.pos() ? frameEnd_ : 0; }

private:
    enum Role : std::uint8_t {
        RoleNone,
        RoleArray,
        RoleMasked,
        RoleDType,
        RolePartial,
        RoleState,
        RoleObject,
        RoleNumpyWrapper,
        RoleOldWrapper,
        RoleZOldWrapper,
        RoleGenerator,
    };
    using Memo = MemoTable;
    struct Frame { // a suspended outer pickle while a nested one runs
        std::vector<NodeId> stack;
        std::vector<std::size_t> marks;
        Memo memo;
        int protocol;
    };

    // --- stack helpers ---------------------------------------------------
    [[noreturn]] void fail(const std::string& why) const;
    std::size_t frameBase() const { return marks_.empty() ? 0 : marks_.back(); }
    NodeId pop();
    NodeId top();
    void push(NodeId n) { stack_.push_back(n); }
    std::vector<NodeId> popMark(std::uint64_t* markAt = nullptr);
    void memoPut(std::uint64_t key, NodeId n);
    NodeId memoGet(std::uint64_t key);

    // --- node helpers ----------------------------------------------------
    NodeId prim(NodeId n); // marks a primitive as JsonNode
    NodeId newContainer(Kind k);
    NodeId newDict(std::string_view type = "builtins.dict", Loader l = Loader::DictNode);
    NodeId makeGlobal(std::string module, std::string name);
    NodeId computedGlobal(NodeId module, NodeId name);
    NodeId called(NodeId n)
    {
        markComputed(n);
        return n;
    }
    void markComputed(NodeId n)
    {
        if (n < t_.size()) // kNoNode is no node
            nodeBit(n) |= kComputed;
    }
    bool isComputed(NodeId n) const { return n < nodeBits_.size() && (nodeBits_[n] & kComputed); }
    // The protocol Python's unpickler decides with: the PROTO opcode's, else 0.
    int pythonProtocol() const { return protocol_ >= 0 ? protocol_ : 0; }
    NodeId globalNode(std::string_view qualified, bool record);
    Loader globalLoader(std::string_view qualified) const;
    void addChild(NodeId parent, NodeId child, std::string_view label = {});
    void addChildL(NodeId parent, NodeId child, StrId label);
    void setItem(NodeId d, NodeId k, NodeId v);
    void append(NodeId list, NodeId v);
    std::vector<NodeId> items(NodeId n) const; // children in order
    bool isKind(NodeId n, Kind k) const { return n != kNoNode && t_.node(n).kind == k; }
    std::string_view text(NodeId n) const; // Str value ("" otherwise)
    void setRole(NodeId n, Role r);
    Role role(NodeId n) const { return n < role_.size() ? static_cast<Role>(role_[n]) : RoleNone; }
    NodeId bytesNode(const Operand& o, Kind k, bool raw);

    // --- opcodes needing more than a line ---------------------------------
    void step(const OpInfo& op, const Operand& arg, std::uint64_t at);
    NodeId reduce(NodeId callable, NodeId args);
    NodeId newObject(NodeId cls, NodeId args);
    void build(NodeId obj, NodeId state);
    void stop();
    void checkFrame(const OpInfo& op, const Operand& arg, std::uint64_t total);
    void rawPayloadStarts(); // joblib array data or a nested pickle follows here
    [[noreturn]] void ambiguity(const std::string& why);
    void emitPayload(std::uint64_t offset, std::uint64_t length, std::string what);

    // --- recognizers (Recognizers.cpp) -----------------------------------
    // A REDUCE being recognised, and the name -> handler table (by family:
    // copyreg, numpy, sklearn, builtins) that turns known calls into nodes.
    struct Call {
        std::string_view name;
        NodeId callable, args;
        std::vector<NodeId> a; // the argument tuple's items
        NodeId arg(std::size_t i) const { return i < a.size() ? a[i] : kNoNode; }
    };
    struct ReduceRule {
        std::string_view family;
        bool (*matches)(std::string_view name);
        bool (Machine::*handle)(const Call& c, NodeId& out);
    };
    static const std::vector<ReduceRule>& reduceRules();
    bool recognizeReduce(std::string_view name, NodeId callable, NodeId args, NodeId& out);
    bool onReconstructor(const Call& c, NodeId& out);
    bool onNewObjHelper(const Call& c, NodeId& out);
    bool onNdarrayReconstruct(const Call& c, NodeId& out);
    bool onMaskedReconstruct(const Call& c, NodeId& out);
    bool onFromBuffer(const Call& c, NodeId& out);
    bool onDType(const Call& c, NodeId& out);
    bool onScalar(const Call& c, NodeId& out);
    bool onRandomStateCtor(const Call& c, NodeId& out);
    bool onGeneratorCtor(const Call& c, NodeId& out);
    bool onBitGeneratorCtor(const Call& c, NodeId& out);
    bool onTreeOrLoss(const Call& c, NodeId& out);
    bool onCythonUnpickle(const Call& c, NodeId& out);
    bool onSklearnNewObj(const Call& c, NodeId& out);
    bool onOrderedDict(const Call& c, NodeId& out);
    bool onDefaultDict(const Call& c, NodeId& out);
    bool onPartial(const Call& c, NodeId& out);
    bool onSlice(const Call& c, NodeId& out);
    bool onCodecsEncode(const Call& c, NodeId& out);
    bool onBytes(const Call& c, NodeId& out);
    bool onSet(const Call& c, NodeId& out);
    bool onGetattr(const Call& c, NodeId& out);
    bool onOperatorFunc(const Call& c, NodeId& out);
    bool onNestedLoads(const Call& c, NodeId& out);
    bool recognizeNewObject(std::string_view name, NodeId cls, NodeId args, NodeId& out);
    void buildArray(NodeId arr, NodeId state);
    void keepEscapedData(NodeId arr, NodeId raw);
    void buildMasked(NodeId obj, NodeId state);
    void buildDType(NodeId dt, NodeId state);
    void buildNumpyWrapper(NodeId wrapper, NodeId state);
    void buildOldWrapper(NodeId wrapper, NodeId state, bool zfile);
    bool dtypeInfo(NodeId dt, std::string& descr, std::int64_t& itemsize) const;
    void locate(ArrayInfo& a, NodeId raw);
    std::vector<std::int64_t> shapeOf(NodeId tuple) const;
    std::string scalarTypeName(std::string_view descr) const;

    Input& in_;
    Document& doc_;
    ObjectTree& t_;
    const OpenOptions& opt_;
    Where where_;
    std::string dir_;

    std::vector<NodeId> stack_;
    std::vector<std::size_t> marks_;
    std::vector<std::uint64_t> markOffsets_;
    Memo memo_;
    std::vector<Frame> outer_;
    std::vector<NodeId> nestedWrappers_; // joblib wrappers waiting for a nested pickle
    std::vector<std::uint8_t> role_;
    // By node: kParented (has a parent already: FlagSharedRef), kComputed (a
    // call's result, never a literal operand). One byte a node instead of a
    // hash set entry per call result (a million numpy scalars: ~50 MB).
    static constexpr std::uint8_t kParented = 1, kComputed = 2;
    std::vector<std::uint8_t> nodeBits_;
    std::uint8_t& nodeBit(NodeId n)
    {
        if (nodeBits_.size() <= n)
            nodeBits_.resize(std::max<std::size_t>(n + 1, t_.size() + 1024), 0);
        return nodeBits_[n];
    }
    std::unordered_map<NodeId, NodeId> itemTarget_; // defaultdict -> its "main" dict
    std::unordered_map<NodeId, NodeId> keyTypes_;   // dict -> hidden key_types list
    std::unordered_set<std::uint64_t> keyTypeSeen_; // (key_types list, type) pairs
    // Bytes payload ranges (offset, length) by node. Nodes get theirs as they
    // are made, in increasing order: a sorted vector of 16-byte entries (a
    // million numpy scalars' bytes with values: no hash map node each); a
    // key out of order, or a length past 4 GB, goes to the map.
    class Ranges {
    public:
        using Range = std::pair<std::uint64_t, std::uint64_t>;
        void set(NodeId n, Range r)
        {
            if (Entry* p = inSorted(n); p && r.second < kInMap) {
                p->offset = r.first;
                p->length = static_cast<std::uint32_t>(r.second);
            } else if (!p && (sorted_.empty() || sorted_.back().n < n) && r.second < kInMap) {
                sorted_.push_back({n, static_cast<std::uint32_t>(r.second), r.first});
            } else {
                if (p) // too long for the entry now: the map answers for n
                    p->length = kInMap;
                other_[n] = r;
            }
        }
        void dropFrom(NodeId n) // forget the newest ones, from n on
        {
            while (!sorted_.empty() && sorted_.back().n >= n)
                sorted_.pop_back();
        }
        std::optional<Range> find(NodeId n) const
        {
            if (const Entry* p = const_cast<Ranges*>(this)->inSorted(n); p && p->length != kInMap)
                return Range{p->offset, p->length};
            const auto it = other_.find(n);
            return it == other_.end() ? std::nullopt : std::optional<Range>(it->second);
        }

    private:
        static constexpr std::uint32_t kInMap = UINT32_MAX;
        struct Entry {
            NodeId n;
            std::uint32_t length; // kInMap: other_ holds n's range
            std::uint64_t offset;
        };
        Entry* inSorted(NodeId n)
        {
            const auto it = std::lower_bound(sorted_.begin(), sorted_.end(), n,
                                             [](const Entry& e, NodeId k) { return e.n < k; });
            return it != sorted_.end() && it->n == n ? &*it : nullptr;
        }
        std::vector<Entry> sorted_;
        std::unordered_map<NodeId, Range> other_;
    };
    Ranges rawLoc_;
    struct DTypeInfo {
        std::string descr;
        std::int64_t itemsize = -1;
    };
    std::unordered_map<NodeId, DTypeInfo> dtypes_; // numpy dtype nodes

    // --- numpy scalars without their argument nodes (ScalarArgs.cpp) -----
    // pickle writes np.int64(7) as `scalar, dtype, BINBYTES, MEMOIZE,
    // TUPLE2, MEMOIZE, REDUCE`. Once recognised, the bytes and the tuple are
    // referenced by nothing but their memo slots: a million-entry vocabulary
    // spent ~150 bytes an entry on them. When only names are read
    // (OpenOptions::scalarValues false) they are dropped; the memo slots
    // say "the bytes / the tuple of scalar A", and a BINGET of one (rare:
    // pickle never shares these) rebuilds the node as it was.
    struct ScalarPattern {        // where the opcodes are in that sequence
        std::uint8_t state = 0;   // 0 none, 1 after the bytes, 2 after TUPLE2
        std::uint8_t bytesOp = 0; // the bytes opcode (its header length)
        std::uint8_t bPuts = 0, tPuts = 0;
        NodeId b = kNoNode, t = kNoNode;
        std::uint64_t tAt = 0; // TUPLE2's offset
        std::uint64_t bKeys[2] = {}, tKeys[2] = {};
    };
    struct DroppedScalar {                // 16 bytes: one a vocabulary entry
        NodeId a;                         // the scalar's node
        std::uint8_t dtype;               // the tuple's first item: droppedDTypes_[dtype]
        std::uint8_t len : 4, header : 4; // the bytes' length; opcode + length field bytes
        std::uint8_t tupleGap;            // TUPLE2's offset - the bytes' end
        std::uint8_t reduceGap;           // REDUCE's offset (a's raw offset) - TUPLE2's
        char bytes[8];
    };
    std::vector<NodeId> droppedDTypes_; // the few dtype nodes dropped tuples held (at most 256)
    static constexpr NodeId kTagMask = 0xC0000000u, kTagBytes = 0x40000000u, kTagTuple = 0x80000000u;
    void trackScalarPattern(const OpInfo& op, std::uint64_t at);
    bool dropScalarArgs(const Call& c, NodeId& a, const ArrayInfo& info, StrId type);
    const DroppedScalar* droppedScalar(NodeId a) const;
    NodeId revive(NodeId tagged);
    NodeId reviveBytes(const DroppedScalar& d);
    std::string droppedScalarText(NodeId a) const; // a dict key's label when no text was kept
    std::uint64_t droppedBytesAt(const DroppedScalar& d) const;
    // A dropped scalar's ArrayInfo is shared by every dropped scalar of the
    // same dtype (56 bytes a scalar otherwise): names-only readers ask an
    // array node for its dtype and kind, never for where its bytes are, and
    // the bytes' offset is kept by the DroppedScalar. Index into t_.arrays().
    std::uint64_t sharedScalarInfo(const ArrayInfo& info, StrId type);
    std::map<std::string, std::uint64_t, std::less<>> scalarInfos_; // descr -> arrays() index
    std::uint64_t lastScalarInfo_ = UINT64_MAX;
    ScalarPattern pattern_;
    std::deque<DroppedScalar> dropped_;                            // by increasing a
    std::unordered_map<NodeId, NodeId> revivedBytes_;              // a -> its rebuilt bytes node
    std::vector<std::pair<NodeId, std::uint64_t>> revivedOffsets_; // applied after the opcode
    NodeId newFloor_ = kNoNode; // lowest id the current opcode reused (dropped nodes)
    bool argsDropped_ = false;  // the REDUCE being run left no args tuple

    std::map<NodeId, std::string> dangerous_; // dangerous global nodes not explained
    std::set<std::string> globals_;
    int protocol_ = -1;
    int maxOpProto_ = 0;
    bool sawNumpyWrapper_ = false;
    bool sawOldWrapper_ = false;
    bool done_ = false;
    NodeId result_ = kNoNode;
    std::uint64_t opOffset_ = 0;
    std::uint64_t frameEnd_ = 0; // end of the FRAME being read (0: none)
    bool ambiguous_ = false;
    std::int64_t lastMemo_ = -1, lastMarkAt_ = -1;
};

} // namespace skopos::pickle
