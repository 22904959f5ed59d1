#include "ObjectTreeModel.h"

#include "VerdictStyle.h"

#include <QBrush>
#include <QFont>

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
    return !(doc_->doc.tree.node(n).flags & FlagHidden) || doc_->unsafeBelow(n);
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
        s += (s.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(shared)");
    return s;
}

QVariant ObjectTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !doc_)
        return {};
    const Item* item = itemFor(index);
    const ObjectTree& t = doc_->doc.tree;
    const Node& node = t.node(item->node);
    const bool below = doc_->unsafeBelow(item->node);
    const QString type = QString::fromStdString(std::string(t.typeName(item->node)));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return keyText(item);
        case TypeColumn: return type.isEmpty() ? QString::fromLatin1(kindName(node.kind)) : type;
        case ValueColumn: return valueSummary(item->node);
        case VerdictColumn:
            if (node.verdict == Verdict::Untrusted || node.verdict == Verdict::Dangerous)
                return verdictLabel(node.verdict);
            if (below)
                return tr("contains untrusted");
            return verdictLabel(node.verdict);
        }
        break;
    case Qt::ToolTipRole: {
        if (node.verdict == Verdict::Neutral && !below)
            return {};
        QString tip = verdictExplanation(node.verdict, type);
        if (below && node.verdict != Verdict::Untrusted && node.verdict != Verdict::Dangerous)
            tip += QLatin1Char('\n') + tr("Something below this node is untrusted.");
        if (node.flags & FlagSharedRef)
            tip += QLatin1Char('\n') + tr("This object is reached more than once in the file.");
        return tip;
    }
    case Qt::BackgroundRole:
        if (const QColor c = verdictBackground(node.verdict); c.isValid())
            return QBrush(c);
        break;
    case Qt::ForegroundRole:
        if (verdictBackground(node.verdict).isValid())
            return QBrush(Qt::black); // readable on the highlight in dark themes too
        if (below && index.column() == VerdictColumn)
            return QBrush(containsUntrustedForeground());
        break;
    case Qt::DecorationRole:
        if (index.column() == KeyColumn)
            if (const QIcon icon = verdictIcon(node.verdict); !icon.isNull())
                return icon;
        break;
    case Qt::FontRole:
        if (node.verdict == Verdict::Dangerous) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case NodeIdRole: return static_cast<qulonglong>(item->node);
    case VerdictRole: return static_cast<int>(node.verdict);
    case UnsafeBelowRole: return below;
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

QModelIndex ObjectTreeModel::findNextText(const QModelIndex& from, const QString& text) const
{
    if (text.isEmpty())
        return {};
    return findNext(from, [&](NodeId n, const QString& key) {
        const auto type = doc_->doc.tree.typeName(n);
        return key.contains(text, Qt::CaseInsensitive)
            || QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size())).contains(text, Qt::CaseInsensitive);
    });
}

QModelIndex ObjectTreeModel::findNextUnsafe(const QModelIndex& from) const
{
    return findNext(from, [&](NodeId n, const QString&) {
        const Verdict v = doc_->doc.tree.node(n).verdict;
        return v == Verdict::Untrusted || v == Verdict::Dangerous;
    });
}

} // namespace skopos::ui
