#include "ArraySparseModel.h"

#include "tree/PyFloat.h"

#include <QFontDatabase>

#include <bit>
#include <cmath>
#include <cstring>

namespace skopos::ui {

void ArraySparseModel::setSparse(std::shared_ptr<const SparsePreview> s)
{
    beginResetModel();
    s_ = std::move(s);
    if (!s_ || !s_->hasDense())
        dense_ = false;
    endResetModel();
}

void ArraySparseModel::setDense(bool dense)
{
    dense = dense && s_ && s_->hasDense();
    if (dense == dense_)
        return;
    beginResetModel();
    dense_ = dense;
    endResetModel();
}

int ArraySparseModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !s_)
        return 0;
    return dense_ ? static_cast<int>(s_->rows) : static_cast<int>(s_->row.size());
}

int ArraySparseModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !s_ || rowCount() == 0)
        return 0;
    return dense_ ? static_cast<int>(s_->cols) : 3;
}

QVariant ArraySparseModel::data(const QModelIndex& index, int role) const
{
    if (!s_ || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole)
        return {};
    const auto r = static_cast<std::size_t>(index.row());
    if (dense_) {
        const double v = s_->dense[r * static_cast<std::size_t>(s_->cols) + static_cast<std::size_t>(index.column())];
        switch (s_->dtype.kind) {
        case 'b': return v != 0 ? QStringLiteral("True") : QStringLiteral("False");
        case 'i':
        case 'u': return QString::number(static_cast<qint64>(v));
        case 'f':
            if (s_->dtype.size == 4) { // scipy sums float32 values as float32: shown as numpy shows them
                const float f = static_cast<float>(v);
                char bytes[sizeof f];
                std::memcpy(bytes, &f, sizeof f);
                return QString::fromStdString(
                    formatScalar(SimpleDType{std::endian::native == std::endian::big ? '>' : '<', 'f', 4}, bytes));
            }
            return QString::fromStdString(pyFloatRepr(v));
        }
        return QString::number(v);
    }
    switch (index.column()) {
    case 0: return QString::number(s_->row[r]);
    case 1: return QString::number(s_->col[r]);
    default:
        return QString::fromStdString(
            formatScalar(s_->dtype, s_->values.data() + r * static_cast<std::size_t>(s_->dtype.size)));
    }
}

QVariant ArraySparseModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole || !s_ || section < 0)
        return {};
    if (o == Qt::Vertical || dense_)
        return QString::number(section);
    switch (section) {
    case 0: return tr("row");
    case 1: return tr("column");
    case 2: return tr("value");
    }
    return {};
}

} // namespace skopos::ui
