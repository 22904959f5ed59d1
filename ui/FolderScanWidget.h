#pragma once
// File › Open Folder… and a dropped folder: a table of the folder's model
// files (core/scan: found by content, read by a thread pool), filled while
// the scan runs, sortable and filterable by text and verdict. Double-click
// asks for the file to be opened; Export writes JSON Lines (the same lines
// as `skopos scan --jsonl`) or CSV.

#include "ScanTableModel.h"
#include "trust/TrustProfile.h"

#include <QWidget>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace skopos::ui {

class ScanFilterModel;

class FolderScanWidget : public QWidget {
    Q_OBJECT
public:
    explicit FolderScanWidget(QWidget* parent = nullptr);
    ~FolderScanWidget() override;

    // Starts scanning (a running scan is stopped first).
    void scanFolder(const QString& folder);
    void stop();
    bool isScanning() const { return running_; }
    // Writes the rows: JSON Lines when the name ends in .jsonl/.json, else CSV.
    bool exportTo(const QString& path, QString* error = nullptr) const;

    ScanTableModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QLineEdit* filterField() const { return filter_; }
    QComboBox* verdictFilter() const { return verdict_; }
    QString statusText() const;

signals:
    void openRequested(const QString& path);
    void scanFinished();

private:
    void drain();
    void finished();
    void exportDialog();
    void updateStatus();

    ScanTableModel* model_;
    ScanFilterModel* proxy_;
    QTableView* view_;
    QLineEdit* filter_;
    QComboBox* verdict_;
    QPushButton* stop_;
    QPushButton* export_;
    QLabel* status_;
    QTimer* drainTimer_;

    TrustProfile profile_;
    QString folder_;
    std::thread worker_;
    std::atomic<bool> cancel_{false};
    bool running_ = false;
    std::mutex pendingMutex_;
    std::vector<scan::FileScanResult> pending_;
    std::uint64_t notModels_ = 0;
    double seconds_ = 0;
    bool interrupted_ = false;
    int generation_ = 0; // a finished scan that was replaced must not end the new one
};

} // namespace skopos::ui
