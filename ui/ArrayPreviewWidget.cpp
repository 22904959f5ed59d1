#include "ArrayPreviewWidget.h"

#include "ArrayPicture.h"
#include "ArrayTableModel.h"
#include "tree/Error.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace skopos::ui {

namespace {

QString shapeText(const std::vector<std::int64_t>& shape)
{
    QStringList dims;
    for (auto d : shape)
        dims << QString::number(d);
    return QStringLiteral("(") + dims.join(QStringLiteral(", ")) + (shape.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
}

ArrayPreviewResult readInWorker(const std::string& path, ArrayInfo info, std::shared_ptr<std::atomic<bool>> cancel)
{
    ArrayPreviewResult r;
    try {
        auto p = std::make_shared<ArrayPreview>(
            readArrayPreview(path, info, ArrayPreviewWidget::kPreviewElements, Limits::defaults(), cancel.get()));
        if (!cancel->load())
            r.picture = arrayPicture(*p, info.shape);
        r.preview = std::move(p);
    } catch (const Cancelled&) {
        r.error = QStringLiteral("cancelled");
    } catch (const std::bad_alloc&) {
        r.error = QStringLiteral("out of memory");
    } catch (const std::exception& e) {
        r.error = QString::fromUtf8(e.what());
    }
    return r;
}

} // namespace

ArrayPreviewWidget::ArrayPreviewWidget(QWidget* parent)
    : QWidget(parent), facts_(new QLabel), stats_(new QLabel), picture_(new QLabel), view_(new QTableView),
      table_(new ArrayTableModel(this))
{
    facts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts_->setWordWrap(true);
    stats_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stats_->setWordWrap(true);
    picture_->setAlignment(Qt::AlignCenter);
    view_->setModel(table_);
    view_->horizontalHeader()->setDefaultSectionSize(96);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 4);
    view_->setAlternatingRowColors(true);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(view_);
    split->addWidget(picture_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(facts_);
    layout->addWidget(stats_);
    layout->addWidget(split, 1);
    connect(&watcher_, &QFutureWatcher<ArrayPreviewResult>::finished, this, &ArrayPreviewWidget::finished);
}

ArrayPreviewWidget::~ArrayPreviewWidget()
{
    cancelRunning();
    watcher_.waitForFinished();
}

void ArrayPreviewWidget::cancelRunning()
{
    if (cancel_)
        cancel_->store(true);
    cancel_.reset();
}

bool ArrayPreviewWidget::isLoading() const { return watcher_.isRunning(); }

void ArrayPreviewWidget::clear()
{
    cancelRunning();
    ++generation_;
    table_->clear();
    facts_->clear();
    stats_->clear();
    picture_->clear();
    picture_->setMinimumHeight(0);
}

void ArrayPreviewWidget::showArray(const QString& documentPath, const ArrayInfo& info)
{
    clear();
    shape_ = info.shape;
    facts_->setText(tr("<b>dtype</b> %1 &nbsp; <b>shape</b> %2 &nbsp; <b>order</b> %3<br><b>stored</b> %4")
                        .arg(QString::fromStdString(info.descr).toHtmlEscaped(), shapeText(info.shape),
                             info.fortranOrder ? tr("Fortran (column-major)") : tr("C (row-major)"),
                             QString::fromStdString(describeLocation(info)).toHtmlEscaped()));
    stats_->setText(tr("Reading…"));
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    // The worker gets copies (path, ArrayInfo): it never touches the tree.
    watcher_.setFuture(QtConcurrent::run(readInWorker, documentPath.toStdString(), info, cancel_));
}

void ArrayPreviewWidget::finished()
{
    ArrayPreviewResult r = watcher_.result();
    if (!cancel_ || cancel_->load())
        return; // superseded by another selection (or cleared)
    cancel_.reset();
    if (!r.preview) {
        stats_->setText(r.error.toHtmlEscaped());
        emit previewReady();
        return;
    }
    const ArrayPreview& p = *r.preview;
    QString head = p.count < p.total ? tr("first %L1 of %L2 elements").arg(p.count).arg(p.total)
                                     : tr("all %L1 elements").arg(p.total);
    if (p.dtype.isText()) {
        stats_->setText(head);
    } else {
        const ArrayStats& s = p.stats;
        stats_->setText(tr("%1%2: min %3, max %4, mean %5, std %6, NaN %L7")
                            .arg(head, p.complex() ? tr(" (absolute values)") : QString())
                            .arg(s.min, 0, 'g', 6)
                            .arg(s.max, 0, 'g', 6)
                            .arg(s.mean, 0, 'g', 6)
                            .arg(s.std, 0, 'g', 6)
                            .arg(s.nanCount));
    }
    table_->setPreview(r.preview, shape_);
    if (table_->columnCount() <= 64) // wider tables: keep the default width, they scroll anyway
        view_->resizeColumnsToContents();
    if (!r.picture.isNull()) {
        const QSize box(480, 200);
        const bool pixels = shape_.size() == 2 && shape_[0] > 1 && shape_[1] > 1;
        const QPixmap pm = QPixmap::fromImage(
            r.picture.scaled(box, Qt::KeepAspectRatio, pixels ? Qt::FastTransformation : Qt::SmoothTransformation));
        picture_->setPixmap(pm);
        picture_->setMinimumHeight(pm.height()); // never cut off by the splitter
        picture_->setToolTip(pixels ? tr("Heat map: dark = minimum, yellow = maximum, grey = NaN")
                                    : (p.count <= 512 ? tr("Values in storage order") : tr("Histogram of the values read")));
    }
    emit previewReady();
}

QString ArrayPreviewWidget::statisticsText() const { return stats_->text(); }

} // namespace skopos::ui
