#pragma once
// Finding a row of the object tree by its key, as a user expanding the tree
// would reach it (rows are built lazily, so each level is fetched first).

#include <QAbstractItemModel>
#include <QModelIndex>
#include <QString>

namespace uitest {

// The first row, depth first, whose key (column 0) is `key`.
inline QModelIndex findKey(QAbstractItemModel* m, const QString& key, const QModelIndex& parent = {})
{
    if (m->canFetchMore(parent))
        m->fetchMore(parent);
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data().toString() == key)
            return i;
        if (const QModelIndex hit = findKey(m, key, i); hit.isValid())
            return hit;
    }
    return {};
}

} // namespace uitest
