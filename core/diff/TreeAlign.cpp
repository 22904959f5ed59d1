#include "diff/TreeAlign.h"

#include "tree/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace skopos {

namespace {

// Longest value text a change line carries (a 1 MB string is not echoed).
constexpr std::size_t kValueText = 200;

struct Child {
    std::string_view label;
    bool labelled = false;
    std::uint32_t index = 0; // position among the node's shown children
    NodeId node = kNoNode;
    std::string key() const { return labelled ? std::string(label) : std::to_string(index); }
};

bool objectLike(Kind k) { return k == Kind::Object || k == Kind::Reduce; }

// Kinds that are one thing to Python however a reader built them.
int family(Kind k)
{
    switch (k) {
    case Kind::Object:
    case Kind::Reduce: return static_cast<int>(Kind::Object);
    case Kind::BigInt: return static_cast<int>(Kind::Int);
    default: return static_cast<int>(k);
    }
}

bool hidden(const ObjectTree& t, NodeId n) { return t.valid(n) && (t.node(n).flags & FlagHidden); }

std::size_t shownChildren(const ObjectTree& t, NodeId n)
{
    std::size_t count = 0;
    for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next)
        count += t.valid(t.edge(e).child) && !hidden(t, t.edge(e).child);
    return count;
}

// A state or args that adds nothing: None, (), [], {}.
bool saysNothing(const ObjectTree& t, NodeId n)
{
    switch (t.node(n).kind) {
    case Kind::None: return true;
    case Kind::List:
    case Kind::Tuple:
    case Kind::Dict: return shownChildren(t, n) == 0;
    default: return false;
    }
}

bool allLists(const ObjectTree& t, NodeId n)
{
    for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next) {
        const NodeId c = t.edge(e).child;
        if (t.valid(c) && !hidden(t, c) && t.node(c).kind != Kind::List)
            return false;
    }
    return true;
}

// A sparse matrix is its arrays: a pickle holds them in a state dict beside
// _shape and maxprint, a skops file as npz members beside format and shape
// arrays. Only the data arrays (data, indices, indptr, offsets, row, col)
// are compared; a change of shape shows in them.
bool sparseBookkeeping(std::string_view label)
{
    return label.empty() || label[0] == '_' || label == "format" || label == "shape" || label == "maxprint"
        || label == "has_canonical_format" || label == "has_sorted_indices";
}

void normalChildren(const ObjectTree& t, NodeId n, std::vector<Child>& out)
{
    out.clear();
    if (t.node(n).kind == Kind::Sparse) {
        std::uint32_t pos = 0;
        const auto add = [&](NodeId parent) {
            for (auto e = t.firstEdge(parent); e != ObjectTree::kEnd; e = t.edge(e).next) {
                const Edge& edge = t.edge(e);
                if (!t.valid(edge.child) || hidden(t, edge.child) || edge.label == kNoStr)
                    continue;
                const std::string_view label = t.str(edge.label);
                if (label == "state" && t.node(edge.child).kind == Kind::Dict) {
                    for (auto f = t.firstEdge(edge.child); f != ObjectTree::kEnd; f = t.edge(f).next) {
                        const Edge& inner = t.edge(f);
                        if (t.valid(inner.child) && !hidden(t, inner.child) && inner.label != kNoStr
                            && !sparseBookkeeping(t.str(inner.label)))
                            out.push_back({t.str(inner.label), true, pos++, inner.child});
                    }
                } else if (!sparseBookkeeping(label)) {
                    out.push_back({label, true, pos++, edge.child});
                }
            }
        };
        add(n);
        return;
    }
    if (const ArrayInfo* info = t.array(n);
        info && info->where == Where::Children && info->shape.size() > 1 && allLists(t, n)) {
        // An N-d object array: a pickle lists its elements flat, a skops file
        // as nested lists (one level per dimension but the last). Compared flat.
        std::uint32_t pos = 0;
        const std::size_t levels = info->shape.size() - 1;
        const auto flatten = [&](auto&& self, NodeId parent, std::size_t level) -> void {
            for (auto e = t.firstEdge(parent); e != ObjectTree::kEnd; e = t.edge(e).next) {
                const NodeId c = t.edge(e).child;
                if (!t.valid(c) || hidden(t, c))
                    continue;
                if (level < levels && t.node(c).kind == Kind::List)
                    self(self, c, level + 1);
                else
                    out.push_back({{}, false, pos++, c});
            }
        };
        flatten(flatten, n, 0);
        return;
    }
    const bool object = objectLike(t.node(n).kind);
    std::uint32_t pos = 0;
    const auto push = [&](StrId label, NodeId c) {
        Child ch;
        ch.labelled = label != kNoStr;
        if (ch.labelled)
            ch.label = t.str(label);
        ch.index = pos++;
        ch.node = c;
        out.push_back(ch);
    };
    for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next) {
        const Edge& edge = t.edge(e);
        const NodeId c = edge.child;
        if (!t.valid(c) || hidden(t, c))
            continue;
        if (object && edge.label != kNoStr) {
            const std::string_view label = t.str(edge.label);
            if ((label == "state" || label == "args") && saysNothing(t, c))
                continue;
            if (label == "state" && t.node(c).kind == Kind::Dict && t.typeName(c) == "builtins.dict") {
                // The attributes are the object's keys: Python sets them from this dict.
                for (auto f = t.firstEdge(c); f != ObjectTree::kEnd; f = t.edge(f).next)
                    if (t.valid(t.edge(f).child) && !hidden(t, t.edge(f).child))
                        push(t.edge(f).label, t.edge(f).child);
                continue;
            }
        }
        push(edge.label, c);
    }
}

bool sameKey(const Child& x, const Child& y)
{
    return x.labelled == y.labelled && (x.labelled ? x.label == y.label : x.index == y.index);
}

struct Item {
    NodeId a = kNoNode, b = kNoNode;
    std::uint32_t depth = 0;
    std::string key;
};

class Aligner {
public:
    Aligner(const ObjectTree& a, const ObjectTree& b, const std::function<void(TreeChange&&, bool)>& emit,
            const std::atomic<bool>* cancel)
        : A(a), B(b), emit_(emit), cancel_(cancel)
    {
    }

    void run()
    {
        if (!A.valid(A.root) && !B.valid(B.root))
            return;
        // A pickle reader wraps its root when the stream names dangerous
        // globals or holds more pickles: the model is the wrapped "value";
        // the names are the trust section's; further pickles are compared
        // by their place in the stream.
        std::vector<NodeId> moreA, moreB;
        const NodeId ra = unwrap(A, A.root, moreA);
        const NodeId rb = unwrap(B, B.root, moreB);
        for (std::size_t i = std::max(moreA.size(), moreB.size()); i-- > 0;)
            stack_.push_back({i < moreA.size() ? moreA[i] : kNoNode, i < moreB.size() ? moreB[i] : kNoNode, 1,
                              "(pickle " + std::to_string(i + 2) + ")"});
        stack_.push_back({ra, rb, 0, {}});
        std::uint64_t steps = 0;
        while (!stack_.empty()) {
            if ((++steps & 4095) == 0 && cancel_ && cancel_->load(std::memory_order_relaxed))
                throw Cancelled();
            Item it = std::move(stack_.back());
            stack_.pop_back();
            path_.resize(it.depth == 0 ? 0 : it.depth - 1);
            if (it.depth > 0)
                path_.push_back(std::move(it.key));
            visit(it.a, it.b);
        }
    }

private:
    static NodeId unwrap(const ObjectTree& t, NodeId root, std::vector<NodeId>& more)
    {
        if (!t.valid(root))
            return kNoNode;
        if (t.node(root).kind != Kind::Opaque || t.typeName(root) != "(pickle stream)")
            return root;
        NodeId value = kNoNode;
        for (auto e = t.firstEdge(root); e != ObjectTree::kEnd; e = t.edge(e).next) {
            const Edge& edge = t.edge(e);
            const std::string_view label = edge.label == kNoStr ? std::string_view{} : t.str(edge.label);
            if (label == "value" && value == kNoNode)
                value = edge.child;
            else if (label != "names" && t.valid(edge.child) && !hidden(t, edge.child))
                more.push_back(edge.child);
        }
        return value == kNoNode ? root : value;
    }

    void change(TreeChange::What what, NodeId a, NodeId b, std::string ta, std::string tb, bool arrayPair = false)
    {
        TreeChange c;
        c.what = what;
        c.keys = path_;
        c.nodeA = a;
        c.nodeB = b;
        c.a = std::move(ta);
        c.b = std::move(tb);
        emit_(std::move(c), arrayPair);
    }

    static std::string typeText(const ObjectTree& t, NodeId n)
    {
        const std::string_view type = t.typeName(n);
        return type.empty() ? std::string(kindName(t.node(n).kind)) : std::string(type);
    }

    bool sameValue(NodeId a, NodeId b) const
    {
        const Node& x = A.node(a);
        const Node& y = B.node(b);
        switch (x.kind) {
        case Kind::None: return true;
        case Kind::Bool: return (x.value.i != 0) == (y.value.i != 0);
        case Kind::Int:
            if (y.kind == Kind::Int)
                return x.value.i == y.value.i;
            return A.valueText(a, SIZE_MAX) == B.valueText(b, SIZE_MAX);
        case Kind::BigInt: return A.valueText(a, SIZE_MAX) == B.valueText(b, SIZE_MAX);
        case Kind::Float: return x.value.f == y.value.f || (std::isnan(x.value.f) && std::isnan(y.value.f));
        default: break;
        }
        switch (x.kind) {
        case Kind::Str:
        case Kind::Bytes:
        case Kind::ByteArray:
        case Kind::DType:
        case Kind::Method:
        case Kind::Persistent:
        case Kind::Opaque: return A.strValue(a) == B.strValue(b);
        default: return true; // containers and objects: their children say
        }
    }

    void visit(NodeId a, NodeId b)
    {
        if (a == kNoNode) {
            change(TreeChange::What::Added, a, b, {}, typeText(B, b));
            return;
        }
        if (b == kNoNode) {
            change(TreeChange::What::Removed, a, b, typeText(A, a), {});
            return;
        }
        const Node& x = A.node(a);
        const Node& y = B.node(b);
        if ((x.flags & FlagSharedRef) || (y.flags & FlagSharedRef)) {
            // A node reached twice (or a cycle) is compared once per partner.
            if (!seen_.insert((std::uint64_t{a} << 32) | b).second)
                return;
        }
        if (family(x.kind) != family(y.kind) || A.typeName(a) != B.typeName(b)) {
            change(TreeChange::What::Type, a, b, typeText(A, a), typeText(B, b));
            return;
        }
        const ArrayInfo* ia = A.array(a);
        const ArrayInfo* ib = B.array(b);
        if (x.kind == Kind::Array) {
            const std::string_view sa = A.scalarText(a), sb = B.scalarText(b);
            if (!sa.empty() && !sb.empty() && ia && ib && ia->descr == ib->descr) {
                // A numpy scalar both readers printed: its text is its value.
                if (sa != sb)
                    change(TreeChange::What::Value, a, b, std::string(sa), std::string(sb));
                return;
            }
        }
        if ((x.kind == Kind::Bytes || x.kind == Kind::ByteArray) && (ia || ib)) {
            // Bytes a skops file keeps in a member: compared as payloads.
            change(TreeChange::What::Value, a, b, {}, {}, true);
            return;
        }
        if (ia && ib && ia->where != Where::Children && ib->where != Where::Children) {
            change(TreeChange::What::Array, a, b, {}, {}, true);
            return;
        }
        if (ia && ib && (ia->descr != ib->descr || ia->shape != ib->shape)) {
            // Object arrays of different shapes: said as such, elements not aligned.
            change(TreeChange::What::Array, a, b, {}, {}, true);
            return;
        }
        if (!sameValue(a, b)) {
            change(TreeChange::What::Value, a, b, A.valueText(a, kValueText), B.valueText(b, kValueText));
            return;
        }
        children(a, b);
    }

    void children(NodeId a, NodeId b)
    {
        normalChildren(A, a, ca_);
        normalChildren(B, b, cb_);
        if (ca_.empty() && cb_.empty())
            return;
        const std::uint32_t depth = static_cast<std::uint32_t>(path_.size()) + 1;
        std::vector<Item> items;
        items.reserve(std::max(ca_.size(), cb_.size()));
        if (A.node(a).kind == Kind::List && namedSteps(b, depth, items)) {
            for (auto it = items.rbegin(); it != items.rend(); ++it)
                stack_.push_back(std::move(*it));
            return;
        }
        std::size_t i = 0;
        const std::size_t common = std::min(ca_.size(), cb_.size());
        while (i < common && sameKey(ca_[i], cb_[i])) {
            items.push_back({ca_[i].node, cb_[i].node, depth, ca_[i].key()});
            ++i;
        }
        if (i < ca_.size() || i < cb_.size()) {
            // Keys in another order, or some missing: match the rest by key.
            std::unordered_map<std::string, std::vector<std::size_t>> rest;
            for (std::size_t j = cb_.size(); j-- > i;)
                rest[cb_[j].labelled ? std::string(cb_[j].label) : "\x01" + std::to_string(cb_[j].index)].push_back(j);
            std::vector<bool> used(cb_.size(), false);
            for (std::size_t k = i; k < ca_.size(); ++k) {
                const auto found = rest.find(ca_[k].labelled ? std::string(ca_[k].label)
                                                             : "\x01" + std::to_string(ca_[k].index));
                if (found == rest.end() || found->second.empty()) {
                    items.push_back({ca_[k].node, kNoNode, depth, ca_[k].key()});
                    continue;
                }
                const std::size_t j = found->second.back();
                found->second.pop_back();
                used[j] = true;
                items.push_back({ca_[k].node, cb_[j].node, depth, ca_[k].key()});
            }
            for (std::size_t j = i; j < cb_.size(); ++j)
                if (!used[j])
                    items.push_back({kNoNode, cb_[j].node, depth, cb_[j].key()});
        }
        for (auto it = items.rbegin(); it != items.rend(); ++it)
            stack_.push_back(std::move(*it));
    }

    // A list of (name, ...) tuples with unique names on both sides, as
    // Pipeline.steps, ColumnTransformer.transformers and FeatureUnion hold:
    // items match by name, so a step inserted is one step added, not every
    // later step changed. Matched and added items take B's position in the
    // path, removed ones A's. False when the lists are not like that.
    static bool stepNames(const ObjectTree& t, const std::vector<Child>& items,
                          std::unordered_map<std::string_view, std::size_t>& names)
    {
        for (std::size_t i = 0; i < items.size(); ++i) {
            const NodeId item = items[i].node;
            if (t.node(item).kind != Kind::Tuple)
                return false;
            const NodeId first = t.childAt(item, 0);
            if (!t.valid(first) || t.node(first).kind != Kind::Str)
                return false;
            if (!names.emplace(t.strValue(first), i).second)
                return false;
        }
        return true;
    }

    bool namedSteps(NodeId b, std::uint32_t depth, std::vector<Item>& items)
    {
        if (B.node(b).kind != Kind::List || ca_.empty() || cb_.empty() || ca_.size() > 10000 || cb_.size() > 10000)
            return false;
        std::unordered_map<std::string_view, std::size_t> na, nb;
        if (!stepNames(A, ca_, na) || !stepNames(B, cb_, nb))
            return false;
        bool samePlaces = true;
        for (std::size_t i = 0; i < std::min(ca_.size(), cb_.size()) && samePlaces; ++i)
            samePlaces = sameName(ca_[i].node, cb_[i].node);
        if (samePlaces)
            return false; // positions already say it
        for (std::size_t j = 0; j < cb_.size(); ++j) {
            const auto found = na.find(B.strValue(B.childAt(cb_[j].node, 0)));
            items.push_back(
                {found == na.end() ? kNoNode : ca_[found->second].node, cb_[j].node, depth, std::to_string(j)});
        }
        for (std::size_t i = 0; i < ca_.size(); ++i)
            if (!nb.count(A.strValue(A.childAt(ca_[i].node, 0))))
                items.push_back({ca_[i].node, kNoNode, depth, std::to_string(i)});
        return true;
    }

    bool sameName(NodeId x, NodeId y) const { return A.strValue(A.childAt(x, 0)) == B.strValue(B.childAt(y, 0)); }

    const ObjectTree& A;
    const ObjectTree& B;
    const std::function<void(TreeChange&&, bool)>& emit_;
    const std::atomic<bool>* cancel_;
    std::vector<Item> stack_;
    std::vector<std::string> path_;
    std::vector<Child> ca_, cb_;
    std::unordered_set<std::uint64_t> seen_;
};

} // namespace

void alignTrees(const ObjectTree& a, const ObjectTree& b, const std::function<void(TreeChange&&, bool)>& emit,
                const std::atomic<bool>* cancel)
{
    Aligner(a, b, emit, cancel).run();
}

} // namespace skopos
