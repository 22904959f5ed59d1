#pragma once
// A scipy sparse matrix in the preview table: its stored entries as
// (row, column, value) triplets in storage order, or, for small matrices
// read in full, the dense matrix (zeros filled in, duplicates summed).

#include "io/SparseReader.h"

#include <QAbstractTableModel>

#include <memory>

namespace skopos::ui {

class ArraySparseModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSparse(std::shared_ptr<const SparsePreview> s);
    void clear() { setSparse(nullptr); }
    void setDense(bool dense);
    bool dense() const { return dense_; }
    const SparsePreview* sparse() const { return s_.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const SparsePreview> s_;
    bool dense_ = false;
};

} // namespace skopos::ui
