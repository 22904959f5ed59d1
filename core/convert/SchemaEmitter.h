#pragma once
// Writes schema.json for a document's object tree: one node form per skops
// loader, each exactly as skops' get_state functions write it (key order
// included), so real skops reads the result as if skops.io.dump had written
// it. Array, bytes and sparse payloads are not touched here: each becomes a
// Member job (what to write under which name, from where), carried out
// afterwards by the Converter while streaming.
//
// Files: SchemaEmitter.cpp (dispatch, primitives, containers, objects),
// EmitNumpy.cpp (arrays, dtypes, random states), EmitScipy.cpp (sparse),
// EmitSklearn.cpp (Tree and loss objects).

#include "convert/JsonText.h"
#include "tree/Document.h"
#include "trust/Audit.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skopos::convert {

// One archive member besides schema.json. A vocabulary of numpy scalars
// makes a million of them, so the common one (an array of the tree) is a
// small record: its node, its name's number, its length; the bytes are read
// from where the tree says when the member is written. What only rare
// members need lives behind `extra`.
struct Member {
    enum class Type : std::uint8_t {
        Npy,        // npy header from the array + its payload (streamed or `bytes`)
        Bin,        // raw bytes of a bytes/bytearray (streamed from the array or `bytes`)
        Npz,        // sparse matrix: `parts` in save_npz's order, written as a deflated npz
        CopyMember, // old skops: copy member `source` of the input as is
    };
    Type type = Type::Npy;
    bool inlineBytes = false;    // payload is inlineData(), not at the array's location
    NodeId node = kNoNode;       // whose ArrayInfo says where the bytes are; kNoNode: extra->array
    std::uint64_t length = 0;    // payload bytes (without the npy header)
    const char* bytes = nullptr; // inline payload (length bytes): text of the tree
    std::string_view inlineData() const { return {bytes, inlineBytes ? length : 0}; }
    // The name: (node + 1) or extra->number, then ".npy" (Npy) or ".npz"
    // (Npz, CopyMember); a Bin member's is extra->name.
    struct Part {         // Npz: one inner .npy
        std::string name; // "indices", "indptr", "format", "shape", "data", ...
        ArrayInfo array;
        bool inlineBytes = false;
        std::string bytes;
    };
    struct Extra {
        std::uint64_t number = 0; // a member of no node (a dtype's empty array): its name's number
        std::string name;         // Bin: uuid4().bin
        std::string source;       // CopyMember
        ArrayInfo array;          // an array the tree does not hold (a dtype's empty array)
        std::vector<Part> parts;
    };
    std::unique_ptr<Extra> extra;
};

// The members in archive order. A vocabulary's million scalars are plain
// members (an Npy of a tree array, its bytes where the array says, as many
// as the array stores): one node id each, 4 bytes; the rest full records.
class MemberList {
public:
    void reserve(std::size_t n) { order_.reserve(n); }
    std::size_t size() const { return order_.size(); }
    // Adds `m`; true when it is kept as a plain member.
    bool add(Member m, const ObjectTree& t);
    // Member i: its full record, or one made in `scratch` for a plain one.
    const Member& at(std::size_t i, Member& scratch, const ObjectTree& t) const;

private:
    static constexpr std::uint32_t kFull = 0x80000000u; // | index into full_
    std::vector<std::uint32_t> order_;
    std::vector<Member> full_;
};

class SchemaEmitter {
public:
    // `audit` is the document's audit: dangerous nodes are refused.
    // `droppedScalars`: numpy scalars whose two argument nodes the reader
    // left out (OpenOptions::droppedScalarArgs, increasing ids): ids and
    // member names are numbered as in a full read, which had them.
    SchemaEmitter(const Document& doc, const AuditResult& audit, std::vector<std::uint32_t> droppedScalars = {});

    // Returns the schema.json text; throws ConvertRefused for what skops
    // cannot represent (message names the type and the tree path).
    std::string run();
    // The same text handed to `sink` in pieces of about a megabyte as it is
    // written (a 400,000-term vocabulary's 170 MB schema is never held whole).
    using TextSink = JsonWriter::Sink;
    void run(const TextSink& sink);
    std::size_t memberCount() const { return members_.size(); }
    // Member i (see MemberList::at).
    const Member& member(std::size_t i, Member& scratch) const { return members_.at(i, scratch, t_); }
    // The member's array description (from the tree or its own).
    const ArrayInfo& arrayOf(const Member& m) const;
    // The member's name ("12.npy"), written into `buffer` for number-named members.
    std::string_view nameOf(const Member& m, char (&buffer)[32]) const;

private:
    friend struct Emit;
    // --- dispatch and shared helpers (SchemaEmitter.cpp)
    void node(NodeId n, std::string_view label);
    void node(NodeId n, std::size_t index);
    void nodeAt(NodeId n);
    void nodeFields(NodeId n);
    void dispatch(NodeId n);
    static std::string uuidName();
    void head(std::string_view cls, std::string_view module, std::string_view loader);
    void headOf(NodeId n, std::string_view loader); // __class__/__module__ from the type name
    void idField(NodeId n);
    // n's __id__ (and member number): n + 1 in a full read's numbering.
    std::uint64_t number(NodeId n) const;
    std::uint64_t synthId() { return nextSynth_++; }
    void synthIdField() { w_.fieldRaw("__id__", std::to_string(synthId())); }
    [[noreturn]] void refuse(NodeId n, const std::string& why) const;
    std::string path() const;
    std::string typeOf(NodeId n) const { return std::string(t_.typeName(n)); }
    std::vector<std::pair<StrId, NodeId>> visibleChildren(NodeId n) const;

    void json(NodeId n);
    void jsonLiteral(std::string_view text); // a JsonNode of given json.dumps text
    void emptyTupleFields();                 // head + empty content of a TupleNode that pickle left out
    void dict(NodeId n);
    void emptyDict();
    void defaultDict(NodeId n);
    void sequence(NodeId n, std::string_view loader);
    void bytesNode(NodeId n);
    void slice(NodeId n);
    void global(NodeId n);
    void method(NodeId n);
    void partial(NodeId n);
    void operatorFunc(NodeId n);
    void constructorFromReduce(NodeId n);
    void object(NodeId n);
    void jsonValue(NodeId n); // a plain JSON value (slice bounds)

    // --- EmitNumpy.cpp
    void ndarray(NodeId n);
    void objectArray(NodeId n, const ArrayInfo& a);
    void maskedArray(NodeId n);
    void dtype(NodeId n);
    void randomState(NodeId n);
    void randomGenerator(NodeId n);
    std::string_view npyMember(NodeId n, const ArrayInfo& a, std::string_view what);
    // The name of n's member, "" when n has none yet (valid until the next call).
    std::string_view existingMember(NodeId n);
    // Adds `m` as the member of node `n` (kNoNode: of no node); its name.
    std::string_view addMember(Member m, NodeId n);
    std::string_view plainName(NodeId n); // a plain member's name

    // --- EmitScipy.cpp
    void sparse(NodeId n);

    // --- EmitSklearn.cpp
    void reduceNode(NodeId n, std::string_view loader);

    const Document& doc_;
    const AuditResult& audit_;
    const ObjectTree& t_;
    std::string out_;
    JsonWriter w_;
    MemberList members_;
    std::vector<bool> hasMember_;                         // one bit a node
    std::unordered_map<NodeId, std::uint32_t> fullIndex_; // node -> index of its non-plain member
    Member scratch_;
    char nameBuffer_[32];
    struct PathPart {
        std::string_view label; // a tree label or a literal: stable
        std::size_t index;      // list position when label is empty
    };
    std::vector<PathPart> path_;         // for messages only
    std::vector<std::uint8_t> onPath_;   // cycle guard, one flag per node
    std::vector<std::uint32_t> dropped_; // see the constructor
    mutable std::size_t numberHint_ = 0; // number()'s last answer
    std::uint64_t nextSynth_;
    std::unordered_map<std::string, std::uint64_t> typeIds_; // key_types TypeNode ids
};

// The skops release whose file format this writer reproduces (_skops_version).
inline constexpr const char* kSkopsVersion = "0.15.dev0";

// "sklearn.tree._tree.Tree" -> {"sklearn.tree._tree", "Tree"}
std::pair<std::string, std::string> splitTypeName(std::string_view qualified);

} // namespace skopos::convert
