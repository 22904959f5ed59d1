#include "CompareArrayDelegate.h"

#include "ArrayTableModel.h"
#include "CompareTreeProxy.h"

namespace skopos::ui {

QColor differingCellColor() { return changeMarkColor(ChangeMark::Changed); }

CompareArrayDelegate::CompareArrayDelegate(const ArrayTableModel* self, const ArrayTableModel* other, QObject* parent)
    : QStyledItemDelegate(parent), self_(self), other_(other)
{
}

bool CompareArrayDelegate::differs(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != self_ || !self_->slice() || !other_->slice())
        return false;
    if (!self_->isCellLoaded(index.row(), index.column()))
        return false;
    const bool structured = self_->structured();
    if (structured != other_->structured())
        return true;
    // The array cell, then where the other table shows it.
    const std::int64_t row = self_->rowBase() + index.row();
    const std::int64_t col = structured ? index.column() : self_->colBase() + index.column();
    if (row >= other_->totalRows() || col >= other_->totalColumns())
        return true; // B has no such cell
    const std::int64_t orow = row - other_->rowBase();
    const std::int64_t ocol = structured ? col : col - other_->colBase();
    if (orow < 0 || ocol < 0 || orow >= other_->rowCount() || ocol >= other_->columnCount())
        return false; // not in the other table's range now: unknown, not marked
    const QModelIndex o = other_->index(static_cast<int>(orow), static_cast<int>(ocol));
    if (!other_->isCellLoaded(o.row(), o.column())) {
        o.data(); // asks for its window; it arrives with windowLoaded and the view repaints
        return false;
    }
    return index.data().toString() != o.data().toString();
}

void CompareArrayDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (differs(index)) {
        option->backgroundBrush = differingCellColor();
        option->palette.setColor(QPalette::Text, Qt::black);
    }
}

} // namespace skopos::ui
