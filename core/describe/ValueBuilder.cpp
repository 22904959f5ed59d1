#include "describe/ValueBuilder.h"

#include "describe/ArrayRepr.h"
#include "describe/PrettyPrinter.h"
#include "describe/PyText.h"
#include "tree/PyFloat.h"

#include <algorithm>
#include <charconv>

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
    if (isEstimator(n)) {
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
        return r.ec == std::errc() && r.ptr == label.data() + label.size();
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
    struct Item {
        std::string key;
        bool number;
        double x;
        PyValue value;
    };
    std::vector<Item> items;
    for (auto e = t_.firstEdge(n); e != ObjectTree::kEnd; e = t_.edge(e).next) {
        const NodeId c = t_.edge(e).child;
        if (!t_.valid(c) || (t_.node(c).flags & FlagHidden))
            continue;
        const std::string_view label = t_.edge(e).label == kNoStr ? std::string_view{} : t_.str(t_.edge(e).label);
        if (label == "key_types" && t_.node(c).kind == Kind::List)
            continue;
        Item it{keyRepr(n, label), false, 0, build(c)};
        if (!it.key.empty() && it.key[0] != '\'' && it.key[0] != '"') {
            const auto r = std::from_chars(it.key.data(), it.key.data() + it.key.size(), it.x);
            it.number = r.ec == std::errc();
        }
        items.push_back(std::move(it));
    }
    // pprint sorts keys: numbers by value, strings by code point, numbers first
    // ('float'/'int' sort before 'str' as type names do).
    if (sortDicts_)
        std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            if (a.number != b.number)
                return a.number;
            if (a.number)
                return a.x < b.x;
            return a.key.substr(1) < b.key.substr(1);
        });
    for (auto& it : items)
        v.entries.emplace_back(std::move(it.key), std::move(it.value));
    return v;
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
    switch (node.kind) {
    case Kind::None: return "None";
    case Kind::Bool: return node.value.i ? "True" : "False";
    case Kind::Int: return std::to_string(node.value.i);
    case Kind::BigInt: return std::string(t_.strValue(n));
    case Kind::Float: return pyFloatRepr(node.value.f);
    case Kind::Str: return pyStrRepr(t_.strValue(n));
    case Kind::Bytes: return pyBytesRepr(t_.strValue(n));
    case Kind::ByteArray: return "bytearray(" + pyBytesRepr(t_.strValue(n)) + ")";
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
    if (type.empty())
        return "<object at 0x...>";
    return "<" + std::string(type) + " object at 0x...>";
}

} // namespace skopos
