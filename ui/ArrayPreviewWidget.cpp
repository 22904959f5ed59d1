#include "ArrayPreviewWidget.h"

#include "ArrayPicture.h"
#include "ArraySparseModel.h"
#include "ArrayTableModel.h"
#include "tree/Error.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace skopos::ui {

namespace {

QString shapeText(const std::vector<std::int64_t>& shape)
{
    QStringList dims;
    for (auto d : shape)
        dims << QString::number(d);
    return QStringLiteral("(") + dims.join(QStringLiteral(", "))
        + (shape.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
}

// Runs a read in the worker; what it throws becomes the result's error text.
template <typename Read>
ArrayPreviewResult guardedRead(Read read)
{
    ArrayPreviewResult r;
    try {
        read(r);
    } catch (const Cancelled&) {
        r.error = QStringLiteral("cancelled");
    } catch (const std::bad_alloc&) {
        r.error = QStringLiteral("out of memory");
    } catch (const std::exception& e) {
        r.error = QString::fromUtf8(e.what());
    }
    return r;
}

ArrayPreviewResult readSliceInWorker(const std::string& path, ArrayInfo info, SliceRequest request,
                                     std::shared_ptr<std::atomic<bool>> cancel)
{
    return guardedRead([&](ArrayPreviewResult& r) {
        r.window = readArrayWindow(path, info, request, cancel.get());
        const ArraySlice* s = r.window.slice.get();
        if (!cancel->load() && !s->layout.structured) {
            std::vector<std::int64_t> shape{s->rows};
            if (s->totalCols > 1 || info.shape.size() >= 2)
                shape.push_back(s->cols);
            r.picture = arrayPicture(s->values, shape);
        }
    });
}

ArrayPreviewResult readSparseInWorker(const std::string& path, SparseParts parts, std::int64_t maxTriplets,
                                      std::shared_ptr<std::atomic<bool>> cancel)
{
    return guardedRead([&](ArrayPreviewResult& r) {
        r.sparse = std::make_shared<SparsePreview>(
            readSparsePreview(path, parts, maxTriplets, 100, Limits::defaults(), cancel.get()));
    });
}

// Ctrl+G belongs to the preview while any part of it has focus, Ctrl+C to
// the table (the window's Find Next may also be bound to Ctrl+G, so a second
// shortcut would be ambiguous): claim them before shortcuts run. Installed on
// the table and on the preview itself, which sees the override events its
// children leave unaccepted.
class TableKeys : public QObject {
public:
    TableKeys(ArrayPreviewWidget* w, QLineEdit* goTo) : QObject(w), w_(w), goTo_(goTo) { }
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() != QEvent::ShortcutOverride && e->type() != QEvent::KeyPress)
            return QObject::eventFilter(o, e);
        auto* k = static_cast<QKeyEvent*>(e);
        const bool copy = o == w_->view() && k->matches(QKeySequence::Copy);
        const bool go = k->key() == Qt::Key_G && k->modifiers() == Qt::ControlModifier;
        if (!copy && !go)
            return QObject::eventFilter(o, e);
        if (e->type() == QEvent::ShortcutOverride) {
            e->accept();
            return true;
        }
        if (copy)
            w_->copySelection();
        else {
            goTo_->setFocus(Qt::ShortcutFocusReason);
            goTo_->selectAll();
        }
        return true;
    }

private:
    ArrayPreviewWidget* w_;
    QLineEdit* goTo_;
};

} // namespace

ArrayPreviewWidget::ArrayPreviewWidget(QWidget* parent)
    : QWidget(parent), facts_(new QLabel), stats_(new QLabel), capNote_(new QLabel), picture_(new QLabel),
      pictureToggle_(new QToolButton), sliceBar_(new QWidget), sliceLayout_(new QHBoxLayout(sliceBar_)),
      sliceLabel_(new QLabel), rowAxis_(new QComboBox), colAxis_(new QComboBox), goTo_(new QLineEdit),
      denseBox_(new QCheckBox(tr("&Dense"))), view_(new QTableView), table_(new ArrayTableModel(this)),
      sparse_(new ArraySparseModel(this))
{
    facts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts_->setWordWrap(true);
    stats_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stats_->setWordWrap(true);
    // A paragraph on its own line: as tall as its wrapped text needs.
    capNote_->setWordWrap(true);
    capNote_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    picture_->setAlignment(Qt::AlignCenter);
    view_->setModel(table_);
    const QFontMetrics cellFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view_->horizontalHeader()->setDefaultSectionSize(
        cellFont.horizontalAdvance(QStringLiteral("-0.000000000000000000")));
    view_->verticalHeader()->setDefaultSectionSize(std::max(cellFont.height(), view_->fontMetrics().height()) + 4);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->setAlternatingRowColors(true);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto* keys = new TableKeys(this, goTo_);
    view_->installEventFilter(keys);
    installEventFilter(keys); // Ctrl+G from any part of the preview
    auto* copy = new QAction(tr("&Copy Cells"), view_);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ArrayPreviewWidget::copySelection);
    auto* fitAction = new QAction(tr("&Fit Columns to Contents"), view_);
    connect(fitAction, &QAction::triggered, this, &ArrayPreviewWidget::fitColumns);
    view_->addAction(copy);
    view_->addAction(fitAction);
    view_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(table_, &ArrayTableModel::windowLoaded, this,
            [this](int first, int last) { widenColumns(first, last, false); });

    // Slice bar (N-d arrays): row/column axes and an index on every other axis.
    sliceLayout_->setContentsMargins(0, 0, 0, 0);
    rowAxis_->setToolTip(tr("Axis shown as rows"));
    colAxis_->setToolTip(tr("Axis shown as columns"));
    connect(rowAxis_, &QComboBox::currentIndexChanged, this, &ArrayPreviewWidget::sliceControlsChanged);
    connect(colAxis_, &QComboBox::currentIndexChanged, this, &ArrayPreviewWidget::sliceControlsChanged);
    sliceBar_->hide();

    // Tools: go to, fit columns, dense (sparse), the picture's fold button.
    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    auto* goLabel = new QLabel(tr("&Go to:"));
    goLabel->setBuddy(goTo_);
    goTo_->setPlaceholderText(tr("row, column"));
    goTo_->setToolTip(tr("Row, or row and column, to show (Ctrl+G anywhere in the array preview)"));
    goTo_->setMaximumWidth(140);
    connect(goTo_, &QLineEdit::returnPressed, this, &ArrayPreviewWidget::goToFromField);
    auto* fit = new QPushButton(tr("&Fit Columns"));
    fit->setToolTip(tr("Resize the columns to their contents"));
    connect(fit, &QPushButton::clicked, this, &ArrayPreviewWidget::fitColumns);
    denseBox_->setToolTip(tr("Show the whole matrix with its zeros instead of (row, column, value) triplets"));
    denseBox_->hide();
    connect(denseBox_, &QCheckBox::toggled, this, &ArrayPreviewWidget::setSparseDense);
    pictureToggle_->setText(tr("&Picture"));
    pictureToggle_->setToolTip(tr("Show or fold away the picture of the values"));
    pictureToggle_->setCheckable(true);
    pictureToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    pictureToggle_->setAutoRaise(true);
    connect(pictureToggle_, &QToolButton::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kPictureSetting), on);
        setPictureShown(on);
    });
    tools->addWidget(goLabel);
    tools->addWidget(goTo_);
    tools->addWidget(fit);
    tools->addWidget(denseBox_);
    tools->addStretch(1);
    tools->addWidget(pictureToggle_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(facts_);
    layout->addWidget(sliceBar_);
    layout->addWidget(stats_);
    layout->addLayout(tools);
    layout->addWidget(capNote_);
    layout->addWidget(view_, 1); // the table takes the room; the picture keeps its own height
    layout->addWidget(picture_);
    setPictureShown(QSettings().value(QLatin1String(kPictureSetting), true).toBool());
    updateTableMinimum();
    connect(&watcher_, &QFutureWatcher<ArrayPreviewResult>::finished, this, &ArrayPreviewWidget::finished);
}

void ArrayPreviewWidget::setPictureShown(bool shown)
{
    const QSignalBlocker block(pictureToggle_);
    pictureToggle_->setChecked(shown);
    pictureToggle_->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    picture_->setVisible(shown);
}

bool ArrayPreviewWidget::pictureShown() const { return pictureToggle_->isChecked(); }

// Room for kMinRows rows, the header and a horizontal scroll bar.
void ArrayPreviewWidget::updateTableMinimum()
{
    const int frame = 2 * view_->frameWidth();
    const int header = view_->horizontalHeader()->sizeHint().height();
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view_);
    view_->setMinimumHeight(kMinRows * view_->verticalHeader()->defaultSectionSize() + header + bar + frame);
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

bool ArrayPreviewWidget::isLoading() const { return watcher_.isRunning() || cancel_ != nullptr; }

void ArrayPreviewWidget::setWindowCaps(std::int64_t maxRows, std::int64_t maxCols)
{
    maxRows_ = std::max<std::int64_t>(1, maxRows);
    maxCols_ = std::max<std::int64_t>(1, maxCols);
    smallWindows_ = maxRows_ * maxCols_ < kScrollWindowCells;
}

void ArrayPreviewWidget::clear()
{
    cancelRunning();
    table_->clear();
    sparse_->clear();
    view_->setModel(table_);
    facts_->clear();
    stats_->clear();
    capNote_->clear();
    picture_->clear();
    picture_->setMinimumHeight(0);
    sliceBar_->hide();
    denseBox_->hide();
    sparseParts_.reset();
}

void ArrayPreviewWidget::showArray(const QString& documentPath, const ArrayInfo& info)
{
    clear();
    path_ = documentPath;
    info_ = info;
    request_ = SliceRequest{};
    if (info.shape.size() >= 2) { // a[0, ..., :, :]: the last two axes, as numpy prints
        request_.rowAxis = static_cast<int>(info.shape.size()) - 2;
        request_.colAxis = static_cast<int>(info.shape.size()) - 1;
    }
    facts_->setText(tr("<b>dtype</b> %1 &nbsp; <b>shape</b> %2 &nbsp; <b>order</b> %3<br><b>stored</b> %4")
                        .arg(QString::fromStdString(info.descr).toHtmlEscaped(), shapeText(info.shape),
                             info.fortranOrder ? tr("Fortran (column-major)") : tr("C (row-major)"),
                             QString::fromStdString(describeLocation(info)).toHtmlEscaped()));
    rebuildSliceControls();
    startRead();
}

void ArrayPreviewWidget::showSparse(const QString& documentPath, const SparseParts& parts)
{
    clear();
    path_ = documentPath;
    sparseParts_ = parts;
    facts_->setText(tr("Sparse matrix: reading its parts…"));
    stats_->setText(tr("Reading…"));
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    watcher_.setFuture(
        QtConcurrent::run(readSparseInWorker, documentPath.toStdString(), parts, kSparseTriplets, cancel_));
}

void ArrayPreviewWidget::startRead()
{
    cancelRunning();
    request_.maxRows = maxRows_;
    request_.maxCols = maxCols_;
    request_.maxElements = kPreviewElements;
    stats_->setText(tr("Reading…"));
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    // The worker gets copies (path, ArrayInfo): it never touches the tree.
    watcher_.setFuture(QtConcurrent::run(readSliceInWorker, path_.toStdString(), info_, request_, cancel_));
}

void ArrayPreviewWidget::rebuildSliceControls()
{
    updatingControls_ = true;
    for (QSpinBox* s : axisSpins_)
        delete s;
    axisSpins_.clear();
    while (QLayoutItem* item = sliceLayout_->takeAt(0)) {
        // The axis combos and the slice label are kept; the captions go.
        if (QWidget* w = item->widget(); w && w != rowAxis_ && w != colAxis_ && w != sliceLabel_)
            delete w;
        delete item;
    }
    const int nd = static_cast<int>(info_.shape.size());
    const bool structured = !info_.descr.empty() && info_.descr[0] == '[';
    const SliceRequest r = normalizeSlice(info_, structured, request_);
    request_.index = r.index;
    request_.rowAxis = r.rowAxis;
    request_.colAxis = r.colAxis;
    const bool bar = nd > 2 || (structured && nd > 1);
    sliceBar_->setVisible(bar);
    if (bar) {
        rowAxis_->clear();
        colAxis_->clear();
        for (int k = 0; k < nd; ++k) {
            rowAxis_->addItem(tr("axis %1").arg(k), k);
            colAxis_->addItem(tr("axis %1").arg(k), k);
        }
        rowAxis_->setCurrentIndex(r.rowAxis);
        colAxis_->setVisible(!structured);
        if (!structured)
            colAxis_->setCurrentIndex(r.colAxis);
        sliceLayout_->addWidget(new QLabel(tr("Rows:")));
        sliceLayout_->addWidget(rowAxis_);
        if (!structured) {
            sliceLayout_->addWidget(new QLabel(tr("Columns:")));
            sliceLayout_->addWidget(colAxis_);
        }
        sliceLayout_->addWidget(new QLabel(tr("Index:")));
        for (int k = 0; k < nd; ++k) {
            auto* spin = new QSpinBox;
            spin->setRange(
                0, static_cast<int>(std::min<std::int64_t>(std::max<std::int64_t>(info_.shape[k] - 1, 0), INT_MAX)));
            spin->setValue(static_cast<int>(r.index[k]));
            spin->setPrefix(tr("axis %1: ").arg(k));
            spin->setEnabled(k != r.rowAxis && k != r.colAxis);
            connect(spin, &QSpinBox::valueChanged, this, &ArrayPreviewWidget::sliceControlsChanged);
            sliceLayout_->addWidget(spin);
            axisSpins_.push_back(spin);
        }
        sliceLayout_->addWidget(sliceLabel_);
        sliceLayout_->addStretch(1);
    }
    updatingControls_ = false;
    sliceLabel_->setText(sliceText());
}

QString ArrayPreviewWidget::sliceText() const
{
    QStringList parts;
    for (std::size_t k = 0; k < info_.shape.size(); ++k)
        parts << (static_cast<int>(k) == request_.rowAxis || static_cast<int>(k) == request_.colAxis
                      ? QStringLiteral(":")
                      : QString::number(request_.index[k]));
    QString text = tr("slice [%1]").arg(parts.join(QStringLiteral(", ")));
    if (request_.colAxis >= 0 && request_.colAxis < request_.rowAxis)
        text += tr(" transposed");
    return text;
}

void ArrayPreviewWidget::sliceControlsChanged()
{
    if (updatingControls_ || sparseParts_)
        return;
    std::vector<std::int64_t> index;
    for (QSpinBox* s : axisSpins_)
        index.push_back(s->value());
    int newRow = rowAxis_->currentData().toInt();
    int newCol = colAxis_->count() ? colAxis_->currentData().toInt() : -1;
    if (newCol == newRow) { // picking the other combo's axis swaps the two
        if (sender() == colAxis_)
            newRow = request_.colAxis;
        else
            newCol = request_.rowAxis;
    }
    setSlice(index, newRow, newCol);
}

void ArrayPreviewWidget::setSlice(const std::vector<std::int64_t>& index, int rowAxis, int colAxis)
{
    request_.index = index;
    request_.rowAxis = rowAxis;
    request_.colAxis = colAxis;
    request_.rowStart = request_.colStart = 0;
    rebuildSliceControls();
    startRead();
}

void ArrayPreviewWidget::finished()
{
    ArrayPreviewResult r = watcher_.result();
    if (!cancel_ || cancel_->load())
        return; // superseded by another selection (or cleared)
    cancel_.reset();
    if (r.sparse) {
        const SparsePreview& s = *r.sparse;
        const double total = double(s.rows) * double(s.cols);
        facts_->setText(
            tr("<b>sparse</b> %1 &nbsp; <b>shape</b> (%2, %3) &nbsp; <b>nnz</b> %L4 (%5% of the cells) "
               "&nbsp; <b>values</b> %6")
                .arg(QString::fromStdString(s.format).toHtmlEscaped())
                .arg(s.rows)
                .arg(s.cols)
                .arg(s.nnz)
                .arg(total > 0 ? QString::number(100.0 * double(s.nnz) / total, 'g', 3) : QStringLiteral("0"))
                .arg(QString::fromStdString(sparseParts_ && sparseParts_->data ? sparseParts_->data->descr.str()
                                                                               : std::string())
                         .toHtmlEscaped()));
        stats_->setText(static_cast<std::int64_t>(s.row.size()) < s.nnz
                            ? tr("first %L1 of %L2 stored entries read").arg(s.row.size()).arg(s.nnz)
                            : tr("all %L1 stored entries read").arg(s.nnz));
        sparse_->setSparse(r.sparse);
        view_->setModel(sparse_);
        denseBox_->setVisible(s.hasDense());
        denseBox_->setChecked(s.hasDense());
        sparse_->setDense(s.hasDense());
        if (sparse_->columnCount() <= 64)
            view_->resizeColumnsToContents();
        updateCapNote();
        emit previewReady();
        return;
    }
    if (!r.window.slice) {
        stats_->setText(r.error.toHtmlEscaped());
        capNote_->clear();
        emit previewReady();
        return;
    }
    const ArraySlice& sl = *r.window.slice;
    const std::int64_t shown = sl.rows * sl.cols;
    if (sl.layout.structured) {
        stats_->setText(tr("%L1 fields, %L2 bytes per element").arg(sl.layout.fields.size()).arg(sl.layout.itemsize));
    } else {
        const ArrayPreview& p = sl.values;
        const QString head = shown < p.total ? tr("first %L1 of %L2 elements").arg(shown).arg(p.total)
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
    }
    // Windows read while scrolling: the grid the model reads on.
    SliceRequest scroll = request_;
    if (smallWindows_) {
        scroll.maxRows = maxRows_;
        scroll.maxCols = maxCols_;
    } else {
        scroll.maxCols = std::min<std::int64_t>(kScrollWindowColumns, std::max<std::int64_t>(1, sl.totalCols));
        scroll.maxRows = std::max<std::int64_t>(kMinWindowRows, kScrollWindowCells / scroll.maxCols);
    }
    scroll.maxElements = std::max<std::int64_t>(scroll.maxRows * scroll.maxCols, 1);
    table_->setSource(path_, info_, scroll, r.window);
    view_->setModel(table_);
    widenColumns(0, std::min<int>(table_->columnCount(), static_cast<int>(r.window.widest.size())) - 1, true);
    updateTableMinimum();
    updateCapNote();
    if (!r.picture.isNull()) {
        const QSize box(480, 200);
        const bool pixels = sl.rows > 1 && sl.cols > 1;
        const QPixmap pm = QPixmap::fromImage(
            r.picture.scaled(box, Qt::KeepAspectRatio, pixels ? Qt::FastTransformation : Qt::SmoothTransformation));
        picture_->setPixmap(pm);
        picture_->setMinimumHeight(pm.height()); // never squeezed by the table
        picture_->setToolTip(pixels ? tr("Heat map: dark = minimum, yellow = maximum, grey = NaN")
                                    : (shown <= 512 ? tr("Values in order") : tr("Histogram of the values shown")));
    } else {
        picture_->clear();
        picture_->setMinimumHeight(0);
    }
    pictureToggle_->setVisible(!r.picture.isNull());
    emit previewReady();
}

// Columns [first, last] as wide as the widest value read for them (fixed
// pitch: the longest text is the widest) and their header; `shrink` also
// narrows them (Fit Columns), else they only grow as windows arrive.
void ArrayPreviewWidget::widenColumns(int first, int last, bool shrink)
{
    if (view_->model() != table_ || first < 0)
        return;
    QHeaderView* h = view_->horizontalHeader();
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The delegate's text margins (QCommonStyle: focus frame margin + 1 a side), the grid line, a little air.
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view_) + 1) + 1 + 6;
    const int headMargin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
    int widest = 0;
    for (int c = first; c <= last && c < table_->columnCount(); ++c) {
        const QString text = table_->widestText(c);
        if (text.isEmpty())
            continue;
        const QString head = table_->headerData(c, Qt::Horizontal).toString();
        const int headNeed = h->fontMetrics().horizontalAdvance(head) + 2 * headMargin + 4;
        const int need = std::max(fm.horizontalAdvance(text) + margins, headNeed);
        widest = std::max(widest, need);
        if (need > h->sectionSize(c) || (shrink && need != h->sectionSize(c)))
            h->resizeSection(c, need);
    }
    // Columns not read yet start as wide as the widest seen so far.
    if (widest > h->defaultSectionSize() || (shrink && first == 0 && widest > 0))
        h->setDefaultSectionSize(widest);
}

void ArrayPreviewWidget::updateCapNote()
{
    if (const SparsePreview* s = sparse_->sparse(); s && view_->model() == sparse_) {
        if (static_cast<std::int64_t>(s->row.size()) < s->nnz)
            capNote_->setText(tr("Showing the first %L1 of %L2 stored entries.").arg(s->row.size()).arg(s->nnz));
        else if (!s->hasDense() && s->rows > 0)
            capNote_->setText(tr("Dense view only for matrices up to 100 x 100."));
        else
            capNote_->clear();
        return;
    }
    const ArraySlice* s = table_->slice();
    if (!s) {
        capNote_->clear();
        return;
    }
    QStringList parts;
    if (s->rows < s->totalRows)
        parts << tr("rows %L1–%L2 of %L3").arg(s->rowStart).arg(s->rowStart + s->rows - 1).arg(s->totalRows);
    if (s->cols < s->totalCols)
        parts << tr("columns %L1–%L2 of %L3").arg(s->colStart).arg(s->colStart + s->cols - 1).arg(s->totalCols);
    QString note;
    if (!parts.isEmpty())
        note = tr("Statistics and picture cover %1 (the first %L2 elements). The table reads the rest as you scroll; "
                  "Go to (Ctrl+G) jumps to any cell.")
                   .arg(parts.join(tr(" and ")))
                   .arg(s->rows * s->cols);
    // Beyond a million rows (or 100,000 columns) the table holds a range; Go to moves it.
    if (table_->rowCount() < table_->totalRows()
        || (!table_->structured() && table_->columnCount() < table_->totalColumns()))
        note += QLatin1Char(' ')
            + tr("The table holds rows %L1–%L2 and columns %L3–%L4; Go to moves it.")
                  .arg(table_->rowBase())
                  .arg(table_->rowBase() + table_->rowCount() - 1)
                  .arg(table_->colBase())
                  .arg(table_->colBase() + table_->columnCount() - 1);
    capNote_->setText(note.trimmed());
    capNote_->setStyleSheet(note.isEmpty() ? QString() : QStringLiteral("color: #8a5a00"));
}

QString ArrayPreviewWidget::capNoteText() const { return capNote_->text(); }
QString ArrayPreviewWidget::factsText() const { return facts_->text(); }
QString ArrayPreviewWidget::statisticsText() const { return stats_->text(); }

void ArrayPreviewWidget::fitColumns()
{
    if (view_->model() == table_)
        widenColumns(0, table_->columnCount() - 1, true);
    else
        view_->resizeColumnsToContents();
}

void ArrayPreviewWidget::setSparseDense(bool dense)
{
    sparse_->setDense(dense);
    if (sparse_->columnCount() <= 64)
        view_->resizeColumnsToContents();
    updateCapNote();
}

void ArrayPreviewWidget::copySelection()
{
    const QModelIndexList sel = view_->selectionModel() ? view_->selectionModel()->selectedIndexes()
                                                        : QModelIndexList{};
    const QString text = selectionText(sel);
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ArrayPreviewWidget::goToFromField()
{
    const QStringList parts = goTo_->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    bool okRow = !parts.isEmpty(), okCol = true;
    const qint64 row = okRow ? parts[0].toLongLong(&okRow) : -1;
    const qint64 col = parts.size() > 1 ? parts[1].toLongLong(&okCol) : -1;
    if (!okRow || !okCol || parts.size() > 2 || !goTo(row, col)) {
        goTo_->setStyleSheet(QStringLiteral("background: #ffd6d6"));
        return;
    }
    goTo_->setStyleSheet(QString());
    view_->setFocus();
}

bool ArrayPreviewWidget::goTo(std::int64_t row, std::int64_t column)
{
    if (view_->model() == sparse_) {
        const int r = static_cast<int>(row), c = static_cast<int>(std::max<std::int64_t>(column, 0));
        if (row < 0 || row >= sparse_->rowCount() || c >= sparse_->columnCount())
            return false;
        view_->setCurrentIndex(sparse_->index(r, c));
        view_->scrollTo(sparse_->index(r, c), QAbstractItemView::PositionAtCenter);
        return true;
    }
    if (!table_->slice())
        return false;
    if (column < 0) // the current column, or the first
        column = view_->currentIndex().isValid()
            ? (table_->structured() ? 0 : table_->colBase()) + view_->currentIndex().column()
            : (table_->structured() ? 0 : table_->colBase());
    const QModelIndex i = table_->placeCell(row, column);
    if (!i.isValid())
        return false;
    if (view_->model() != table_)
        view_->setModel(table_);
    updateCapNote();
    view_->setCurrentIndex(i);
    view_->scrollTo(i, QAbstractItemView::PositionAtCenter); // the rows around it too
    return true;
}

} // namespace skopos::ui
