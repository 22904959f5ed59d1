#pragma once
// The preview table over one window of an array (io/ArraySlice.h): a 2-D
// window as rows x columns, a 1-D array as one column, a structured array as
// one column per field (named after it). Cells show each value as Python
// prints it (ints exactly, floats shortest round trip, True/False), decoded
// from the window's bytes when painted. Headers give the array's own indices
// (the window's start added).

#include "io/ArraySlice.h"

#include <QAbstractTableModel>

#include <memory>

namespace skopos::ui {

class ArrayTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSlice(std::shared_ptr<const ArraySlice> slice);
    void clear() { setSlice(nullptr); }
    const ArraySlice* slice() const { return s_.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QString cellText(int row, int column) const;

    std::shared_ptr<const ArraySlice> s_;
};

// The cells of `indexes` (of one model) as text to paste into a spreadsheet:
// the bounding rectangle of the selection, one line per row, cells separated
// by tabs, each exactly as displayed (cells inside the rectangle but not
// selected are empty). Empty when nothing is selected or the rectangle is
// larger than maxCells.
QString selectionText(const QModelIndexList& indexes, std::int64_t maxCells = 4'000'000);

} // namespace skopos::ui
