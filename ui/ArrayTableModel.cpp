#include "ArrayTableModel.h"

#include <QFontDatabase>

#include <algorithm>
#include <climits>

namespace skopos::ui {

void ArrayTableModel::setSlice(std::shared_ptr<const ArraySlice> slice)
{
    beginResetModel();
    s_ = std::move(slice);
    endResetModel();
}

int ArrayTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !s_ ? 0 : static_cast<int>(s_->rows);
}

int ArrayTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !s_ || s_->rows == 0)
        return 0;
    return s_->layout.structured ? static_cast<int>(s_->layout.fields.size()) : static_cast<int>(s_->cols);
}

QString ArrayTableModel::cellText(int row, int column) const
{
    if (s_->layout.structured)
        return QString::fromStdString(formatField(s_->layout.fields[static_cast<std::size_t>(column)], s_->cell(row, 0)));
    return QString::fromStdString(formatScalar(s_->layout.fields[0].dtype, s_->cell(row, column)));
}

QVariant ArrayTableModel::data(const QModelIndex& index, int role) const
{
    if (!s_ || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole: return cellText(index.row(), index.column());
    case Qt::TextAlignmentRole: {
        const ArrayField& f = s_->layout.fields[s_->layout.structured ? static_cast<std::size_t>(index.column()) : 0];
        return f.dtype.isText() ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    }
    case Qt::FontRole: return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    return {};
}

QVariant ArrayTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (!s_ || section < 0)
        return {};
    if (o == Qt::Horizontal && s_->layout.structured) {
        if (section >= static_cast<int>(s_->layout.fields.size()))
            return {};
        const ArrayField& f = s_->layout.fields[static_cast<std::size_t>(section)];
        if (role == Qt::DisplayRole)
            return QString::fromStdString(f.name);
        if (role == Qt::ToolTipRole)
            return tr("%1: %2 at byte %3").arg(QString::fromStdString(f.name), QString::fromStdString(f.typestr)).arg(f.offset);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Horizontal)
        return s_->totalCols == 1 && s_->cols == 1 && s_->colStart == 0 ? tr("value")
                                                                         : QString::number(s_->colStart + section);
    return QString::number(s_->rowStart + section);
}

QString selectionText(const QModelIndexList& indexes, std::int64_t maxCells)
{
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    const QAbstractItemModel* model = nullptr;
    for (const QModelIndex& i : indexes) {
        if (!i.isValid() || (model && i.model() != model))
            continue;
        model = i.model();
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    if (bottom < 0)
        return {};
    const std::int64_t w = right - left + 1, h = bottom - top + 1;
    if (w * h > maxCells)
        return {};
    std::vector<char> selected(static_cast<std::size_t>(w * h), 0);
    for (const QModelIndex& i : indexes)
        if (i.isValid() && i.model() == model)
            selected[static_cast<std::size_t>((i.row() - top) * w + (i.column() - left))] = 1;
    QString out;
    for (int r = top; r <= bottom; ++r) {
        for (int c = left; c <= right; ++c) {
            if (c > left)
                out += QLatin1Char('\t');
            if (selected[static_cast<std::size_t>((r - top) * w + (c - left))])
                out += model->index(r, c).data(Qt::DisplayRole).toString();
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace skopos::ui
