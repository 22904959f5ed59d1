#include "trust/Audit.h"

#include "trust/DangerousNames.h"

#include <algorithm>
#include <unordered_map>

namespace skopos {

namespace {
// Trust a node inherits from its ancestors (TreeNode / LossNode / SGDNode).
enum Inherited : std::uint8_t { InheritTree = 1, InheritLosses = 2 };

bool fixedTrusted(std::string_view list, std::string_view name)
{
    while (!list.empty()) {
        const auto semi = list.find(';');
        const auto item = list.substr(0, semi);
        if (item == name)
            return true;
        if (semi == std::string_view::npos)
            break;
        list.remove_prefix(semi + 1);
    }
    return false;
}

bool hasTypeCheck(Kind k)
{
    switch (k) {
    case Kind::None:
    case Kind::Bool:
    case Kind::Int:
    case Kind::BigInt:
    case Kind::Float:
    case Kind::Str: return false;
    default: return true;
    }
}
struct Decided {
    Verdict verdict = Verdict::Neutral;
    bool untrusted = false; // not trusted by the profile nor by the user
    bool approved = false;  // trusted only because the user approved it
};

Decided decide(const ObjectTree& tree, NodeId id, const LoaderInfo& info, std::uint8_t inherited,
               const TrustProfile& profile, const std::set<std::string>& userTrusted)
{
    const Node& n = tree.node(id);
    const std::string_view name = tree.typeName(id);
    Decided d;
    if (n.loader != Loader::None) {
        const bool trusted = info.alwaysSafe || profile.inLists(info.lists, name)
            || fixedTrusted(info.fixedTrusted, name) || ((inherited & InheritTree) && name == "sklearn.tree._tree.Tree")
            || ((inherited & InheritLosses) && profile.inLists(ListAllowedLosses, name));
        if (trusted)
            d.verdict = Verdict::Trusted;
        else if (userTrusted.count(std::string(name)))
            d.verdict = Verdict::Trusted, d.approved = true;
        else
            d.verdict = Verdict::Untrusted, d.untrusted = true;
    }
    if (hasTypeCheck(n.kind) && !name.empty() && !(n.flags & FlagTypeTagOnly) && isDangerous(name))
        d.verdict = Verdict::Dangerous;
    return d;
}
} // namespace

AuditResult audit(const ObjectTree& tree, const TrustProfile& profile, const std::set<std::string>& userTrusted)
{
    std::set<std::string> untrusted, dangerous, approved;
    AuditResult r;
    r.verdicts.assign(tree.size(), Verdict::Neutral);
    r.userApproved.assign(tree.size(), 0);
    if (tree.root == kNoNode)
        return r;
    std::vector<std::uint8_t> visited(tree.size(), 0);
    struct Item {
        NodeId node;
        std::uint8_t inherited;
    };
    std::vector<Item> stack;
    stack.push_back({tree.root, 0});
    // Children are pushed in reverse so nodes are first reached in skops'
    // depth-first construction order (the order that fixes a shared node's list).
    std::vector<NodeId> kids;
    std::unordered_map<std::uint64_t, Decided> decided;
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        if (visited[item.node])
            continue;
        visited[item.node] = 1;
        const Node& n = tree.node(item.node);
        const LoaderInfo& info = loaderInfo(n.loader);

        // The verdict depends only on the type, the loader and what is
        // inherited: decided once per combination (a vocabulary holds
        // hundreds of thousands of nodes of a handful of types).
        const std::uint64_t key = (std::uint64_t(n.type) << 16) | (std::uint64_t(n.loader) << 8)
            | std::uint64_t(hasTypeCheck(n.kind)) << 4 | item.inherited;
        auto [memo, fresh] = decided.try_emplace(key, Decided{});
        if (fresh) {
            memo->second = decide(tree, item.node, info, item.inherited, profile, userTrusted);
            const std::string_view name = tree.typeName(item.node);
            if (memo->second.verdict == Verdict::Dangerous)
                dangerous.insert(std::string(name));
            if (memo->second.untrusted)
                untrusted.insert(std::string(name));
            if (memo->second.approved)
                approved.insert(std::string(name));
        }
        const Verdict v = memo->second.verdict;
        r.userApproved[item.node] = memo->second.approved;
        r.verdicts[item.node] = v;
        if (info.alwaysSafe)
            continue;

        std::uint8_t inherited = item.inherited;
        if (n.loader == Loader::TreeNode)
            inherited |= InheritTree;
        if (n.loader == Loader::LossNode || n.loader == Loader::SGDNode)
            inherited |= InheritLosses;
        kids.clear();
        for (auto e = tree.firstEdge(item.node); e != ObjectTree::kEnd; e = tree.edge(e).next)
            kids.push_back(tree.edge(e).child);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            if (!visited[*it])
                stack.push_back({*it, inherited});
    }
    r.untrusted.assign(untrusted.begin(), untrusted.end());
    r.dangerous.assign(dangerous.begin(), dangerous.end());
    r.approved.assign(approved.begin(), approved.end());
    r.calls = findCalls(tree, r.verdicts, profile, userTrusted);
    return r;
}

std::vector<std::uint8_t> unsafeSubtrees(const ObjectTree& t, const AuditResult& audit)
{
    std::vector<std::uint8_t> result(t.size(), 0);
    if (t.root == kNoNode)
        return result;
    // 0 new, 1 in progress, 2 done (result holds the answer).
    std::vector<std::uint8_t> state(t.size(), 0);
    std::vector<std::pair<NodeId, std::uint32_t>> stack{{t.root, t.firstEdge(t.root)}};
    state[t.root] = 1;
    while (!stack.empty()) {
        auto& [n, e] = stack.back();
        if (e != ObjectTree::kEnd) {
            const NodeId c = t.edge(e).child;
            e = t.edge(e).next;
            if (!state[c]) {
                state[c] = 1;
                stack.push_back({c, t.firstEdge(c)});
            }
            continue;
        }
        const Verdict v = audit.verdict(n);
        std::uint8_t flags = (isUnsafe(v) ? SubtreeUntrusted : 0) | (v == Verdict::Dangerous ? SubtreeDangerous : 0);
        for (auto x = t.firstEdge(n); x != ObjectTree::kEnd && flags != (SubtreeUntrusted | SubtreeDangerous);
             x = t.edge(x).next)
            flags |= result[t.edge(x).child];
        result[n] = flags;
        state[n] = 2;
        stack.pop_back();
    }
    return result;
}

} // namespace skopos
