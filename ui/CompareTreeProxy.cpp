#include "CompareTreeProxy.h"

#include "ObjectTreeModel.h"

#include <QBrush>
#include <QFont>

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

CompareTreeProxy::CompareTreeProxy(Side side, QObject* parent) : QSortFilterProxyModel(parent), side_(side) { }

void CompareTreeProxy::setDiff(const ObjectTree& tree, const TreeDiffResult& result)
{
    marks_.clear();
    std::vector<NodeId> marked;
    for (const TreeChange& c : result.changes) {
        const NodeId n = side_ == Side::A ? c.nodeA : c.nodeB;
        if (n == kNoNode || !tree.valid(n))
            continue;
        ChangeMark m = ChangeMark::Changed;
        if (c.what == TreeChange::What::Added)
            m = ChangeMark::Added;
        else if (c.what == TreeChange::What::Removed)
            m = ChangeMark::Removed;
        marks_[n] = m;
        marked.push_back(n);
    }
    below_ = markedBelow(tree, marked);
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

ChangeMark CompareTreeProxy::mark(NodeId n) const
{
    const auto it = marks_.find(n);
    return it == marks_.end() ? ChangeMark::None : it->second;
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
    return v.isValid() && changedBelow(static_cast<NodeId>(v.toULongLong()));
}

QVariant CompareTreeProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == ChangeMarkRole || role == ChangedBelowRole || role == Qt::BackgroundRole || role == Qt::ForegroundRole
        || role == Qt::FontRole || role == Qt::ToolTipRole) {
        const NodeId n = nodeId(index);
        const ChangeMark m = mark(n);
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
