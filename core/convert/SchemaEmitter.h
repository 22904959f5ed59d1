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
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skopos::convert {

// One archive member besides schema.json.
struct Member {
    enum class Type {
        Npy,        // npy header from `array` + its payload (streamed or `bytes`)
        Bin,        // raw bytes of a bytes/bytearray (streamed from `array` or `bytes`)
        Npz,        // sparse matrix: `parts` in save_npz's order, written as a deflated npz
        CopyMember, // old skops: copy member `source` of the input as is
    };
    Type type = Type::Npy;
    std::string name;
    ArrayInfo array;          // descr/shape/order and where the bytes are
    bool inlineBytes = false; // payload is `bytes`, not array's location
    std::string bytes;
    std::string source;   // CopyMember
    struct Part {         // Npz: one inner .npy
        std::string name; // "indices", "indptr", "format", "shape", "data", ...
        ArrayInfo array;
        bool inlineBytes = false;
        std::string bytes;
    };
    std::vector<Part> parts;
};

class SchemaEmitter {
public:
    // `audit` is the document's audit: dangerous nodes are refused.
    SchemaEmitter(const Document& doc, const AuditResult& audit);

    // Returns the schema.json text; throws ConvertRefused for what skops
    // cannot represent (message names the type and the tree path).
    std::string run();
    // The same text handed to `sink` in pieces of about a megabyte as it is
    // written (a 400,000-term vocabulary's 170 MB schema is never held whole).
    using TextSink = JsonWriter::Sink;
    void run(const TextSink& sink);
    const std::vector<Member>& members() const { return members_; }

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
    std::string npyMember(NodeId n, const ArrayInfo& a, std::string_view what);

    // --- EmitScipy.cpp
    void sparse(NodeId n);

    // --- EmitSklearn.cpp
    void reduceNode(NodeId n, std::string_view loader);

    const Document& doc_;
    const AuditResult& audit_;
    const ObjectTree& t_;
    std::string out_;
    JsonWriter w_;
    std::vector<Member> members_;
    std::unordered_map<NodeId, std::string> memberOf_; // node -> member already written
    struct PathPart {
        std::string_view label; // a tree label or a literal: stable
        std::size_t index;      // list position when label is empty
    };
    std::vector<PathPart> path_;       // for messages only
    std::vector<std::uint8_t> onPath_; // cycle guard, one flag per node
    std::uint64_t nextSynth_;
    std::unordered_map<std::string, std::uint64_t> typeIds_; // key_types TypeNode ids
};

// The skops release whose file format this writer reproduces (_skops_version).
inline constexpr const char* kSkopsVersion = "0.15.dev0";

// "sklearn.tree._tree.Tree" -> {"sklearn.tree._tree", "Tree"}
std::pair<std::string, std::string> splitTypeName(std::string_view qualified);

} // namespace skopos::convert
