#pragma once
// One side of the compare view: the document's ObjectTreeModel seen through
// a proxy that marks the nodes a diff names (changed, added, removed: each
// its own colour, changeMarkColor) and, with "only changes", keeps just the
// rows that are or lead to a marked node. A node reached from several places
// (readers share equal values: one int node under several attributes) is
// marked only where the change's key path puts it: a row is marked by its
// node, its parent's node and its key (changeOccurrences).

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

    // Marks the nodes `result` names on this side of the tree `tree`. The
    // keys of a change are B's: A's side is set after B's, with B's
    // ownerTypes() (which object each change belongs to) to choose among
    // the places of a shared node when A's list positions differ.
    void setDiff(const ObjectTree& tree, const TreeDiffResult& result, const std::vector<std::string>& owners = {});
    // Per change of the last setDiff: the owner type of its first marked place ("" when none).
    const std::vector<std::string>& ownerTypes() const { return owners_; }
    void clearDiff();
    void setOnlyChanges(bool only);
    bool onlyChanges() const { return onlyChanges_; }

    // The mark of the row showing `node` under `parent` with this key text.
    ChangeMark mark(NodeId parent, NodeId node, const QString& key) const;
    bool changedBelow(NodeId n) const { return n < below_.size() && below_[n]; }
    NodeId nodeId(const QModelIndex& proxyIndex) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ChangeMark markOf(const QModelIndex& sourceIndex) const;

    Side side_;
    struct Place {
        NodeId parent;
        QString key;
        ChangeMark mark;
    };
    std::unordered_multimap<NodeId, Place> marks_; // by the changed node
    std::vector<std::uint8_t> below_;              // per node
    std::vector<std::string> owners_;
    bool onlyChanges_ = false;
};

// Where a changed node shows in the tree: under `parent` (kNoNode: it is
// the root) with the key text the tree view shows ("coef_", "[1]").
struct Occurrence {
    NodeId parent = kNoNode;
    QString key;
    std::string owner; // type of the object whose attribute it is (the parent, or above a "state" level)
};
// For each node of `nodes`: the places it shows whose key path (keys as the
// diff joins them: no "root", no "state" level, no pickle-stream "value"
// wrapper, list positions without brackets) is `keys`; when none is (A's
// side of a renumbered list), those whose own key is keys' last and, when
// owners[i] is not empty, whose owner is of that type; else all.
std::vector<std::vector<Occurrence>> changeOccurrences(const ObjectTree& tree, const std::vector<NodeId>& nodes,
                                                       const std::vector<std::vector<std::string>>& keys,
                                                       const std::vector<std::string>& owners = {});

// Per node of `tree`: 1 when the node is in `marked` or something below it
// is (depth first from the root, each node entered once, so cycles end).
std::vector<std::uint8_t> markedBelow(const ObjectTree& tree, const std::vector<NodeId>& marked);

} // namespace skopos::ui
