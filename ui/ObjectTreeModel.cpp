#include "ObjectTreeModel.h"

#include "CoreText.h"
#include "VerdictStyle.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace skopos::ui {

struct ObjectTreeModel::Item {
    Item* parent = nullptr;
    int row = 0;
    NodeId node = kNoNode;
    StrId label = kNoStr;
    std::uint32_t index = 0; // position among all children (hidden ones included), for "[i]"
    bool populated = false;
    std::vector<std::unique_ptr<Item>> children;
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
    visibleCounts_.assign(doc_ ? doc_->doc.tree.size() : 0, -1);
    if (doc_ && doc_->doc.tree.root != kNoNode) {
        ++created_;
        auto top = std::make_unique<Item>();
        top->parent = root_.get();
        top->node = doc_->doc.tree.root;
        root_->children.push_back(std::move(top));
    }
    root_->populated = true;
    endResetModel();
}

bool ObjectTreeModel::visible(NodeId n) const
{
    if (doc_->unsafeBelow(n))
        return true;
    return !onlyUnsafe_ && !(doc_->doc.tree.node(n).flags & FlagHidden);
}

QModelIndex ObjectTreeModel::indexOf(Item* item) const
{
    return item == root_.get() ? QModelIndex() : createIndex(item->row, 0, item);
}

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
// children whose visibility changed are removed or inserted in runs, kept rows
// whose verdict, subtree flags or item count changed get dataChanged. Only
// created rows are visited (iteratively: trees can be deep).
void ObjectTreeModel::resync(const AuditResult* old, const std::vector<std::uint8_t>* oldUnsafe)
{
    const ObjectTree& t = doc_->doc.tree;
    std::vector<std::int64_t> oldCounts(doc_->doc.tree.size(), -1);
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
        return oldCounts[n] >= 0 && oldCounts[n] != static_cast<std::int64_t>(visibleChildCount(n));
    };
    struct Wanted {
        std::uint32_t index;
        NodeId node;
        StrId label;
    };
    std::vector<Item*> stack{root_.get()};
    std::vector<Wanted> want;
    while (!stack.empty()) {
        Item* item = stack.back();
        stack.pop_back();
        const QModelIndex parentIndex = indexOf(item);
        auto& ch = item->children;
        if (item != root_.get() && item->populated) {
            want.clear();
            std::uint32_t i = 0;
            for (auto e = t.firstEdge(item->node); e != ObjectTree::kEnd; e = t.edge(e).next, ++i)
                if (visible(t.edge(e).child))
                    want.push_back({i, t.edge(e).child, t.edge(e).label});
            std::size_t k = 0, w = 0;
            const auto renumber = [&](std::size_t from) {
                for (std::size_t r = from; r < ch.size(); ++r)
                    ch[r]->row = static_cast<int>(r);
            };
            while (k < ch.size() || w < want.size()) {
                const auto removable = [&](std::size_t r) {
                    return r < ch.size() && (w == want.size() || ch[r]->index < want[w].index);
                };
                if (removable(k)) {
                    std::size_t end = k;
                    while (removable(end))
                        ++end;
                    beginRemoveRows(parentIndex, static_cast<int>(k), static_cast<int>(end - 1));
                    ch.erase(ch.begin() + static_cast<std::ptrdiff_t>(k),
                             ch.begin() + static_cast<std::ptrdiff_t>(end));
                    renumber(k);
                    endRemoveRows();
                } else if (w < want.size() && (k == ch.size() || want[w].index < ch[k]->index)) {
                    std::size_t wEnd = w;
                    while (wEnd < want.size() && (k == ch.size() || want[wEnd].index < ch[k]->index))
                        ++wEnd;
                    const auto n = static_cast<int>(wEnd - w);
                    beginInsertRows(parentIndex, static_cast<int>(k), static_cast<int>(k) + n - 1);
                    std::vector<std::unique_ptr<Item>> fresh;
                    for (std::size_t x = w; x < wEnd; ++x) {
                        auto c = std::make_unique<Item>();
                        c->parent = item;
                        c->node = want[x].node;
                        c->label = want[x].label;
                        c->index = want[x].index;
                        fresh.push_back(std::move(c));
                        ++created_;
                    }
                    ch.insert(ch.begin() + static_cast<std::ptrdiff_t>(k), std::make_move_iterator(fresh.begin()),
                              std::make_move_iterator(fresh.end()));
                    renumber(k);
                    endInsertRows();
                    k += static_cast<std::size_t>(n);
                    w = wEnd;
                } else {
                    ++k;
                    ++w;
                }
            }
        }
        // Kept rows whose look changed, in runs.
        std::size_t r = 0;
        while (r < ch.size()) {
            if (!changed(ch[r]->node)) {
                ++r;
                continue;
            }
            std::size_t end = r;
            while (end < ch.size() && changed(ch[end]->node))
                ++end;
            emit dataChanged(index(static_cast<int>(r), 0, parentIndex),
                             index(static_cast<int>(end - 1), ColumnCount - 1, parentIndex));
            r = end;
        }
        for (auto& c : ch)
            if (c->populated)
                stack.push_back(c.get());
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
        const Edge& edge = t.edge(e);
        if (!visible(edge.child))
            continue;
        auto c = std::make_unique<Item>();
        c->parent = item;
        c->row = static_cast<int>(item->children.size());
        c->node = edge.child;
        c->label = edge.label;
        c->index = i;
        item->children.push_back(std::move(c));
        ++created_;
    }
}

ObjectTreeModel::Item* ObjectTreeModel::itemFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Item*>(index.internalPointer()) : root_.get();
}

QModelIndex ObjectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Item* p = itemFor(parent);
    populate(p);
    if (row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex ObjectTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Item* p = itemFor(child)->parent;
    if (!p || p == root_.get())
        return {};
    return createIndex(p->row, 0, p);
}

int ObjectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Item* p = itemFor(parent);
    populate(p);
    return static_cast<int>(p->children.size());
}

int ObjectTreeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

bool ObjectTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    Item* p = itemFor(parent);
    if (p->populated || !doc_)
        return !p->children.empty();
    // Answer without creating rows: views ask this for every visible row.
    const ObjectTree& t = doc_->doc.tree;
    for (auto e = t.firstEdge(p->node); e != ObjectTree::kEnd; e = t.edge(e).next)
        if (visible(t.edge(e).child))
            return true;
    return false;
}

QString ObjectTreeModel::keyText(const Item* item) const
{
    if (item->parent == root_.get())
        return tr("root");
    if (item->label != kNoStr)
        return QString::fromUtf8(doc_->doc.tree.str(item->label).data(),
                                 static_cast<qsizetype>(doc_->doc.tree.str(item->label).size()));
    return QStringLiteral("[%1]").arg(item->index);
}

std::uint32_t ObjectTreeModel::visibleChildCount(NodeId n) const
{
    if (visibleCounts_[n] < 0) {
        const ObjectTree& t = doc_->doc.tree;
        std::int64_t c = 0;
        for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next)
            c += visible(t.edge(e).child) ? 1 : 0;
        visibleCounts_[n] = c;
    }
    return static_cast<std::uint32_t>(visibleCounts_[n]);
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
    const Item* item = itemFor(index);
    const ObjectTree& t = doc_->doc.tree;
    const Node& node = t.node(item->node);
    const Verdict verdict = doc_->verdict(item->node);
    const bool unsafe = isUnsafe(verdict);
    const bool below = doc_->unsafeBelow(item->node);
    const bool dangerBelow = doc_->dangerousBelow(item->node);
    const bool approved = doc_->approvedByUser(item->node);
    const QString type = QString::fromStdString(std::string(t.typeName(item->node)));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return keyText(item);
        case TypeColumn: return type.isEmpty() ? QString::fromLatin1(kindName(node.kind)) : coreTypeName(type);
        case ValueColumn: return valueSummary(item->node);
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
    case NodeIdRole: return static_cast<qulonglong>(item->node);
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
    return index.isValid() ? itemFor(index)->node : kNoNode;
}

QString ObjectTreeModel::keyPath(const QModelIndex& index) const
{
    QStringList parts;
    for (const Item* it = index.isValid() ? itemFor(index) : nullptr; it && it != root_.get(); it = it->parent)
        parts.prepend(keyText(it));
    return parts.join(QStringLiteral(" → "));
}

QModelIndex ObjectTreeModel::findNext(const QModelIndex& from,
                                      const std::function<bool(NodeId, const QString&)>& match) const
{
    if (!doc_ || root_->children.empty())
        return {};
    Item* top = root_->children.front().get();
    Item* start = from.isValid() ? itemFor(from) : top;
    std::vector<bool> entered(doc_->doc.tree.size(), false);
    entered[start->node] = true;
    // Depth-first successor; children only of nodes not entered before.
    const auto next = [&](Item* it) -> Item* {
        if (!entered[it->node] || it == start) {
            entered[it->node] = true;
            populate(it);
            if (!it->children.empty())
                return it->children.front().get();
        }
        while (it != top) {
            Item* p = it->parent;
            if (static_cast<std::size_t>(it->row) + 1 < p->children.size())
                return p->children[static_cast<std::size_t>(it->row) + 1].get();
            it = p;
        }
        return top; // wrap around
    };
    // Bounded: each node is entered once, each entered node's children visited once.
    std::uint64_t budget = 4 * (doc_->doc.tree.size() + 16);
    for (Item* it = next(start); it != start && budget--; it = next(it))
        if (match(it->node, keyText(it)))
            return createIndex(it->row, 0, it);
    return {};
}

QModelIndex ObjectTreeModel::firstFinding() const
{
    if (!doc_ || root_->children.empty())
        return {};
    const ObjectTree& t = doc_->doc.tree;
    for (const bool dangerous : {true, false}) {
        const auto leadsTo = [&](NodeId n) { return dangerous ? doc_->dangerousBelow(n) : doc_->unsafeBelow(n); };
        const auto found = [&](NodeId n) {
            return dangerous ? doc_->verdict(n) == Verdict::Dangerous : isUnsafe(doc_->verdict(n));
        };
        Item* it = root_->children.front().get();
        if (!leadsTo(it->node))
            continue;
        // Down the first child that leads there; bounded, as shared nodes can form cycles.
        for (std::size_t depth = 0; depth < t.size() && !found(it->node); ++depth) {
            populate(it);
            const auto next = std::find_if(it->children.begin(), it->children.end(),
                                           [&](const auto& c) { return leadsTo(c->node); });
            if (next == it->children.end())
                break;
            it = next->get();
        }
        if (found(it->node))
            return createIndex(it->row, 0, it);
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
    if (text.isEmpty() || !doc_ || root_->children.empty())
        return false;
    const Item* it = index.isValid() ? itemFor(index) : root_->children.front().get();
    return textMatches(doc_->doc.tree, it->node, keyText(it), text);
}

QModelIndex ObjectTreeModel::findNextUnsafe(const QModelIndex& from) const
{
    const QModelIndex hit = findNext(from, [&](NodeId n, const QString&) { return isUnsafe(doc_->verdict(n)); });
    // Nothing else matches: the start itself may (a dangerous root, the one untrusted node).
    if (!hit.isValid() && doc_ && !root_->children.empty()) {
        const QModelIndex start = from.isValid() ? from.siblingAtColumn(0) : index(0, 0);
        if (isUnsafe(doc_->verdict(nodeId(start))))
            return start;
    }
    return hit;
}

} // namespace skopos::ui
