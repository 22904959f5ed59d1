#pragma once
// The array pane: dtype, shape, order, where the bytes live, statistics, a
// table of values and a picture. Values are read on demand in a worker
// thread, one window at a time (io/ArraySlice.h: never more than the window
// caps), so large arrays never block the UI; selecting another node
// abandons the old read.
//
// N-d arrays: spin boxes fix the index on every other axis and two combo
// boxes pick the row and column axes. Arrays larger than the window: a note
// says which rows/columns are shown of how many; "Go to" (Ctrl+G) jumps to a
// row (and column), reading a new window when it lies outside. Structured
// dtypes: one column per field. Sparse matrices: triplets, or dense when
// small. Ctrl+C copies the selected cells, tab-separated, as shown.

#include "io/ArraySlice.h"
#include "io/SparseReader.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace skopos::ui {

class ArrayTableModel;
class ArraySparseModel;

struct ArrayPreviewResult {
    std::shared_ptr<const ArraySlice> slice;
    std::shared_ptr<const SparsePreview> sparse;
    QImage picture;
    QString error;
};

class ArrayPreviewWidget : public QWidget {
    Q_OBJECT
public:
    // Window caps: at most this many cells (and columns) are read at a time.
    static constexpr std::int64_t kPreviewElements = 250'000; // 2 MB of float64, twice (bytes and values)
    static constexpr std::int64_t kPreviewColumns = 1'000;
    static constexpr std::int64_t kSparseTriplets = 250'000;

    explicit ArrayPreviewWidget(QWidget* parent = nullptr);
    ~ArrayPreviewWidget() override;

    void showArray(const QString& documentPath, const ArrayInfo& info);
    void showSparse(const QString& documentPath, const SparseParts& parts);
    void clear();
    // Smaller windows (tests show the cap note on small real arrays).
    void setWindowCaps(std::int64_t maxRows, std::int64_t maxCols);

    // The slice shown: an index on every axis and the row/column axes.
    void setSlice(const std::vector<std::int64_t>& index, int rowAxis, int colAxis);
    // Scrolls to and selects a cell (array indices); reads another window
    // when the cell lies outside the one shown. False when out of range.
    bool goTo(std::int64_t row, std::int64_t column);
    void fitColumns();
    void copySelection();
    void setSparseDense(bool dense);

    ArrayTableModel* tableModel() const { return table_; }
    ArraySparseModel* sparseModel() const { return sparse_; }
    QTableView* view() const { return view_; }
    QString statisticsText() const;
    QString capNoteText() const;
    QString factsText() const;
    QString sliceText() const;
    bool isLoading() const;

signals:
    void previewReady();

private:
    void finished();
    void cancelRunning();
    void startRead();
    void rebuildSliceControls();
    void sliceControlsChanged();
    void updateCapNote();
    void goToFromField();

    QLabel* facts_;
    QLabel* stats_;
    QLabel* capNote_;
    QLabel* picture_;
    QWidget* sliceBar_;
    QHBoxLayout* sliceLayout_;
    QLabel* sliceLabel_;
    QComboBox* rowAxis_;
    QComboBox* colAxis_;
    std::vector<QSpinBox*> axisSpins_;
    QLineEdit* goTo_;
    QCheckBox* denseBox_;
    QTableView* view_;
    ArrayTableModel* table_;
    ArraySparseModel* sparse_;
    QFutureWatcher<ArrayPreviewResult> watcher_;
    std::shared_ptr<std::atomic<bool>> cancel_;

    QString path_;
    ArrayInfo info_;
    std::optional<SparseParts> sparseParts_;
    SliceRequest request_;
    std::int64_t maxRows_ = kPreviewElements, maxCols_ = kPreviewColumns;
    std::int64_t pendingRow_ = -1, pendingCol_ = -1;
    bool updatingControls_ = false;
};

} // namespace skopos::ui
