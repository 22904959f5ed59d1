#pragma once
// The array pane: dtype, shape, order, where the bytes live, statistics, a
// table of values and a picture. Values are read on demand in a worker
// thread (never more than kPreviewElements), so large arrays never block the
// UI; selecting another node abandons the old read.

#include "io/ArrayReader.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QTableView;

namespace skopos::ui {

class ArrayTableModel;

struct ArrayPreviewResult {
    std::shared_ptr<const ArrayPreview> preview;
    QImage picture;
    QString error;
};

class ArrayPreviewWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr std::int64_t kPreviewElements = 1'000'000;

    explicit ArrayPreviewWidget(QWidget* parent = nullptr);
    ~ArrayPreviewWidget() override;

    void showArray(const QString& documentPath, const ArrayInfo& info);
    void clear();

    ArrayTableModel* tableModel() const { return table_; }
    QString statisticsText() const;
    bool isLoading() const;

signals:
    void previewReady();

private:
    void finished();
    void cancelRunning();

    QLabel* facts_;
    QLabel* stats_;
    QLabel* picture_;
    QTableView* view_;
    ArrayTableModel* table_;
    QFutureWatcher<ArrayPreviewResult> watcher_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::vector<std::int64_t> shape_;
    std::uint64_t generation_ = 0;
};

} // namespace skopos::ui
