#pragma once
// The tree view's row of a node: the Model tab's boxes name tree nodes, and a
// click selects the node's row. Follows the shortest path from the root, so
// only the rows on the way are created (the model builds rows lazily).

#include "tree/ObjectTree.h"

#include <QModelIndex>

namespace skopos::ui {

class ObjectTreeModel;

// Invalid when the node is not shown (hidden bookkeeping, filtered out, unreachable).
QModelIndex treeIndexOfNode(const ObjectTreeModel& model, NodeId node);

} // namespace skopos::ui
