#include "CompareView.h"

#include "ArrayPreviewWidget.h"
#include "CompareArrayDelegate.h"
#include "CompareTreeProxy.h"
#include "CompareTrustModel.h"
#include "CurrentProfile.h"
#include "ObjectTreeModel.h"
#include "Settings.h"
#include "TreeColumns.h"
#include "VerdictStyle.h"
#include "sandbox/ReaderProcess.h"
#include "tree/Error.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace skopos::ui {

namespace {

CompareOutcome compareInWorker(CompareSide a, CompareSide b, ApprovalSnapshot approvals,
                               std::shared_ptr<const TrustProfile> profile, std::shared_ptr<std::atomic<bool>> cancel,
                               std::shared_ptr<std::atomic<std::uint64_t>> done,
                               std::shared_ptr<std::atomic<std::uint64_t>> total)
{
    CompareOutcome r;
    try {
        OpenOptions options;
        options.cancel = cancel.get();
        // Reading a file: no byte count to show (the bar is busy until the comparison starts).
        r.a = a.doc ? a.doc : loadDocument(a.path, options, approvals);
        r.b = b.doc ? b.doc : loadDocument(b.path, options, approvals);
        DiffOptions d;
        d.profile = profile.get();
        d.cancel = cancel.get();
        d.progress = [done, total](std::uint64_t n, std::uint64_t t) {
            done->store(n, std::memory_order_relaxed);
            total->store(t, std::memory_order_relaxed);
        };
        r.diff = diffDocuments(r.a->doc, r.b->doc, d);
        if (cancel->load())
            r.cancelled = true;
    } catch (const sandbox::ReaderStopped& e) {
        r.error = CompareView::tr("The reader stopped: %1").arg(QString::fromStdString(e.reason()));
    } catch (const Cancelled&) {
        r.cancelled = true;
    } catch (const std::bad_alloc&) {
        r.error = CompareView::tr("out of memory while comparing");
    } catch (const std::exception& e) {
        r.error = QString::fromUtf8(e.what());
    }
    return r;
}

QTreeView* makeTree(QAbstractItemModel* model)
{
    auto* t = new QTreeView;
    t->setModel(model);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(false); // the marks must stand out
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(ObjectTreeModel::ValueColumn, QHeaderView::Stretch);
    t->setColumnWidth(ObjectTreeModel::VerdictColumn, 140);
    setUpTreeColumns(t);
    return t;
}

QLabel* legendChip(ChangeMark m)
{
    auto* l = new QLabel(changeMarkLabel(m));
    const QColor c = changeMarkColor(m);
    l->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: black; padding: 1px 6px; border-radius: 3px; }").arg(c.name()));
    return l;
}

// Key texts from the top row down to `index`.
QStringList keyPath(const QModelIndex& index)
{
    QStringList keys;
    for (QModelIndex i = index.siblingAtColumn(0); i.isValid(); i = i.parent())
        keys.prepend(i.data().toString());
    return keys;
}

const ArrayInfo* previewable(const LoadedDocument* d, NodeId n)
{
    if (!d || n == kNoNode)
        return nullptr;
    const ArrayInfo* a = d->doc.tree.array(n);
    return a && a->where != Where::Children && a->where != Where::Absent ? a : nullptr;
}

} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent), summary_(new QLabel), verdict_(new QLabel), titleA_(new QLabel), titleB_(new QLabel),
      progress_(new QProgressBar), cancelButton_(new QPushButton(tr("Cancel"))),
      onlyChanges_(new QCheckBox(tr("Only &changes"))), trustTitle_(new QLabel), trustView_(new QListView),
      trust_(new CompareTrustModel(this)), modelA_(new ObjectTreeModel(this)), modelB_(new ObjectTreeModel(this)),
      proxyA_(new CompareTreeProxy(CompareTreeProxy::Side::A, this)),
      proxyB_(new CompareTreeProxy(CompareTreeProxy::Side::B, this)), arrayPane_(new QWidget),
      arrayA_(new ArrayPreviewWidget), arrayB_(new ArrayPreviewWidget), progressTimer_(new QTimer(this))
{
    setWindowTitle(tr("Compare — Skopos"));
    proxyA_->setSourceModel(modelA_);
    proxyB_->setSourceModel(modelB_);
    treeA_ = makeTree(proxyA_);
    treeB_ = makeTree(proxyB_);
    treeA_->setObjectName(QStringLiteral("compareTreeA"));
    treeB_->setObjectName(QStringLiteral("compareTreeB"));

    QFont bold = summary_->font();
    bold.setBold(true);
    summary_->setFont(bold);
    summary_->setObjectName(QStringLiteral("compareSummary"));
    summary_->setText(tr("Comparing…"));
    verdict_->setObjectName(QStringLiteral("compareVerdict"));
    progress_->setRange(0, 0);
    progress_->setMaximumWidth(240);
    progress_->hide();
    cancelButton_->hide();
    connect(cancelButton_, &QPushButton::clicked, this, &CompareView::cancel);
    onlyChanges_->setToolTip(tr("Show only the rows that changed and the rows leading to them"));
    connect(onlyChanges_, &QCheckBox::toggled, this, [this](bool on) {
        proxyA_->setOnlyChanges(on);
        proxyB_->setOnlyChanges(on);
        if (on) {
            treeA_->expandToDepth(3);
            treeB_->expandToDepth(3);
        }
    });

    auto* top = new QHBoxLayout;
    top->addWidget(summary_);
    top->addWidget(verdict_, 1);
    top->addWidget(progress_);
    top->addWidget(cancelButton_);

    auto* legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Legend:")));
    for (ChangeMark m : {ChangeMark::Changed, ChangeMark::Added, ChangeMark::Removed})
        legend->addWidget(legendChip(m));
    legend->addStretch(1);
    legend->addWidget(onlyChanges_);

    trustTitle_->setWordWrap(true);
    trustView_->setModel(trust_);
    trustView_->setObjectName(QStringLiteral("compareTrust"));
    trustView_->setMaximumHeight(110);
    trustView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    trustView_->hide();

    auto* sideA = new QWidget;
    auto* la = new QVBoxLayout(sideA);
    la->setContentsMargins(0, 0, 0, 0);
    la->addWidget(titleA_);
    la->addWidget(treeA_, 1);
    auto* sideB = new QWidget;
    auto* lb = new QVBoxLayout(sideB);
    lb->setContentsMargins(0, 0, 0, 0);
    lb->addWidget(titleB_);
    lb->addWidget(treeB_, 1);
    for (QLabel* t : {titleA_, titleB_}) {
        t->setTextInteractionFlags(Qt::TextSelectableByMouse);
        t->setWordWrap(true);
    }
    auto* trees = new QSplitter(Qt::Horizontal);
    trees->addWidget(sideA);
    trees->addWidget(sideB);

    // Both previews, the differing cells marked.
    cellsA_ = new CompareArrayDelegate(arrayA_->tableModel(), arrayB_->tableModel(), this);
    cellsB_ = new CompareArrayDelegate(arrayB_->tableModel(), arrayA_->tableModel(), this);
    arrayA_->view()->setItemDelegate(cellsA_);
    arrayB_->view()->setItemDelegate(cellsB_);
    const auto repaintBoth = [this] {
        arrayA_->view()->viewport()->update();
        arrayB_->view()->viewport()->update();
    };
    for (ArrayPreviewWidget* w : {arrayA_, arrayB_}) {
        connect(w->tableModel(), &ArrayTableModel::windowLoaded, this, repaintBoth);
        connect(w->tableModel(), &QAbstractItemModel::modelReset, this, repaintBoth);
        connect(w, &ArrayPreviewWidget::previewReady, this, repaintBoth);
    }
    auto* arrays = new QHBoxLayout(arrayPane_);
    arrays->setContentsMargins(0, 0, 0, 0);
    arrays->addWidget(arrayA_);
    arrays->addWidget(arrayB_);
    arrayPane_->hide();

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(trees);
    split->addWidget(arrayPane_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({520, 280}); // the trees first; the previews below when an array is selected

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(trustTitle_);
    layout->addWidget(trustView_);
    layout->addLayout(legend);
    layout->addWidget(split, 1);

    connect(treeA_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& c) { currentChanged(c, true); });
    connect(treeB_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& c) { currentChanged(c, false); });
    connect(treeA_, &QTreeView::expanded, this, [this](const QModelIndex& i) { expandedChanged(i, true, true); });
    connect(treeB_, &QTreeView::expanded, this, [this](const QModelIndex& i) { expandedChanged(i, false, true); });
    connect(treeA_, &QTreeView::collapsed, this, [this](const QModelIndex& i) { expandedChanged(i, true, false); });
    connect(treeB_, &QTreeView::collapsed, this, [this](const QModelIndex& i) { expandedChanged(i, false, false); });

    // Scrolling one tree brings the counterpart of its top row to the other's top.
    const auto scrollSync = [this](bool fromA) {
        if (syncing_ || !docA_)
            return;
        QTreeView* here = fromA ? treeA_ : treeB_;
        const QModelIndex there = counterpart(here->indexAt(QPoint(1, 1)), fromA);
        if (!there.isValid())
            return;
        syncing_ = true;
        (fromA ? treeB_ : treeA_)->scrollTo(there, QAbstractItemView::PositionAtTop);
        syncing_ = false;
    };
    connect(treeA_->verticalScrollBar(), &QScrollBar::valueChanged, this, [scrollSync] { scrollSync(true); });
    connect(treeB_->verticalScrollBar(), &QScrollBar::valueChanged, this, [scrollSync] { scrollSync(false); });

    connect(&watcher_, &QFutureWatcher<CompareOutcome>::finished, this, &CompareView::workerFinished);
    connect(progressTimer_, &QTimer::timeout, this, [this] {
        const auto t = total_ ? total_->load() : 0, d = done_ ? done_->load() : 0;
        if (t > 0) {
            progress_->setRange(0, 1000);
            progress_->setValue(static_cast<int>(std::min<std::uint64_t>(1000, d * 1000 / t)));
        }
    });
}

CompareView::~CompareView()
{
    if (cancel_)
        cancel_->store(true);
    watcher_.waitForFinished();
}

void CompareView::start(CompareSide a, CompareSide b)
{
    if (isRunning())
        return;
    const auto name = [](const CompareSide& s) {
        return QDir::toNativeSeparators(
            QFileInfo(s.doc ? QString::fromStdString(s.doc->doc.path) : s.path).absoluteFilePath());
    };
    titleA_->setText(tr("A: %1").arg(name(a)));
    titleB_->setText(tr("B: %1").arg(name(b)));
    setWindowTitle(tr("%1 ↔ %2 — Skopos").arg(QFileInfo(name(a)).fileName(), QFileInfo(name(b)).fileName()));
    summary_->setText(tr("Comparing…"));
    verdict_->clear();
    error_.clear();
    exitCode_ = -1;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    done_ = std::make_shared<std::atomic<std::uint64_t>>(0);
    total_ = std::make_shared<std::atomic<std::uint64_t>>(0);
    progress_->setRange(0, 0);
    progress_->show();
    cancelButton_->show();
    progressTimer_->start(50);
    if (!a.doc)
        ownA_ = true;
    if (!b.doc)
        ownB_ = true;
    watcher_.setFuture(QtConcurrent::run(compareInWorker, std::move(a), std::move(b), settings::approvalSnapshot(),
                                         CurrentProfile::profile(), cancel_, done_, total_));
}

bool CompareView::isRunning() const { return watcher_.isRunning(); }

void CompareView::refreshTrust()
{
    if (!docA_ || !docB_)
        return; // nothing shown yet: the comparison under way reads the approvals of now
    if (isRunning()) {
        refreshPending_ = true;
        return;
    }
    // As a tab would: a file not hashed yet has only the approvals for all files.
    const auto own = [](LoadedDocument& d) {
        std::set<std::string> trusted = settings::approvedFor(d.hashPending ? QString() : d.contentHash);
        if (!d.hashPending && d.contentHash.isEmpty())
            trusted.insert(d.userTrusted.begin(), d.userTrusted.end());
        if (trusted != d.userTrusted || d.profile != CurrentProfile::profile())
            reaudit(d, trusted);
    };
    if (ownA_)
        own(*docA_);
    if (ownB_)
        own(*docB_);
    if (basisOf(*docA_) == basisA_ && basisOf(*docB_) == basisB_)
        return;
    const auto nodeAt = [](QTreeView* t, const CompareTreeProxy* p) {
        const QModelIndex i = t->currentIndex();
        return i.isValid() ? p->nodeId(i) : kNoNode;
    };
    keepA_ = nodeAt(treeA_, proxyA_);
    keepB_ = nodeAt(treeB_, proxyB_);
    const QString pathA = QString::fromStdString(docA_->doc.path);
    const QString pathB = QString::fromStdString(docB_->doc.path);
    start(CompareSide{docA_, pathA}, CompareSide{docB_, pathB});
}

void CompareView::cancel()
{
    if (cancel_)
        cancel_->store(true);
}

void CompareView::workerFinished()
{
    progressTimer_->stop();
    progress_->hide();
    cancelButton_->hide();
    CompareOutcome r = watcher_.result();
    if (r.cancelled || !r.error.isEmpty() || !r.a || !r.b) {
        error_ = r.cancelled ? tr("Comparison cancelled.") : r.error;
        exitCode_ = 2;
        summary_->setText(r.cancelled ? tr("Cancelled") : tr("Could not compare"));
        verdict_->setText(r.cancelled ? error_ : tr("Exit code 2: %1").arg(error_));
        emit finished();
        return;
    }
    showResult(std::move(r.a), std::move(r.b), std::move(r.diff));
    if (refreshPending_) {
        refreshPending_ = false;
        refreshTrust();
    }
}

void CompareView::showResult(std::shared_ptr<LoadedDocument> a, std::shared_ptr<LoadedDocument> b, TreeDiffResult diff)
{
    docA_ = std::move(a);
    docB_ = std::move(b);
    diff_ = std::move(diff);
    if (titleA_->text().isEmpty()) {
        titleA_->setText(tr("A: %1").arg(QDir::toNativeSeparators(QString::fromStdString(docA_->doc.path))));
        titleB_->setText(tr("B: %1").arg(QDir::toNativeSeparators(QString::fromStdString(docB_->doc.path))));
    }
    aToB_.clear();
    bToA_.clear();
    for (const TreeChange& c : diff_.changes)
        if (c.nodeA != kNoNode && c.nodeB != kNoNode) {
            aToB_.emplace(c.nodeA, c.nodeB);
            bToA_.emplace(c.nodeB, c.nodeA);
        }
    modelA_->setDocument(docA_);
    modelB_->setDocument(docB_);
    proxyB_->setDiff(docB_->doc.tree, diff_); // first: the keys are B's
    proxyA_->setDiff(docA_->doc.tree, diff_, proxyB_->ownerTypes());
    trust_->setTrust(diff_.trust);
    basisA_ = basisOf(*docA_);
    basisB_ = basisOf(*docB_);
    updateSummary();
    // Open on the first change (A's side, else B's), with the top levels expanded.
    treeA_->expandToDepth(1);
    treeB_->expandToDepth(1);
    QModelIndex first;
    if (keepA_ != kNoNode || keepB_ != kNoNode) { // a refresh: back to where the user was
        const QModelIndex a = keepA_ != kNoNode ? rowOfNode(proxyA_, keepA_) : QModelIndex();
        const QModelIndex b = keepB_ != kNoNode ? rowOfNode(proxyB_, keepB_) : QModelIndex();
        if (a.isValid())
            treeA_->setCurrentIndex(a);
        if (b.isValid())
            treeB_->setCurrentIndex(b);
        first = a.isValid() ? a : b;
        keepA_ = keepB_ = kNoNode;
    }
    for (const TreeChange& c : diff_.changes) {
        if (first.isValid())
            break;
        first = c.nodeA != kNoNode ? rowOfNode(proxyA_, c.nodeA) : QModelIndex();
        if (first.isValid()) {
            treeA_->setCurrentIndex(first);
            break;
        }
        first = c.nodeB != kNoNode ? rowOfNode(proxyB_, c.nodeB) : QModelIndex();
        if (first.isValid()) {
            treeB_->setCurrentIndex(first);
            break;
        }
    }
    if (!first.isValid())
        treeA_->setCurrentIndex(proxyA_->index(0, 0));
    fitTreeColumns(treeA_);
    fitTreeColumns(treeB_);
    emit finished();
}

void CompareView::updateSummary()
{
    const int n = static_cast<int>(diff_.changes.size());
    const bool dangerous = diff_.trust.dangerousA || diff_.trust.dangerousB || !diff_.trust.dangerousAdded.empty()
        || !docA_->audit.dangerous.empty() || !docB_->audit.dangerous.empty();
    const bool same = diff_.same && n == 0;
    exitCode_ = dangerous ? 4 : same ? 0 : 1;
    summary_->setText(same ? tr("Same model") : tr("%n change(s)", nullptr, n));
    if (exitCode_ == 4)
        verdict_->setText(tr("Exit code 4: a file names DANGEROUS globals."));
    else if (exitCode_ == 0)
        verdict_->setText(tr("Exit code 0: A and B hold the same model."));
    else
        verdict_->setText(tr("Exit code 1: the models differ."));
    verdict_->setStyleSheet(
        exitCode_ == 4
            ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(containsDangerousForeground().name())
            : QString());

    const auto& t = diff_.trust;
    const bool anyTrust = trust_->rowCount() > 0;
    trustView_->setVisible(anyTrust);
    if (!t.dangerousAdded.empty())
        trustTitle_->setText(
            tr("Trust: B names %n DANGEROUS global(s) A did not.", nullptr, static_cast<int>(t.dangerousAdded.size())));
    else if (!t.untrustedAdded.empty())
        trustTitle_->setText(
            tr("Trust: B needs %n more type(s) trusted than A.", nullptr, static_cast<int>(t.untrustedAdded.size())));
    else if (anyTrust)
        trustTitle_->setText(tr("Trust: B asks for nothing A did not."));
    else
        trustTitle_->setText(tr("Trust: the same in A and B."));
}

QString CompareView::summaryText() const { return tr("%1 · %2").arg(summary_->text(), verdict_->text()); }

QModelIndex CompareView::rowOfNode(const CompareTreeProxy* proxy, NodeId n) const
{
    if (n == kNoNode)
        return {};
    auto* model = static_cast<ObjectTreeModel*>(proxy->sourceModel());
    const QModelIndex top = model->index(0, 0);
    if (!top.isValid())
        return {};
    const auto isN = [n](NodeId m, const QString&) { return m == n; };
    // A node shown in several places: the place its change is marked at, else the first.
    const QModelIndex first = model->nodeId(top) == n ? top : model->findNext(top, isN);
    QModelIndex hit = first;
    for (int guard = 0; hit.isValid() && guard < 64; ++guard) {
        const QModelIndex row = proxy->mapFromSource(hit);
        if (row.isValid() && row.data(CompareTreeProxy::ChangeMarkRole).toInt() != int(ChangeMark::None))
            return row;
        hit = model->findNext(hit, isN);
        if (hit == first)
            break;
    }
    return first.isValid() ? proxy->mapFromSource(first) : QModelIndex();
}

QModelIndex CompareView::counterpart(const QModelIndex& index, bool fromA) const
{
    if (!index.isValid())
        return {};
    const CompareTreeProxy* from = fromA ? proxyA_ : proxyB_;
    const CompareTreeProxy* to = fromA ? proxyB_ : proxyA_;
    // A change that names both nodes: its other node.
    const auto& map = fromA ? aToB_ : bToA_;
    if (const auto it = map.find(from->nodeId(index)); it != map.end())
        if (const QModelIndex hit = rowOfNode(to, it->second); hit.isValid())
            return hit;
    // Else the same keys from the top, as far as they go on the other side.
    const QStringList keys = keyPath(index);
    QModelIndex parent, found;
    for (const QString& k : keys) {
        QModelIndex next;
        for (int r = 0, rows = to->rowCount(parent); r < rows; ++r) {
            const QModelIndex i = to->index(r, 0, parent);
            if (i.data().toString() == k) {
                next = i;
                break;
            }
        }
        if (!next.isValid())
            break;
        found = parent = next;
    }
    return found;
}

void CompareView::currentChanged(const QModelIndex& current, bool fromA)
{
    if (syncing_ || !docA_)
        return;
    QTreeView* other = fromA ? treeB_ : treeA_;
    const QModelIndex there = counterpart(current, fromA);
    syncing_ = true;
    if (there.isValid()) {
        other->setCurrentIndex(there);
        other->scrollTo(there);
    } else {
        other->selectionModel()->clearCurrentIndex();
    }
    syncing_ = false;
    const NodeId here = (fromA ? proxyA_ : proxyB_)->nodeId(current);
    const NodeId theirs = there.isValid() ? (fromA ? proxyB_ : proxyA_)->nodeId(there) : kNoNode;
    showArrays(fromA ? here : theirs, fromA ? theirs : here);
}

void CompareView::expandedChanged(const QModelIndex& index, bool fromA, bool expanded)
{
    if (syncing_ || !docA_)
        return;
    const QModelIndex there = counterpart(index, fromA);
    // Only the same row: a key path matched part way must not open another branch.
    if (!there.isValid() || there.data().toString() != index.siblingAtColumn(0).data().toString())
        return;
    syncing_ = true;
    (fromA ? treeB_ : treeA_)->setExpanded(there, expanded);
    syncing_ = false;
}

void CompareView::showArrays(NodeId a, NodeId b)
{
    const ArrayInfo* ia = previewable(docA_.get(), a);
    const ArrayInfo* ib = previewable(docB_.get(), b);
    arrayPane_->setVisible(ia || ib);
    if (ia)
        arrayA_->showArray(QString::fromStdString(docA_->doc.path), *ia);
    else
        arrayA_->clear();
    if (ib)
        arrayB_->showArray(QString::fromStdString(docB_->doc.path), *ib);
    else
        arrayB_->clear();
}

CompareView* openCompareWindow(QWidget* parent, CompareSide a, CompareSide b)
{
    auto* w = new CompareView(parent);
    w->setWindowFlag(Qt::Window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->resize(1200, 800);
    w->show();
    w->start(std::move(a), std::move(b));
    return w;
}

} // namespace skopos::ui
