#pragma once
// The array pane: dtype, shape, order, where the bytes live, statistics, a
// table of values and a picture. Values are read on demand in a worker
// thread, one window at a time (io/ArraySlice.h: never more than the window
// caps), so large arrays never block the UI; selecting another node
// abandons the old read.
//
// The table spans the whole slice and reads windows as it scrolls
// (ArrayTableModel: a few windows held, never the whole array); statistics
// and the picture come from the first window, and a note says so when it is
// not all of the slice. Columns are as wide as the widest value read for
// them: numbers are never cut. The table keeps room for kMinRows rows; the
// Node pane scrolls when the window is smaller. The picture can be folded
// away (remembered in the settings).
//
// N-d arrays: spin boxes fix the index on every other axis and two combo
// boxes pick the row and column axes. "Go to" (Ctrl+G anywhere in the
// preview) scrolls to a row (and column). Structured dtypes: one column per
// field. Sparse matrices: triplets, or dense when small. Ctrl+C copies the
// selected cells, tab-separated, as shown.

#include "ArrayTableModel.h"
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
class QToolButton;

namespace skopos::ui {

class ArraySparseModel;

struct ArrayPreviewResult {
    ArrayWindow window;
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
    // Windows read while scrolling: at most this many cells (and columns),
    // at least kMinWindowRows rows (so a screenful needs few windows).
    static constexpr std::int64_t kScrollWindowCells = 65'536;
    static constexpr std::int64_t kScrollWindowColumns = 256;
    static constexpr std::int64_t kMinWindowRows = 64;
    static constexpr int kMinRows = 10; // rows the table always has room for
    static constexpr const char* kPictureSetting = "arrayPreview/showPicture";

    explicit ArrayPreviewWidget(QWidget* parent = nullptr);
    ~ArrayPreviewWidget() override;

    void showArray(const QString& documentPath, const ArrayInfo& info);
    void showSparse(const QString& documentPath, const SparseParts& parts);
    void clear();
    // Smaller windows, for the first read and those read while scrolling
    // (tests show the note and reads on demand on small real arrays).
    void setWindowCaps(std::int64_t maxRows, std::int64_t maxCols);

    // The slice shown: an index on every axis and the row/column axes.
    void setSlice(const std::vector<std::int64_t>& index, int rowAxis, int colAxis);
    // Scrolls to and selects a cell (array indices; column -1: the current
    // one), centred with the rows around it. False when out of range.
    bool goTo(std::int64_t row, std::int64_t column);
    // Every column as wide as the widest value read for it (and its header).
    void fitColumns();
    void setPictureShown(bool shown);
    bool pictureShown() const;
    void copySelection();
    void setSparseDense(bool dense);

    ArrayTableModel* tableModel() const { return table_; }
    ArraySparseModel* sparseModel() const { return sparse_; }
    QTableView* view() const { return view_; }
    QString statisticsText() const;
    QString capNoteText() const;
    QString factsText() const;
    QString sliceText() const;
    QLabel* capNoteLabel() const { return capNote_; }
    QLabel* pictureLabel() const { return picture_; }
    QLineEdit* goToField() const { return goTo_; }
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
    void widenColumns(int first, int last, bool shrink);
    void updateTableMinimum();

    QLabel* facts_;
    QLabel* stats_;
    QLabel* capNote_;
    QLabel* picture_;
    QToolButton* pictureToggle_;
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
    bool smallWindows_ = false; // setWindowCaps: scroll windows as small as the first

    bool updatingControls_ = false;
};

} // namespace skopos::ui
