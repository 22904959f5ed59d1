#include "describe/Fitted.h"

#include "describe/ArrayRepr.h"
#include "describe/PrettyPrinter.h"
#include "describe/PyText.h"
#include "io/ArrayReader.h"
#include "tree/PyFloat.h"

#include <algorithm>
#include <sstream>

namespace skopos {

namespace {

constexpr std::size_t kFirstNames = 10; // feature names shown
constexpr std::size_t kMaxClasses = 50; // classes shown
constexpr std::size_t kLargest = 5;     // largest arrays listed

std::uint64_t arrayBytes(const ArrayInfo& a)
{
    if (a.length)
        return a.length;
    const std::int64_t n = a.elementCount();
    return n > 0 && a.itemsize > 0 ? static_cast<std::uint64_t>(n) * static_cast<std::uint64_t>(a.itemsize) : 0;
}

// The attribute on the estimator, else where scikit-learn's properties
// would fetch it: a pipeline's first step (inputs) or last step (classes_),
// a search's best_estimator_.
NodeId findAttribute(ValueBuilder& v, NodeId root, std::string_view name, bool lastStep, int depth = 0)
{
    if (depth > 8)
        return kNoNode;
    if (const NodeId a = v.attribute(root, name); a != kNoNode)
        return a;
    const ObjectTree& t = v.tree();
    if (t.typeName(root) == "sklearn.pipeline.Pipeline") {
        const auto steps = v.elements(v.attribute(root, "steps"));
        if (!steps.empty()) {
            const auto parts = v.elements(lastStep ? steps.back() : steps.front());
            if (parts.size() >= 2)
                return findAttribute(v, parts[1], name, lastStep, depth + 1);
        }
    }
    if (const NodeId best = v.attribute(root, "best_estimator_"); best != kNoNode)
        return findAttribute(v, best, name, lastStep, depth + 1);
    return kNoNode;
}

// Values of a small array or list as Python prints them.
std::vector<std::string> valuesOf(ValueBuilder& v, const Document& doc, NodeId n, std::size_t max, std::int64_t& total)
{
    std::vector<std::string> out;
    const ObjectTree& t = doc.tree;
    total = 0;
    if (const ArrayInfo* a = t.array(n)) {
        total = a->elementCount();
        if (a->where == Where::Children) {
            for (NodeId c : v.elements(n)) {
                if (out.size() == max)
                    break;
                out.push_back(oneLineRepr(v.build(c)));
            }
            return out;
        }
        ArrayPreview p;
        if (!readArrayValues(doc, n, static_cast<std::int64_t>(max), p))
            return out;
        const SimpleDType dt = p.dtype;
        for (std::int64_t i = 0; i < p.count; ++i) {
            const auto k = static_cast<std::size_t>(i);
            if (dt.isText())
                out.push_back(dt.kind == 'S' ? pyBytesRepr(p.text[k]) : pyStrRepr(p.text[k]));
            else if (dt.kind == 'b')
                out.push_back(p.values[k] != 0 ? "True" : "False");
            else if (dt.kind == 'f')
                out.push_back(pyFloatRepr(p.values[k]));
            else if (dt.kind == 'i' || dt.kind == 'u')
                out.push_back(std::to_string(static_cast<long long>(p.values[k])));
        }
        return out;
    }
    const auto items = v.elements(n);
    total = static_cast<std::int64_t>(items.size());
    for (NodeId c : items) {
        if (out.size() == max)
            break;
        out.push_back(oneLineRepr(v.build(c)));
    }
    return out;
}

} // namespace

FittedSummary fittedSummary(ValueBuilder& v, const Document& doc)
{
    FittedSummary f;
    const ObjectTree& t = doc.tree;
    const NodeId root = t.root;
    if (const NodeId ver = v.attribute(root, "_sklearn_version"); t.valid(ver) && t.node(ver).kind == Kind::Str)
        f.sklearnVersion = std::string(t.strValue(ver));
    if (const NodeId n = findAttribute(v, root, "n_features_in_", false); t.valid(n)) {
        if (t.node(n).kind == Kind::Int)
            f.nFeaturesIn = t.node(n).value.i;
        else if (const std::string_view s = t.scalarText(n); !s.empty())
            f.nFeaturesIn = std::atoll(std::string(s).c_str());
    }
    if (const NodeId n = findAttribute(v, root, "feature_names_in_", false); t.valid(n))
        f.featureNamesIn = valuesOf(v, doc, n, kFirstNames, f.featureNamesTotal);
    if (const NodeId n = findAttribute(v, root, "classes_", true); t.valid(n)) {
        std::int64_t total = 0;
        f.classes = valuesOf(v, doc, n, kMaxClasses, total);
    }
    // Size, and the largest arrays by the path that first reaches them.
    f.nodes = t.size();
    f.arrays = t.arrays().size();
    for (const ArrayInfo& a : t.arrays())
        f.arrayBytes += arrayBytes(a);
    std::vector<FittedSummary::Largest> largest;
    std::vector<bool> seen(t.size(), false);
    // Depth first, each node once; a path is kept as a link to the step
    // before it and spelled out only for the few arrays listed (a path
    // string per node cost a second of a million-entry vocabulary's opening).
    struct Step {
        std::uint32_t up;    // the step before, kNoStep at the root
        StrId label;         // the edge's label (kNoStr: a position)
        std::uint32_t index; // the position among the parent's children
    };
    constexpr std::uint32_t kNoStep = UINT32_MAX;
    std::vector<Step> steps;
    const auto pathOf = [&](std::uint32_t s) {
        std::vector<std::uint32_t> chain;
        for (; s != kNoStep; s = steps[s].up)
            chain.push_back(s);
        std::string path;
        for (auto c = chain.rbegin(); c != chain.rend(); ++c) {
            const Step& st = steps[*c];
            const std::string_view label = st.label == kNoStr ? std::string_view{} : t.str(st.label);
            if (label == "state")
                ; // an object's attributes read as its own
            else if (label.empty())
                path += "[" + std::to_string(st.index) + "]";
            else
                path += (path.empty() ? "" : ".") + std::string(label);
        }
        return path;
    };
    struct Item {
        NodeId n;
        std::uint32_t step; // how it was reached (kNoStep: the root)
    };
    std::vector<Item> stack{{root, kNoStep}};
    std::vector<Item> kids;
    while (!stack.empty()) {
        const Item it = stack.back();
        stack.pop_back();
        if (!t.valid(it.n) || seen[it.n])
            continue;
        seen[it.n] = true;
        if (const ArrayInfo* a = t.array(it.n); a && t.node(it.n).kind == Kind::Array) {
            const std::uint64_t bytes = arrayBytes(*a);
            if (bytes && (largest.size() < kLargest || bytes > largest.back().bytes)) {
                const std::string path = pathOf(it.step);
                largest.push_back({path.empty() ? "(root)" : path, a->descr, a->shape, bytes});
                std::stable_sort(largest.begin(), largest.end(),
                                 [](const auto& x, const auto& y) { return x.bytes > y.bytes; });
                if (largest.size() > kLargest)
                    largest.pop_back();
            }
        }
        kids.clear();
        std::uint32_t index = 0;
        for (auto e = t.firstEdge(it.n); e != ObjectTree::kEnd; e = t.edge(e).next, ++index) {
            const NodeId c = t.edge(e).child;
            if (!t.valid(c) || seen[c])
                continue;
            steps.push_back({it.step, t.edge(e).label, index});
            kids.push_back({c, static_cast<std::uint32_t>(steps.size() - 1)});
        }
        stack.insert(stack.end(), kids.rbegin(), kids.rend());
    }
    f.largestArrays = std::move(largest);
    return f;
}

std::string fittedText(const FittedSummary& f)
{
    std::ostringstream s;
    const auto list = [&](const std::vector<std::string>& v, std::int64_t total) {
        s << '[';
        for (std::size_t i = 0; i < v.size(); ++i)
            s << (i ? ", " : "") << v[i];
        if (total > static_cast<std::int64_t>(v.size()))
            s << (v.empty() ? "" : ", ") << "... (" << total << " in all)";
        s << "]\n";
    };
    s << "fitted:\n";
    s << "  scikit-learn: " << (f.sklearnVersion.empty() ? std::string("(not recorded)") : f.sklearnVersion) << '\n';
    if (f.nFeaturesIn >= 0)
        s << "  n_features_in_: " << f.nFeaturesIn << '\n';
    if (f.featureNamesTotal > 0) {
        s << "  feature_names_in_: ";
        list(f.featureNamesIn, f.featureNamesTotal);
    }
    if (!f.classes.empty()) {
        s << "  classes_: ";
        list(f.classes, 0);
    }
    s << "  size: " << f.nodes << " nodes, " << f.arrays << " arrays, " << f.arrayBytes << " bytes of array data\n";
    if (!f.largestArrays.empty()) {
        s << "  largest arrays:\n";
        for (const auto& a : f.largestArrays) {
            s << "    " << a.path << ": " << a.descr << " (";
            for (std::size_t i = 0; i < a.shape.size(); ++i)
                s << (i ? ", " : "") << a.shape[i];
            s << (a.shape.size() == 1 ? ",)" : ")") << ", " << a.bytes << " bytes\n";
        }
    }
    return s.str();
}

} // namespace skopos
