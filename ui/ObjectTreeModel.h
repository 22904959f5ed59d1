#pragma once
// The one tree model over an opened document's ObjectTree.
//
// A new document is swapped in with a model reset. Its tree never changes;
// when its audit is replaced (an approval) or the "only untrusted" filter is
// switched, auditChanged()/setOnlyUnsafe() add and remove just the rows whose
// visibility changed and emit dataChanged for rows whose verdict changed, so
// views keep their expansion and selection. Rows are created lazily: a
// parent asked for its rows gets a table of its visible children's edges
// (4 bytes a row, so an 800,000-entry dict answers rowCount at once), and
// a row gets an object of its own (Item) only when it is itself asked for
// its rows; an index is (row, column, its parent's Item). A node reached
// twice (shared) or a cycle costs nothing until expanded and never recurses
// forever.
// Bookkeeping nodes (FlagHidden) are left out unless they or something below
// them is untrusted.

#include "LoadedDocument.h"

#include <QAbstractItemModel>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace skopos::ui {

class ObjectTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, VerdictColumn, ColumnCount };
    enum Role {
        NodeIdRole = Qt::UserRole + 1,
        VerdictRole,
        UnsafeBelowRole,
        KeyPathRole,
        ApprovedRole,
        DangerousBelowRole,
        // Type column: "GridSearchCV" and "sklearn.model_selection._search", so the
        // view can put the class first and the module after it, dimmer (TypeNameDelegate).
        ClassNameRole,
        ModuleRole
    };

    explicit ObjectTreeModel(QObject* parent = nullptr);
    ~ObjectTreeModel() override;

    void setDocument(std::shared_ptr<const LoadedDocument> doc);
    const std::shared_ptr<const LoadedDocument>& document() const { return doc_; }

    // The document's audit was replaced (reaudit); `old` and `oldUnsafe` are
    // what it held before. Rows are inserted/removed/updated in place.
    void auditChanged(const AuditResult& old, const std::vector<std::uint8_t>& oldUnsafe);
    // Show only rows that are, or lead to, untrusted or dangerous nodes
    // (skops.io.visualize(show="untrusted")).
    void setOnlyUnsafe(bool only);
    bool onlyUnsafe() const { return onlyUnsafe_; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    NodeId nodeId(const QModelIndex& index) const;
    // "root → steps[0] → estimator" for the details pane.
    QString keyPath(const QModelIndex& index) const;

    // The next row after `from` (wrapping around) whose node matches, in
    // depth-first order; each node is entered once, so cycles end. Invalid
    // when nothing matches.
    QModelIndex findNext(const QModelIndex& from, const std::function<bool(NodeId, const QString& key)>& match) const;
    QModelIndex findNextText(const QModelIndex& from, const QString& text) const;
    // Whether the row itself matches what findNextText looks for (invalid: the top row).
    bool matchesText(const QModelIndex& index, const QString& text) const;
    QModelIndex findNextUnsafe(const QModelIndex& from) const;
    // What a file opens on: the first dangerous node, else the first untrusted
    // one (depth-first, rows in order); invalid when there is none. Follows the
    // audit's subtree flags, so only the rows on the way are created.
    QModelIndex firstFinding() const;

    // Row objects created so far: rows that were asked for their own rows
    // (laziness is observable, and tested). A parent's table of rows is not
    // counted: rowCount of a million-entry dict creates none.
    std::size_t createdRows() const { return created_; }

private:
    struct Item;
    // A row: its parent's Item and its row there (what an index holds).
    struct Row {
        Item* parent;
        int row;
        bool operator==(const Row&) const = default;
    };
    Row rowOf(const QModelIndex& index) const;
    // The Item of a row (its own rows' table), created when first asked.
    Item* itemOf(Row r) const;
    Item* parentItemOf(const QModelIndex& parent) const;
    void populate(Item* item) const;
    int rowCountOf(const Item* item) const;
    NodeId nodeOf(Row r) const;
    StrId labelOf(Row r) const;
    std::uint32_t positionOf(Row r) const;
    bool visible(NodeId n) const;
    QString keyText(Row r) const;
    QString valueSummary(NodeId n) const;
    std::uint32_t visibleChildCount(NodeId n) const;
    void resync(const AuditResult* old, const std::vector<std::uint8_t>* oldUnsafe);
    QModelIndex indexOf(Row r, int column = 0) const;
    Row topRow() const;

    std::shared_ptr<const LoadedDocument> doc_;
    std::unique_ptr<Item> root_; // invisible; its one child is the tree's root
    mutable std::size_t created_ = 0;
    // Visible children per node asked for (rows repaint often); a map, so a
    // new document costs nothing per node.
    mutable std::unordered_map<NodeId, std::uint32_t> visibleCounts_;
    bool onlyUnsafe_ = false;
};

} // namespace skopos::ui
