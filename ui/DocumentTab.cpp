#include "DocumentTab.h"

#include "JsonHighlighter.h"
#include "ModelDiagram.h"
#include "ModelTab.h"
#include "NodeIndex.h"
#include "NodeDetailsWidget.h"
#include "ObjectTreeModel.h"
#include "TreeColumns.h"
#include "TrustPanel.h"
#include "VerdictBanner.h"
#include "VerdictStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace skopos::ui {

namespace {

constexpr qsizetype kHighlightMaxChars = 1 << 20; // colouring bigger texts costs seconds
constexpr int kMaxMatchesShown = 2000;            // find highlights beyond this cost more than they tell

constexpr int kSpanMaxNodes = 200'000; // a pickle node's opcode span: nodes walked below it
constexpr int kModelPage = 3;          // the side tabs: Node, Trust, Raw, Model

// The index just past the '}' closing the JSON object whose '{' is at `at`
// (strings and their escapes skipped); the text's end when it is cut short.
qsizetype jsonObjectEnd(const QString& text, qsizetype at)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = at; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && --depth == 0) {
            return i + 1;
        }
    }
    return text.size();
}

// The last opcode offset of a pickle node and what it holds (the opcodes
// that built them); nodes reached again elsewhere are not followed.
std::uint64_t opcodeSpanEnd(const ObjectTree& t, NodeId n)
{
    std::uint64_t last = t.rawOffset(n);
    std::vector<NodeId> todo{n};
    for (int walked = 0; !todo.empty() && walked < kSpanMaxNodes; ++walked) {
        const NodeId m = todo.back();
        todo.pop_back();
        for (auto e = t.firstEdge(m); e != ObjectTree::kEnd; e = t.edge(e).next) {
            const NodeId c = t.edge(e).child;
            if (c == kNoNode || c >= t.size() || (t.node(c).flags & FlagSharedRef))
                continue;
            if (const std::uint64_t off = t.rawOffset(c); off != ObjectTree::kNoOffset)
                last = std::max(last, off);
            todo.push_back(c);
        }
    }
    return last;
}

// The character index in `text` of byte `offset` of its UTF-8 form; -1 past its end.
qsizetype charIndexOfUtf8Byte(const QString& text, std::uint64_t offset)
{
    std::uint64_t bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (bytes >= offset)
            return bytes == offset ? i : -1;
        const char16_t c = text.at(i).unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes == offset ? text.size() : -1;
}

// "Enter" finds the next match, "Shift+Enter" the previous one.
class FindField : public QLineEdit {
public:
    std::function<void(bool backward)> onFind;

protected:
    void keyPressEvent(QKeyEvent* e) override
    {
        if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && onFind) {
            onFind(e->modifiers() & Qt::ShiftModifier);
            return;
        }
        QLineEdit::keyPressEvent(e);
    }
};

} // namespace

DocumentTab::DocumentTab(QWidget* parent)
    : QWidget(parent), model_(new ObjectTreeModel(this)), tree_(new QTreeView), find_(new QLineEdit),
      onlyUntrusted_(new QCheckBox(tr("Only &untrusted"))), details_(new NodeDetailsWidget), trust_(new TrustPanel),
      modelTab_(new ModelTab), raw_(new QPlainTextEdit), rawFind_(new FindField), rawFindStatus_(new QLabel),
      rawPosition_(new QLabel), sideTabs_(new QTabWidget), splitter_(new QSplitter(Qt::Horizontal)),
      banner_(new VerdictBanner), rawWatcher_(new QFutureWatcher<RawText>(this))
{
    connect(rawWatcher_, &QFutureWatcher<RawText>::finished, this, &DocumentTab::rawTextArrived);
    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(false); // verdict colours must stand out
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(ObjectTreeModel::ValueColumn, QHeaderView::Stretch);
    tree_->setColumnWidth(ObjectTreeModel::KeyColumn, 180);
    tree_->setColumnWidth(ObjectTreeModel::TypeColumn, 250);
    tree_->setColumnWidth(ObjectTreeModel::VerdictColumn, 180); // "contains DANGEROUS" unelided
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    // Type: class name first, module after it (TreeColumns); keys fit their indentation.
    setUpTreeColumns(tree_);

    find_->setPlaceholderText(tr("Find type or key (Ctrl+F, Enter for next)"));
    find_->setClearButtonEnabled(true);
    connect(find_, &QLineEdit::returnPressed, this, &DocumentTab::findNext);
    onlyUntrusted_->setToolTip(tr("Show only the branches that hold untrusted or dangerous nodes "
                                  "(like skops.io.visualize(show=\"untrusted\"))"));
    connect(onlyUntrusted_, &QCheckBox::toggled, this, [this](bool on) {
        model_->setOnlyUnsafe(on);
        if (doc_ && !tree_->currentIndex().isValid())
            tree_->setCurrentIndex(model_->index(0, 0));
    });

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(find_, 1);
    findRow->addWidget(onlyUntrusted_);
    leftLayout->addLayout(findRow);
    leftLayout->addWidget(tree_, 1);

    // The raw page: where the node is, a find bar, the text.
    raw_->setReadOnly(true);
    raw_->setLineWrapMode(QPlainTextEdit::NoWrap);
    raw_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* finder = static_cast<FindField*>(rawFind_);
    finder->onFind = [this](bool backward) { findInRaw(backward); };
    rawFind_->setPlaceholderText(tr("Find in raw text (Ctrl+F here, Enter next, Shift+Enter previous)"));
    rawFind_->setClearButtonEnabled(true);
    connect(rawFind_, &QLineEdit::textChanged, this, [this] {
        highlightRawMatches();
        if (!rawFind_->text().isEmpty()) {
            // Incremental: search again from where the current match starts.
            QTextCursor c = raw_->textCursor();
            c.setPosition(c.selectionStart());
            raw_->setTextCursor(c);
            findInRaw(false);
        }
    });
    auto* prev = new QToolButton;
    prev->setArrowType(Qt::UpArrow);
    prev->setToolTip(tr("Previous match (Shift+Enter)"));
    connect(prev, &QToolButton::clicked, this, [this] { findInRaw(true); });
    auto* next = new QToolButton;
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    connect(next, &QToolButton::clicked, this, [this] { findInRaw(false); });
    auto* findBar = new QHBoxLayout;
    findBar->addWidget(rawFind_, 1);
    findBar->addWidget(prev);
    findBar->addWidget(next);
    findBar->addWidget(rawFindStatus_);
    rawPosition_->setWordWrap(true);
    rawPosition_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* rawPage = new QWidget;
    auto* rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(rawPosition_);
    rawLayout->addLayout(findBar);
    rawLayout->addWidget(raw_, 1);
    // Ctrl+F inside the raw page searches the raw text: the window's Find action
    // asks rawHasFocus() (a second shortcut on the same key would be ambiguous).

    sideTabs_->addTab(details_, tr("&Node"));
    // Scrolls rather than holding the window taller than a small (or scale 2) screen.
    auto* trustScroll = new QScrollArea;
    trustScroll->setWidget(trust_);
    trustScroll->setWidgetResizable(true);
    trustScroll->setFrameShape(QFrame::NoFrame);
    // While the file is still read (showOutline), the page says the verdict is pending instead.
    auto* pending = new QLabel(tr("The trust verdict is pending: Skopos is still reading this file. Nothing in it "
                                  "is judged, and nothing can be approved, converted or loaded, until the whole "
                                  "file is read."));
    pending->setObjectName(QStringLiteral("verdictPending"));
    pending->setWordWrap(true);
    pending->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    pending->setMargin(12);
    trustPages_ = new QStackedWidget;
    trustPages_->addWidget(trustScroll);
    trustPages_->addWidget(pending);
    sideTabs_->addTab(trustPages_, tr("&Trust"));
    sideTabs_->addTab(rawPage, tr("&Raw"));
    // Last, so the other pages keep their places; hidden unless the root is an estimator.
    sideTabs_->addTab(modelTab_, tr("&Model"));
    sideTabs_->setTabVisible(kModelPage, false);
    connect(modelTab_, &ModelTab::nodeActivated, this, &DocumentTab::selectNode);

    splitter_->addWidget(left);
    splitter_->addWidget(sideTabs_);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);
    splitter_->setSizes({700, 470}); // first run: all four tree columns visible; saved sizes win later

    // Above the verdict while the file is still read: what is shown, how far, Cancel.
    readingBar_ = new QWidget;
    readingBar_->setObjectName(QStringLiteral("readingBar"));
    readingLabel_ = new QLabel;
    readingLabel_->setWordWrap(true);
    readingProgress_ = new QProgressBar;
    readingProgress_->setRange(0, 1000);
    readingProgress_->setMaximumWidth(260);
    cancelReading_ = new QPushButton(tr("Cancel"));
    connect(cancelReading_, &QPushButton::clicked, this, &DocumentTab::cancelReadingRequested);
    auto* readingRow = new QHBoxLayout(readingBar_);
    readingRow->setContentsMargins(6, 4, 6, 4);
    readingRow->addWidget(readingLabel_, 1);
    readingRow->addWidget(readingProgress_);
    readingRow->addWidget(cancelReading_);
    readingBar_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(readingBar_);
    layout->addWidget(banner_);
    layout->addWidget(splitter_, 1);

    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, &DocumentTab::selectionChanged);
    connect(trust_, &TrustPanel::jumpToType, this, &DocumentTab::jumpToType);
    connect(sideTabs_, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 2)
            ensureRaw(false);
    });
    banner_->setDocument(nullptr);
}

DocumentTab::~DocumentTab()
{
    if (rawCancel_)
        rawCancel_->store(true); // the read ends on its own; nothing waits for it
}

QString DocumentTab::filePath() const
{
    if (!doc_ && outline_)
        return QFileInfo(outlinePath_).absoluteFilePath();
    if (!doc_)
        return stoppedPath_.isEmpty() ? QString() : QFileInfo(stoppedPath_).absoluteFilePath();
    return QFileInfo(QString::fromStdString(doc_->doc.path)).absoluteFilePath();
}

void DocumentTab::showReaderStopped(const QString& path, const QString& displayName, const QString& reason)
{
    stoppedPath_ = path;
    displayName_ = displayName;
    banner_->hide();
    splitter_->hide();
    if (!stopped_) {
        stopped_ = new QWidget(this);
        auto* box = new QVBoxLayout(stopped_);
        stoppedLabel_ = new QLabel;
        stoppedLabel_->setWordWrap(true);
        stoppedLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
        retry_ = new QPushButton(tr("&Retry"));
        box->addStretch(1);
        box->addWidget(stoppedLabel_, 0, Qt::AlignHCenter);
        box->addWidget(retry_, 0, Qt::AlignHCenter);
        box->addStretch(2);
        layout()->addWidget(stopped_);
        connect(retry_, &QPushButton::clicked, this, [this] { emit retryRequested(stoppedPath_); });
    }
    // The reason is the helper's own (English, like every core message).
    stoppedLabel_->setText(tr("The reader stopped: %1\n\n%2\n\nThis file was read in a separate process: "
                              "the other files and the window are not affected.")
                               .arg(reason, displayName));
    stopped_->show();
}

std::shared_ptr<LoadedDocument> DocumentTab::outlineDocument(Document&& outline)
{
    auto d = std::make_shared<LoadedDocument>();
    d->doc = std::move(outline);
    d->doc.outline = true;
    ObjectTree& t = d->doc.tree;
    // The rows standing for entries not shown yet: Opaque, value.u = how many.
    const StrId reading = t.intern(tr("still reading").toStdString());
    for (NodeId n = 0; n < t.size(); ++n) {
        Node& node = t.node(n);
        if (node.kind != Kind::Opaque || (node.flags & FlagStrValue))
            continue;
        const std::uint64_t rest = node.value.u;
        node.type = reading;
        const QString text = rest == 0                   ? QString()
            : rest > static_cast<std::uint64_t>(INT_MAX) ? tr("%L1 more").arg(rest)
                                                         : tr("%Ln more", nullptr, static_cast<int>(rest));
        t.setStrValue(n, t.addString(text.toStdString()));
    }
    return d;
}

void DocumentTab::showOutline(std::shared_ptr<const LoadedDocument> outline, const QString& path,
                              const QString& displayName)
{
    outline_ = std::move(outline);
    outlinePath_ = path;
    outlineFileSize_ = QFileInfo(path).size();
    displayName_ = displayName;
    model_->setDocument(outline_);
    trust_->setDocument(nullptr);
    banner_->setDocument(nullptr);
    modelTab_->setDocument(nullptr);
    trustPages_->setCurrentIndex(1);
    sideTabs_->setTabVisible(kModelPage, false);
    sideTabs_->setTabEnabled(2, false); // the raw text is read once the file is
    sideTabs_->setCurrentIndex(1);      // "the verdict is pending" first
    details_->clear();
    readingLabel_->setText(tr("Still reading %1. These are its first rows; the trust verdict comes when the "
                              "whole file is read.")
                               .arg(displayName));
    setReadProgress(0, 0);
    readingBar_->show();
    const QModelIndex root = model_->index(0, 0);
    tree_->expand(root);
    tree_->setCurrentIndex(root);
    tree_->setFocus();
    fitTreeColumns(tree_);
    QTimer::singleShot(0, tree_, [tree = tree_] { fitTreeColumns(tree); });
}

void DocumentTab::setReadProgress(std::uint64_t done, std::uint64_t total)
{
    const int permille = total ? static_cast<int>(std::min<std::uint64_t>(1000, done * 1000 / total)) : 0;
    readingProgress_->setValue(permille);
    // The reader's figures are its own units: as a share of the file's size.
    const double mb = outlineFileSize_ / 1e6;
    readingProgress_->setFormat(
        tr("%1 MB of %2 MB").arg(QString::number(mb * permille / 1000, 'f', 0), QString::number(mb, 'f', 0)));
}

DocumentTab::RowPath DocumentTab::pathOf(const QModelIndex& index) const
{
    RowPath path;
    for (QModelIndex i = index.siblingAtColumn(0); i.isValid(); i = i.parent())
        path.emplace_back(i.row(), i.data().toString());
    std::reverse(path.begin(), path.end());
    return path;
}

QModelIndex DocumentTab::find(const RowPath& path) const
{
    // The outline's rows are the first rows of the full tree's, in order: a
    // row is where it was, or (a bookkeeping row now shown) a little later.
    constexpr int kLookAhead = 64;
    QModelIndex at;
    for (const auto& [row, key] : path) {
        const int rows = model_->rowCount(at);
        QModelIndex hit;
        if (row < rows && model_->index(row, 0, at).data().toString() == key)
            hit = model_->index(row, 0, at);
        for (int r = 0; !hit.isValid() && r < std::min(rows, row + kLookAhead); ++r)
            if (model_->index(r, 0, at).data().toString() == key)
                hit = model_->index(r, 0, at);
        if (!hit.isValid())
            return {};
        at = hit;
    }
    return at;
}

void DocumentTab::leaveOutline(std::vector<RowPath>* expanded, RowPath* current)
{
    if (!outline_)
        return;
    // The outline is small (skops/SchemaOutline.h bounds it): walk its expanded rows.
    std::vector<QModelIndex> todo{model_->index(0, 0)};
    while (!todo.empty()) {
        const QModelIndex i = todo.back();
        todo.pop_back();
        if (!i.isValid() || !tree_->isExpanded(i))
            continue;
        expanded->push_back(pathOf(i));
        for (int r = model_->rowCount(i) - 1; r >= 0; --r)
            todo.push_back(model_->index(r, 0, i));
    }
    *current = pathOf(tree_->currentIndex());
    outline_.reset();
    readingBar_->hide();
    trustPages_->setCurrentIndex(0);
    sideTabs_->setTabEnabled(2, true);
}

void DocumentTab::setDocument(std::shared_ptr<LoadedDocument> doc, const QString& displayName)
{
    std::vector<RowPath> expanded;
    RowPath current;
    leaveOutline(&expanded, &current);
    if (rawCancel_)
        rawCancel_->store(true);
    rawCancel_.reset();
    doc_ = std::move(doc);
    displayName_ = displayName;
    model_->setDocument(doc_);
    trust_->setDocument(doc_);
    banner_->setDocument(doc_.get());
    delete highlighter_;
    highlighter_ = nullptr;
    nodeStart_ = nodeEnd_ = -1;
    matches_.clear();
    raw_->clear();
    rawLoaded_ = false;
    modelTab_->setDocument(doc_);
    if (modelTab_->isEstimator()) {
        sideTabs_->setTabVisible(kModelPage, true);
        sideTabs_->setCurrentIndex(kModelPage); // "what model is this" comes first
    } else {
        if (sideTabs_->currentIndex() == kModelPage)
            sideTabs_->setCurrentIndex(0); // hidden first, the tab bar would pick Raw
        sideTabs_->setTabVisible(kModelPage, false);
    }
    if (sideTabs_->currentIndex() == 2)
        ensureRaw(false);
    sideTabs_->setTabText(2,
                          !doc_ || doc_->rawTitle.isEmpty()
                              ? tr("&Raw")
                              : tr("&%1", "raw tab title with its accelerator").arg(doc_->rawTitle));
    if (!doc_) {
        details_->clear();
        rawPosition_->clear();
        return;
    }
    const QModelIndex root = model_->index(0, 0);
    tree_->expand(root);
    // The rows expanded while the outline showed stay so (parents come first).
    for (const RowPath& path : expanded)
        if (const QModelIndex i = find(path); i.isValid())
            tree_->expand(i);
    // Open on what needs attention: the first dangerous node, else the first
    // untrusted one; else where the outline's selection was.
    const QModelIndex before = current.empty() ? QModelIndex() : find(current);
    if (const QModelIndex finding = model_->firstFinding(); finding.isValid())
        selectAndReveal(finding);
    else if (before.isValid())
        selectAndReveal(before);
    else
        tree_->setCurrentIndex(root);
    tree_->setFocus();
    // Key and Type fit the rows shown now, within reason; again once the tab is laid out.
    fitTreeColumns(tree_);
    QTimer::singleShot(0, tree_, [tree = tree_] { fitTreeColumns(tree); });
}

void DocumentTab::ensureRaw(bool wait)
{
    if (rawLoaded_ || !doc_)
        return;
    if (doc_->rawPending) {
        if (!wait) {
            startRawRead();
            raw_->setPlainText(tr("Reading the raw text…")); // replaced when it is there
            return;
        }
        settleRaw();
    }
    rawLoaded_ = true;
    raw_->setPlainText(doc_->rawText);
    if (doc_->rawIsJson && doc_->rawText.size() <= kHighlightMaxChars)
        highlighter_ = attachJsonHighlighter(raw_->document());
    showRawPosition(tree_->currentIndex());
    highlightRawMatches();
}

// A big file's raw text is read when something first needs it (the Raw tab
// shown, a search in it, its place asked for), beside the window: it opens
// the file again (a million-member archive's directory: a second of CPU).
void DocumentTab::startRawRead()
{
    if (!doc_ || !doc_->rawPending || rawCancel_)
        return;
    rawCancel_ = std::make_shared<std::atomic<bool>>(false);
    // Only the document's file (immutable) is read, never its tree.
    rawWatcher_->setFuture(QtConcurrent::run([doc = std::shared_ptr<const LoadedDocument>(doc_), cancel = rawCancel_] {
        OpenOptions options;
        options.cancel = cancel.get();
        try {
            return readRawText(doc->doc, options);
        } catch (const std::exception&) { // cancelled: a later document took its place
            return RawText{};
        }
    }));
}

void DocumentTab::takeRawText()
{
    // rawCancel_ is set once this document's read started: the watcher's future is then its own.
    if (!doc_ || !doc_->rawPending || !rawCancel_ || !rawWatcher_->isFinished())
        return;
    applyRawText(*doc_, rawWatcher_->result());
}

void DocumentTab::settleRaw()
{
    if (!doc_ || !doc_->rawPending)
        return;
    startRawRead();
    rawWatcher_->waitForFinished();
    takeRawText();
    showRawPosition(tree_->currentIndex());
}

void DocumentTab::rawTextArrived()
{
    if (!doc_ || !doc_->rawPending)
        return;
    takeRawText();
    if (sideTabs_->currentIndex() == 2)
        ensureRaw(true);
    else
        showRawPosition(tree_->currentIndex());
}

void DocumentTab::applyAudit(const std::set<std::string>& trusted)
{
    if (!doc_)
        return;
    // The tree stays; only the audit beside it is replaced, and the model
    // updates the rows that changed (expansion and selection survive).
    const AuditResult old = std::move(doc_->audit);
    const std::vector<std::uint8_t> oldUnsafe = std::move(doc_->subtreeUnsafe);
    reaudit(*doc_, trusted);
    model_->auditChanged(old, oldUnsafe);
    trust_->setDocument(doc_);
    modelTab_->auditChanged();
    banner_->setDocument(doc_.get());
    selectionChanged();
}

void DocumentTab::selectionChanged()
{
    const QModelIndex current = tree_->currentIndex();
    details_->showNode(doc_, model_->nodeId(current), model_->keyPath(current));
    showRawPosition(current);
    modelTab_->diagram()->showNode(current.isValid() ? model_->nodeId(current) : kNoNode);
}

void DocumentTab::selectNode(NodeId n)
{
    if (!doc_)
        return;
    const QModelIndex index = treeIndexOfNode(*model_, n);
    if (index.isValid())
        selectAndReveal(index);
    else
        emit message(tr("This part of the model has no row in the tree as it is shown now."), 3000);
}

void DocumentTab::selectAndReveal(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        tree_->expand(p);
    tree_->setCurrentIndex(index);
    tree_->scrollTo(index);
}

void DocumentTab::findNext()
{
    const QString text = find_->text().trimmed();
    if (text.isEmpty() || !doc_)
        return;
    const QModelIndex hit = model_->findNextText(tree_->currentIndex(), text);
    if (hit.isValid())
        selectAndReveal(hit);
    else if (model_->matchesText(tree_->currentIndex(), text)) // the search starts after it
        emit message(tr("No other node matches \"%1\"").arg(text), 3000);
    else
        emit message(tr("No node matches \"%1\"").arg(text), 3000);
}

void DocumentTab::findNextUntrusted()
{
    if (!doc_)
        return;
    const QModelIndex hit = model_->findNextUnsafe(tree_->currentIndex());
    if (hit.isValid())
        selectAndReveal(hit);
    else
        emit message(tr("No untrusted or dangerous nodes"), 3000);
}

void DocumentTab::jumpToType(const QString& typeName, bool forward)
{
    if (!doc_ || typeName.isEmpty())
        return;
    const std::string name = typeName.toStdString();
    const auto match = [&](NodeId n, const QString&) {
        return doc_->doc.tree.typeName(n) == name && (isUnsafe(doc_->verdict(n)) || doc_->approvedByUser(n));
    };
    const QModelIndex from = tree_->currentIndex();
    QModelIndex hit = model_->findNext(from, match);
    if (!forward && hit.isValid()) {
        // Walk the matches once round; the one before `from` is the previous.
        QModelIndex prev = hit;
        for (QModelIndex h = hit;;) {
            h = model_->findNext(h, match);
            if (!h.isValid() || h == hit)
                break;
            if (model_->nodeId(h) == model_->nodeId(from) && h == from.siblingAtColumn(0))
                break;
            prev = h;
        }
        hit = prev;
    }
    if (!hit.isValid() && from.isValid() && match(model_->nodeId(from), {}))
        hit = from.siblingAtColumn(0);
    if (hit.isValid())
        selectAndReveal(hit);
    else
        emit message(tr("No node of type %1 is shown").arg(typeName), 3000);
}

// --- raw view: the selected node's place ------------------------------------

bool DocumentTab::rawRangeOf(NodeId n, int* start, int* end, QString* why) const
{
    const auto say = [why](const QString& s) {
        if (why)
            *why = s;
        return false;
    };
    if (!doc_ || n >= doc_->doc.tree.size())
        return say(QString());
    const_cast<DocumentTab*>(this)->settleRaw();
    const std::uint64_t offset = doc_->doc.tree.rawOffset(n);
    if (offset == ObjectTree::kNoOffset)
        return say(tr("This node has no place of its own in the raw text."));
    const QString& text = doc_->rawText;
    if (doc_->rawIsJson) {
        if (offset >= doc_->rawJsonBytes)
            return say(tr("Its object starts at byte %L1 of schema.json, past the first %L2 bytes shown here.")
                           .arg(offset)
                           .arg(doc_->rawJsonBytes));
        const qsizetype at = charIndexOfUtf8Byte(text, offset);
        if (at < 0 || at >= text.size() || text.at(at) != QLatin1Char('{'))
            return say(tr("Its object at byte %L1 of schema.json is not where the text shown has one.").arg(offset));
        // The node's whole object, from its '{' to the matching '}'.
        *start = static_cast<int>(at);
        *end = static_cast<int>(jsonObjectEnd(text, at));
        return true;
    }
    // The opcode listing: one line per opcode, starting with its offset ("%8llu: ").
    const auto lineOf = [&text](std::uint64_t off) -> qsizetype {
        const QString needle = QStringLiteral("%1: ").arg(off, 8, 10, QLatin1Char(' '));
        if (text.startsWith(needle))
            return 0;
        const qsizetype at = text.indexOf(QLatin1Char('\n') + needle);
        return at < 0 ? -1 : at + 1; // past the newline
    };
    const qsizetype at = lineOf(offset);
    if (at < 0)
        return say(tr("The opcode at offset %L1 that built it is not in the listing shown (run `skopos dis FILE`).")
                       .arg(offset));
    // Every line from the node's opcode to the last opcode of what it holds
    // (the cursor and the line named stay on the node's own opcode).
    const std::uint64_t last = opcodeSpanEnd(doc_->doc.tree, n);
    const qsizetype from = at;
    qsizetype to = at;
    if (last > offset)
        if (const qsizetype l = lineOf(last); l >= 0)
            to = l;
    qsizetype eol = text.indexOf(QLatin1Char('\n'), to);
    if (eol < 0)
        eol = text.size();
    *start = static_cast<int>(from);
    *end = static_cast<int>(eol);
    return true;
}

void DocumentTab::showRawPosition(const QModelIndex& index)
{
    nodeStart_ = nodeEnd_ = -1;
    if (!doc_ || !index.isValid()) {
        rawPosition_->clear();
        applyRawSelections();
        return;
    }
    if (doc_->rawPending) {
        rawPosition_->setText(rawCancel_ ? tr("Reading the raw text…") : tr("The raw text is read when it is shown."));
        return;
    }
    // A node the reader made on its own (e.g. a dict's hidden key types) shows its nearest parent's place.
    QString why;
    QModelIndex shown = index.siblingAtColumn(0);
    int start = -1, end = -1;
    bool found = false;
    for (QModelIndex i = shown; i.isValid(); i = i.parent()) {
        const NodeId n = model_->nodeId(i);
        if (doc_->doc.tree.rawOffset(n) == ObjectTree::kNoOffset)
            continue;
        found = rawRangeOf(n, &start, &end, &why);
        shown = i;
        break;
    }
    const NodeId n = model_->nodeId(shown);
    const std::uint64_t offset = doc_->doc.tree.rawOffset(n);
    if (!found) {
        rawPosition_->setText(offset == ObjectTree::kNoOffset ? tr("No place in the raw text is known for this node.")
                                                              : why);
        applyRawSelections();
        return;
    }
    nodeStart_ = start;
    nodeEnd_ = end;
    const int line = static_cast<int>(QStringView(doc_->rawText).left(start).count(QLatin1Char('\n'))) + 1;
    QString where = doc_->rawIsJson
        ? tr("Its object starts at byte %L1 of schema.json (line %L2).").arg(offset).arg(line)
        : tr("Built by the opcode at offset %L1 (line %L2).").arg(offset).arg(line);
    if (shown != index.siblingAtColumn(0))
        where = tr("Shown at its parent's place: %1").arg(where);
    rawPosition_->setText(where);
    if (!rawLoaded_)
        return; // placed when the text is loaded
    QTextCursor c(raw_->document());
    c.setPosition(start);
    raw_->setTextCursor(c);
    raw_->centerCursor();
    applyRawSelections();
}

QString DocumentTab::rawHighlightedText() const
{
    const_cast<DocumentTab*>(this)->settleRaw();
    if (nodeStart_ < 0 || !doc_)
        return {};
    return doc_->rawText.mid(nodeStart_, nodeEnd_ - nodeStart_);
}

// --- raw view: find -----------------------------------------------------------

void DocumentTab::focusRawFind()
{
    sideTabs_->setCurrentIndex(2);
    rawFind_->setFocus(Qt::ShortcutFocusReason);
    rawFind_->selectAll();
}

bool DocumentTab::rawHasFocus() const
{
    const QWidget* f = QApplication::focusWidget();
    return f && (f == raw_ || f == rawFind_ || raw_->isAncestorOf(f));
}

bool DocumentTab::findInRaw(bool backward)
{
    ensureRawLoaded();
    const QString text = rawFind_->text();
    if (text.isEmpty()) {
        rawFindStatus_->clear();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = raw_->find(text, flags);
    if (!found) {
        // Once round: from the other end.
        QTextCursor c(raw_->document());
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        const QTextCursor keep = raw_->textCursor();
        raw_->setTextCursor(c);
        found = raw_->find(text, flags);
        if (!found)
            raw_->setTextCursor(keep);
    }
    QPalette pal = rawFind_->palette();
    if (found) {
        pal.setColor(QPalette::Base, palette().color(QPalette::Base));
        const int n = static_cast<int>(matches_.size());
        rawFindStatus_->setText(n >= kMaxMatchesShown ? tr("%L1+ matches").arg(n)
                                                      : (n == 1 ? tr("1 match") : tr("%L1 matches").arg(n)));
    } else {
        pal.setColor(QPalette::Base, verdictBackground(Verdict::Untrusted));
        rawFindStatus_->setText(tr("Not found"));
        emit message(tr("\"%1\" is not in the raw text").arg(text), 3000);
    }
    rawFind_->setPalette(pal);
    return found;
}

void DocumentTab::highlightRawMatches()
{
    matches_.clear();
    const QString text = rawFind_->text();
    if (!text.isEmpty() && doc_) {
        const QString& all = doc_->rawText;
        for (qsizetype at = all.indexOf(text, 0, Qt::CaseInsensitive);
             at >= 0 && static_cast<int>(matches_.size()) < kMaxMatchesShown;
             at = all.indexOf(text, at + text.size(), Qt::CaseInsensitive))
            matches_.emplace_back(static_cast<int>(at), static_cast<int>(at + text.size()));
    }
    if (text.isEmpty()) {
        rawFindStatus_->clear();
        rawFind_->setPalette(palette());
    }
    applyRawSelections();
}

void DocumentTab::applyRawSelections()
{
    if (!rawLoaded_)
        return;
    QList<QTextEdit::ExtraSelection> sel;
    if (nodeStart_ >= 0) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(raw_->document());
        s.cursor.setPosition(nodeStart_);
        s.cursor.setPosition(nodeEnd_, QTextCursor::KeepAnchor);
        s.format.setBackground(palette().color(QPalette::Highlight).lighter(170));
        sel << s;
    }
    for (const auto& [a, b] : matches_) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(raw_->document());
        s.cursor.setPosition(a);
        s.cursor.setPosition(b, QTextCursor::KeepAnchor);
        s.format.setBackground(QColor(255, 230, 80));
        s.format.setForeground(Qt::black);
        sel << s;
    }
    raw_->setExtraSelections(sel);
}

} // namespace skopos::ui
