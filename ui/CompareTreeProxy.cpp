#include "CompareTreeProxy.h"

#include "ObjectTreeModel.h"

#include <QBrush>
#include <QFont>

#include <functional>

namespace skopos::ui {

QColor changeMarkColor(ChangeMark m)
{
    switch (m) {
    case ChangeMark::Changed: return QColor(179, 214, 252); // blue: differs in A and B
    case ChangeMark::Added: return QColor(178, 235, 178);   // green: only in B
    case ChangeMark::Removed: return QColor(222, 200, 236); // lilac: only in A
    default: return {};
    }
}

QString changeMarkLabel(ChangeMark m)
{
    switch (m) {
    case ChangeMark::Changed: return CompareTreeProxy::tr("changed");
    case ChangeMark::Added: return CompareTreeProxy::tr("added in B");
    case ChangeMark::Removed: return CompareTreeProxy::tr("removed from A");
    default: return {};
    }
}

std::vector<std::uint8_t> markedBelow(const ObjectTree& tree, const std::vector<NodeId>& marked)
{
    std::vector<std::uint8_t> below(tree.size(), 0);
    for (NodeId n : marked)
        if (tree.valid(n))
            below[n] = 1;
    if (!tree.valid(tree.root))
        return below;
    // Iterative post-order walk: deep trees must not exhaust the stack.
    enum : std::uint8_t { New, Open, Done };
    std::vector<std::uint8_t> state(tree.size(), New);
    struct Frame {
        NodeId node;
        std::uint32_t edge;
    };
    std::vector<Frame> stack{{tree.root, tree.firstEdge(tree.root)}};
    state[tree.root] = Open;
    while (!stack.empty()) {
        Frame& f = stack.back();
        if (f.edge == ObjectTree::kEnd) {
            state[f.node] = Done;
            const NodeId done = f.node;
            stack.pop_back();
            if (!stack.empty() && below[done])
                below[stack.back().node] = 1;
            continue;
        }
        const Edge& e = tree.edge(f.edge);
        f.edge = e.next;
        const NodeId c = e.child;
        if (!tree.valid(c))
            continue;
        if (state[c] == New) {
            state[c] = Open;
            stack.push_back({c, tree.firstEdge(c)}); // f is not used after this
        } else if (below[c]) {
            below[f.node] = 1; // shared, or a cycle back to a node already known to lead to a change
        }
    }
    return below;
}

std::vector<std::vector<Occurrence>> changeOccurrences(const ObjectTree& tree, const std::vector<NodeId>& nodes,
                                                       const std::vector<std::vector<std::string>>& keys,
                                                       const std::vector<std::string>& owners)
{
    struct Found {
        Occurrence at;
        std::vector<std::string> path;
    };
    std::unordered_map<NodeId, std::vector<Found>> found;
    for (NodeId n : nodes)
        if (tree.valid(n))
            found[n];
    if (tree.valid(tree.root)) {
        if (const auto it = found.find(tree.root); it != found.end())
            it->second.push_back({{kNoNode, QString(), {}}, {}});
        const bool wrapped = tree.typeName(tree.root) == "(pickle stream)";
        // Depth first, each node entered once (shared nodes, cycles); the
        // path of a place is the keys of the frames above it.
        struct Frame {
            NodeId node;
            std::uint32_t edge;
            std::uint32_t index;
            std::string key; // as the diff names it; empty: a level it skips
        };
        std::vector<std::uint8_t> seen(tree.size(), 0);
        seen[tree.root] = 1;
        std::vector<Frame> stack{{tree.root, tree.firstEdge(tree.root), 0, {}}};
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.edge == ObjectTree::kEnd) {
                stack.pop_back();
                continue;
            }
            const Edge& e = tree.edge(f.edge);
            f.edge = e.next;
            const std::uint32_t i = f.index++;
            const NodeId c = e.child;
            if (!tree.valid(c))
                continue;
            const std::string label = e.label == kNoStr ? std::string() : std::string(tree.str(e.label));
            std::string key = e.label == kNoStr ? std::to_string(i) : label;
            if (label == "state" || (wrapped && stack.size() == 1 && label == "value"))
                key.clear();
            if (const auto it = found.find(c); it != found.end()) {
                std::vector<std::string> path;
                for (std::size_t k = 1; k < stack.size(); ++k)
                    if (!stack[k].key.empty())
                        path.push_back(stack[k].key);
                if (!key.empty())
                    path.push_back(key);
                const QString shown = e.label == kNoStr ? QStringLiteral("[%1]").arg(i) : QString::fromStdString(label);
                // Below a "state" level the object is the frame above it.
                const NodeId owner = f.key.empty() && stack.size() > 1 ? stack[stack.size() - 2].node : f.node;
                it->second.push_back({{f.node, shown, std::string(tree.typeName(owner))}, std::move(path)});
            }
            if (!seen[c]) {
                seen[c] = 1;
                stack.push_back({c, tree.firstEdge(c), 0, std::move(key)}); // f is not used after this
            }
        }
    }
    std::vector<std::vector<Occurrence>> out(nodes.size());
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const auto it = found.find(nodes[n]);
        if (it == found.end())
            continue;
        const std::vector<std::string>& want = keys[n];
        const auto pick = [&](const std::function<bool(const Found&)>& ok) {
            for (const Found& f : it->second)
                if (ok(f))
                    out[n].push_back(f.at);
            return !out[n].empty();
        };
        if (pick([&](const Found& f) { return f.path == want; }))
            continue;
        const auto lastKey = [&](const Found& f) { return !f.path.empty() && f.path.back() == want.back(); };
        const std::string owner = n < owners.size() ? owners[n] : std::string();
        if (!want.empty() && !owner.empty() && pick([&](const Found& f) { return lastKey(f) && f.at.owner == owner; }))
            continue;
        if (!want.empty() && pick(lastKey))
            continue;
        pick([](const Found&) { return true; });
    }
    return out;
}

CompareTreeProxy::CompareTreeProxy(Side side, QObject* parent) : QSortFilterProxyModel(parent), side_(side) { }

void CompareTreeProxy::setDiff(const ObjectTree& tree, const TreeDiffResult& result,
                               const std::vector<std::string>& owners)
{
    marks_.clear();
    owners_.assign(result.changes.size(), std::string());
    std::vector<NodeId> nodes;
    std::vector<std::vector<std::string>> keys;
    std::vector<ChangeMark> kinds;
    std::vector<std::size_t> which; // index in result.changes
    std::vector<std::string> hints;
    for (std::size_t ci = 0; ci < result.changes.size(); ++ci) {
        const TreeChange& c = result.changes[ci];
        const NodeId n = side_ == Side::A ? c.nodeA : c.nodeB;
        if (n == kNoNode || !tree.valid(n))
            continue;
        which.push_back(ci);
        hints.push_back(ci < owners.size() ? owners[ci] : std::string());
        nodes.push_back(n);
        keys.push_back(c.keys);
        kinds.push_back(c.what == TreeChange::What::Added         ? ChangeMark::Added
                            : c.what == TreeChange::What::Removed ? ChangeMark::Removed
                                                                  : ChangeMark::Changed);
    }
    const auto places = changeOccurrences(tree, nodes, keys, hints);
    // "Only changes" keeps the rows leading to a marked place: its parent and what leads there.
    std::vector<NodeId> parents;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        for (const Occurrence& o : places[i]) {
            if (owners_[which[i]].empty())
                owners_[which[i]] = o.owner;
            marks_.emplace(nodes[i], Place{o.parent, o.key, kinds[i]});
            if (o.parent != kNoNode)
                parents.push_back(o.parent);
        }
    below_ = markedBelow(tree, parents);
    invalidateRowsFilter();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CompareTreeProxy::clearDiff()
{
    marks_.clear();
    below_.clear();
    invalidateRowsFilter();
}

void CompareTreeProxy::setOnlyChanges(bool only)
{
    if (only == onlyChanges_)
        return;
    onlyChanges_ = only;
    invalidateRowsFilter();
}

ChangeMark CompareTreeProxy::mark(NodeId parent, NodeId node, const QString& key) const
{
    const auto [first, last] = marks_.equal_range(node);
    for (auto it = first; it != last; ++it)
        if (it->second.parent == parent && (parent == kNoNode || it->second.key == key))
            return it->second.mark;
    return ChangeMark::None;
}

ChangeMark CompareTreeProxy::markOf(const QModelIndex& sourceIndex) const
{
    if (marks_.empty() || !sourceIndex.isValid())
        return ChangeMark::None;
    const QModelIndex key = sourceIndex.siblingAtColumn(0);
    const QVariant n = key.data(ObjectTreeModel::NodeIdRole);
    const QVariant p = key.parent().data(ObjectTreeModel::NodeIdRole);
    return mark(p.isValid() ? static_cast<NodeId>(p.toULongLong()) : kNoNode, static_cast<NodeId>(n.toULongLong()),
                key.data().toString());
}

NodeId CompareTreeProxy::nodeId(const QModelIndex& proxyIndex) const
{
    const QVariant v = proxyIndex.data(ObjectTreeModel::NodeIdRole);
    return v.isValid() ? static_cast<NodeId>(v.toULongLong()) : kNoNode;
}

bool CompareTreeProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!onlyChanges_)
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant v = i.data(ObjectTreeModel::NodeIdRole);
    return v.isValid() && (changedBelow(static_cast<NodeId>(v.toULongLong())) || markOf(i) != ChangeMark::None);
}

QVariant CompareTreeProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == ChangeMarkRole || role == ChangedBelowRole || role == Qt::BackgroundRole || role == Qt::ForegroundRole
        || role == Qt::FontRole || role == Qt::ToolTipRole) {
        const NodeId n = nodeId(index);
        const ChangeMark m = markOf(mapToSource(index));
        // The verdict column keeps its verdict colour: trust is read there.
        const bool painted = m != ChangeMark::None && index.column() != ObjectTreeModel::VerdictColumn;
        switch (role) {
        case ChangeMarkRole: return static_cast<int>(m);
        case ChangedBelowRole: return changedBelow(n);
        case Qt::BackgroundRole:
            if (painted)
                return QBrush(changeMarkColor(m));
            break;
        case Qt::ForegroundRole:
            if (painted)
                return QBrush(Qt::black);
            break;
        case Qt::FontRole:
            if (painted && m == ChangeMark::Removed) {
                QFont f;
                f.setStrikeOut(true);
                return f;
            }
            break;
        case Qt::ToolTipRole:
            if (m != ChangeMark::None) {
                const QString base = QSortFilterProxyModel::data(index, role).toString();
                return base.isEmpty() ? changeMarkLabel(m) : tr("%1\n%2").arg(changeMarkLabel(m), base);
            }
            break;
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace skopos::ui
