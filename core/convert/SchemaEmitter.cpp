#include "convert/SchemaEmitter.h"

#include "convert/Converter.h"
#include "tree/PyFloat.h"
#include "trust/DangerousNames.h"
#include "tree/Limits.h"

#include <QUuid>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

namespace skopos::convert {

std::pair<std::string, std::string> splitTypeName(std::string_view q)
{
    const auto dot = q.rfind('.');
    if (dot == std::string_view::npos)
        return {"builtins", std::string(q)};
    return {std::string(q.substr(0, dot)), std::string(q.substr(dot + 1))};
}

SchemaEmitter::SchemaEmitter(const Document& doc, const AuditResult& audit, std::vector<std::uint32_t> droppedScalars)
    : doc_(doc), audit_(audit), t_(doc.tree), w_(out_), onPath_(doc.tree.size(), 0),
      dropped_(std::move(droppedScalars)),
      nextSynth_(static_cast<std::uint64_t>(doc.tree.size()) + 2 * dropped_.size() + 1)
{
    if (!std::is_sorted(dropped_.begin(), dropped_.end()))
        std::sort(dropped_.begin(), dropped_.end());
}

std::uint64_t SchemaEmitter::number(NodeId n) const
{
    // A full read had each dropped scalar's bytes and tuple just before it:
    // `before` = how many dropped ids are <= n. Nodes come mostly in id
    // order, so the last answer is tried first.
    const std::size_t h = numberHint_;
    std::size_t before;
    if (h <= dropped_.size() && (h == 0 || dropped_[h - 1] <= n) && (h == dropped_.size() || n < dropped_[h]))
        before = h;
    else if (h < dropped_.size() && dropped_[h] <= n && (h + 1 == dropped_.size() || n < dropped_[h + 1]))
        before = h + 1;
    else
        before = static_cast<std::size_t>(std::upper_bound(dropped_.begin(), dropped_.end(), n) - dropped_.begin());
    numberHint_ = before;
    return static_cast<std::uint64_t>(n) + 1 + 2 * static_cast<std::uint64_t>(before);
}

std::string SchemaEmitter::run()
{
    // Reserve the whole text up front: growth by doubling would copy it
    // over and over, while pages never touched cost no memory. ~400 bytes
    // per tree node covers a dict entry's value node plus the key_types
    // entry skops writes for it.
    out_.reserve(std::min<std::size_t>(t_.size(), std::size_t(1) << 24) * 400 + (1u << 16));
    run(TextSink{});
    return std::move(out_);
}

void SchemaEmitter::run(const TextSink& sink)
{
    if (!t_.valid(t_.root))
        throw ConvertRefused("the file holds no object to convert", false);
    if (sink) {
        out_.reserve(2u << 20);
        w_.setSink(&sink);
    }
    // About one member per array: no growth by doubling (a million members
    // would copy their records over and over, and hold twice the room).
    members_.reserve(t_.arrays().size() + 16);
    hasMember_.reserve(t_.size());
    w_.beginObject();
    path_.push_back({"root", 0});
    // The top-level state's own fields, then protocol and _skops_version
    // (added by skops' _save after get_state).
    nodeFields(t_.root);
    w_.fieldRaw("protocol", "2");
    w_.field("_skops_version", kSkopsVersion);
    w_.endObject();
    w_.flush();
    w_.setSink(nullptr);
}

const ArrayInfo& SchemaEmitter::arrayOf(const Member& m) const
{
    static const ArrayInfo kNoArray;
    if (m.extra && m.node == kNoNode)
        return m.extra->array;
    const ArrayInfo* a = t_.array(m.node);
    return a ? *a : kNoArray;
}

std::string_view SchemaEmitter::nameOf(const Member& m, char (&buffer)[32]) const
{
    if (m.type == Member::Type::Bin)
        return m.extra->name;
    const std::uint64_t id = m.node != kNoNode ? number(m.node) : m.extra->number;
    const auto r = std::to_chars(buffer, buffer + 24, id);
    const bool npz = m.type == Member::Type::Npz || m.type == Member::Type::CopyMember; // sparse matrices
    std::memcpy(r.ptr, npz ? ".npz" : ".npy", 4);
    return {buffer, static_cast<std::size_t>(r.ptr + 4 - buffer)};
}

bool MemberList::add(Member m, const ObjectTree& t)
{
    const ArrayInfo* a = m.node != kNoNode ? t.array(m.node) : nullptr;
    if (m.type == Member::Type::Npy && !m.inlineBytes && !m.extra && m.node < kFull && a && a->length == m.length) {
        order_.push_back(m.node);
        return true;
    }
    order_.push_back(kFull | static_cast<std::uint32_t>(full_.size()));
    full_.push_back(std::move(m));
    return false;
}

const Member& MemberList::at(std::size_t i, Member& scratch, const ObjectTree& t) const
{
    const std::uint32_t v = order_[i];
    if (v & kFull)
        return full_[v & ~kFull];
    scratch.type = Member::Type::Npy;
    scratch.inlineBytes = false;
    scratch.node = v;
    scratch.length = t.array(v)->length;
    scratch.bytes = nullptr;
    scratch.extra.reset();
    return scratch;
}

std::string_view SchemaEmitter::existingMember(NodeId n)
{
    if (n >= hasMember_.size() || !hasMember_[n])
        return {};
    if (const auto it = fullIndex_.find(n); it != fullIndex_.end())
        return nameOf(members_.at(it->second, scratch_, t_), nameBuffer_);
    return plainName(n);
}

std::string_view SchemaEmitter::plainName(NodeId n)
{
    scratch_.type = Member::Type::Npy;
    scratch_.node = n;
    scratch_.extra.reset();
    return nameOf(scratch_, nameBuffer_);
}

std::string_view SchemaEmitter::addMember(Member m, NodeId n)
{
    const std::size_t index = members_.size();
    if (members_.add(std::move(m), t_)) {
        hasMember_.resize(t_.size());
        hasMember_[n] = true;
        return plainName(n);
    }
    if (n != kNoNode) {
        hasMember_.resize(t_.size());
        hasMember_[n] = true;
        fullIndex_.emplace(n, static_cast<std::uint32_t>(index));
    }
    return nameOf(members_.at(index, scratch_, t_), nameBuffer_);
}

std::string SchemaEmitter::uuidName()
{
    // skops names .bin members uuid4().bin.
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string SchemaEmitter::path() const
{
    std::string p;
    for (const auto& s : path_) {
        if (!p.empty())
            p += '/';
        p += s.label.empty() ? std::to_string(s.index) : std::string(s.label);
    }
    return p;
}

namespace {
// Names from a hostile file may hold control characters (a NUL would end the
// message where it is printed as a C string): shown as \xNN.
std::string printable(const std::string& s)
{
    static const char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        } else {
            out += ch;
        }
    }
    return out;
}
} // namespace

void SchemaEmitter::refuse(NodeId n, const std::string& why) const
{
    const std::string type = typeOf(n);
    throw ConvertRefused(
        printable("cannot convert " + (type.empty() ? std::string("a value") : type) + " at " + path() + ": " + why),
        false, type, path());
}

std::vector<std::pair<StrId, NodeId>> SchemaEmitter::visibleChildren(NodeId n) const
{
    std::vector<std::pair<StrId, NodeId>> out;
    for (auto e = t_.firstEdge(n); e != ObjectTree::kEnd; e = t_.edge(e).next) {
        const Edge& ed = t_.edge(e);
        if (!(t_.node(ed.child).flags & FlagHidden))
            out.emplace_back(ed.label, ed.child);
    }
    return out;
}

void SchemaEmitter::head(std::string_view cls, std::string_view module, std::string_view loader)
{
    w_.field("__class__", cls);
    w_.field("__module__", module);
    w_.field("__loader__", loader);
}

namespace {
// Strict UTF-8 (no overlongs, no surrogates): what Python's unpickler and
// json accept for a module or class name.
bool validUtf8(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : -1;
        if (n < 0 || i + static_cast<std::size_t>(n) >= s.size() + (n == 0 ? 1 : 0))
            return false;
        std::uint32_t cp = n == 0 ? c : c & (0x3f >> n);
        for (int k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((d & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3f);
        }
        static const std::uint32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMin[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += static_cast<std::size_t>(n) + 1;
    }
    return true;
}
} // namespace

void SchemaEmitter::headOf(NodeId n, std::string_view loader)
{
    if (!validUtf8(t_.typeName(n)))
        refuse(n, "a global name that is not valid UTF-8 (Python's unpickler cannot read it either)");
    const auto [module, cls] = splitTypeName(t_.typeName(n));
    head(cls, module, loader);
}

void SchemaEmitter::idField(NodeId n)
{
    char text[24];
    const auto r = std::to_chars(text, text + sizeof text, number(n));
    w_.fieldRaw("__id__", std::string_view(text, static_cast<std::size_t>(r.ptr - text)));
}

// A child value: its own JSON object.
void SchemaEmitter::node(NodeId n, std::string_view label)
{
    path_.push_back({label, 0});
    w_.beginObject();
    nodeFields(n);
    w_.endObject();
    path_.pop_back();
}

void SchemaEmitter::node(NodeId n, std::size_t index)
{
    path_.push_back({{}, index});
    w_.beginObject();
    nodeFields(n);
    w_.endObject();
    path_.pop_back();
}

void SchemaEmitter::nodeAt(NodeId n) { node(n, {}); }

void SchemaEmitter::nodeFields(NodeId n)
{
    if (!t_.valid(n))
        throw ConvertRefused("cannot convert: a value is missing at " + path(), false, {}, path());
    if (path_.size() > limits::kMaxConvertDepth)
        refuse(n, "nested deeper than " + std::to_string(limits::kMaxConvertDepth) + " levels");
    if (onPath_[n])
        refuse(n, "the object contains itself (a cycle); skops cannot write cycles");
    const Node& nd = t_.node(n);
    if (audit_.verdict(n) == Verdict::Dangerous)
        throw ConvertRefused("refusing to convert: " + typeOf(n) + " at " + path()
                                 + " is a dangerous global (it can run code or touch the system when loaded)",
                             true, typeOf(n), path());
    onPath_[n] = 1;
    switch (nd.kind) {
    case Kind::None:
    case Kind::Bool:
    case Kind::Int:
    case Kind::BigInt:
    case Kind::Float:
    case Kind::Str:
        if (nd.loader == Loader::JsonNode || nd.loader == Loader::None)
            json(n);
        else
            refuse(n, "a primitive value held by " + std::string(loaderName(nd.loader)));
        break;
    default: dispatch(n); break;
    }
    onPath_[n] = 0;
}

void SchemaEmitter::dispatch(NodeId n)
{
    const Node& nd = t_.node(n);
    switch (nd.loader) {
    case Loader::DictNode: dict(n); return;
    case Loader::DefaultDictNode: defaultDict(n); return;
    case Loader::ListNode: sequence(n, "ListNode"); return;
    case Loader::TupleNode: sequence(n, "TupleNode"); return;
    case Loader::SetNode: sequence(n, "SetNode"); return;
    case Loader::BytesNode:
    case Loader::BytearrayNode: bytesNode(n); return;
    case Loader::SliceNode: slice(n); return;
    case Loader::FunctionNode:
    case Loader::FunctionNodeV0:
    case Loader::TypeNode: global(n); return;
    case Loader::MethodNode: method(n); return;
    case Loader::PartialNode: partial(n); return;
    case Loader::OperatorFuncNode: operatorFunc(n); return;
    case Loader::ConstructorFromReduceNode: constructorFromReduce(n); return;
    case Loader::ObjectNode: object(n); return;
    case Loader::NdArrayNode: ndarray(n); return;
    case Loader::MaskedArrayNode: maskedArray(n); return;
    case Loader::DTypeNode: dtype(n); return;
    case Loader::RandomStateNode: randomState(n); return;
    case Loader::RandomGeneratorNode: randomGenerator(n); return;
    case Loader::SparseMatrixNode: sparse(n); return;
    case Loader::TreeNode: reduceNode(n, "TreeNode"); return;
    case Loader::LossNode:
    case Loader::SGDNode: reduceNode(n, "LossNode"); return;
    case Loader::None:
        // Values without a skops loader: raw JSON containers of old skops
        // files (protocol-0 generator state) and plain globals.
        switch (nd.kind) {
        case Kind::Dict: dict(n); return;
        case Kind::List: sequence(n, "ListNode"); return;
        case Kind::Tuple: sequence(n, "TupleNode"); return;
        case Kind::Global: global(n); return;
        default: break;
        }
        break;
    default: break;
    }
    switch (nd.kind) {
    case Kind::FrozenSet: refuse(n, "skops cannot save a frozenset (it would load as an empty one)");
    case Kind::Persistent: refuse(n, "a persistent reference to an object outside the file");
    case Kind::Buffer: refuse(n, "an out-of-band pickle buffer whose bytes are not in the file");
    case Kind::Opaque: refuse(n, "a value Skopos cannot expand");
    default: break;
    }
    if (nd.loader == Loader::QuantileForestNode || nd.loader == Loader::DictWithDeprecatedKeysNode)
        refuse(n, std::string(loaderName(nd.loader)) + " is not supported by the converter");
    refuse(n, "skops has no node for this " + std::string(kindName(nd.kind)) + " value");
}

// ---------------------------------------------------------------- primitives

void SchemaEmitter::jsonLiteral(std::string_view text)
{
    head("str", "builtins", "JsonNode");
    w_.field("content", text);
    w_.fieldRaw("is_json", "true");
}

void SchemaEmitter::json(NodeId n)
{
    const Node& nd = t_.node(n);
    std::string text;
    switch (nd.kind) {
    case Kind::None: text = "null"; break;
    case Kind::Bool: text = nd.value.i ? "true" : "false"; break;
    case Kind::Int: text = std::to_string(nd.value.i); break;
    case Kind::BigInt: text = std::string(t_.strValue(n)); break;
    case Kind::Float: text = pyFloatJson(nd.value.f); break;
    case Kind::Str:
        if (nd.flags & FlagArrayValue)
            refuse(n, "a string too large to hold in memory");
        text = jsonString(t_.strValue(n));
        break;
    default: break;
    }
    jsonLiteral(text);
    idField(n);
}

void SchemaEmitter::jsonValue(NodeId n)
{
    const Node& nd = t_.node(n);
    switch (nd.kind) {
    case Kind::None: w_.raw("null"); return;
    case Kind::Bool: w_.raw(nd.value.i ? "true" : "false"); return;
    case Kind::Int: w_.raw(std::to_string(nd.value.i)); return;
    case Kind::BigInt: w_.raw(t_.strValue(n)); return;
    case Kind::Float: w_.raw(pyFloatJson(nd.value.f)); return;
    case Kind::Str: w_.string(t_.strValue(n)); return;
    default: refuse(n, "a slice bound that is not a plain number, string or None");
    }
}

// ---------------------------------------------------------------- containers

namespace {
// numpy scalar keys skops writes by value (dict_get_state: key.item()), as
// the builtin type whose text json.dumps gives that value; "" for others
// (float32 and float16 keys: the tree shows numpy's repr, not the Python
// float's; bytes_ keys: json.dumps refuses them).
std::string_view numpyKeyAs(std::string_view type)
{
    static const std::set<std::string_view> ints = {"numpy.int8",  "numpy.int16",  "numpy.int32",  "numpy.int64",
                                                    "numpy.uint8", "numpy.uint16", "numpy.uint32", "numpy.uint64"};
    if (ints.count(type))
        return "builtins.int";
    if (type == "numpy.bool_")
        return "builtins.bool";
    if (type == "numpy.float64")
        return "builtins.float";
    if (type == "numpy.str_")
        return "builtins.str";
    return {};
}

// json.dumps turns dict keys into text: str as is, the rest like JSON values.
std::string keyText(std::string_view label, std::string_view keyType)
{
    if (const std::string_view as = numpyKeyAs(keyType); !as.empty())
        keyType = as;
    if (keyType == "builtins.bool")
        return label == "True" ? "true" : label == "False" ? "false" : std::string(label);
    if (keyType == "builtins.NoneType")
        return "null";
    if (keyType == "builtins.float") {
        if (label == "inf")
            return "Infinity";
        if (label == "-inf")
            return "-Infinity";
        if (label == "nan")
            return "NaN";
    }
    return std::string(label);
}

bool looksInt(std::string_view s)
{
    std::size_t i = (!s.empty() && s[0] == '-') ? 1 : 0;
    if (i >= s.size())
        return false;
    return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

// A numpy scalar key's label is its value when the pickle held its bytes
// (Machine::setItem); otherwise it is the array's "<U3 ()" description.
bool numpyKeyHasValue(std::string_view label, std::string_view as)
{
    if (as == "builtins.int")
        return looksInt(label);
    if (as == "builtins.bool")
        return label == "True" || label == "False";
    if (as == "builtins.float") {
        double d = 0;
        const auto r = std::from_chars(label.data(), label.data() + label.size(), d);
        return label == "inf" || label == "-inf" || label == "nan"
            || (r.ec == std::errc() && r.ptr == label.data() + label.size());
    }
    const bool described = label.size() > 4 && std::string_view("<>|=").find(label[0]) != std::string_view::npos
        && label[1] == 'U' && label.find(" (") != std::string_view::npos && label.back() == ')';
    return !described;
}
} // namespace

void SchemaEmitter::dict(NodeId n)
{
    headOf(n, "DictNode");
    if (t_.typeName(n).empty())
        refuse(n, "a dict without a type");
    // Key types: skops lists one type per key; the tree keeps each type once.
    std::vector<std::string> types;
    for (auto e = t_.firstEdge(n); e != ObjectTree::kEnd; e = t_.edge(e).next) {
        const Edge& ed = t_.edge(e);
        if ((t_.node(ed.child).flags & FlagHidden) && t_.str(ed.label) == "key_types")
            for (const auto& [l, k] : t_.children(ed.child))
                types.emplace_back(t_.typeName(k));
    }
    static const std::set<std::string_view> jsonKeys = {"builtins.str", "builtins.int", "builtins.float",
                                                        "builtins.bool", "builtins.NoneType"};
    // A skops input already holds the JSON key text and one key type per
    // key (numpy scalar keys included: skops writes key.item()); a pickle's
    // tree keeps each key type once and labels keys by their Python text.
    const bool fromSkops = doc_.format == "skops";
    for (const auto& ty : types)
        if (!jsonKeys.count(ty) && !(fromSkops && ty.rfind("numpy.", 0) == 0) && numpyKeyAs(ty).empty())
            refuse(n,
                   "a dict key of type " + ty + " (skops writes only str, int, float, bool and None keys"
                       + std::string(fromSkops ? ")" : ", and numpy integer, bool, float64 and str_ keys by value)"));
    const auto kids = visibleChildren(n);
    const bool perKey = fromSkops && types.size() == kids.size();
    std::size_t keyIndex = 0;
    const auto typeFor = [&](std::string_view label) -> std::string_view {
        if (perKey)
            return types[keyIndex++];
        if (types.size() <= 1)
            return types.empty() ? std::string_view("builtins.str") : std::string_view(types[0]);
        const auto has = [&](const char* t) { return std::find(types.begin(), types.end(), t) != types.end(); };
        if ((label == "True" || label == "False") && has("builtins.bool"))
            return "builtins.bool";
        if (label == "None" && has("builtins.NoneType"))
            return "builtins.NoneType";
        if (looksInt(label) && has("builtins.int"))
            return "builtins.int";
        if (has("builtins.str"))
            return "builtins.str";
        if (has("builtins.float"))
            return "builtins.float";
        return types[0];
    };
    std::vector<std::string_view> keyTypes; // views of `types` or literals
    keyTypes.reserve(kids.size());
    w_.key("content");
    w_.beginObject();
    for (const auto& [label, child] : kids) {
        const std::string_view l = label == kNoStr ? std::string_view{} : t_.str(label);
        keyTypes.push_back(typeFor(l));
        if (!fromSkops && !numpyKeyAs(keyTypes.back()).empty() && !numpyKeyHasValue(l, numpyKeyAs(keyTypes.back())))
            refuse(n,
                   "a dict key of type " + std::string(keyTypes.back())
                       + " whose value the pickle does not hold in memory");
        if (keyTypes.back() == "builtins.str")
            w_.key(l);
        else
            w_.key(keyText(l, keyTypes.back()));
        node(child, l);
    }
    w_.endObject();
    w_.key("key_types");
    w_.beginObject();
    head("list", "builtins", "ListNode");
    w_.key("content");
    w_.beginArray();
    // One id per type, as skops' memo gives the one type object.
    std::string_view lastType;
    std::string lastId, lastModule, lastClass;
    for (const auto ty : keyTypes) {
        if (ty != lastType) {
            lastType = ty;
            std::tie(lastModule, lastClass) = splitTypeName(ty);
            auto it = typeIds_.find(std::string(ty));
            if (it == typeIds_.end())
                it = typeIds_.emplace(std::string(ty), synthId()).first;
            lastId = std::to_string(it->second);
        }
        w_.beginObject();
        head(lastClass, lastModule, "TypeNode");
        w_.fieldRaw("__id__", lastId);
        w_.endObject();
    }
    w_.endArray();
    synthIdField();
    w_.endObject();
    idField(n);
}

void SchemaEmitter::emptyDict()
{
    head("dict", "builtins", "DictNode");
    w_.key("content");
    w_.beginObject();
    w_.endObject();
    w_.key("key_types");
    w_.beginObject();
    head("list", "builtins", "ListNode");
    w_.key("content");
    w_.beginArray();
    w_.endArray();
    synthIdField();
    w_.endObject();
    synthIdField();
}

void SchemaEmitter::defaultDict(NodeId n)
{
    headOf(n, "DefaultDictNode");
    const NodeId main = t_.child(n, "main");
    const NodeId factory = t_.child(n, "default_factory");
    if (!t_.valid(main) || !t_.valid(factory))
        refuse(n, "a defaultdict without its items or default_factory");
    w_.key("content");
    w_.beginObject();
    w_.key("main");
    node(main, "main");
    w_.key("default_factory");
    node(factory, "default_factory");
    w_.endObject();
    idField(n);
}

void SchemaEmitter::sequence(NodeId n, std::string_view loader)
{
    headOf(n, loader);
    w_.key("content");
    w_.beginArray();
    std::size_t i = 0;
    for (const auto& [label, child] : visibleChildren(n)) {
        (void)label;
        node(child, i++);
    }
    w_.endArray();
    idField(n);
}

void SchemaEmitter::bytesNode(NodeId n)
{
    const bool ba = t_.node(n).loader == Loader::BytearrayNode;
    std::string_view name = existingMember(n);
    if (name.empty()) {
        Member m;
        m.type = Member::Type::Bin;
        m.node = n;
        m.extra = std::make_unique<Member::Extra>();
        m.extra->name = uuidName() + ".bin";
        if (const ArrayInfo* a = t_.array(n)) {
            if (a->where == Where::Absent || a->where == Where::Children)
                refuse(n, "the bytes are not stored in this file");
            m.length = a->length;
        } else {
            const std::string_view bytes = t_.strValue(n);
            m.inlineBytes = true;
            m.bytes = bytes.data();
            m.length = bytes.size();
        }
        name = addMember(std::move(m), n);
    }
    head(ba ? "bytearray" : "bytes", "builtins", ba ? "BytearrayNode" : "BytesNode");
    w_.field("file", name);
    idField(n);
}

void SchemaEmitter::slice(NodeId n)
{
    headOf(n, "SliceNode");
    w_.key("content");
    w_.beginObject();
    for (const char* k : {"start", "stop", "step"}) {
        w_.key(k);
        const NodeId c = t_.child(n, k);
        if (!t_.valid(c))
            w_.raw("null");
        else
            jsonValue(c);
    }
    w_.endObject();
    idField(n);
}

// ---------------------------------------------------------------- callables

void SchemaEmitter::global(NodeId n)
{
    const Node& nd = t_.node(n);
    const std::string_view loader = nd.loader == Loader::FunctionNode || nd.loader == Loader::FunctionNodeV0
        ? "FunctionNode"
        : "TypeNode";
    if (t_.typeName(n).empty())
        refuse(n, "a global without a name");
    headOf(n, loader);
    idField(n);
}

void SchemaEmitter::method(NodeId n)
{
    const NodeId obj = t_.child(n, "obj");
    const std::string_view func = t_.strValue(n);
    if (!t_.valid(obj) || func.empty())
        refuse(n, "a bound method without its object or name");
    headOf(obj, "MethodNode");
    w_.key("content");
    w_.beginObject();
    w_.field("func", func);
    w_.key("obj");
    node(obj, "obj");
    w_.endObject();
    idField(n);
}

void SchemaEmitter::partial(NodeId n)
{
    head("partial", "functools", "PartialNode");
    w_.key("content");
    w_.beginObject();
    for (const char* k : {"func", "args", "kwds", "namespace"}) {
        const NodeId c = t_.child(n, k);
        w_.key(k);
        if (t_.valid(c)) {
            node(c, k);
        } else if (std::string_view(k) == "func") {
            refuse(n, "a functools.partial without its function");
        } else {
            // pickle leaves out what is empty; skops writes it.
            w_.beginObject();
            if (std::string_view(k) == "args") {
                emptyTupleFields();
                synthIdField();
            } else {
                jsonLiteral("null");
                synthIdField();
            }
            w_.endObject();
        }
    }
    w_.endObject();
    idField(n);
}

void SchemaEmitter::emptyTupleFields()
{
    head("tuple", "builtins", "TupleNode");
    w_.key("content");
    w_.beginArray();
    w_.endArray();
}

void SchemaEmitter::operatorFunc(NodeId n)
{
    const auto [module, cls] = splitTypeName(t_.typeName(n));
    if (module != "operator")
        refuse(n, "an operator function outside the operator module");
    const NodeId attrs = t_.child(n, "attrs");
    if (!t_.valid(attrs))
        refuse(n, "an operator function without its arguments");
    head(cls, "operator", "OperatorFuncNode");
    w_.key("attrs");
    node(attrs, "attrs");
    idField(n);
}

// ---------------------------------------------------------------- objects

void SchemaEmitter::constructorFromReduce(NodeId n)
{
    if (t_.valid(t_.child(n, "callable")))
        refuse(n, "an object made by calling something that is not a named class or function");
    const NodeId args = t_.child(n, "args");
    if (!t_.valid(args))
        refuse(n, "a constructor call without arguments");
    if (t_.typeName(n).empty() || t_.typeName(n).front() == '<')
        refuse(n, "an object made by an unnamed call");
    headOf(n, "ConstructorFromReduceNode");
    w_.key("content");
    node(args, "args");
    idField(n);
}

void SchemaEmitter::object(NodeId n)
{
    if (t_.valid(t_.child(n, "class")))
        refuse(n, "an object whose class is not a named global");
    if (t_.typeName(n).empty() || t_.typeName(n).front() == '<')
        refuse(n, "an object of unknown class");
    if (t_.valid(t_.child(n, "base_state")))
        refuse(n, "an object that extends a built-in type other than dict or list");
    // skops' ObjectNode rebuilds with cls.__new__(cls) and the state: call
    // arguments (REDUCE of a class or function with arguments, NEWOBJ with
    // arguments) would be lost, and with them what the object is.
    if (const NodeId args = t_.child(n, "args"); t_.valid(args) && t_.node(args).childCount > 0)
        refuse(n, "an object built by a call with arguments (skops' ObjectNode keeps only the state)");
    headOf(n, "ObjectNode");
    const NodeId state = t_.child(n, "state");
    w_.key("content");
    if (t_.valid(state)) {
        node(state, "state");
    } else {
        // Python 3.11+: __getstate__() of an object without attributes is None.
        w_.beginObject();
        jsonLiteral("null");
        synthIdField();
        w_.endObject();
    }
    idField(n);
}

} // namespace skopos::convert
