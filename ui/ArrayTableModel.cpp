#include "ArrayTableModel.h"

#include "tree/Error.h"

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace skopos::ui {

namespace {

QString formatCell(const ArraySlice& s, std::int64_t r, std::int64_t c, int field)
{
    if (s.layout.structured)
        return QString::fromStdString(formatField(s.layout.fields[static_cast<std::size_t>(field)], s.cell(r, 0)));
    return QString::fromStdString(formatScalar(s.layout.fields[0].dtype, s.cell(r, c)));
}

struct WindowResult {
    ArrayWindow w;
    QString error;
};

} // namespace

ArrayWindow readArrayWindow(const std::string& documentPath, const ArrayInfo& info, const SliceRequest& request,
                            const std::atomic<bool>* cancel)
{
    ArrayWindow w;
    auto s = std::make_shared<ArraySlice>(readArraySlice(documentPath, info, request, Limits::defaults(), cancel));
    const int columns = s->layout.structured ? static_cast<int>(s->layout.fields.size()) : static_cast<int>(s->cols);
    w.widest.resize(static_cast<std::size_t>(std::max(columns, 0)));
    // The longest text by characters: the cells use a fixed-pitch font.
    for (int c = 0; c < columns && !(cancel && cancel->load()); ++c) {
        QString& best = w.widest[static_cast<std::size_t>(c)];
        for (std::int64_t r = 0; r < s->rows; ++r) {
            QString t = formatCell(*s, r, s->layout.structured ? 0 : c, c);
            if (t.size() > best.size())
                best = std::move(t);
        }
    }
    w.slice = std::move(s);
    return w;
}

ArrayTableModel::ArrayTableModel(QObject* parent) : QAbstractTableModel(parent) { }

ArrayTableModel::~ArrayTableModel() { cancelAll(); }

void ArrayTableModel::cancelAll()
{
    ++generation_; // results of older reads are dropped when they arrive
    for (auto& [k, flag] : inFlight_)
        flag->store(true);
    inFlight_.clear();
    queued_.clear();
}

void ArrayTableModel::clear() { setSlice(nullptr); }

void ArrayTableModel::setSlice(std::shared_ptr<const ArraySlice> slice)
{
    beginResetModel();
    cancelAll();
    windows_.clear();
    failed_.clear();
    onDemand_ = false;
    first_ = std::move(slice);
    path_.clear();
    rowBase_ = colBase_ = 0;
    if (first_) {
        rowsPer_ = std::max<std::int64_t>(1, first_->rows);
        colsPer_ = std::max<std::int64_t>(1, first_->cols);
        rowBase_ = first_->rowStart;
        colBase_ = first_->layout.structured ? 0 : first_->colStart;
        ArrayWindow w;
        w.slice = first_;
        windows_[keyOf(first_->rowStart, first_->colStart)] = Held{std::move(w), 0};
    }
    endResetModel();
}

void ArrayTableModel::setSource(const QString& documentPath, const ArrayInfo& info, const SliceRequest& request,
                                ArrayWindow first)
{
    beginResetModel();
    cancelAll();
    windows_.clear();
    failed_.clear();
    first_ = first.slice;
    path_ = documentPath.toStdString();
    info_ = info;
    request_ = request;
    rowBase_ = colBase_ = 0;
    onDemand_ = first_ != nullptr;
    if (first_) {
        const ArraySlice& s = *first_;
        const bool whole = s.rowStart == 0 && s.colStart == 0 && s.rows == s.totalRows && s.cols == s.totalCols;
        if (whole) {
            rowsPer_ = std::max<std::int64_t>(1, s.totalRows);
            colsPer_ = std::max<std::int64_t>(1, s.totalCols);
        } else {
            colsPer_ = s.layout.structured
                ? 1
                : std::clamp<std::int64_t>(request.maxCols, 1, std::max<std::int64_t>(1, s.totalCols));
            rowsPer_ = std::max<std::int64_t>(1, request.maxRows);
            // The reader never returns more than these: a window asked for must come back whole.
            rowsPer_ = std::min(rowsPer_, std::max<std::int64_t>(1, request.maxElements / colsPer_));
            if (s.layout.itemsize > 0)
                rowsPer_ = std::min(rowsPer_,
                                    std::max<std::int64_t>(1, request.maxBytes / (colsPer_ * s.layout.itemsize)));
        }
        // The first window doubles as a grid window when it is one.
        const bool onGrid = s.rowStart % rowsPer_ == 0 && (s.layout.structured || s.colStart % colsPer_ == 0)
            && s.rows == std::min(rowsPer_, s.totalRows - s.rowStart)
            && (s.layout.structured || s.cols == std::min(colsPer_, s.totalCols - s.colStart));
        if (onGrid)
            windows_[keyOf(s.rowStart, s.colStart)] = Held{std::move(first), ++clock_};
    }
    endResetModel();
}

bool ArrayTableModel::structured() const { return first_ && first_->layout.structured; }

std::int64_t ArrayTableModel::totalRows() const { return first_ ? first_->totalRows : 0; }

std::int64_t ArrayTableModel::totalColumns() const
{
    if (!first_)
        return 0;
    return first_->layout.structured ? static_cast<std::int64_t>(first_->layout.fields.size()) : first_->totalCols;
}

int ArrayTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !first_)
        return 0;
    if (!onDemand_)
        return static_cast<int>(first_->rows);
    return static_cast<int>(std::min(kMaxViewRows, first_->totalRows - rowBase_));
}

int ArrayTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !first_ || rowCount() == 0)
        return 0;
    if (first_->layout.structured)
        return static_cast<int>(first_->layout.fields.size());
    if (!onDemand_)
        return static_cast<int>(first_->cols);
    return static_cast<int>(std::min(kMaxViewCols, first_->totalCols - colBase_));
}

ArrayTableModel::Key ArrayTableModel::keyOf(std::int64_t row, std::int64_t col) const
{
    return {row / rowsPer_, structured() ? 0 : col / colsPer_};
}

const ArrayTableModel::Held* ArrayTableModel::windowOf(std::int64_t row, std::int64_t col) const
{
    // Without reads on demand the one window held is the table.
    const auto it = onDemand_ ? windows_.find(keyOf(row, col)) : windows_.begin();
    if (it == windows_.end())
        return nullptr;
    it->second.used = ++clock_;
    return &it->second;
}

bool ArrayTableModel::isCellLoaded(int row, int column) const
{
    const auto it = onDemand_ ? windows_.find(keyOf(rowBase_ + row, colBase_ + column)) : windows_.begin();
    return it != windows_.end() && it->second.w.slice;
}

std::int64_t ArrayTableModel::bytesHeld() const
{
    std::int64_t n = 0;
    for (const auto& [k, h] : windows_)
        if (h.w.slice)
            n += static_cast<std::int64_t>(h.w.slice->raw.size() + h.w.slice->values.values.size() * sizeof(double));
    return n;
}

QString ArrayTableModel::widestText(int column) const
{
    QString best;
    const std::int64_t ac = colBase_ + column;
    for (const auto& [k, h] : windows_) {
        const ArraySlice* s = h.w.slice.get();
        if (!s)
            continue;
        const std::int64_t c = s->layout.structured ? column : ac - s->colStart;
        if (c >= 0 && c < static_cast<std::int64_t>(h.w.widest.size())
            && h.w.widest[static_cast<std::size_t>(c)].size() > best.size())
            best = h.w.widest[static_cast<std::size_t>(c)];
    }
    return best;
}

void ArrayTableModel::request(Key k) const
{
    if (!onDemand_ || windows_.count(k) || inFlight_.count(k))
        return;
    queued_.erase(std::remove(queued_.begin(), queued_.end(), k), queued_.end());
    queued_.push_back(k); // the newest asked for is read first: where the view is now
    constexpr std::size_t kMaxQueued = kMaxWindows / 2;
    if (queued_.size() > kMaxQueued)
        queued_.erase(queued_.begin());
    startReads();
}

void ArrayTableModel::startReads() const
{
    auto* self = const_cast<ArrayTableModel*>(this);
    while (static_cast<int>(inFlight_.size()) < kMaxReadsInFlight && !queued_.empty()) {
        const Key k = queued_.back();
        queued_.pop_back();
        SliceRequest r = request_;
        r.rowStart = k.first * rowsPer_;
        r.colStart = k.second * colsPer_;
        r.maxRows = rowsPer_;
        r.maxCols = colsPer_;
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        inFlight_[k] = cancel;
        auto* watcher = new QFutureWatcher<WindowResult>(self);
        const std::uint64_t generation = generation_;
        connect(watcher, &QFutureWatcher<WindowResult>::finished, self, [self, watcher, k, generation] {
            WindowResult res = watcher->result();
            watcher->deleteLater();
            if (generation != self->generation_)
                return;
            if (!res.error.isEmpty() && !res.w.slice)
                self->failed_ = res.error;
            self->arrived(k, std::move(res.w), generation);
        });
        // The worker gets copies: it never touches the model or the tree.
        watcher->setFuture(QtConcurrent::run([path = path_, info = info_, r, cancel] {
            WindowResult res;
            try {
                res.w = readArrayWindow(path, info, r, cancel.get());
            } catch (const std::bad_alloc&) {
                res.error = tr("out of memory");
            } catch (const std::exception& e) {
                res.error = QString::fromUtf8(e.what());
            }
            return res;
        }));
    }
}

void ArrayTableModel::arrived(Key k, ArrayWindow w, std::uint64_t generation)
{
    if (generation != generation_)
        return;
    inFlight_.erase(k);
    const bool ok = w.slice != nullptr;
    windows_[k] = Held{std::move(w), ++clock_};
    // Least recently painted windows go first (never the one just read).
    while (static_cast<int>(windows_.size()) > kMaxWindows) {
        auto oldest = windows_.end();
        for (auto it = windows_.begin(); it != windows_.end(); ++it)
            if (it->first != k && (oldest == windows_.end() || it->second.used < oldest->second.used))
                oldest = it;
        windows_.erase(oldest);
    }
    const std::int64_t r0 = k.first * rowsPer_ - rowBase_, r1 = r0 + rowsPer_ - 1;
    const std::int64_t c0 = structured() ? 0 : k.second * colsPer_ - colBase_;
    const std::int64_t c1 = structured() ? columnCount() - 1 : c0 + colsPer_ - 1;
    const auto clampRow = [this](std::int64_t v) {
        return static_cast<int>(std::clamp<std::int64_t>(v, 0, rowCount() - 1));
    };
    const auto clampCol = [this](std::int64_t v) {
        return static_cast<int>(std::clamp<std::int64_t>(v, 0, columnCount() - 1));
    };
    if (r1 >= 0 && r0 < rowCount() && c1 >= 0 && c0 < columnCount()) {
        emit dataChanged(index(clampRow(r0), clampCol(c0)), index(clampRow(r1), clampCol(c1)));
        if (ok)
            emit windowLoaded(clampCol(c0), clampCol(c1));
    }
    if (!ok)
        emit readFailed(failed_);
    startReads();
}

QModelIndex ArrayTableModel::placeCell(std::int64_t row, std::int64_t col)
{
    if (!first_ || row < 0 || row >= totalRows() || col < 0 || col >= totalColumns())
        return {};
    if (!onDemand_) {
        const std::int64_t r = row - first_->rowStart, c = structured() ? col : col - first_->colStart;
        if (r < 0 || r >= rowCount() || c < 0 || c >= columnCount())
            return {};
        return index(static_cast<int>(r), static_cast<int>(c));
    }
    const bool rowIn = row >= rowBase_ && row < rowBase_ + rowCount();
    const bool colIn = structured() || (col >= colBase_ && col < colBase_ + columnCount());
    if (!rowIn || !colIn) {
        // Centre the cell in the table's range (huge arrays only: the range is a million rows).
        beginResetModel();
        if (!rowIn)
            rowBase_ = std::clamp<std::int64_t>(row - kMaxViewRows / 2, 0,
                                                std::max<std::int64_t>(0, totalRows() - kMaxViewRows));
        if (!colIn)
            colBase_ = std::clamp<std::int64_t>(col - kMaxViewCols / 2, 0,
                                                std::max<std::int64_t>(0, totalColumns() - kMaxViewCols));
        endResetModel();
    }
    return index(static_cast<int>(row - rowBase_), static_cast<int>(structured() ? col : col - colBase_));
}

QString ArrayTableModel::cellText(const ArraySlice& s, std::int64_t r, std::int64_t c, int field) const
{
    return formatCell(s, r, c, field);
}

QVariant ArrayTableModel::data(const QModelIndex& index, int role) const
{
    if (!first_ || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const std::int64_t ar = rowBase_ + index.row();
        const std::int64_t ac = structured() ? 0 : colBase_ + index.column();
        const Held* h = windowOf(ar, ac);
        if (!h) {
            request(keyOf(ar, ac));
            return role == Qt::DisplayRole ? QStringLiteral("…") : tr("reading…");
        }
        const ArraySlice* s = h->w.slice.get();
        if (!s)
            return role == Qt::DisplayRole ? QString() : failed_;
        const std::int64_t r = ar - s->rowStart, c = ac - s->colStart;
        if (r < 0 || r >= s->rows || c < 0 || c >= s->cols)
            return {};
        return role == Qt::DisplayRole ? cellText(*s, r, c, index.column()) : QVariant();
    }
    case Qt::TextAlignmentRole: {
        const ArrayField& f =
            first_->layout.fields[first_->layout.structured ? static_cast<std::size_t>(index.column()) : 0];
        return f.dtype.isText() ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    }
    case Qt::FontRole: return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    return {};
}

QVariant ArrayTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (!first_ || section < 0)
        return {};
    const ArraySlice& s = *first_;
    if (o == Qt::Horizontal && s.layout.structured) {
        if (section >= static_cast<int>(s.layout.fields.size()))
            return {};
        const ArrayField& f = s.layout.fields[static_cast<std::size_t>(section)];
        if (role == Qt::DisplayRole)
            return QString::fromStdString(f.name);
        if (role == Qt::ToolTipRole)
            return tr("%1: %2 at byte %3")
                .arg(QString::fromStdString(f.name), QString::fromStdString(f.typestr))
                .arg(f.offset);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Horizontal)
        return s.totalCols == 1 ? tr("value") : QString::number(colBase_ + section);
    return QString::number(rowBase_ + section);
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
