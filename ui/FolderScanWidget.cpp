#include "FolderScanWidget.h"

#include "CurrentProfile.h"

#include "scan/Scanner.h"
#include "tree/Error.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace skopos::ui {

// Text filter over every column plus a verdict filter.
class ScanFilterModel : public QSortFilterProxyModel {
public:
    enum Show { All, NotClean, Dangerous, Untrusted, Errors };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShow(int s)
    {
        show_ = s;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const auto v = static_cast<scan::ScanVerdict>(
            sourceModel()->index(row, 0, parent).data(ScanTableModel::VerdictRole).toInt());
        switch (show_) {
        case NotClean:
            if (v == scan::ScanVerdict::Clean)
                return false;
            break;
        case Dangerous:
            if (v != scan::ScanVerdict::Dangerous)
                return false;
            break;
        case Untrusted:
            if (v != scan::ScanVerdict::Untrusted)
                return false;
            break;
        case Errors:
            if (v != scan::ScanVerdict::Error)
                return false;
            break;
        default: break;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int show_ = All;
};

FolderScanWidget::FolderScanWidget(QWidget* parent)
    : QWidget(parent), model_(new ScanTableModel(this)), proxy_(new ScanFilterModel(this)), view_(new QTableView(this)),
      filter_(new QLineEdit(this)), verdict_(new QComboBox(this)), stop_(new QPushButton(tr("&Stop"), this)),
      export_(new QPushButton(tr("&Export…"), this)), status_(new QLabel(this)), drainTimer_(new QTimer(this))
{
    setWindowTitle(tr("Folder Scan"));
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(ScanTableModel::SortRole);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->hide();
    view_->setWordWrap(false); // one line a file, as on the command line
    view_->setTextElideMode(Qt::ElideMiddle);
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setSectionResizeMode(ScanTableModel::ColNames, QHeaderView::Stretch);
    view_->setColumnWidth(ScanTableModel::ColPath, 320);
    filter_->setPlaceholderText(tr("Filter by path, format or type name"));
    filter_->setClearButtonEnabled(true);
    verdict_->addItems({tr("All files"), tr("Not clean"), tr("Dangerous"), tr("Untrusted"), tr("Errors")});

    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(verdict_);
    bar->addWidget(stop_);
    bar->addWidget(export_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    layout->addWidget(status_);
    resize(1000, 600);

    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(verdict_, &QComboBox::currentIndexChanged, this, [this](int i) { proxy_->setShow(i); });
    connect(stop_, &QPushButton::clicked, this, &FolderScanWidget::stop);
    connect(export_, &QPushButton::clicked, this, &FolderScanWidget::exportDialog);
    connect(view_, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        const QModelIndex s = proxy_->mapToSource(i);
        if (s.isValid())
            emit openRequested(QString::fromStdString(model_->result(s.row()).path));
    });
    drainTimer_->setInterval(100);
    connect(drainTimer_, &QTimer::timeout, this, &FolderScanWidget::drain);
    profile_ = *CurrentProfile::profile(); // the window's profile (Settings › Trust Profile…)
    updateStatus();
}

FolderScanWidget::~FolderScanWidget()
{
    cancel_ = true;
    if (worker_.joinable())
        worker_.join();
}

void FolderScanWidget::scanFolder(const QString& folder)
{
    cancel_ = true;
    if (worker_.joinable())
        worker_.join();
    cancel_ = false;
    pending_.clear();
    model_->clear();
    model_->setRoot(folder);
    folder_ = folder;
    notModels_ = 0;
    interrupted_ = false;
    running_ = true;
    stop_->setEnabled(true);
    setWindowTitle(tr("Folder Scan — %1").arg(folder));
    drainTimer_->start();
    updateStatus();
    const std::string root = QFile::encodeName(folder).toStdString();
    const int generation = ++generation_;
    worker_ = std::thread([this, root, generation] {
        scan::ScanConfig config;
        config.roots = {root};
        config.profile = &profile_;
        config.stop = &cancel_;
        const scan::ScanSummary s = scan::runScan(config, [this](const scan::FileScanResult& r) {
            std::lock_guard lock(pendingMutex_);
            pending_.push_back(r);
        });
        // Queued: runs in the GUI thread, dropped if the widget is gone
        // (the destructor joins this thread first anyway).
        QMetaObject::invokeMethod(
            this,
            [this, s, generation] {
                if (generation != generation_)
                    return;
                notModels_ = s.notModels;
                seconds_ = s.seconds;
                interrupted_ = s.interrupted;
                finished();
            },
            Qt::QueuedConnection);
    });
}

void FolderScanWidget::stop() { cancel_ = true; }

void FolderScanWidget::drain()
{
    std::vector<scan::FileScanResult> batch;
    {
        std::lock_guard lock(pendingMutex_);
        batch.swap(pending_);
    }
    model_->append(std::move(batch));
    updateStatus();
}

void FolderScanWidget::finished()
{
    if (worker_.joinable())
        worker_.join();
    drainTimer_->stop();
    drain();
    running_ = false;
    stop_->setEnabled(false);
    updateStatus();
    emit scanFinished();
}

QString FolderScanWidget::statusText() const { return status_->text(); }

void FolderScanWidget::updateStatus()
{
    int counts[4] = {};
    for (int i = 0; i < model_->rowCount(); ++i)
        ++counts[static_cast<int>(model_->result(i).verdict)];
    // Whole phrases joined with arg(), so a translation can reorder them.
    QString s = tr("%n model file(s) — dangerous: %1, untrusted: %2, errors: %3, clean: %4", nullptr,
                   model_->rowCount())
                    .arg(counts[int(scan::ScanVerdict::Dangerous)])
                    .arg(counts[int(scan::ScanVerdict::Untrusted)])
                    .arg(counts[int(scan::ScanVerdict::Error)])
                    .arg(counts[int(scan::ScanVerdict::Clean)]);
    if (running_)
        s = tr("%1 — scanning…").arg(s);
    else if (interrupted_)
        s = tr("%1 — stopped before the end").arg(s);
    else if (!folder_.isEmpty())
        s = tr("%1 — done in %L2 s; %n other file(s)", nullptr, static_cast<int>(notModels_))
                .arg(s)
                .arg(seconds_, 0, 'f', 1);
    s = tr("%1 · trust profile: scikit-learn %2").arg(s, QString::fromStdString(profile_.sklearnVersion()));
    status_->setText(s);
}

bool FolderScanWidget::exportTo(const QString& path, QString* error) const
{
    const bool jsonl = path.endsWith(QStringLiteral(".jsonl"), Qt::CaseInsensitive)
        || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    const QByteArray data = jsonl ? model_->toJsonLines(profile_.versionsJson()) : model_->toCsv();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void FolderScanWidget::exportDialog()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Scan"), folder_ + QStringLiteral("/scan.jsonl"),
                                                      tr("JSON Lines (*.jsonl);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Scan"), tr("Cannot write %1: %2").arg(path, error));
}

} // namespace skopos::ui
