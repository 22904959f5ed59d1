// Known reduce patterns -> typed tree nodes with the loader skops would use
// (DEVELOPERS.md "Pickles: which loader would skops use?"; layouts in
// shared/docs/FORMATS.md). Anything not recognised stays a generic call or
// object node named after its callable/class, so the audit reports it.

#include "pickle/PickleMachine.h"

#include "io/ArrayReader.h"
#include "io/ByteSource.h"
#include "io/ElementLayout.h"
#include "npy/NpyHeader.h"
#include "pickle/FlatScan.h"
#include "trust/DangerousNames.h"
#include "tree/Error.h"
#include "tree/Utf8.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>

namespace skopos::pickle {

namespace {
// UTF-32 code units as UTF-8; nothing when one is not a code point.
std::optional<std::string> utf32Text(std::string_view b, bool bigEndian)
{
    std::string out;
    std::size_t end = b.size() / 4;
    const auto unit = [&](std::size_t k) {
        const auto* u = reinterpret_cast<const unsigned char*>(b.data() + 4 * k);
        return bigEndian ? (std::uint32_t{u[0]} << 24 | std::uint32_t{u[1]} << 16 | std::uint32_t{u[2]} << 8 | u[3])
                         : (std::uint32_t{u[3]} << 24 | std::uint32_t{u[2]} << 16 | std::uint32_t{u[1]} << 8 | u[0]);
    };
    while (end > 0 && unit(end - 1) == 0)
        --end;
    for (std::size_t k = 0; k < end; ++k) {
        const std::uint32_t cp = unit(k);
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::nullopt;
        appendUtf8(out, cp);
    }
    return out;
}
bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool isReconstruct(std::string_view n)
{
    return n == "numpy.core.multiarray._reconstruct" || n == "numpy._core.multiarray._reconstruct";
}
bool isScalar(std::string_view n)
{
    return n == "numpy.core.multiarray.scalar" || n == "numpy._core.multiarray.scalar";
}
bool isFromBuffer(std::string_view n)
{
    return n == "numpy.core.numeric._frombuffer" || n == "numpy._core.numeric._frombuffer";
}
// The loss classes of sklearn.linear_model._sgd_fast: skops reads them with
// its LossNode (sklearn.py get_state dispatch on LossFunction subclasses).
bool isSgdLoss(std::string_view n)
{
    static const std::set<std::string_view> losses = {"Hinge",
                                                      "Log",
                                                      "ModifiedHuber",
                                                      "SquaredLoss",
                                                      "Huber",
                                                      "EpsilonInsensitive",
                                                      "SquaredEpsilonInsensitive",
                                                      "SquaredHinge"};
    constexpr std::string_view prefix = "sklearn.linear_model._sgd_fast.";
    return n.starts_with(prefix) && losses.count(n.substr(prefix.size()));
}
// An absolute path (POSIX, UNC or drive letter) or a ".." component.
bool escapesFolder(std::string_view f)
{
    if (f.empty())
        return false;
    if (f[0] == '/' || f[0] == '\\' || (f.size() > 1 && f[1] == ':'))
        return true;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= f.size(); ++i)
        if (i == f.size() || f[i] == '/' || f[i] == '\\') {
            if (f.substr(start, i - start) == "..")
                return true;
            start = i + 1;
        }
    return false;
}
bool isSparse(std::string_view n)
{
    return startsWith(n, "scipy.sparse.") && (endsWith(n, "_matrix") || endsWith(n, "_array"));
}
} // namespace

std::vector<std::int64_t> Machine::shapeOf(NodeId tuple) const
{
    std::vector<std::int64_t> s;
    if (isKind(tuple, Kind::Int))
        return {t_.node(tuple).value.i};
    for (NodeId d : items(tuple))
        s.push_back(isKind(d, Kind::Int) ? t_.node(d).value.i : -1);
    return s;
}

bool Machine::dtypeInfo(NodeId dt, std::string& descr, std::int64_t& itemsize) const
{
    const auto it = dtypes_.find(dt);
    if (it == dtypes_.end())
        return false;
    descr = it->second.descr;
    itemsize = it->second.itemsize;
    return true;
}

std::string Machine::scalarTypeName(std::string_view descr) const
{
    // numpy scalar classes by kind and size (numpy/_core/numerictypes.py names).
    std::string_view d = descr;
    if (!d.empty() && (d[0] == '<' || d[0] == '>' || d[0] == '|' || d[0] == '='))
        d.remove_prefix(1);
    if (d.empty())
        return "numpy.generic";
    const char k = d[0];
    const std::string size(d.substr(1));
    switch (k) {
    case 'f':
        return size == "2" ? "numpy.float16"
            : size == "4"  ? "numpy.float32"
            : size == "16" ? "numpy.float128"
                           : "numpy.float64";
    case 'i': return "numpy.int" + std::to_string(std::atoi(size.c_str()) * 8);
    case 'u': return "numpy.uint" + std::to_string(std::atoi(size.c_str()) * 8);
    case 'c': return size == "8" ? "numpy.complex64" : size == "32" ? "numpy.complex256" : "numpy.complex128";
    case 'b': return "numpy.bool_";
    case 'O': return "numpy.object_";
    case 'S': return "numpy.bytes_";
    case 'U': return "numpy.str_";
    case 'V': return "numpy.void";
    case 'M': return "numpy.datetime64";
    case 'm': return "numpy.timedelta64";
    default: return "numpy.generic";
    }
}

void Machine::locate(ArrayInfo& a, NodeId raw)
{
    if (raw == kNoNode) {
        a.where = Where::Absent;
        return;
    }
    if (isKind(raw, Kind::List) || isKind(raw, Kind::Tuple)) {
        a.where = Where::Children;
        return;
    }
    if (const auto loc = rawLoc_.find(raw)) {
        a.where = where_;
        a.offset = loc->first;
        a.length = loc->second;
        return;
    }
    // Escaped text (protocols 0-2: _codecs.encode, STRING) or an out-of-band
    // buffer: the bytes are not a range of the file.
    a.where = Where::Absent;
    if (const ArrayInfo* r = t_.array(raw))
        a.length = r->length;
    else if (isKind(raw, Kind::Bytes) || isKind(raw, Kind::Str))
        a.length = t_.strValue(raw).size();
}

NodeId Machine::reduce(NodeId callable, NodeId args)
{
    const Node c = t_.node(callable); // a copy: t_.add() below may move the arena
    std::string name = c.kind == Kind::Global ? std::string(t_.typeName(callable)) : std::string();
    NodeId out = kNoNode;
    if (!name.empty() && recognizeReduce(name, callable, args, out))
        return out;
    // Unknown call. A class called with arguments is a ConstructorFromReduceNode
    // unless a BUILD follows (then an ObjectNode); functions and other callables
    // are reported by name all the same.
    if (name.empty()) {
        name = std::string(t_.typeName(callable));
        if (name.empty())
            name = "<call result>";
    }
    const NodeId n = t_.add(Kind::Reduce, t_.intern(name), Loader::ConstructorFromReduceNode);
    if (c.kind != Kind::Global)
        addChild(n, callable, "callable");
    addChild(n, args, "args");
    setRole(n, RoleObject);
    return n;
}

NodeId Machine::newObject(NodeId cls, NodeId args)
{
    std::string name(t_.typeName(cls));
    NodeId out = kNoNode;
    if (isKind(cls, Kind::Global) && recognizeNewObject(name, cls, args, out))
        return out;
    if (name.empty())
        name = "<unknown class>";
    const NodeId n = t_.add(Kind::Object, t_.intern(name), Loader::ObjectNode);
    if (!isKind(cls, Kind::Global))
        addChild(n, cls, "class");
    if (!items(args).empty())
        addChild(n, args, "args");
    setRole(n, RoleObject);
    return n;
}

bool Machine::recognizeNewObject(std::string_view name, NodeId, NodeId args, NodeId& out)
{
    // joblib, or the copy scikit-learn < 0.23 vendored as sklearn.externals.joblib.
    const bool joblib = startsWith(name, "joblib.") || startsWith(name, "sklearn.externals.joblib.");
    if (joblib && endsWith(name, ".NumpyArrayWrapper")) {
        out = t_.add(Kind::Object, t_.intern(name));
        setRole(out, RoleNumpyWrapper);
        sawNumpyWrapper_ = true;
        return true;
    }
    if (joblib && endsWith(name, ".NDArrayWrapper")) {
        out = t_.add(Kind::Object, t_.intern(name));
        setRole(out, RoleOldWrapper);
        sawOldWrapper_ = true;
        return true;
    }
    if (joblib && endsWith(name, ".ZNDArrayWrapper")) {
        out = t_.add(Kind::Object, t_.intern(name));
        setRole(out, RoleZOldWrapper);
        sawOldWrapper_ = true;
        return true;
    }
    if (isSparse(name)) {
        out = t_.add(Kind::Sparse, t_.intern(name), Loader::SparseMatrixNode);
        setRole(out, RoleState);
        return true;
    }
    if (name == "collections.OrderedDict") {
        out = newDict(name);
        return true;
    }
    if (name == "builtins.set" || name == "builtins.frozenset") {
        out = newContainer(name == "builtins.set" ? Kind::Set : Kind::FrozenSet);
        for (NodeId x : items(items(args).empty() ? kNoNode : items(args)[0]))
            addChild(out, x);
        return true;
    }
    return false;
}

// Loaders of pickled bytes they are given: the standard ones, cloudpickle
// and its vendored copies, and numba's serialised-function wrappers. Which
// argument holds the bytes: numba's _numba_unpickle(address, bytedata, hashed)
// takes them second, every other one first.
static std::size_t nestedBytesArg(std::string_view name) { return endsWith(name, "._numba_unpickle") ? 1 : 0; }

static bool isNestedLoads(std::string_view name)
{
    static const char* const loaders[] = {
        "pickle.loads",
        "_pickle.loads",
        "pickle._loads",
        "cloudpickle.loads",
        "cloudpickle.cloudpickle.loads",
        "dill.loads",
        "dill._dill.loads",
        "joblib.externals.cloudpickle.loads",
        "numba.cloudpickle.loads",
        "ray.cloudpickle.loads",
        "pyspark.cloudpickle.loads",
        "srsly.cloudpickle.loads",
        "srsly.pickle_loads",
        "sklearn.externals.cloudpickle.loads",
        "numba.core.serialize.loads",
        "numba.core.serialize._unpickle__CustomPickled",
        "numba.core.serialize._numba_unpickle",
        "torch.storage._load_from_bytes",
    };
    for (const char* l : loaders)
        if (name == l)
            return true;
    return false;
}

// Known callables, by family: the first rule whose name matches decides
// (its handler may still decline when the arguments are not the usual ones).
const std::vector<Machine::ReduceRule>& Machine::reduceRules()
{
    static const std::vector<ReduceRule> rules = {
        {"copyreg", [](std::string_view n) { return n == "copyreg._reconstructor"; }, &Machine::onReconstructor},
        {"copyreg", [](std::string_view n) { return n == "copyreg.__newobj__" || n == "copyreg.__newobj_ex__"; },
         &Machine::onNewObjHelper},
        {"numpy", isReconstruct, &Machine::onNdarrayReconstruct},
        {"numpy", [](std::string_view n) { return n == "numpy.ma.core._mareconstruct"; },
         &Machine::onMaskedReconstruct},
        {"numpy", isFromBuffer, &Machine::onFromBuffer},
        {"numpy", [](std::string_view n) { return n == "numpy.dtype"; }, &Machine::onDType},
        {"numpy", isScalar, &Machine::onScalar},
        {"numpy",
         [](std::string_view n) {
             return n == "numpy.random.__RandomState_ctor" || n == "numpy.random.mtrand.__RandomState_ctor"
                 || (startsWith(n, "numpy.random._pickle.") && endsWith(n, "__randomstate_ctor"));
         },
         &Machine::onRandomStateCtor},
        {"numpy",
         [](std::string_view n) { return startsWith(n, "numpy.random._pickle.") && endsWith(n, "__generator_ctor"); },
         &Machine::onGeneratorCtor},
        {"numpy",
         [](std::string_view n) {
             return startsWith(n, "numpy.random._pickle.") && endsWith(n, "__bit_generator_ctor");
         },
         &Machine::onBitGeneratorCtor},
        {"sklearn", [](std::string_view n) { return n == "sklearn.tree._tree.Tree" || isSgdLoss(n); },
         &Machine::onTreeOrLoss},
        {"sklearn", [](std::string_view n) { return n.find(".__pyx_unpickle_") != std::string_view::npos; },
         &Machine::onCythonUnpickle},
        {"sklearn", [](std::string_view n) { return endsWith(n, ".newObj") && startsWith(n, "sklearn."); },
         &Machine::onSklearnNewObj},
        {"builtins", [](std::string_view n) { return n == "collections.OrderedDict"; }, &Machine::onOrderedDict},
        {"builtins", [](std::string_view n) { return n == "collections.defaultdict"; }, &Machine::onDefaultDict},
        {"builtins", [](std::string_view n) { return n == "functools.partial"; }, &Machine::onPartial},
        {"builtins", [](std::string_view n) { return n == "builtins.slice"; }, &Machine::onSlice},
        {"builtins", [](std::string_view n) { return n == "_codecs.encode"; }, &Machine::onCodecsEncode},
        {"builtins", [](std::string_view n) { return n == "builtins.bytes" || n == "builtins.bytearray"; },
         &Machine::onBytes},
        {"builtins", [](std::string_view n) { return n == "builtins.set" || n == "builtins.frozenset"; },
         &Machine::onSet},
        {"builtins", [](std::string_view n) { return n == "builtins.getattr"; }, &Machine::onGetattr},
        {"builtins",
         [](std::string_view n) {
             return n == "operator.attrgetter" || n == "operator.itemgetter" || n == "operator.methodcaller";
         },
         &Machine::onOperatorFunc},
        {"nested", isNestedLoads, &Machine::onNestedLoads},
    };
    return rules;
}

bool Machine::recognizeReduce(std::string_view name, NodeId callable, NodeId args, NodeId& out)
{
    const Call c{name, callable, args, isKind(args, Kind::Tuple) ? items(args) : std::vector<NodeId>{}};
    for (const ReduceRule& r : reduceRules())
        if (r.matches(name))
            return (this->*r.handle)(c, out);
    return false;
}

bool Machine::onReconstructor(const Call& c, NodeId& out)
{
    if (c.a.size() < 2)
        return false;
    out = newObject(c.a[0], newContainer(Kind::Tuple));
    const std::string_view base = t_.typeName(c.a[1]);
    const NodeId state = c.arg(2);
    if (base == "builtins.dict" && isKind(state, Kind::Dict)) {
        // dict subclass (Bunch): its items are the base state.
        Node& n = t_.node(out);
        if (n.kind == Kind::Object) {
            n.kind = Kind::Dict;
            n.loader = Loader::DictNode;
        }
        for (auto e = t_.firstEdge(state); e != ObjectTree::kEnd; e = t_.edge(e).next)
            addChildL(out, t_.edge(e).child, t_.edge(e).label);
    } else if (base == "builtins.list" && isKind(state, Kind::List)) {
        for (NodeId x : items(state))
            append(out, x);
    } else if (state != kNoNode && !isKind(state, Kind::None)) {
        addChild(out, state, "base_state");
    }
    return true;
}

bool Machine::onNewObjHelper(const Call& c, NodeId& out)
{
    if (c.a.empty())
        return false;
    NodeId rest = newContainer(Kind::Tuple);
    if (c.name == "copyreg.__newobj__") {
        for (std::size_t i = 1; i < c.a.size(); ++i)
            addChild(rest, c.a[i]);
    } else if (c.a.size() > 1) {
        rest = c.a[1];
    }
    out = newObject(c.a[0], rest);
    return true;
}

bool Machine::onNdarrayReconstruct(const Call& c, NodeId& out)
{
    std::string type(t_.typeName(c.arg(0)));
    // A memmap-backed array pickles as an array of class memmap: numpy builds
    // it with ndarray.__new__ (no file is opened); skops lists the class as
    // untrusted. Only a call of numpy.memmap maps a file, and that call is
    // judged where it is made.
    const bool memmap = type == "numpy.memmap" || type == "numpy.core.memmap.memmap";
    if (memmap)
        dangerous_.erase(c.arg(0));
    if (type.empty())
        type = "numpy.ndarray";
    out = t_.addArray(ArrayInfo{}, t_.intern(type), Loader::NdArrayNode);
    if (memmap)
        t_.node(out).flags |= FlagTypeTagOnly;
    setRole(out, RoleArray);
    return true;
}

bool Machine::onMaskedReconstruct(const Call& /*c*/, NodeId& out)
{
    out = t_.add(Kind::Object, t_.intern("numpy.ma.core.MaskedArray"), Loader::MaskedArrayNode);
    setRole(out, RoleMasked);
    return true;
}

bool Machine::onFromBuffer(const Call& c, NodeId& out)
{
    if (c.a.size() < 3)
        return false;
    ArrayInfo info;
    std::string descr;
    std::int64_t itemsize = -1;
    if (dtypeInfo(c.arg(1), descr, itemsize)) {
        info.descr = descr;
        info.itemsize = itemsize;
    }
    info.shape = shapeOf(c.arg(2));
    info.fortranOrder = text(c.arg(3)) == "F";
    if (isKind(c.arg(0), Kind::Buffer))
        info.where = Where::Absent;
    else
        locate(info, c.arg(0));
    out = t_.addArray(std::move(info), t_.intern("numpy.ndarray"), Loader::NdArrayNode);
    return true;
}

bool Machine::onDType(const Call& c, NodeId& out)
{
    out = t_.add(Kind::DType, t_.intern("numpy.dtype"), Loader::DTypeNode);
    const std::string typestr(text(c.arg(0)));
    DTypeInfo& info = dtypes_[out];
    info.descr = typestr.empty() ? std::string(t_.typeName(c.arg(0))) : typestr;
    info.itemsize = typestrItemsize("|" + typestr);
    t_.setStrValue(out, t_.addString("'" + info.descr + "'"));
    setRole(out, RoleDType);
    return true;
}

bool Machine::onScalar(const Call& c, NodeId& out)
{
    if (c.a.empty())
        return false;
    ArrayInfo info;
    std::string descr;
    std::int64_t itemsize = -1;
    dtypeInfo(c.arg(0), descr, itemsize);
    info.descr = descr;
    info.itemsize = itemsize;
    const NodeId raw = c.arg(1);
    if (dtypeMayHoldObjects(descr) && raw != kNoNode && !isKind(raw, Kind::Bytes)) {
        info.where = Where::Children;
        out = t_.addArray(std::move(info), t_.intern("numpy.object_"), Loader::NdArrayNode);
        addChild(out, raw);
        return true;
    }
    locate(info, raw);
    const bool escaped = info.where == Where::Absent && raw != kNoNode;
    if ((!opt_.scalarValues || opt_.droppedScalarArgs) && !escaped && raw != kNoNode && isKind(raw, Kind::Bytes)
        && !t_.array(raw)) {
        // A number whose (dtype, bytes) arguments nothing else holds: they are dropped.
        const SimpleDType dt = parseSimpleDType(descr);
        if (dt.valid() && !dt.isText() && t_.strValue(raw).size() == static_cast<std::size_t>(dt.size)
            && dropScalarArgs(c, out, info, t_.intern(scalarTypeName(descr))))
            return true;
    }
    out = t_.addArray(std::move(info), t_.intern(scalarTypeName(descr)), Loader::NdArrayNode);
    if (escaped)
        keepEscapedData(out, raw);
    // The scalar's few bytes are in memory (not a located payload): its value
    // is shown as Python prints it, not just its dtype.
    if (raw != kNoNode && isKind(raw, Kind::Bytes) && !t_.array(raw)) {
        const std::string_view bytes = t_.strValue(raw);
        const SimpleDType dt = parseSimpleDType(descr);
        if (dt.valid() && !dt.isText() && bytes.size() == static_cast<std::size_t>(dt.size))
            t_.setScalarText(out, formatScalar(dt, bytes.data()));
        // A numpy.str_ (a dict key of class labels): its text, trailing NULs
        // dropped as numpy drops them, so the key is kept by value (convert).
        if (dt.valid() && dt.kind == 'U' && bytes.size() == static_cast<std::size_t>(dt.size))
            if (const auto text = utf32Text(bytes, dt.order == '>'))
                t_.setScalarText(out, *text);
    }
    return true;
}

bool Machine::onRandomStateCtor(const Call& /*c*/, NodeId& out)
{
    // numpy < 1.17 spelling of the RandomState constructor.
    out = t_.add(Kind::Object, t_.intern("numpy.random.mtrand.RandomState"), Loader::RandomStateNode);
    setRole(out, RoleState);
    return true;
}

bool Machine::onGeneratorCtor(const Call& c, NodeId& out)
{
    out = t_.add(Kind::Object, t_.intern("numpy.random._generator.Generator"), Loader::RandomGeneratorNode);
    setRole(out, RoleGenerator);
    // numpy >= 2: the bit generator object comes as the argument.
    if (role(c.arg(0)) == RoleState)
        if (NodeId st = t_.child(c.arg(0), "state"); st != kNoNode)
            addChild(out, st, "bit_generator_state");
    return true;
}

bool Machine::onBitGeneratorCtor(const Call& c, NodeId& out)
{
    std::string cls(text(c.arg(0)));
    if (cls.empty())
        cls = std::string(t_.typeName(c.arg(0)));
    else {
        static const std::map<std::string, std::string> mod = {{"MT19937", "_mt19937"},
                                                               {"PCG64", "_pcg64"},
                                                               {"PCG64DXSM", "_pcg64"},
                                                               {"Philox", "_philox"},
                                                               {"SFC64", "_sfc64"}};
        auto it = mod.find(cls);
        cls = "numpy.random." + (it != mod.end() ? it->second : std::string("bit_generator")) + "." + cls;
    }
    out = t_.add(Kind::Object, t_.intern(cls), Loader::ObjectNode);
    setRole(out, RoleState);
    return true;
}

bool Machine::onTreeOrLoss(const Call& c, NodeId& out)
{
    const bool tree = c.name == "sklearn.tree._tree.Tree";
    out = t_.add(Kind::Reduce, t_.intern(c.name), tree ? Loader::TreeNode : Loader::LossNode);
    addChild(out, c.args, "args");
    const NodeId ctor = t_.addGlobal(c.name, Loader::TypeNode);
    t_.node(ctor).flags |= FlagHidden;
    addChild(out, ctor, "constructor");
    setRole(out, RoleState);
    return true;
}

bool Machine::onCythonUnpickle(const Call& c, NodeId& out)
{
    if (!isKind(c.arg(0), Kind::Global))
        return false;
    // Cython auto-pickle: (cls, checksum, state-or-None) [+ BUILD(state)].
    const std::string_view cls = t_.typeName(c.arg(0));
    const bool loss = startsWith(cls, "sklearn._loss._loss.");
    out = t_.add(loss ? Kind::Reduce : Kind::Object, t_.intern(cls), loss ? Loader::LossNode : Loader::ObjectNode);
    if (c.arg(2) != kNoNode && !isKind(c.arg(2), Kind::None))
        addChild(out, c.arg(2), "state");
    if (loss) {
        const NodeId ctor = t_.addGlobal(cls, Loader::TypeNode);
        t_.node(ctor).flags |= FlagHidden;
        addChild(out, ctor, "constructor");
    }
    setRole(out, RoleState);
    return true;
}

bool Machine::onSklearnNewObj(const Call& c, NodeId& out)
{
    if (!isKind(c.arg(0), Kind::Global))
        return false;
    // KDTree/BallTree/DistanceMetric: newObj(cls) + BUILD(state tuple).
    out = t_.add(Kind::Object, t_.intern(t_.typeName(c.arg(0))), Loader::ObjectNode);
    setRole(out, RoleState);
    return true;
}

bool Machine::onOrderedDict(const Call& c, NodeId& out)
{
    out = newDict(c.name);
    for (NodeId pair : items(c.arg(0))) { // protocols 0-1: a list of [key, value]
        const auto kv = items(pair);
        if (kv.size() == 2)
            setItem(out, kv[0], kv[1]);
    }
    return true;
}

bool Machine::onDefaultDict(const Call& c, NodeId& out)
{
    out = newDict(c.name, Loader::DefaultDictNode);
    const NodeId main = newDict();
    addChild(out, main, "main");
    addChild(out, c.arg(0) != kNoNode ? c.arg(0) : prim(t_.addNone()), "default_factory");
    itemTarget_[out] = main;
    return true;
}

bool Machine::onPartial(const Call& c, NodeId& out)
{
    out = t_.add(Kind::Partial, t_.intern(c.name), Loader::PartialNode);
    if (c.arg(0) != kNoNode)
        addChild(out, c.arg(0), "func");
    setRole(out, RolePartial);
    return true;
}

bool Machine::onSlice(const Call& c, NodeId& out)
{
    out = t_.add(Kind::Slice, t_.intern(c.name), Loader::SliceNode);
    static const char* labels[] = {"start", "stop", "step"};
    for (std::size_t i = 0; i < 3; ++i)
        addChild(out, c.arg(i) != kNoNode ? c.arg(i) : prim(t_.addNone()), labels[i]);
    return true;
}

bool Machine::onCodecsEncode(const Call& c, NodeId& out)
{
    if (!isKind(c.arg(0), Kind::Str))
        return false;
    // Protocols <= 2 write bytes as encode(latin-1 text, 'latin1').
    std::string bytes;
    if (!utf8ToLatin1(text(c.arg(0)), bytes))
        bytes = std::string(text(c.arg(0)));
    out = t_.addBytes(bytes, Kind::Bytes);
    t_.node(out).type = t_.intern("builtins.bytes");
    t_.node(out).loader = Loader::BytesNode;
    return true;
}

bool Machine::onBytes(const Call& c, NodeId& out)
{
    const bool ba = c.name == "builtins.bytearray";
    NodeId src = c.arg(0);
    if (src != kNoNode && (isKind(src, Kind::Bytes) || isKind(src, Kind::ByteArray)) && !ba) {
        out = src;
        return true;
    }
    std::string bytes;
    if (isKind(src, Kind::Str)) {
        if (!utf8ToLatin1(text(src), bytes))
            bytes = std::string(text(src));
    } else if (isKind(src, Kind::Bytes)) {
        bytes = std::string(t_.strValue(src));
    }
    out = t_.addBytes(bytes, ba ? Kind::ByteArray : Kind::Bytes);
    t_.node(out).type = t_.intern(c.name);
    t_.node(out).loader = ba ? Loader::BytearrayNode : Loader::BytesNode;
    if (const auto loc = rawLoc_.find(src))
        rawLoc_.set(out, *loc);
    if (const ArrayInfo* ai = src != kNoNode ? t_.array(src) : nullptr)
        t_.attachArray(out, *ai);
    return true;
}

bool Machine::onSet(const Call& c, NodeId& out)
{
    out = newContainer(c.name == "builtins.set" ? Kind::Set : Kind::FrozenSet);
    for (NodeId x : items(c.arg(0)))
        addChild(out, x);
    return true;
}

bool Machine::onGetattr(const Call& c, NodeId& out)
{
    if (c.a.size() != 2 || !isKind(c.a[1], Kind::Str))
        return false;
    const std::string attr(text(c.a[1]));
    if (isKind(c.a[0], Kind::Global)) {
        // Attribute of a module or class: a getattr chain names a new global,
        // the object a protocol 4 dotted name ("Class.attr") would import.
        // That name is judged (the table, dunders, aliases), so the getattr is
        // explained: Python writes it for unbound methods of builtin types
        // (str.lower), enum members and classmethods (ZoneInfo._unpickle).
        out = globalNode(std::string(t_.typeName(c.a[0])) + "." + attr, true);
        dangerous_.erase(c.callable);
        return true;
    }
    const Node& obj = t_.node(c.a[0]);
    if (obj.kind == Kind::Object || obj.kind == Kind::Reduce || obj.kind == Kind::Dict || obj.kind == Kind::List) {
        // Bound method: skops' MethodNode reports module.Class.func.
        const std::string owner(t_.typeName(c.a[0]));
        out = t_.add(Kind::Method, t_.intern(owner), Loader::MethodNode);
        t_.setStrValue(out, t_.addString(attr));
        addChild(out, c.a[0], "obj");
        const NodeId f = globalNode(owner + "." + attr, false);
        t_.node(f).loader = Loader::MethodName;
        addChild(out, f, "func");
        dangerous_.erase(c.callable); // getattr explained: the method's own name is audited
        return true;
    }
    return false;
}

bool Machine::onNestedLoads(const Call& c, NodeId& out)
{
    // A loader called on bytes embedded in this file: what Python unpickles
    // there is read statically (a flat walk: every global it imports, with
    // what makes it dangerous) and reported with the call. The loader itself
    // stays flagged: Skopos does not decide what the nested pickle returns.
    const NodeId data = c.arg(nestedBytesArg(c.name));
    if (!isKind(data, Kind::Bytes) && !isKind(data, Kind::ByteArray))
        return false;
    std::string bytes(t_.strValue(data));
    std::string unread;
    if (const ArrayInfo* ai = t_.array(data); ai && bytes.empty() && ai->length > 0) {
        // A long payload was skipped while reading: fetch it from the file
        // (as bytes of an uint8 array), within the string limit.
        try {
            if (ai->length > opt_.limits.maxStringBytes)
                throw ReadError("longer than Limits::maxStringBytes");
            const ArrayPreview p = readArrayPreview(doc_.path, *ai, static_cast<std::int64_t>(ai->length), opt_.limits,
                                                    opt_.cancel);
            bytes.reserve(p.values.size());
            for (double v : p.values)
                bytes.push_back(static_cast<char>(static_cast<unsigned char>(v)));
        } catch (const ReadError& e) {
            unread = e.what();
        }
    }
    const std::size_t size = bytes.size();
    auto src = openMemorySource(std::move(bytes));
    Input nested(*src);
    FlatScanResult flat = flatScan(nested, opt_.limits, [this] { return opt_.cancelled(); });
    if (!unread.empty())
        flat.stoppedBy = "the embedded bytes cannot be read: " + unread;
    out = t_.add(Kind::Reduce, t_.intern(c.name), Loader::ConstructorFromReduceNode);
    addChild(out, c.args, "args");
    setRole(out, RoleObject);
    std::set<std::string> names;
    for (const FlatGlobal& g : flat.globals) {
        if (!names.insert(g.imported).second)
            continue;
        // Not in this pickle's own globals (what its find_class imports): the
        // nested loader imports them (Python 2 names as fix_imports renames
        // them, as for the file's own globals); the tree, the verdicts and the
        // note show them.
        const NodeId n = globalNode(g.imported, false);
        if (!g.dangerous.empty())
            dangerous_[n] = g.dangerous;
        addChild(out, n, "imported by the embedded pickle");
    }
    std::string list;
    for (const auto& n : names)
        list += (list.empty() ? "" : ", ") + n;
    doc_.notes.push_back(std::string(c.name) + " at offset " + std::to_string(opOffset_) + " unpickles "
                         + std::to_string(size)
                         + " embedded bytes; they import: " + (list.empty() ? std::string("nothing") : list)
                         + (flat.stoppedBy.empty() ? std::string() : " (the walk stopped: " + flat.stoppedBy + ")"));
    return true;
}

bool Machine::onOperatorFunc(const Call& c, NodeId& out)
{
    out = t_.add(Kind::Reduce, t_.intern(c.name), Loader::OperatorFuncNode);
    addChild(out, c.args, "attrs");
    return true;
}

void Machine::build(NodeId obj, NodeId state)
{
    switch (role(obj)) {
    case RoleArray: buildArray(obj, state); break;
    case RoleMasked: buildMasked(obj, state); break;
    case RoleDType: buildDType(obj, state); break;
    case RoleNumpyWrapper: buildNumpyWrapper(obj, state); return;
    case RoleOldWrapper: buildOldWrapper(obj, state, false); return;
    case RoleZOldWrapper: buildOldWrapper(obj, state, true); return;
    case RolePartial: {
        // state = (func, args, kwds, namespace)
        const auto s = items(state);
        static const char* labels[] = {"func", "args", "kwds", "namespace"};
        NodeId fresh = t_.add(Kind::Partial, t_.node(obj).type, Loader::PartialNode);
        for (std::size_t i = 0; i < s.size() && i < 4; ++i)
            addChild(fresh, s[i], labels[i]);
        // Keep the node identity: move the rebuilt children onto obj.
        Node& o = t_.node(obj);
        o.firstEdge = t_.node(fresh).firstEdge;
        o.lastEdge = t_.node(fresh).lastEdge;
        o.childCount = t_.node(fresh).childCount;
        t_.node(fresh).firstEdge = t_.node(fresh).lastEdge = UINT32_MAX;
        t_.node(fresh).childCount = 0;
        break;
    }
    case RoleGenerator: addChild(obj, state, "bit_generator_state"); break;
    case RoleObject:
        if (t_.node(obj).loader == Loader::ConstructorFromReduceNode)
            t_.node(obj).loader = Loader::ObjectNode;
        [[fallthrough]];
    default:
        if (!isKind(state, Kind::None))
            addChild(obj, state, "state");
        break;
    }
}

void Machine::buildArray(NodeId arr, NodeId state)
{
    auto s = items(state);
    if (s.size() == 5)
        s.erase(s.begin()); // version number
    if (s.size() != 4)
        fail("numpy array state is not (version, shape, dtype, is_fortran, data)");
    ArrayInfo& info = *t_.array(arr);
    info.shape = shapeOf(s[0]);
    std::string descr;
    std::int64_t itemsize = -1;
    if (dtypeInfo(s[1], descr, itemsize)) {
        info.descr = descr;
        info.itemsize = itemsize;
    }
    info.fortranOrder = isKind(s[2], Kind::Bool) && t_.node(s[2]).value.i;
    locate(info, s[3]);
    if (info.where == Where::Children) {
        for (NodeId x : items(s[3]))
            addChild(arr, x);
    } else if (info.where == Where::Absent) {
        keepEscapedData(arr, s[3]);
    }
    if (info.length == 0 && info.itemsize > 0 && info.elementCount() >= 0)
        info.length = static_cast<std::uint64_t>(info.elementCount() * info.itemsize);
}

void Machine::keepEscapedData(NodeId arr, NodeId raw)
{
    // Escaped bytes (protocols 0-2) are not a file range: keep them reachable
    // as a hidden "data" child (the converter copies them from there).
    // The bytes object may be shared through the memo (two empty arrays, one
    // b''), so the hidden child is a fresh node pointing at the same text:
    // hiding the shared one would hide it from its other parents too.
    if (raw == kNoNode || isKind(raw, Kind::None))
        return;
    const Node r = t_.node(raw);
    const NodeId copy = t_.add(r.kind, r.type, Loader::None);
    Node& c = t_.node(copy);
    c.value = r.value;
    c.flags = static_cast<std::uint8_t>((r.flags & (FlagStrValue | FlagArrayValue)) | FlagHidden);
    addChild(arr, copy, "data");
}

void Machine::buildMasked(NodeId obj, NodeId state)
{
    // (version, shape, dtype, is_fortran, data, mask, fill_value)
    const auto s = items(state);
    if (s.size() < 6)
        fail("masked array state is too short");
    std::string descr;
    std::int64_t itemsize = -1;
    dtypeInfo(s[2], descr, itemsize);
    for (int part = 0; part < 2; ++part) {
        ArrayInfo info;
        info.shape = shapeOf(s[1]);
        info.fortranOrder = isKind(s[3], Kind::Bool) && t_.node(s[3]).value.i;
        info.descr = part == 0 ? descr : "|b1";
        info.itemsize = part == 0 ? itemsize : 1;
        locate(info, s[4 + part]);
        const bool elements = info.where == Where::Children;
        const bool escaped = info.where == Where::Absent;
        const NodeId a = t_.addArray(std::move(info), t_.intern("numpy.ndarray"), Loader::NdArrayNode);
        if (elements) // object dtype: the elements are audited (and converted) like any array's
            for (NodeId x : items(s[4 + part]))
                addChild(a, x);
        else if (escaped)
            keepEscapedData(a, s[4 + part]);
        addChild(obj, a, part == 0 ? "data" : "mask");
    }
}

void Machine::buildDType(NodeId dt, NodeId state)
{
    // (version, byteorder, subarray, names, fields, elsize, alignment, flags[, metadata])
    const auto s = items(state);
    DTypeInfo& info = dtypes_[dt];
    const std::string typestr = info.descr;
    if (s.size() < 2 || typestr.empty())
        return;
    std::string order(text(s[1]));
    if (order.empty())
        order = "|";
    std::string descr;
    const NodeId names = s.size() >= 8 ? s[3] : kNoNode;
    const NodeId fields = s.size() >= 8 ? s[4] : kNoNode;
    if (isKind(names, Kind::Tuple) && isKind(fields, Kind::Dict)) {
        descr = "[";
        bool first = true;
        for (NodeId nm : items(names)) {
            const std::string_view field = text(nm);
            const NodeId entry = t_.child(fields, field);
            const auto parts = items(entry);
            std::string fd = "?";
            std::int64_t ignored;
            if (!parts.empty())
                dtypeInfo(parts[0], fd, ignored);
            descr += (first ? "" : ", ") + std::string("('") + std::string(field) + "', '" + fd + "')";
            first = false;
        }
        descr += "]";
    } else if (!typestr.empty() && typestr[0] == 'O') {
        descr = "|O";
    } else {
        descr = order + typestr;
        if (s.size() >= 9 && (typestr[0] == 'M' || typestr[0] == 'm')) {
            // datetime metadata: (dict, (unit, num, 1, 1))
            const auto md = items(s[8]);
            const auto unit = md.size() == 2 ? items(md[1]) : std::vector<NodeId>{};
            if (!unit.empty()) {
                const std::string_view u = t_.strValue(unit[0]);
                if (!u.empty())
                    descr += "[" + std::string(u) + "]";
            }
        }
    }
    if (s.size() >= 8 && isKind(s[5], Kind::Int) && t_.node(s[5]).value.i > 0)
        info.itemsize = t_.node(s[5]).value.i;
    info.descr = descr;
    t_.setStrValue(dt, t_.addString("'" + descr + "'"));
}

void Machine::buildNumpyWrapper(NodeId wrapper, NodeId state)
{
    // joblib NumpyArrayWrapper: BUILD(state dict), then the array bytes (or a
    // nested pickle for object dtypes) follow in the stream itself.
    ArrayInfo info;
    info.shape = shapeOf(t_.child(state, "shape"));
    info.fortranOrder = text(t_.child(state, "order")) == "F";
    rawPayloadStarts();
    std::string descr;
    std::int64_t itemsize = -1;
    if (!dtypeInfo(t_.child(state, "dtype"), descr, itemsize))
        fail("joblib array state has no dtype");
    info.descr = descr;
    info.itemsize = itemsize;
    std::string type(t_.typeName(t_.child(state, "subclass")));
    if (type.empty() || type == "numpy.memmap")
        type = "numpy.ndarray";
    if (dtypeMayHoldObjects(descr)) {
        // Object array: a complete pickle with its own memo and stack follows.
        if (outer_.size() >= 16)
            fail("joblib object arrays nested too deeply");
        emitPayload(in_.pos(), 0, "nested pickle of an object array follows");
        outer_.push_back(Frame{std::move(stack_), std::move(marks_), std::move(memo_), protocol_});
        stack_.clear();
        marks_.clear();
        markOffsets_.clear();
        memo_ = Memo{};
        nestedWrappers_.push_back(wrapper);
        return;
    }
    if (itemsize <= 0 || info.elementCount() < 0)
        fail("cannot size joblib array of dtype " + descr);
    const std::uint64_t n = static_cast<std::uint64_t>(info.elementCount()) * static_cast<std::uint64_t>(itemsize);
    const NodeId align = t_.child(state, "numpy_array_alignment_bytes");
    if (isKind(align, Kind::Int) && t_.node(align).value.i > 0) {
        const std::uint64_t at = in_.pos();
        const int pad = in_.get();
        if (pad < 0)
            fail("truncated joblib array padding");
        // joblib reads this byte as a length and skips that many bytes,
        // whatever it is (0 included): so do we, so nothing after is hidden.
        in_.skip(static_cast<std::uint64_t>(pad), "joblib array padding");
        emitPayload(at, static_cast<std::uint64_t>(pad) + 1, "alignment padding");
    }
    info.where = where_;
    info.offset = in_.pos();
    info.length = n;
    in_.skip(n, "joblib array data");
    std::string shape = "(";
    for (std::size_t i = 0; i < info.shape.size(); ++i)
        shape += std::to_string(info.shape[i]) + (info.shape.size() == 1 ? "," : i + 1 < info.shape.size() ? ", " : "");
    shape += ")";
    emitPayload(info.offset, n, "array data " + descr + " " + shape);
    const NodeId arr = t_.addArray(std::move(info), t_.intern(type), Loader::NdArrayNode);
    stack_.back() = arr;
}

void Machine::buildOldWrapper(NodeId wrapper, NodeId state, bool zfile)
{
    (void)wrapper;
    // joblib < 0.10: the data lives in a companion file next to the pickle.
    std::string file(text(t_.child(state, "filename")));
    // joblib joins the name to the pickle's folder: an absolute name or ".."
    // makes it load (and unpickle) a file from anywhere.
    const bool outside = escapesFolder(file);
    if (outside) {
        doc_.notes.push_back("joblib companion file \"" + file
                             + "\" lies outside the model's folder: joblib would load it from there");
        const NodeId g = t_.addGlobal(kCompanionOutside, Loader::FunctionNode);
        dangerous_[g] = std::string(kCompanionOutside);
        globals_.insert(std::string(kCompanionOutside));
    }
    // Only the base name: a hostile file must not make us open other paths.
    if (const auto slash = file.find_last_of("/\\"); slash != std::string::npos)
        file = file.substr(slash + 1);
    std::string type(t_.typeName(t_.child(state, "subclass")));
    if (type.empty())
        type = "numpy.ndarray";
    ArrayInfo info;
    info.where = Where::Absent;
    const std::string path = (dir_.empty() ? std::string() : dir_ + "/") + file;
    if (zfile) {
        // ZNDArrayWrapper: state = (init_args, ndarray state without data); data zlib-compressed.
        const auto s = items(t_.child(state, "state"));
        if (s.size() >= 3) {
            std::size_t i = s.size() >= 4 ? 1 : 0;
            info.shape = shapeOf(s[i]);
            std::int64_t itemsize = -1;
            std::string descr;
            dtypeInfo(s[i + 1], descr, itemsize);
            info.descr = descr;
            info.itemsize = itemsize;
        }
        std::ifstream probe(path, std::ios::binary);
        if (!file.empty() && probe) {
            info.where = Where::External;
            info.source = path;
            info.compressed = true;
        } else {
            doc_.notes.push_back("companion file " + file + " is missing: that array's data is absent");
        }
    } else {
        std::ifstream f(path, std::ios::binary);
        if (!file.empty() && f) {
            try {
                const NpyHeader h = readNpyFileHeader(path, opt_.limits);
                info = h.toArrayInfo(Where::External, path);
            } catch (const ReadError& e) {
                doc_.notes.push_back("companion file " + file + " is not a valid .npy file (" + e.what()
                                     + "): that array's data is absent");
            }
        } else {
            doc_.notes.push_back("companion file " + file + " is missing: that array's data is absent");
        }
    }
    const NodeId arr = t_.addArray(std::move(info), t_.intern(type), Loader::NdArrayNode);
    stack_.back() = arr;
}

} // namespace skopos::pickle
