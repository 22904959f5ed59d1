#include "describe/ValueBuilder.h"

#include "describe/ArrayRepr.h"
#include "describe/PrettyPrinter.h"
#include "describe/PyText.h"
#include "tree/PyFloat.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace skopos {

namespace {

constexpr int kMaxDepth = 100; // deeper values print as "..." (hostile nesting)

std::string_view lastPart(std::string_view dotted)
{
    const auto dot = dotted.rfind('.');
    return dot == std::string_view::npos ? dotted : dotted.substr(dot + 1);
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

struct DepthGuard {
    int& d;
    explicit DepthGuard(int& depth) : d(depth) { ++d; }
    ~DepthGuard() { --d; }
};

} // namespace

std::string ValueBuilder::className(NodeId n) const { return std::string(lastPart(t_.typeName(n))); }

NodeId ValueBuilder::stateOf(NodeId n) const
{
    if (!t_.valid(n))
        return kNoNode;
    const Node& node = t_.node(n);
    if (node.kind == Kind::Dict)
        return n;
    if (node.kind == Kind::Object || node.kind == Kind::Reduce) {
        const NodeId s = t_.child(n, "state");
        if (t_.valid(s) && t_.node(s).kind == Kind::Dict)
            return s;
    }
    return kNoNode;
}

NodeId ValueBuilder::attribute(NodeId n, std::string_view name) const
{
    const NodeId s = stateOf(n);
    return s == kNoNode ? kNoNode : t_.child(s, name);
}

bool ValueBuilder::isEstimator(NodeId n) const
{
    if (!t_.valid(n))
        return false;
    const Kind k = t_.node(n).kind;
    return (k == Kind::Object || k == Kind::Reduce || k == Kind::Dict) && profile_.constructorParams(t_.typeName(n));
}

std::vector<NodeId> ValueBuilder::elements(NodeId n) const
{
    std::vector<NodeId> out;
    for (auto e = t_.firstEdge(n); e != ObjectTree::kEnd; e = t_.edge(e).next) {
        const NodeId c = t_.edge(e).child;
        if (t_.valid(c) && !(t_.node(c).flags & FlagHidden))
            out.push_back(c);
    }
    return out;
}

PyValue ValueBuilder::build(NodeId n)
{
    if (!t_.valid(n))
        return PyValue::atom("None");
    if (depth_ >= kMaxDepth || active_.count(n))
        return PyValue::atom("...", n);
    DepthGuard guard(depth_);
    active_.insert(n);
    PyValue v;
    const Node& node = t_.node(n);
    const std::string_view type = t_.typeName(n);
    if (isEstimator(n) && !sortDicts_) {
        // Inside a plain repr an estimator prints through its own __repr__.
        sortDicts_ = true;
        v = PyValue::atom(estimatorRepr(estimator(n)));
        sortDicts_ = false;
    } else if (isEstimator(n)) {
        v = estimator(n);
    } else if ((node.kind == Kind::List && (type.empty() || type == "builtins.list"))
               || (node.kind == Kind::Tuple && (type.empty() || type == "builtins.tuple"))) {
        v.shape = node.kind == Kind::List ? PyValue::Shape::List : PyValue::Shape::Tuple;
        for (NodeId c : elements(n))
            v.items.push_back(build(c));
    } else if (node.kind == Kind::Dict && (type.empty() || type == "builtins.dict")) {
        v = dict(n);
    } else {
        v = PyValue::atom(atomRepr(n));
    }
    v.node = n;
    active_.erase(n);
    return v;
}

const std::string& ValueBuilder::reprOf(NodeId n)
{
    auto it = reprs_.find(n);
    if (it == reprs_.end())
        it = reprs_.emplace(n, estimatorRepr(build(n))).first;
    return it->second;
}

PyValue ValueBuilder::estimator(NodeId n)
{
    PyValue v;
    v.shape = PyValue::Shape::Estimator;
    v.text = className(n);
    const auto* params = profile_.constructorParams(t_.typeName(n));
    const NodeId state = stateOf(n);
    if (!params || state == kNoNode)
        return v;
    for (const ConstructorParam& p : *params) {
        const NodeId value = t_.child(state, p.name);
        if (value == kNoNode)
            continue; // get_params would fail; nothing to compare
        PyValue pv = build(value);
        bool changed = !p.defaultRepr;
        if (!changed) {
            // An estimator of another class than the default's differs
            // without comparing reprs; otherwise the reprs decide.
            const std::string& d = *p.defaultRepr;
            if (pv.shape == PyValue::Shape::Estimator)
                changed = !startsWith(d, pv.text + "(") || estimatorRepr(pv) != d;
            else
                changed = oneLineRepr(pv) != d;
        }
        if (changed)
            v.entries.emplace_back(p.name, std::move(pv));
    }
    std::sort(v.entries.begin(), v.entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return v;
}

std::string ValueBuilder::keyRepr(NodeId d, std::string_view label) const
{
    // The dict's key types (skops' key_types; one node per distinct type).
    std::vector<std::string_view> types;
    if (const NodeId kt = t_.child(d, "key_types"); t_.valid(kt))
        for (auto e = t_.firstEdge(kt); e != ObjectTree::kEnd; e = t_.edge(e).next)
            types.push_back(t_.typeName(t_.edge(e).child));
    const auto numeric = [&] {
        if (label.empty())
            return false;
        double x;
        const auto r = std::from_chars(label.data(), label.data() + label.size(), x);
        return r.ec == std::errc() && r.ptr == label.data() + label.size()
            && (label[0] == '-' || (label[0] >= '0' && label[0] <= '9'));
    };
    bool isStr = true;
    if (types.size() == 1)
        isStr = types[0] == "builtins.str" || types[0] == "numpy.str_";
    else if (types.size() > 1)
        isStr = !numeric() && label != "None" && label != "True" && label != "False";
    if (!isStr && types.size() == 1 && types[0] == "builtins.type")
        return "<class '" + std::string(startsWith(label, "builtins.") ? label.substr(9) : label) + "'>";
    return isStr ? pyStrRepr(label) : std::string(label);
}

PyValue ValueBuilder::dict(NodeId n)
{
    PyValue v;
    v.shape = PyValue::Shape::Dict;
    // Sorted first, small records; the values are built in the final order.
    struct Item {
        std::string_view label;
        NodeId child;
        bool number;
        double x;
    };
    std::vector<Item> items;
    for (auto e = t_.firstEdge(n); e != ObjectTree::kEnd; e = t_.edge(e).next) {
        const NodeId c = t_.edge(e).child;
        if (!t_.valid(c) || (t_.node(c).flags & FlagHidden))
            continue;
        const std::string_view label = t_.edge(e).label == kNoStr ? std::string_view{} : t_.str(t_.edge(e).label);
        if (label == "key_types" && t_.node(c).kind == Kind::List)
            continue;
        items.push_back({label, c, false, 0});
    }
    std::vector<std::string> keys;
    keys.reserve(items.size());
    for (Item& it : items) {
        keys.push_back(keyRepr(n, it.label));
        const std::string& k = keys.back();
        if (!k.empty() && k[0] != '\'' && k[0] != '"') {
            const auto r = std::from_chars(k.data(), k.data() + k.size(), it.x);
            it.number = r.ec == std::errc();
        }
    }
    std::vector<std::uint32_t> order(items.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // pprint sorts keys: numbers by value, strings by code point (UTF-8 byte
    // order is code point order), numbers first ('float'/'int' < 'str').
    if (sortDicts_)
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t i, std::uint32_t j) {
            const Item& a = items[i];
            const Item& b = items[j];
            if (a.number != b.number)
                return a.number;
            if (a.number)
                return a.x < b.x;
            return a.label < b.label;
        });
    v.entries.reserve(items.size());
    for (std::uint32_t i : order)
        v.entries.emplace_back(std::move(keys[i]), build(items[i].child));
    return v;
}

std::string ValueBuilder::bytesOf(NodeId n) const
{
    // Large or skops-held bytes live elsewhere (a zip member, a file range):
    // read them as an array of bytes.
    const ArrayInfo* a = t_.array(n);
    if (!a || !t_.strValue(n).empty() || a->length == 0 || a->length > (1u << 20))
        return std::string(t_.strValue(n));
    ArrayInfo info = *a;
    info.descr = "|u1";
    info.itemsize = 1;
    info.shape = {static_cast<std::int64_t>(a->length)};
    try {
        const ArrayPreview p = readArrayPreview(doc_.path, info, static_cast<std::int64_t>(a->length));
        std::string out;
        out.reserve(p.values.size());
        for (double v : p.values)
            out += static_cast<char>(static_cast<unsigned char>(v));
        return out;
    } catch (const std::exception&) {
        return std::string(t_.strValue(n));
    }
}

std::string ValueBuilder::globalRepr(NodeId n) const
{
    const std::string_view name = t_.typeName(n);
    const Loader l = t_.node(n).loader;
    if (l == Loader::TypeNode) {
        if (startsWith(name, "builtins."))
            return "<class '" + std::string(name.substr(9)) + "'>";
        return "<class '" + std::string(name) + "'>";
    }
    if (profile_.inLists(ListNumpyUfunc | ListScipyUfunc, name) || startsWith(name, "numpy.core._multiarray_umath."))
        return "<ufunc '" + std::string(lastPart(name)) + "'>";
    if (startsWith(name, "builtins."))
        return "<built-in function " + std::string(name.substr(9)) + ">";
    return "<function " + std::string(lastPart(name)) + " at 0x...>";
}

std::string ValueBuilder::atomRepr(NodeId n)
{
    const Node& node = t_.node(n);
    const std::string_view type = t_.typeName(n);
    switch (node.kind) {
    case Kind::None: return "None";
    case Kind::Bool: return node.value.i ? "True" : "False";
    case Kind::Int: return std::to_string(node.value.i);
    case Kind::BigInt: return std::string(t_.strValue(n));
    case Kind::Float: return pyFloatRepr(node.value.f);
    case Kind::Str: return pyStrRepr(t_.strValue(n));
    case Kind::Bytes: return pyBytesRepr(bytesOf(n));
    case Kind::ByteArray: return "bytearray(" + pyBytesRepr(bytesOf(n)) + ")";
    case Kind::Global: return globalRepr(n);
    case Kind::DType: {
        // The descr as the reader keeps it, quoted or not ('<f4').
        std::string_view descr = t_.strValue(n);
        if (descr.size() >= 2 && descr.front() == '\'' && descr.back() == '\'')
            descr = descr.substr(1, descr.size() - 2);
        const std::string name = numpyDtypeName(descr);
        return "dtype('" + (name.empty() ? std::string(descr) : name) + "')";
    }
    case Kind::Array: {
        if (const std::string_view s = t_.scalarText(n); !s.empty())
            return std::string(s);
        if (const ArrayInfo* a = t_.array(n); a && a->where == Where::Children && !a->fortranOrder) {
            // Object arrays: each element's repr, unpadded.
            const std::vector<NodeId> items = elements(n);
            if (static_cast<std::int64_t>(items.size()) != a->elementCount() || items.empty())
                return items.empty() ? "array([], dtype=object)" : "array(...)";
            std::vector<std::string> words;
            for (std::int64_t i : shownElements(a->shape))
                words.push_back(oneLineRepr(build(items[static_cast<std::size_t>(i)])));
            return layoutArray(words, a->shape, items.size() > 1000, ", dtype=object");
        }
        return arrayRepr(doc_, n);
    }
    case Kind::List:
    case Kind::Tuple:
    case Kind::Set:
    case Kind::FrozenSet: {
        std::string s;
        for (NodeId c : elements(n)) {
            s += s.empty() ? "" : ", ";
            s += oneLineRepr(build(c));
        }
        if (node.kind == Kind::Set)
            return s.empty() ? "set()" : "{" + s + "}";
        if (node.kind == Kind::FrozenSet)
            return s.empty() ? "frozenset()" : "frozenset({" + s + "})";
        return "<" + std::string(t_.typeName(n)) + " object at 0x...>";
    }
    case Kind::Dict: {
        // repr of dict subclasses: insertion order, never sorted.
        const bool sorted = sortDicts_;
        sortDicts_ = false;
        std::string s;
        if (type == "collections.OrderedDict") {
            const PyValue d = dict(n);
            for (const auto& [k, v] : d.entries)
                s += (s.empty() ? "" : ", ") + std::string("(") + k + ", " + oneLineRepr(v) + ")";
            s = s.empty() ? "OrderedDict()" : "OrderedDict([" + s + "])";
        } else if (type == "collections.defaultdict") {
            const NodeId main = t_.child(n, "main");
            s = "defaultdict(" + oneLineRepr(build(t_.child(n, "default_factory"))) + ", "
                + (t_.valid(main) ? oneLineRepr(dict(main)) : std::string("{}")) + ")";
        } else {
            s = objectRepr(n);
        }
        sortDicts_ = sorted;
        return s;
    }
    case Kind::Slice:
        return "slice(" + oneLineRepr(build(t_.child(n, "start"))) + ", " + oneLineRepr(build(t_.child(n, "stop")))
            + ", " + oneLineRepr(build(t_.child(n, "step"))) + ")";
    case Kind::Partial: {
        std::string s = "functools.partial(" + oneLineRepr(build(t_.child(n, "func")));
        for (NodeId a : elements(t_.child(n, "args")))
            s += ", " + oneLineRepr(build(a));
        const NodeId kw = t_.child(n, "kwds");
        for (auto e = t_.firstEdge(kw); e != ObjectTree::kEnd; e = t_.edge(e).next)
            if (t_.edge(e).label != kNoStr && !(t_.node(t_.edge(e).child).flags & FlagHidden)
                && t_.str(t_.edge(e).label) != "key_types")
                s += ", " + std::string(t_.str(t_.edge(e).label)) + "=" + oneLineRepr(build(t_.edge(e).child));
        return s + ")";
    }
    default: return objectRepr(n);
    }
}

std::string ValueBuilder::objectRepr(NodeId n)
{
    const std::string_view type = t_.typeName(n);
    if (type == "numpy.random.mtrand.RandomState" || type == "numpy.random._generator.Generator") {
        std::string bitGen = "MT19937";
        if (const NodeId b = attribute(n, "bit_generator"); t_.valid(b) && t_.node(b).kind == Kind::Str)
            bitGen = std::string(t_.strValue(b));
        return std::string(lastPart(type)) + "(" + bitGen + ") at 0x...";
    }
    // Cross-validation splitters print every constructor argument, sorted
    // (sklearn.model_selection._split._build_repr); their state holds exactly those.
    if (startsWith(type, "sklearn.model_selection._split.")) {
        std::vector<std::pair<std::string, std::string>> params;
        const NodeId state = stateOf(n);
        for (auto e = t_.firstEdge(state); e != ObjectTree::kEnd; e = t_.edge(e).next) {
            const std::string_view key = t_.edge(e).label == kNoStr ? std::string_view{} : t_.str(t_.edge(e).label);
            if (key.empty() || key[0] == '_' || key == "key_types" || key == "cvargs")
                continue;
            params.emplace_back(std::string(key), oneLineRepr(build(t_.edge(e).child)));
        }
        std::sort(params.begin(), params.end());
        const std::string name(lastPart(type));
        const std::string sep = ",\n" + std::string(1 + name.size() / 2, ' ');
        std::string s = name + "(";
        std::size_t line = name.size();
        for (std::size_t i = 0; i < params.size(); ++i) {
            const std::string item = params[i].first + "=" + params[i].second;
            if (i) {
                if (line + item.size() >= 75) {
                    s += sep;
                    line = sep.size();
                } else {
                    s += ", ";
                    line += 2;
                }
            }
            s += item;
            line += item.size();
        }
        return s + ")";
    }
    if (startsWith(type, "sklearn.gaussian_process.kernels.")) {
        std::string k = kernelRepr(n);
        if (!k.empty())
            return k;
    }
    if (type.empty())
        return "<object at 0x...>";
    return "<" + std::string(type) + " object at 0x...>";
}

std::vector<double> ValueBuilder::numbers(NodeId n) const
{
    std::vector<double> out;
    if (!t_.valid(n))
        return out;
    const Node& node = t_.node(n);
    switch (node.kind) {
    case Kind::Int:
    case Kind::Bool: out.push_back(static_cast<double>(node.value.i)); break;
    case Kind::Float: out.push_back(node.value.f); break;
    case Kind::List:
    case Kind::Tuple:
        for (NodeId c : elements(n)) {
            const auto v = numbers(c);
            if (v.size() != 1)
                return {};
            out.push_back(v[0]);
        }
        break;
    case Kind::Array: {
        if (const std::string_view s = t_.scalarText(n); !s.empty()) {
            double x;
            if (std::from_chars(s.data(), s.data() + s.size(), x).ec == std::errc())
                out.push_back(x);
            break;
        }
        ArrayPreview p;
        const ArrayInfo* a = t_.array(n);
        if (a && a->elementCount() <= 10000 && readArrayValues(doc_, n, a->elementCount(), p) && !p.complex()
            && !p.dtype.isText())
            out = p.values;
        break;
    }
    default: break;
    }
    return out;
}

namespace {
// Python's "{0:.3g}".format(x).
std::string g3(double x)
{
    if (std::isnan(x))
        return "nan";
    if (std::isinf(x))
        return x > 0 ? "inf" : "-inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3g", x);
    return buf;
}
} // namespace

std::string ValueBuilder::kernelRepr(NodeId n, int depth)
{
    if (depth > 32)
        return {};
    const std::string name = className(n);
    const auto sub = [&](std::string_view attr) {
        const NodeId k = attribute(n, attr);
        return startsWith(t_.typeName(k), "sklearn.gaussian_process.kernels.") ? kernelRepr(k, depth + 1)
                                                                               : std::string();
    };
    const auto one = [&](std::string_view attr, std::string& out) {
        const auto v = numbers(attribute(n, attr));
        if (v.size() != 1)
            return false;
        out = g3(v[0]);
        return true;
    };
    if (name == "Sum" || name == "Product") {
        const std::string a = sub("k1"), b = sub("k2");
        return a.empty() || b.empty() ? std::string() : a + (name == "Sum" ? " + " : " * ") + b;
    }
    if (name == "Exponentiation") {
        const std::string k = sub("kernel");
        const NodeId e = attribute(n, "exponent");
        return k.empty() || !t_.valid(e) ? std::string() : k + " ** " + oneLineRepr(build(e));
    }
    std::string a, b;
    if (name == "ConstantKernel") {
        const auto v = numbers(attribute(n, "constant_value"));
        return v.size() == 1 ? g3(std::sqrt(v[0])) + "**2" : std::string();
    }
    if (name == "WhiteKernel")
        return one("noise_level", a) ? name + "(noise_level=" + a + ")" : std::string();
    if (name == "DotProduct")
        return one("sigma_0", a) ? name + "(sigma_0=" + a + ")" : std::string();
    if (name == "RationalQuadratic")
        return one("alpha", a) && one("length_scale", b) ? name + "(alpha=" + a + ", length_scale=" + b + ")"
                                                         : std::string();
    if (name == "ExpSineSquared")
        return one("length_scale", a) && one("periodicity", b)
            ? name + "(length_scale=" + a + ", periodicity=" + b + ")"
            : std::string();
    if (name == "RBF" || name == "Matern") {
        const auto ls = numbers(attribute(n, "length_scale"));
        if (ls.empty())
            return {};
        const NodeId lsNode = attribute(n, "length_scale");
        const bool iterable = t_.node(lsNode).kind != Kind::Float && t_.node(lsNode).kind != Kind::Int
            && t_.scalarText(lsNode).empty();
        std::string text;
        if (iterable && ls.size() > 1) {
            text = "[";
            for (std::size_t i = 0; i < ls.size(); ++i)
                text += (i ? ", " : "") + g3(ls[i]);
            text += "]";
        } else {
            text = g3(ls[0]);
        }
        std::string s = name + "(length_scale=" + text;
        if (name == "Matern") {
            if (!one("nu", b))
                return {};
            s += ", nu=" + b;
        }
        return s + ")";
    }
    return {};
}

} // namespace skopos
