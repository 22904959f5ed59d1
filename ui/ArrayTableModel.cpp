#include "ArrayTableModel.h"

#include <QFontDatabase>

#include <cmath>

namespace skopos::ui {

namespace {
// Views cope with big virtual tables, but a header of 10^9 rows helps nobody.
constexpr std::int64_t kMaxRows = 1'000'000;
constexpr std::int64_t kMaxColumns = 10'000;
}

void ArrayTableModel::setPreview(std::shared_ptr<const ArrayPreview> preview, std::vector<std::int64_t> shape)
{
    beginResetModel();
    p_ = std::move(preview);
    matrix_ = p_ && shape.size() == 2;
    if (!p_) {
        rows_ = cols_ = 0;
    } else if (matrix_) {
        rows_ = std::min(shape[0], kMaxRows);
        cols_ = std::min(shape[1], kMaxColumns);
        // Only rows (C order) or columns (Fortran order) that hold read elements.
        if (!p_->fortranOrder && shape[1] > 0)
            rows_ = std::min(rows_, (p_->count + shape[1] - 1) / shape[1]);
        if (p_->fortranOrder && shape[0] > 0)
            cols_ = std::min(cols_, (p_->count + shape[0] - 1) / shape[0]);
        rows_ = shape[1] == 0 ? 0 : rows_;
        cols_ = shape[0] == 0 ? 0 : cols_;
        // Remember the full extents for index arithmetic.
        shape_[0] = shape[0];
        shape_[1] = shape[1];
    } else {
        rows_ = std::min(p_->count, kMaxRows);
        cols_ = 1;
    }
    endResetModel();
}

int ArrayTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_);
}

int ArrayTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(cols_);
}

std::int64_t ArrayTableModel::flatIndex(int row, int column) const
{
    if (!p_ || row < 0 || column < 0 || row >= rows_ || column >= cols_)
        return -1;
    std::int64_t i = row;
    if (matrix_)
        i = p_->fortranOrder ? std::int64_t(column) * shape_[0] + row : std::int64_t(row) * shape_[1] + column;
    return i < p_->count ? i : -1;
}

QString ArrayTableModel::formatValue(const ArrayPreview& p, std::int64_t i)
{
    if (p.dtype.isText())
        return QString::fromStdString(p.text[static_cast<std::size_t>(i)]);
    const auto num = [&](double v) {
        if (p.dtype.kind == 'b')
            return v != 0 ? QStringLiteral("True") : QStringLiteral("False");
        if (p.dtype.kind == 'i' || p.dtype.kind == 'u')
            return QString::number(v, 'f', 0);
        if (std::isnan(v))
            return QStringLiteral("nan");
        if (std::isinf(v))
            return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
        return QString::number(v, 'g', p.dtype.size <= 4 ? 7 : 15);
    };
    if (p.complex()) {
        const double im = p.values[static_cast<std::size_t>(2 * i + 1)];
        return num(p.values[static_cast<std::size_t>(2 * i)]) + (im < 0 ? QStringLiteral("-") : QStringLiteral("+"))
            + num(std::abs(im)) + QStringLiteral("j");
    }
    return num(p.values[static_cast<std::size_t>(i)]);
}

QVariant ArrayTableModel::data(const QModelIndex& index, int role) const
{
    const std::int64_t i = flatIndex(index.row(), index.column());
    if (i < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole: return formatValue(*p_, i);
    case Qt::TextAlignmentRole:
        return p_->dtype.isText() ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole: return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    return {};
}

QVariant ArrayTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Horizontal && !matrix_)
        return tr("value");
    return QString::number(section);
}

} // namespace skopos::ui
