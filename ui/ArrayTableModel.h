#pragma once
// A small table model over the values of an array preview: 2-D arrays as
// rows x columns (C or Fortran order honoured), everything else as one
// column. Cells beyond the elements read show as empty.

#include "io/ArrayReader.h"

#include <QAbstractTableModel>

#include <memory>

namespace skopos::ui {

class ArrayTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(std::shared_ptr<const ArrayPreview> preview, std::vector<std::int64_t> shape);
    void clear() { setPreview(nullptr, {}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // Flat storage index of a cell, or -1 when it was not read.
    std::int64_t flatIndex(int row, int column) const;
    static QString formatValue(const ArrayPreview& p, std::int64_t i);

private:
    std::shared_ptr<const ArrayPreview> p_;
    std::int64_t rows_ = 0, cols_ = 0;
    std::int64_t shape_[2] = {0, 0};
    bool matrix_ = false;
};

} // namespace skopos::ui
