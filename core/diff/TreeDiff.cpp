#include "diff/TreeDiff.h"

#include "diff/ArrayCompare.h"
#include "diff/TreeAlign.h"
#include "tree/Error.h"
#include "tree/JsonQuote.h"
#include "tree/PyFloat.h"
#include "trust/Audit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <set>

namespace skopos {

namespace {

std::vector<std::string> minus(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    // Both sorted and unique (AuditResult's lists).
    std::vector<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

std::string shapeText(const std::vector<std::int64_t>& shape)
{
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}

std::string maxText(double v, const std::string& descr)
{
    const char kind = descr.size() > 1 ? descr[1] : 0;
    if ((kind == 'i' || kind == 'u') && std::isfinite(v)) {
        char buf[40];
        if (v < 0)
            std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
        else
            std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(v));
        return buf;
    }
    return pyFloatRepr(v);
}

// Array pairs are compared after the walk, in the order their bytes lie in
// the files (a compressed joblib stream is then decoded once, forwards).
struct PendingArray {
    std::size_t order; // position among the changes, for the final ordering
    std::vector<std::string> keys;
    NodeId a, b;
};

std::uint64_t streamOffset(const ObjectTree& t, NodeId n)
{
    const ArrayInfo* info = t.array(n);
    return info && info->where == Where::StreamRange ? info->offset : 0;
}

// Protocols 0-2 write array data as text: the reader keeps the bytes as a
// hidden "data" child of an array whose location is Absent.
std::string_view inlineBytes(const ObjectTree& t, NodeId n)
{
    const ArrayInfo* info = t.array(n);
    if (!info || info->where != Where::Absent)
        return {};
    const NodeId data = t.child(n, "data");
    return t.valid(data) && t.node(data).kind == Kind::Bytes ? t.strValue(data) : std::string_view{};
}

// Where a pair member's bytes are: its ArrayInfo, or for bytes held in the
// tree (a pickle's bytes object) a one-dimensional uint8 view of them.
ArrayInfo payloadOf(const ObjectTree& t, NodeId n, std::string_view& inlined)
{
    if (const ArrayInfo* info = t.array(n))
        return *info;
    inlined = t.strValue(n);
    ArrayInfo info;
    info.descr = "|u1";
    info.itemsize = 1;
    info.shape = {static_cast<std::int64_t>(inlined.size())};
    info.length = inlined.size();
    return info;
}

} // namespace

TreeDiffResult diffDocuments(const Document& docA, const Document& docB, const DiffOptions& options)
{
    TreeDiffResult r;
    const ObjectTree& A = docA.tree;
    const ObjectTree& B = docB.tree;

    // 1. The trees, aligned by key path.
    std::vector<std::size_t> order; // beside r.changes
    std::vector<PendingArray> arrays;
    alignTrees(
        A, B,
        [&](TreeChange&& c, bool arrayPair) {
            if (arrayPair) {
                arrays.push_back({r.changes.size() + arrays.size(), std::move(c.keys), c.nodeA, c.nodeB});
                return;
            }
            order.push_back(r.changes.size() + arrays.size());
            r.changes.push_back(std::move(c));
        },
        options.cancel);

    // 2. Array payloads, streamed.
    std::stable_sort(arrays.begin(), arrays.end(), [&](const PendingArray& x, const PendingArray& y) {
        const std::uint64_t ax = streamOffset(A, x.a), ay = streamOffset(A, y.a);
        if (ax != ay)
            return ax < ay;
        return streamOffset(B, x.b) < streamOffset(B, y.b);
    });
    std::uint64_t total = 0, done = 0;
    for (const PendingArray& p : arrays)
        total += A.array(p.a) ? A.array(p.a)->length : A.strValue(p.a).size();
    ArrayComparer comparer(docA, docB, options.cancel);
    for (PendingArray& p : arrays) {
        std::string_view inlineA = inlineBytes(A, p.a), inlineB = inlineBytes(B, p.b);
        const ArrayInfo ia = payloadOf(A, p.a, inlineA);
        const ArrayInfo ib = payloadOf(B, p.b, inlineB);
        const Kind kind = A.node(p.a).kind;
        const bool bytes = kind == Kind::Bytes || kind == Kind::ByteArray;
        ArrayDelta d;
        d.shapeA = ia.shape;
        d.shapeB = ib.shape;
        d.dtypeA = ArrayComparer::dtypeName(ia.descr);
        d.dtypeB = ArrayComparer::dtypeName(ib.descr);
        bool changed = d.shapeOrDtypeChanged();
        if (!changed) {
            const std::int64_t count = ia.elementCount();
            if (count == 0) // nothing to compare (protocols 0-2 write no bytes for it)
                continue;
            const bool severalDims = std::count_if(ia.shape.begin(), ia.shape.end(), [](auto s) { return s > 1; }) > 1;
            if (ia.fortranOrder != ib.fortranOrder && severalDims) {
                d.orderChanged = true;
                d.elements = count > 0 ? static_cast<std::uint64_t>(count) : 0;
                changed = true;
            } else if ((ia.where == Where::Absent && inlineA.empty())
                       || (ib.where == Where::Absent && inlineB.empty())) {
                d.unreadable = true;
                changed = ia.where != ib.where;
            } else {
                try {
                    comparer.compare(ia, inlineA, ib, inlineB, d, [&](std::uint64_t n) {
                        done += n;
                        if (options.progress)
                            options.progress(done, total);
                    });
                    changed = d.differing > 0;
                } catch (const ReadError& e) {
                    // One unreadable array is one change, not the end of the diff.
                    d.unreadable = true;
                    d.error = e.what();
                    changed = true;
                }
            }
        }
        if (!changed)
            continue;
        if (bytes) {
            // A bytes value: said as a value, the way Python prints it when at hand.
            const auto text = [](const ObjectTree& t, NodeId n, const ArrayInfo& info) {
                return t.array(n) ? "<" + std::to_string(info.length) + " bytes>" : t.valueText(n, 200);
            };
            TreeChange c;
            c.what = TreeChange::What::Value;
            c.keys = std::move(p.keys);
            c.nodeA = p.a;
            c.nodeB = p.b;
            c.a = text(A, p.a, ia);
            c.b = text(B, p.b, ib);
            order.push_back(p.order);
            r.changes.push_back(std::move(c));
            continue;
        }
        if (ia.shape.empty() && !d.shapeOrDtypeChanged() && !d.unreadable) {
            // A numpy scalar (a 0-d array): a value, as Python prints it.
            TreeChange c;
            c.what = TreeChange::What::Value;
            c.keys = std::move(p.keys);
            c.nodeA = p.a;
            c.nodeB = p.b;
            c.a = A.valueText(p.a, 200);
            c.b = B.valueText(p.b, 200);
            order.push_back(p.order);
            r.changes.push_back(std::move(c));
            continue;
        }
        if (d.maxAbsDiff)
            d.maxAbsDiffText = maxText(*d.maxAbsDiff, ia.descr);
        TreeChange c;
        c.what = TreeChange::What::Array;
        c.keys = std::move(p.keys);
        c.nodeA = p.a;
        c.nodeB = p.b;
        c.a = std::string(A.typeName(p.a));
        c.b = std::string(B.typeName(p.b));
        c.array = std::move(d);
        order.push_back(p.order);
        r.changes.push_back(std::move(c));
    }
    // Back to the walk's order.
    std::vector<std::size_t> idx(r.changes.size());
    for (std::size_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
    std::sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) { return order[x] < order[y]; });
    std::vector<TreeChange> sorted;
    sorted.reserve(idx.size());
    for (std::size_t i : idx)
        sorted.push_back(std::move(r.changes[i]));
    r.changes = std::move(sorted);

    // 3. Trust: what B asks for that A did not.
    const TrustProfile& profile = options.profile ? *options.profile : TrustProfile::bundled();
    const AuditResult ra = audit(A, profile);
    const AuditResult rb = audit(B, profile);
    r.trust.untrustedAdded = minus(rb.untrusted, ra.untrusted);
    r.trust.untrustedRemoved = minus(ra.untrusted, rb.untrusted);
    r.trust.dangerousAdded = minus(rb.dangerous, ra.dangerous);
    r.trust.dangerousA = !ra.dangerous.empty();
    r.trust.dangerousB = !rb.dangerous.empty();
    r.same = r.changes.empty() && r.trust.untrustedAdded.empty() && r.trust.untrustedRemoved.empty()
        && r.trust.dangerousAdded.empty();
    return r;
}

std::string keyPath(const std::vector<std::string>& keys)
{
    std::string s;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i)
            s += '/';
        s += keys[i];
    }
    return s;
}

std::string changeLine(const TreeChange& c)
{
    std::string path = keyPath(c.keys);
    if (path.empty())
        path = "(root)";
    switch (c.what) {
    case TreeChange::What::Added: return "+ " + path + ": " + c.b;
    case TreeChange::What::Removed: return "- " + path + ": " + c.a;
    case TreeChange::What::Value: return "~ " + path + ": " + c.a + " \u2192 " + c.b;
    case TreeChange::What::Type: return "~ " + path + ": type " + c.a + " \u2192 " + c.b;
    case TreeChange::What::Array: break;
    }
    std::string s = "~ " + path + ": ";
    if (!c.array)
        return s + "array differs";
    const ArrayDelta& d = *c.array;
    if (d.shapeOrDtypeChanged()) {
        std::string parts;
        if (d.shapeA != d.shapeB)
            parts = "shape " + shapeText(d.shapeA) + " \u2192 " + shapeText(d.shapeB);
        if (d.dtypeA != d.dtypeB)
            parts += (parts.empty() ? "" : ", ") + std::string("dtype ") + d.dtypeA + " \u2192 " + d.dtypeB;
        return s + parts;
    }
    if (d.orderChanged)
        return s + "storage order differs (C vs Fortran), elements not compared";
    if (d.unreadable)
        return s + (d.error.empty() ? std::string("array data not in one of the files") : "not compared: " + d.error);
    s += std::to_string(d.differing) + " of " + std::to_string(d.elements) + " elements differ";
    if (!d.maxAbsDiffText.empty())
        s += ", max |a\u2212b| = " + d.maxAbsDiffText;
    return s;
}

std::vector<std::string> trustLines(const TrustDelta& t)
{
    std::vector<std::string> out;
    for (const auto& n : t.dangerousAdded)
        out.push_back("! dangerous: " + n);
    for (const auto& n : t.untrustedAdded)
        out.push_back("+ untrusted: " + n);
    for (const auto& n : t.untrustedRemoved)
        out.push_back("- untrusted: " + n);
    return out;
}

std::string diffJson(const TreeDiffResult& r)
{
    const auto list = [](const std::vector<std::string>& v) {
        std::string s = "[";
        for (std::size_t i = 0; i < v.size(); ++i)
            s += (i ? ", " : "") + jsonQuote(v[i]);
        return s + "]";
    };
    const auto shape = [](const std::vector<std::int64_t>& v) {
        std::string s = "[";
        for (std::size_t i = 0; i < v.size(); ++i)
            s += (i ? ", " : "") + std::to_string(v[i]);
        return s + "]";
    };
    static const char* kWhat[] = {"value", "type", "added", "removed", "array"};
    std::string s = std::string("{\"same\": ") + (r.same ? "true" : "false") + ", \"changes\": [";
    for (std::size_t i = 0; i < r.changes.size(); ++i) {
        const TreeChange& c = r.changes[i];
        s += i ? ", " : "";
        s += "{\"path\": " + jsonQuote(keyPath(c.keys)) + ", \"change\": \"" + kWhat[static_cast<int>(c.what)] + "\"";
        s += ", \"a\": " + (c.what == TreeChange::What::Added ? std::string("null") : jsonQuote(c.a));
        s += ", \"b\": " + (c.what == TreeChange::What::Removed ? std::string("null") : jsonQuote(c.b));
        if (c.array) {
            const ArrayDelta& d = *c.array;
            s += ", \"shape_a\": " + shape(d.shapeA) + ", \"shape_b\": " + shape(d.shapeB);
            s += ", \"dtype_a\": " + jsonQuote(d.dtypeA) + ", \"dtype_b\": " + jsonQuote(d.dtypeB);
            if (!d.shapeOrDtypeChanged() && !d.orderChanged && !d.unreadable) {
                s += ", \"elements\": " + std::to_string(d.elements);
                s += ", \"differing\": " + std::to_string(d.differing);
                s += ", \"max_abs_diff\": ";
                if (!d.maxAbsDiff)
                    s += "null";
                else if (!d.maxAbsDiffText.empty()
                         && d.maxAbsDiffText.find_first_not_of("-0123456789") == std::string::npos)
                    s += d.maxAbsDiffText;
                else
                    s += pyFloatJson(*d.maxAbsDiff);
            }
            if (d.orderChanged)
                s += ", \"order_changed\": true";
        }
        s += "}";
    }
    s += "], \"trust\": {\"untrusted_added\": " + list(r.trust.untrustedAdded) + ", \"untrusted_removed\": "
        + list(r.trust.untrustedRemoved) + ", \"dangerous_added\": " + list(r.trust.dangerousAdded) + "}}";
    return s;
}

} // namespace skopos
