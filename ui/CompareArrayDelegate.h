#pragma once
// Marks the cells of one array preview whose value differs from the same
// cell (same array indices) of the other side's preview. Only the windows
// both tables hold are compared: the cells on screen, as shown (values are
// printed exactly, so equal text is an equal value; NaN shows as nan on both
// sides and counts as equal). A cell the other array does not have at all
// (another shape) is marked too.

#include <QStyledItemDelegate>

namespace skopos::ui {

class ArrayTableModel;

class CompareArrayDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    CompareArrayDelegate(const ArrayTableModel* self, const ArrayTableModel* other, QObject* parent = nullptr);

    // `index` is a cell of `self`: true when both sides hold it and the values differ.
    bool differs(const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    const ArrayTableModel* self_;
    const ArrayTableModel* other_;
};

// The colour of a differing cell (CompareTreeProxy's "changed").
QColor differingCellColor();

} // namespace skopos::ui
