#pragma once
// The rows of a folder scan (core/scan): one model file a row, appended in
// batches while the scan runs. Sorting and filtering are left to a
// QSortFilterProxyModel (sort role = the raw value: sizes sort as numbers).

#include "scan/FileScan.h"

#include <QAbstractTableModel>

#include <vector>

namespace skopos::ui {

class ScanTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColVerdict, ColPath, ColFormat, ColSize, ColNames, ColSklearn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int VerdictRole = Qt::UserRole + 2; // int(scan::ScanVerdict)

    explicit ScanTableModel(QObject* parent = nullptr);

    // Paths are shown relative to root.
    void setRoot(const QString& root);
    void clear();
    void append(std::vector<scan::FileScanResult> rows);
    const scan::FileScanResult& result(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    static QString verdictWord(scan::ScanVerdict v);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // Every row, in scan order: the `skopos scan --jsonl` lines, or CSV with
    // the same fields (lists joined by ';').
    QByteArray toJsonLines(const std::string& profileJson) const;
    QByteArray toCsv() const;

private:
    QString displayPath(const scan::FileScanResult& r) const;
    std::vector<scan::FileScanResult> rows_;
    // Per row: an error in the user's words ("The file is empty."), empty for other verdicts.
    std::vector<QString> errorSummary_;
    QString root_;
};

} // namespace skopos::ui
