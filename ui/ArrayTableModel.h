#pragma once
// The preview table over a 2-D slice of an array (io/ArraySlice.h): a 2-D
// slice as rows x columns, a 1-D array as one column, a structured array as
// one column per field (named after it). Cells show each value as Python
// prints it (ints exactly, floats shortest round trip, True/False), decoded
// from the window's bytes when painted. Headers give the array's own indices.
//
// The table spans the whole slice (up to kMaxViewRows x kMaxViewCols from a
// base cell; Go to moves the base for larger ones), but holds only a few
// windows of it: a cell outside them reads its window (a tile of the grid
// rowsPerWindow x colsPerWindow) in a worker through readArraySlice, shows
// "…" until it arrives, and the least recently used window goes when more
// than kMaxWindows are held. So memory stays bounded whatever the array's
// size, and the whole array is never read.

#include "io/ArraySlice.h"

#include <QAbstractTableModel>
#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace skopos::ui {

// One window read, with each of its columns' widest formatted value (found
// in the worker, so sizing the columns costs the UI thread nothing).
struct ArrayWindow {
    std::shared_ptr<const ArraySlice> slice;
    std::vector<QString> widest; // per table column of the window (per field when structured)
};

// Reads a window and finds its widest cells (worker side; throws like readArraySlice).
ArrayWindow readArrayWindow(const std::string& documentPath, const ArrayInfo& info, const SliceRequest& request,
                            const std::atomic<bool>* cancel);

class ArrayTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kMaxWindows = 16;
    static constexpr int kMaxReadsInFlight = 2;
    static constexpr std::int64_t kMaxViewRows = 1'000'000; // QHeaderView keeps a record per section
    static constexpr std::int64_t kMaxViewCols = 100'000;

    explicit ArrayTableModel(QObject* parent = nullptr);
    ~ArrayTableModel() override;

    // A new slice: `request` (normalized, its maxRows/maxCols are the window
    // size) and its first window, already read, starting on the window grid.
    void setSource(const QString& documentPath, const ArrayInfo& info, const SliceRequest& request, ArrayWindow first);
    // Only this window, nothing read on demand (small arrays, tests).
    void setSlice(std::shared_ptr<const ArraySlice> slice);
    void clear();
    // The first window (statistics and picture come from it).
    const ArraySlice* slice() const { return first_.get(); }

    // The array cell of view row 0 / column 0, and the extents of the slice.
    std::int64_t rowBase() const { return rowBase_; }
    std::int64_t colBase() const { return colBase_; }
    std::int64_t totalRows() const;
    std::int64_t totalColumns() const; // fields when structured
    bool structured() const;
    // Moves the base so that array cell (row, col) is in the table (a reset
    // when it was not). Returns its view index; invalid when out of range.
    QModelIndex placeCell(std::int64_t row, std::int64_t col);

    // Windows held and their bytes (cells and decoded values): the memory bound.
    int windowsHeld() const { return static_cast<int>(windows_.size()); }
    std::int64_t bytesHeld() const;
    int readsInFlight() const { return static_cast<int>(inFlight_.size()); }
    bool isCellLoaded(int row, int column) const;
    // The widest formatted value of a view column over the windows held.
    QString widestText(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

signals:
    // A window arrived: its view columns [first, last] have new cells.
    void windowLoaded(int firstColumn, int lastColumn);
    void readFailed(const QString& error);

private:
    using Key = std::pair<std::int64_t, std::int64_t>; // window row, window column
    struct Held {
        ArrayWindow w;
        std::uint64_t used = 0;
    };
    const Held* windowOf(std::int64_t row, std::int64_t col) const; // array cell; nullptr: not held
    Key keyOf(std::int64_t row, std::int64_t col) const;
    void request(Key k) const;
    void startReads() const;
    void arrived(Key k, ArrayWindow w, std::uint64_t generation);
    void cancelAll();
    QString cellText(const ArraySlice& s, std::int64_t r, std::int64_t c, int field) const;

    std::shared_ptr<const ArraySlice> first_;
    std::string path_;
    ArrayInfo info_;
    SliceRequest request_;
    bool onDemand_ = false;
    std::int64_t rowsPer_ = 1, colsPer_ = 1;
    std::int64_t rowBase_ = 0, colBase_ = 0;
    std::uint64_t generation_ = 0;
    mutable std::uint64_t clock_ = 0;
    mutable std::map<Key, Held> windows_;
    mutable std::map<Key, std::shared_ptr<std::atomic<bool>>> inFlight_;
    mutable std::vector<Key> queued_; // newest last
    QString failed_;
};

// The cells of `indexes` (of one model) as text to paste into a spreadsheet:
// the bounding rectangle of the selection, one line per row, cells separated
// by tabs, each exactly as displayed (cells inside the rectangle but not
// selected are empty). Empty when nothing is selected or the rectangle is
// larger than maxCells.
QString selectionText(const QModelIndexList& indexes, std::int64_t maxCells = 4'000'000);

} // namespace skopos::ui
