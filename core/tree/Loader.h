#pragma once
// The skops loaders ("node classes" of skops/io). Every node of the object
// tree names the loader real skops uses (skops file) or would use (pickle,
// when the same object is saved with skops.io.dump). The trust audit reads
// only this and the node's type name, so both formats share one audit.
//
// The table in Loader.cpp describes each loader once: its schema name, which
// default trusted lists it consults, and its audit quirks.

#include <cstdint>
#include <string_view>

namespace skopos {

enum class Loader : std::uint8_t {
    None, // not a skops node (display-only, audit passes through)
    DictNode,
    DefaultDictNode,
    ListNode,
    SetNode,
    TupleNode,
    BytesNode,
    BytearrayNode,
    SliceNode,
    FunctionNode,
    FunctionNodeV0, // protocol 0 form: content.module_path / content.function
    MethodNode,
    MethodName, // synthetic child of MethodNode: "module.Class.func", always reported
    PartialNode,
    TypeNode,
    ConstructorFromReduceNode,
    ObjectNode,
    JsonNode,
    OperatorFuncNode,
    NdArrayNode,
    MaskedArrayNode,
    DTypeNode,
    RandomStateNode,
    RandomGeneratorNode,
    SparseMatrixNode,
    TreeNode,
    LossNode,
    SGDNode, // removed after skops 0.10; same audit as LossNode
    QuantileForestNode,
    DictWithDeprecatedKeysNode,
    CachedNode,
    Count
};

// Default trusted lists of the trust profile (resources/trust/*.json).
enum TrustList : std::uint16_t {
    ListPrimitive = 1 << 0,
    ListContainer = 1 << 1,
    ListSklearnEstimator = 1 << 2,
    ListSklearnInternal = 1 << 3,
    ListScipyUfunc = 1 << 4,
    ListNumpyUfunc = 1 << 5,
    ListNumpyDtype = 1 << 6,
    ListAllowedLosses = 1 << 7,
};

struct LoaderInfo {
    Loader loader;
    std::string_view schemaName;   // "__loader__" value in schema.json
    std::uint16_t lists;           // TrustList bits consulted by default
    std::string_view fixedTrusted; // extra trusted names, ';'-separated
    bool alwaysSafe;               // JsonNode, SliceNode: report nothing, children not audited
    bool extendsChildTrust;        // TreeNode/LossNode/SGDNode pass their trusted list to children
    std::string_view removedNote;  // for loaders current skops no longer has
};

const LoaderInfo& loaderInfo(Loader l);
// Lookup by schema name and protocol; returns Loader::None when unknown.
Loader loaderFromSchemaName(std::string_view name, int protocol);
std::string_view loaderName(Loader l);

} // namespace skopos
