#include "tree/Loader.h"

#include <array>

namespace skopos {

namespace {
// One row per skops loader. Lists and fixed names follow each node class's
// `self.trusted = self._get_trusted(trusted, [...])` in skops/io/_general.py,
// _numpy.py, _scipy.py, _sklearn.py, _quantile_forest.py and old/*.py.
constexpr std::array<LoaderInfo, static_cast<std::size_t>(Loader::Count)> kLoaders{{
    {Loader::None, "", 0, "", false, false, ""},
    {Loader::DictNode, "DictNode", 0, "builtins.dict;collections.OrderedDict", false, false, ""},
    // DefaultDictNode ignores the caller's trusted list: self.trusted = ["collections.defaultdict"]
    {Loader::DefaultDictNode, "DefaultDictNode", 0, "collections.defaultdict", false, false, ""},
    {Loader::ListNode, "ListNode", 0, "builtins.list", false, false, ""},
    {Loader::SetNode, "SetNode", 0, "builtins.set", false, false, ""},
    {Loader::TupleNode, "TupleNode", 0, "builtins.tuple", false, false, ""},
    {Loader::BytesNode, "BytesNode", 0, "builtins.bytes", false, false, ""},
    {Loader::BytearrayNode, "BytearrayNode", 0, "builtins.bytearray", false, false, ""},
    {Loader::SliceNode, "SliceNode", 0, "builtins.slice", true, false, ""},
    {Loader::FunctionNode, "FunctionNode", ListScipyUfunc | ListNumpyUfunc, "", false, false, ""},
    {Loader::FunctionNodeV0, "FunctionNode", ListScipyUfunc, "", false, false, ""},
    {Loader::MethodNode, "MethodNode", 0, "", false, false, ""},
    {Loader::MethodName, "", 0, "", false, false, ""},
    {Loader::PartialNode, "PartialNode", 0, "", false, false, ""},
    {Loader::TypeNode, "TypeNode", ListPrimitive | ListContainer | ListNumpyDtype, "", false, false, ""},
    {Loader::ConstructorFromReduceNode, "ConstructorFromReduceNode", 0, "", false, false, ""},
    {Loader::ObjectNode, "ObjectNode", ListSklearnEstimator | ListSklearnInternal, "", false, false, ""},
    {Loader::JsonNode, "JsonNode", ListPrimitive, "", true, false, ""},
    {Loader::OperatorFuncNode, "OperatorFuncNode", 0, "", false, false, ""},
    {Loader::NdArrayNode, "NdArrayNode", ListNumpyDtype, "numpy.ndarray", false, false, ""},
    {Loader::MaskedArrayNode, "MaskedArrayNode", 0, "numpy.ma.core.MaskedArray", false, false, ""},
    {Loader::DTypeNode, "DTypeNode", 0, "", false, false, ""},
    {Loader::RandomStateNode, "RandomStateNode", 0, "numpy.random.mtrand.RandomState", false, false, ""},
    {Loader::RandomGeneratorNode, "RandomGeneratorNode", 0, "numpy.random._generator.Generator", false, false, ""},
    // skops trusts `spmatrix` itself, a base class no saved matrix has as its type.
    {Loader::SparseMatrixNode, "SparseMatrixNode", 0, "scipy.sparse._base.spmatrix;scipy.sparse._matrix.spmatrix",
     false, false, ""},
    {Loader::TreeNode, "TreeNode", 0, "sklearn.tree._tree.Tree", false, true, ""},
    {Loader::LossNode, "LossNode", ListAllowedLosses, "", false, true, ""},
    {Loader::SGDNode, "SGDNode", ListAllowedLosses, "", false, true,
     "loader SGDNode was removed in skops 0.11; skops 0.5 to 0.10 (with scikit-learn < 1.6) load this file"},
    {Loader::QuantileForestNode, "QuantileForestNode", 0, "", false, false, ""},
    // skops computes this list from its own module, so it never matches the real type.
    {Loader::DictWithDeprecatedKeysNode, "_DictWithDeprecatedKeysNode", 0, "skops.io._sklearn._DictWithDeprecatedKeys",
     false, false, ""},
    {Loader::CachedNode, "CachedNode", 0, "", false, false, ""},
}};
} // namespace

const LoaderInfo& loaderInfo(Loader l) { return kLoaders[static_cast<std::size_t>(l)]; }

std::string_view loaderName(Loader l)
{
    switch (l) {
    case Loader::None: return "-";
    case Loader::FunctionNodeV0: return "FunctionNode(v0)";
    case Loader::MethodName: return "MethodNode.func";
    default: return loaderInfo(l).schemaName;
    }
}

Loader loaderFromSchemaName(std::string_view name, int protocol)
{
    if (name == "FunctionNode" && protocol == 0)
        return Loader::FunctionNodeV0;
    for (const auto& info : kLoaders) {
        if (!info.schemaName.empty() && info.schemaName == name && info.loader != Loader::FunctionNodeV0)
            return info.loader;
    }
    return Loader::None;
}

} // namespace skopos
