#include "NodeIndex.h"

#include "ObjectTreeModel.h"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <vector>

namespace skopos::ui {

namespace {

// Root-to-node path, breadth first: the estimators a diagram names sit near
// the root, so the walk stops long before a big tree's arrays and leaves.
std::vector<NodeId> shortestPath(const ObjectTree& t, NodeId target)
{
    if (!t.valid(t.root) || !t.valid(target))
        return {};
    std::unordered_map<NodeId, NodeId> parent{{t.root, kNoNode}};
    std::deque<NodeId> todo{t.root};
    while (!todo.empty() && !parent.count(target)) {
        const NodeId n = todo.front();
        todo.pop_front();
        for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next) {
            const NodeId c = t.edge(e).child;
            if (t.valid(c) && parent.emplace(c, n).second)
                todo.push_back(c);
        }
    }
    if (!parent.count(target))
        return {};
    std::vector<NodeId> path;
    for (NodeId n = target; n != kNoNode; n = parent.at(n))
        path.push_back(n);
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace

QModelIndex treeIndexOfNode(const ObjectTreeModel& model, NodeId node)
{
    const auto& doc = model.document();
    if (!doc || node == kNoNode)
        return {};
    const std::vector<NodeId> path = shortestPath(doc->doc.tree, node);
    QModelIndex at = model.index(0, 0);
    bool walked = !path.empty() && at.isValid() && model.nodeId(at) == path.front();
    for (std::size_t i = 1; walked && i < path.size(); ++i) {
        QModelIndex next;
        const int rows = model.rowCount(at);
        for (int r = 0; r < rows && !next.isValid(); ++r)
            if (const QModelIndex c = model.index(r, 0, at); model.nodeId(c) == path[i])
                next = c;
        walked = next.isValid();
        at = next;
    }
    if (walked)
        return at;
    // Not on that path as the view shows it: any row of the node, depth first.
    const QModelIndex top = model.index(0, 0);
    if (top.isValid() && model.nodeId(top) == node)
        return top;
    return model.findNext(top, [node](NodeId n, const QString&) { return n == node; });
}

} // namespace skopos::ui
