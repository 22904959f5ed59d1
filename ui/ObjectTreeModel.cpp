#include "ObjectTreeModel.h"

#include "CoreText.h"
#include "VerdictStyle.h"

#include <QBrush>
#include <QFont>

#include <algorithm>
#include <unordered_map>

namespace skopos::ui {

struct ObjectTreeModel::Item {
    Item* parent = nullptr;
    int row = 0;                // its row under parent (resync keeps it current)
    std::uint32_t position = 0; // among all the parent's children, hidden ones included
    NodeId node = kNoNode;
    bool populated = false;
    // The visible children by row: their edges and, only when some children
    // are hidden, their positions (empty: row == position).
    std::vector<std::uint32_t> edges;
    std::vector<std::uint32_t> positions;
    // The rows that were asked for their own rows, by position (stable while
    // rows come and go with the filter).
    std::unordered_map<std::uint32_t, std::unique_ptr<Item>> kids;

    std::uint32_t positionAt(int r) const
    {
        return positions.empty() ? static_cast<std::uint32_t>(r) : positions[static_cast<std::size_t>(r)];
    }
    // The row showing `pos`, or -1 when it is not shown.
    int rowAt(std::uint32_t pos) const
    {
        if (positions.empty())
            return pos < edges.size() ? static_cast<int>(pos) : -1;
        const auto it = std::lower_bound(positions.begin(), positions.end(), pos);
        return it != positions.end() && *it == pos ? static_cast<int>(it - positions.begin()) : -1;
    }
};

ObjectTreeModel::ObjectTreeModel(QObject* parent) : QAbstractItemModel(parent), root_(std::make_unique<Item>())
{
    root_->populated = true; // no document: no rows
}

ObjectTreeModel::~ObjectTreeModel() = default;

void ObjectTreeModel::setDocument(std::shared_ptr<const LoadedDocument> doc)
{
    beginResetModel();
    doc_ = std::move(doc);
    root_ = std::make_unique<Item>();
    created_ = 0;
    visibleCounts_.clear();
    // The invisible root's one row is the tree's root (no edge leads to it:
    // nodeOf answers it from the document).
    root_->populated = true;
    if (doc_ && doc_->doc.tree.root != kNoNode) {
        root_->edges.push_back(ObjectTree::kEnd);
        itemOf(topRow()); // always asked for at once
    }
    endResetModel();
}

ObjectTreeModel::Row ObjectTreeModel::topRow() const { return {root_.get(), 0}; }

bool ObjectTreeModel::visible(NodeId n) const
{
    if (doc_->unsafeBelow(n))
        return true;
    return !onlyUnsafe_ && !(doc_->doc.tree.node(n).flags & FlagHidden);
}

QModelIndex ObjectTreeModel::indexOf(Row r, int column) const
{
    return r.parent ? createIndex(r.row, column, r.parent) : QModelIndex();
}

ObjectTreeModel::Row ObjectTreeModel::rowOf(const QModelIndex& index) const
{
    return index.isValid() ? Row{static_cast<Item*>(index.internalPointer()), index.row()} : Row{nullptr, 0};
}

NodeId ObjectTreeModel::nodeOf(Row r) const
{
    if (r.parent == root_.get())
        return doc_->doc.tree.root;
    return doc_->doc.tree.edge(r.parent->edges[static_cast<std::size_t>(r.row)]).child;
}

StrId ObjectTreeModel::labelOf(Row r) const
{
    if (r.parent == root_.get())
        return kNoStr;
    return doc_->doc.tree.edge(r.parent->edges[static_cast<std::size_t>(r.row)]).label;
}

std::uint32_t ObjectTreeModel::positionOf(Row r) const { return r.parent->positionAt(r.row); }

ObjectTreeModel::Item* ObjectTreeModel::itemOf(Row r) const
{
    const std::uint32_t pos = positionOf(r);
    auto& slot = r.parent->kids[pos];
    if (!slot) {
        slot = std::make_unique<Item>();
        slot->parent = r.parent;
        slot->row = r.row;
        slot->position = pos;
        slot->node = nodeOf(r);
        ++created_;
    }
    return slot.get();
}

ObjectTreeModel::Item* ObjectTreeModel::parentItemOf(const QModelIndex& parent) const
{
    return parent.isValid() ? itemOf(rowOf(parent)) : root_.get();
}

int ObjectTreeModel::rowCountOf(const Item* item) const { return static_cast<int>(item->edges.size()); }

void ObjectTreeModel::setOnlyUnsafe(bool only)
{
    if (only == onlyUnsafe_)
        return;
    onlyUnsafe_ = only;
    if (doc_)
        resync(nullptr, nullptr);
}

void ObjectTreeModel::auditChanged(const AuditResult& old, const std::vector<std::uint8_t>& oldUnsafe)
{
    if (doc_)
        resync(&old, &oldUnsafe);
}

// Brings the rows created so far in line with the current audit and filter:
// in every parent whose rows were asked for, children whose visibility changed
// are removed or inserted in runs, kept rows whose verdict, subtree flags or
// item count changed get dataChanged. Only tables made so far are visited
// (iteratively: trees can be deep).
void ObjectTreeModel::resync(const AuditResult* old, const std::vector<std::uint8_t>* oldUnsafe)
{
    const ObjectTree& t = doc_->doc.tree;
    std::unordered_map<NodeId, std::uint32_t> oldCounts;
    oldCounts.swap(visibleCounts_);
    const auto changed = [&](NodeId n) {
        if (old
            && (old->verdict(n) != doc_->verdict(n)
                || (n < old->userApproved.size() && old->userApproved[n]) != doc_->approvedByUser(n)))
            return true;
        if (oldUnsafe
            && (n < oldUnsafe->size() ? (*oldUnsafe)[n] : 0)
                != (n < doc_->subtreeUnsafe.size() ? doc_->subtreeUnsafe[n] : 0))
            return true;
        const auto was = oldCounts.find(n);
        return was != oldCounts.end() && was->second != visibleChildCount(n);
    };
    std::vector<Item*> stack{root_.get()};
    std::vector<std::uint32_t> wantEdges, wantPositions;
    while (!stack.empty()) {
        Item* item = stack.back();
        stack.pop_back();
        const QModelIndex parentIndex = item == root_.get() ? QModelIndex() : indexOf({item->parent, item->row});
        if (item != root_.get() && item->populated) {
            wantEdges.clear();
            wantPositions.clear();
            std::uint32_t i = 0;
            for (auto e = t.firstEdge(item->node); e != ObjectTree::kEnd; e = t.edge(e).next, ++i)
                if (visible(t.edge(e).child)) {
                    wantEdges.push_back(e);
                    wantPositions.push_back(i);
                }
            // Edited in place, run by run, between the begin/end calls.
            if (item->positions.empty()) {
                item->positions.resize(item->edges.size());
                for (std::size_t r = 0; r < item->positions.size(); ++r)
                    item->positions[r] = static_cast<std::uint32_t>(r);
            }
            auto& pos = item->positions;
            auto& edges = item->edges;
            // The rows of kept kids follow their positions.
            const auto rerow = [item] {
                for (auto& [p, kid] : item->kids)
                    kid->row = item->rowAt(p);
            };
            std::size_t k = 0, w = 0;
            while (k < pos.size() || w < wantPositions.size()) {
                const auto removable = [&](std::size_t r) {
                    return r < pos.size() && (w == wantPositions.size() || pos[r] < wantPositions[w]);
                };
                if (removable(k)) {
                    std::size_t end = k;
                    while (removable(end))
                        ++end;
                    beginRemoveRows(parentIndex, static_cast<int>(k), static_cast<int>(end - 1));
                    for (std::size_t r = k; r < end; ++r)
                        item->kids.erase(pos[r]);
                    pos.erase(pos.begin() + static_cast<std::ptrdiff_t>(k),
                              pos.begin() + static_cast<std::ptrdiff_t>(end));
                    edges.erase(edges.begin() + static_cast<std::ptrdiff_t>(k),
                                edges.begin() + static_cast<std::ptrdiff_t>(end));
                    rerow();
                    endRemoveRows();
                } else if (w < wantPositions.size() && (k == pos.size() || wantPositions[w] < pos[k])) {
                    std::size_t wEnd = w;
                    while (wEnd < wantPositions.size() && (k == pos.size() || wantPositions[wEnd] < pos[k]))
                        ++wEnd;
                    const auto n = static_cast<int>(wEnd - w);
                    beginInsertRows(parentIndex, static_cast<int>(k), static_cast<int>(k) + n - 1);
                    const auto at = static_cast<std::ptrdiff_t>(k);
                    pos.insert(pos.begin() + at, wantPositions.begin() + static_cast<std::ptrdiff_t>(w),
                               wantPositions.begin() + static_cast<std::ptrdiff_t>(wEnd));
                    edges.insert(edges.begin() + at, wantEdges.begin() + static_cast<std::ptrdiff_t>(w),
                                 wantEdges.begin() + static_cast<std::ptrdiff_t>(wEnd));
                    rerow();
                    endInsertRows();
                    k += static_cast<std::size_t>(n);
                    w = wEnd;
                } else {
                    ++k;
                    ++w;
                }
            }
            if (pos.empty() || pos.back() + 1 == pos.size()) { // every child shown: row == position
                pos.clear();
                pos.shrink_to_fit();
            }
        }
        // Kept rows whose look changed, in runs.
        const int rows = rowCountOf(item);
        int r = 0;
        while (r < rows) {
            if (!changed(nodeOf({item, r}))) {
                ++r;
                continue;
            }
            int end = r;
            while (end < rows && changed(nodeOf({item, end})))
                ++end;
            emit dataChanged(indexOf({item, r}), indexOf({item, end - 1}, ColumnCount - 1));
            r = end;
        }
        for (auto& [p, kid] : item->kids)
            if (kid->populated)
                stack.push_back(kid.get());
    }
}

void ObjectTreeModel::populate(Item* item) const
{
    if (item->populated || !doc_)
        return;
    item->populated = true;
    const ObjectTree& t = doc_->doc.tree;
    std::uint32_t i = 0;
    for (auto e = t.firstEdge(item->node); e != ObjectTree::kEnd; e = t.edge(e).next, ++i) {
        if (!visible(t.edge(e).child))
            continue;
        if (item->positions.empty() && item->edges.size() != i) { // the first one after a hidden child
            item->positions.resize(item->edges.size());
            for (std::size_t r = 0; r < item->positions.size(); ++r)
                item->positions[r] = static_cast<std::uint32_t>(r);
        }
        if (item->edges.size() != i || !item->positions.empty())
            item->positions.push_back(i);
        item->edges.push_back(e);
    }
}

QModelIndex ObjectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Item* p = parentItemOf(parent);
    populate(p);
    if (row >= rowCountOf(p))
        return {};
    return createIndex(row, column, p);
}

QModelIndex ObjectTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Item* p = rowOf(child).parent;
    if (!p || p == root_.get())
        return {};
    return indexOf({p->parent, p->row});
}

int ObjectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Item* p = parentItemOf(parent);
    populate(p);
    return rowCountOf(p);
}

int ObjectTreeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

bool ObjectTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    if (!parent.isValid())
        return rowCountOf(root_.get()) > 0;
    if (!doc_)
        return false;
    const Row r = rowOf(parent);
    if (const auto it = r.parent->kids.find(positionOf(r)); it != r.parent->kids.end() && it->second->populated)
        return rowCountOf(it->second.get()) > 0;
    // Answer without creating rows: views ask this for every visible row.
    const ObjectTree& t = doc_->doc.tree;
    for (auto e = t.firstEdge(nodeOf(r)); e != ObjectTree::kEnd; e = t.edge(e).next)
        if (visible(t.edge(e).child))
            return true;
    return false;
}

QString ObjectTreeModel::keyText(Row r) const
{
    if (r.parent == root_.get())
        return tr("root");
    if (const StrId label = labelOf(r); label != kNoStr)
        return QString::fromUtf8(doc_->doc.tree.str(label).data(),
                                 static_cast<qsizetype>(doc_->doc.tree.str(label).size()));
    return QStringLiteral("[%1]").arg(positionOf(r));
}

std::uint32_t ObjectTreeModel::visibleChildCount(NodeId n) const
{
    const auto [it, fresh] = visibleCounts_.try_emplace(n, 0);
    if (fresh) {
        const ObjectTree& t = doc_->doc.tree;
        for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next)
            it->second += visible(t.edge(e).child) ? 1 : 0;
    }
    return it->second;
}

QString ObjectTreeModel::valueSummary(NodeId n) const
{
    const ObjectTree& t = doc_->doc.tree;
    const Node& node = t.node(n);
    QString s;
    switch (node.kind) {
    case Kind::List:
    case Kind::Tuple:
    case Kind::Set:
    case Kind::FrozenSet:
    case Kind::Dict: s = tr("%n item(s)", nullptr, static_cast<int>(visibleChildCount(n))); break;
    case Kind::Method:
    case Kind::Sparse:
    case Kind::Persistent:
    case Kind::Opaque: s = QString::fromStdString(std::string(t.strValue(n))); break;
    case Kind::Bytes:
    case Kind::ByteArray:
        if (const ArrayInfo* a = t.array(n)) {
            s = tr("%n byte(s), stored separately", nullptr, static_cast<int>(a->length));
            break;
        }
        [[fallthrough]];
    default: s = QString::fromStdString(t.valueText(n, 120)); break;
    }
    if (node.flags & FlagSharedRef)
        s = s.isEmpty() ? tr("(shared)") : tr("%1 (shared)").arg(s);
    return s;
}

QVariant ObjectTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !doc_)
        return {};
    const Row row = rowOf(index);
    const NodeId n = nodeOf(row);
    const ObjectTree& t = doc_->doc.tree;
    const Node& node = t.node(n);
    const Verdict verdict = doc_->verdict(n);
    const bool unsafe = isUnsafe(verdict);
    const bool below = doc_->unsafeBelow(n);
    const bool dangerBelow = doc_->dangerousBelow(n);
    const bool approved = doc_->approvedByUser(n);
    const QString type = QString::fromStdString(std::string(t.typeName(n)));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return keyText(row);
        case TypeColumn: return type.isEmpty() ? QString::fromLatin1(kindName(node.kind)) : coreTypeName(type);
        case ValueColumn: return valueSummary(n);
        case VerdictColumn:
            if (unsafe)
                return verdictLabel(verdict);
            if (dangerBelow)
                return tr("contains DANGEROUS");
            if (below)
                return tr("contains untrusted");
            if (approved)
                return approvedLabel();
            return verdictLabel(verdict);
        }
        break;
    case ClassNameRole:
    case ModuleRole: {
        if (type.isEmpty())
            return role == ClassNameRole ? QString::fromLatin1(kindName(node.kind)) : QString();
        const qsizetype dot = type.lastIndexOf(QLatin1Char('.'));
        if (role == ClassNameRole)
            return dot < 0 ? type : type.mid(dot + 1);
        return dot < 0 ? QString() : type.left(dot);
    }
    case Qt::ToolTipRole: {
        if (index.column() == TypeColumn && !type.isEmpty())
            return type; // the full name: the view may cut the module short
        // Key: its full path too, as deep keys can be cut by the indentation.
        const QString path = index.column() == KeyColumn ? keyPath(index) : QString();
        if (verdict == Verdict::Neutral && !below)
            return path.isEmpty() ? QVariant() : QVariant(path);
        QString tip = approved ? approvedExplanation(type) : verdictExplanation(verdict, type);
        if (dangerBelow && !unsafe)
            tip += QLatin1Char('\n') + tr("Something below this node is DANGEROUS.");
        else if (below && !unsafe)
            tip += QLatin1Char('\n') + tr("Something below this node is untrusted.");
        if (node.flags & FlagSharedRef)
            tip += QLatin1Char('\n') + tr("This object is reached more than once in the file.");
        if (!path.isEmpty())
            tip += QLatin1Char('\n') + path;
        return tip;
    }
    case Qt::BackgroundRole:
        if (const QColor c = verdictBackground(verdict); c.isValid())
            return QBrush(c);
        break;
    case Qt::ForegroundRole:
        if (verdictBackground(verdict).isValid())
            return QBrush(Qt::black); // readable on the highlight in dark themes too
        if (dangerBelow && index.column() == VerdictColumn)
            return QBrush(containsDangerousForeground());
        if (below && index.column() == VerdictColumn)
            return QBrush(containsUntrustedForeground());
        if (approved && index.column() == VerdictColumn)
            return QBrush(approvedForeground());
        break;
    case Qt::DecorationRole:
        if (index.column() == KeyColumn)
            if (const QIcon icon = verdictIcon(verdict); !icon.isNull())
                return icon;
        break;
    case Qt::FontRole:
        if (verdict == Verdict::Dangerous || (dangerBelow && index.column() == VerdictColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case NodeIdRole: return static_cast<qulonglong>(n);
    case VerdictRole: return static_cast<int>(verdict);
    case UnsafeBelowRole: return below;
    case DangerousBelowRole: return dangerBelow;
    case ApprovedRole: return approved;
    case KeyPathRole: return keyPath(index);
    }
    return {};
}

QVariant ObjectTreeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    case VerdictColumn: return tr("Verdict");
    }
    return {};
}

NodeId ObjectTreeModel::nodeId(const QModelIndex& index) const
{
    return index.isValid() && doc_ ? nodeOf(rowOf(index)) : kNoNode;
}

QString ObjectTreeModel::keyPath(const QModelIndex& index) const
{
    QStringList parts;
    if (!index.isValid() || !doc_)
        return {};
    for (Row r = rowOf(index);; r = {r.parent->parent, r.parent->row}) {
        parts.prepend(keyText(r));
        if (r.parent == root_.get())
            break;
    }
    return parts.join(QStringLiteral(" → "));
}

QModelIndex ObjectTreeModel::findNext(const QModelIndex& from,
                                      const std::function<bool(NodeId, const QString&)>& match) const
{
    if (!doc_ || rowCountOf(root_.get()) == 0)
        return {};
    const ObjectTree& t = doc_->doc.tree;
    const Row top = topRow();
    const Row start = from.isValid() ? rowOf(from) : top;
    std::vector<bool> entered(t.size(), false);
    entered[nodeOf(start)] = true;
    // Depth-first successor; children only of nodes not entered before. A
    // row gets an Item only when it is entered and has children.
    const auto next = [&](Row r) -> Row {
        const NodeId n = nodeOf(r);
        if (!entered[n] || r == start) {
            entered[n] = true;
            if (t.firstEdge(n) != ObjectTree::kEnd) {
                Item* it = itemOf(r);
                populate(it);
                if (rowCountOf(it) > 0)
                    return {it, 0};
            }
        }
        while (r.parent != root_.get()) {
            if (r.row + 1 < rowCountOf(r.parent))
                return {r.parent, r.row + 1};
            r = {r.parent->parent, r.parent->row};
        }
        return top; // wrap around
    };
    // Bounded: each node is entered once, each entered node's children visited once.
    std::uint64_t budget = 4 * (t.size() + 16);
    for (Row r = next(start); !(r == start) && budget--; r = next(r))
        if (match(nodeOf(r), keyText(r)))
            return indexOf(r);
    return {};
}

QModelIndex ObjectTreeModel::firstFinding() const
{
    if (!doc_ || rowCountOf(root_.get()) == 0)
        return {};
    const ObjectTree& t = doc_->doc.tree;
    for (const bool dangerous : {true, false}) {
        const auto leadsTo = [&](NodeId n) { return dangerous ? doc_->dangerousBelow(n) : doc_->unsafeBelow(n); };
        const auto found = [&](NodeId n) {
            return dangerous ? doc_->verdict(n) == Verdict::Dangerous : isUnsafe(doc_->verdict(n));
        };
        Row r = topRow();
        if (!leadsTo(nodeOf(r)))
            continue;
        // Down the first child that leads there; bounded, as shared nodes can form cycles.
        for (std::size_t depth = 0; depth < t.size() && !found(nodeOf(r)); ++depth) {
            Item* it = itemOf(r);
            populate(it);
            int next = 0;
            const int rows = rowCountOf(it);
            while (next < rows && !leadsTo(nodeOf({it, next})))
                ++next;
            if (next == rows)
                break;
            r = {it, next};
        }
        if (found(nodeOf(r)))
            return indexOf(r);
    }
    return {};
}

namespace {
bool textMatches(const ObjectTree& tree, NodeId n, const QString& key, const QString& text)
{
    const auto type = tree.typeName(n);
    return key.contains(text, Qt::CaseInsensitive)
        || QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size())).contains(text, Qt::CaseInsensitive);
}
} // namespace

QModelIndex ObjectTreeModel::findNextText(const QModelIndex& from, const QString& text) const
{
    if (text.isEmpty())
        return {};
    return findNext(from, [&](NodeId n, const QString& key) { return textMatches(doc_->doc.tree, n, key, text); });
}

bool ObjectTreeModel::matchesText(const QModelIndex& index, const QString& text) const
{
    if (text.isEmpty() || !doc_ || rowCountOf(root_.get()) == 0)
        return false;
    const Row r = index.isValid() ? rowOf(index) : topRow();
    return textMatches(doc_->doc.tree, nodeOf(r), keyText(r), text);
}

QModelIndex ObjectTreeModel::findNextUnsafe(const QModelIndex& from) const
{
    const QModelIndex hit = findNext(from, [&](NodeId n, const QString&) { return isUnsafe(doc_->verdict(n)); });
    // Nothing else matches: the start itself may (a dangerous root, the one untrusted node).
    if (!hit.isValid() && doc_ && rowCountOf(root_.get()) > 0) {
        const QModelIndex start = from.isValid() ? from.siblingAtColumn(0) : index(0, 0);
        if (isUnsafe(doc_->verdict(nodeId(start))))
            return start;
    }
    return hit;
}

} // namespace skopos::ui
