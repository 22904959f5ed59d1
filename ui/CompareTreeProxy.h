#pragma once
// One side of the compare view: the document's ObjectTreeModel seen through
// a proxy that marks the nodes a diff names (changed, added, removed: each
// its own colour, CompareColors) and, with "only changes", keeps just the
// rows that are or lead to a marked node. Marks are by NodeId (TreeChange's
// nodeA / nodeB), so a node reached twice is marked wherever it appears.

#include "diff/TreeDiff.h"

#include <QColor>
#include <QSortFilterProxyModel>

#include <unordered_map>
#include <vector>

namespace skopos::ui {

enum class ChangeMark : int { None = -1, Changed = 0, Added = 1, Removed = 2 };

// The colours of the marks and the legend (light, with black text, as the verdict colours).
QColor changeMarkColor(ChangeMark m);
QString changeMarkLabel(ChangeMark m);

class CompareTreeProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum Role {
        ChangeMarkRole = Qt::UserRole + 100, // int(ChangeMark)
        ChangedBelowRole,                    // the row is, or leads to, a marked node
    };
    enum class Side { A, B };

    explicit CompareTreeProxy(Side side, QObject* parent = nullptr);

    // Marks the nodes `result` names on this side of the tree `tree`.
    void setDiff(const ObjectTree& tree, const TreeDiffResult& result);
    void clearDiff();
    void setOnlyChanges(bool only);
    bool onlyChanges() const { return onlyChanges_; }

    ChangeMark mark(NodeId n) const;
    bool changedBelow(NodeId n) const { return n < below_.size() && below_[n]; }
    NodeId nodeId(const QModelIndex& proxyIndex) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Side side_;
    std::unordered_map<NodeId, ChangeMark> marks_;
    std::vector<std::uint8_t> below_; // per node
    bool onlyChanges_ = false;
};

// Per node of `tree`: 1 when the node is in `marked` or something below it
// is (depth first from the root, each node entered once, so cycles end).
std::vector<std::uint8_t> markedBelow(const ObjectTree& tree, const std::vector<NodeId>& marked);

} // namespace skopos::ui
