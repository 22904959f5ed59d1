#include "MainWindow.h"

#include "FolderScanWidget.h"

#include "JsonHighlighter.h"
#include "NodeDetailsWidget.h"
#include "ObjectTreeModel.h"
#include "Settings.h"
#include "TrustPanel.h"
#include "VerdictStyle.h"
#include "tree/Error.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace skopos::ui {

namespace {

constexpr qsizetype kHighlightMaxChars = 1 << 20; // colouring bigger texts costs seconds
const char* kGeometry = "window/geometry";
const char* kState = "window/state";
const char* kSplitter = "window/splitter";
const char* kHeader = "window/treeHeader";

OpenResult openInWorker(QString path, std::set<std::string> approved, std::shared_ptr<std::atomic<bool>> cancel,
                        std::shared_ptr<std::atomic<std::uint64_t>> done,
                        std::shared_ptr<std::atomic<std::uint64_t>> total)
{
    OpenResult r;
    OpenOptions options;
    options.cancel = cancel.get();
    options.progress = [done, total](std::uint64_t d, std::uint64_t t) {
        done->store(d, std::memory_order_relaxed);
        total->store(t, std::memory_order_relaxed);
    };
    try {
        r.doc = loadDocument(path, options, approved);
    } catch (const Cancelled&) {
        r.cancelled = true;
    } catch (const std::bad_alloc&) {
        r.error = MainWindow::tr("out of memory while reading");
    } catch (const std::exception& e) {
        r.error = QString::fromUtf8(e.what());
    }
    return r;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), model_(new ObjectTreeModel(this)), tree_(new QTreeView), find_(new QLineEdit),
      details_(new NodeDetailsWidget), trust_(new TrustPanel), raw_(new QPlainTextEdit), tabs_(new QTabWidget),
      splitter_(new QSplitter(Qt::Horizontal)), status_(new QLabel), progressTimer_(new QTimer(this))
{
    setWindowTitle(tr("Skopos"));
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);

    auto* banner = new QLabel(tr("This is an inspection aid, not a security guarantee. "
                                 "Skopos reads files without running them; a clean result does not make a file safe."));
    banner->setWordWrap(true);
    banner->setObjectName(QStringLiteral("banner"));
    banner->setStyleSheet(QStringLiteral("QLabel#banner { background: #fff3cd; color: #664d03; padding: 6px;"
                                         " border-bottom: 1px solid #e0c36a; }"));

    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(false); // verdict colours must stand out
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(ObjectTreeModel::ValueColumn, QHeaderView::Stretch);
    tree_->setColumnWidth(ObjectTreeModel::KeyColumn, 180);
    tree_->setColumnWidth(ObjectTreeModel::TypeColumn, 250);
    tree_->setColumnWidth(ObjectTreeModel::VerdictColumn, 110);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);

    find_->setPlaceholderText(tr("Find type or key (Ctrl+F, Enter for next)"));
    find_->setClearButtonEnabled(true);
    connect(find_, &QLineEdit::returnPressed, this, &MainWindow::findNext);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(find_);
    leftLayout->addWidget(tree_, 1);

    raw_->setReadOnly(true);
    raw_->setLineWrapMode(QPlainTextEdit::NoWrap);
    raw_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    tabs_->addTab(details_, tr("&Node"));
    tabs_->addTab(trust_, tr("&Trust"));
    tabs_->addTab(raw_, tr("&Raw"));

    splitter_->addWidget(left);
    splitter_->addWidget(tabs_);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);
    splitter_->setSizes({700, 470}); // first run: all four tree columns visible; saved sizes win later

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(splitter_, 1);
    setCentralWidget(central);
    statusBar()->addWidget(status_, 1);

    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectionChanged);
    // Queued: the trust panel rebuilds its list, which must not happen inside its own itemChanged.
    connect(trust_, &TrustPanel::approvalChanged, this, &MainWindow::setApproved, Qt::QueuedConnection);
    connect(&openWatcher_, &QFutureWatcher<OpenResult>::finished, this, &MainWindow::openFinished);
    connect(progressTimer_, &QTimer::timeout, this, [this] {
        if (!progress_)
            return;
        const auto t = total_->load(), d = done_->load();
        if (t > 0)
            progress_->setValue(static_cast<int>(std::min<std::uint64_t>(1000, d * 1000 / t)));
    });

    createActions();
    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow()
{
    if (cancel_)
        cancel_->store(true);
    openWatcher_.waitForFinished();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu(); // so the menu is enabled/disabled correctly from the start
    file->addAction(tr("Open &Folder…"), this, [this] { // scan a folder (FolderScanWidget)
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Scan Folder"), QDir::homePath());
        if (!dir.isEmpty())
            openFolder(dir);
    });
    file->addAction(tr("Open &Example"), this, &MainWindow::openBundledExample);
    file->addSeparator();
    QAction* exportList = file->addAction(tr("&Export Trusted List…"), trust_, &TrustPanel::saveTrustedList);
    exportList->setToolTip(tr("Save the trusted=[...] list of the types you approved"));
    QAction* close = file->addAction(tr("&Close"), this, &MainWindow::closeDocument);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find Type…"), this, [this] {
        find_->setFocus(Qt::ShortcutFocusReason);
        find_->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* again = edit->addAction(tr("Find &Next"), this, &MainWindow::findNext);
    again->setShortcut(QKeySequence::FindNext);
    QAction* unsafe = edit->addAction(tr("Next &Untrusted Node"), this, &MainWindow::findNextUntrusted);
    unsafe->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    edit->addSeparator();
    edit->addAction(tr("&Copy Trusted List"), trust_, &TrustPanel::copyTrustedList);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("E&xpand All Below"), this, [this] {
        // Bounded depth: a cycle would otherwise expand forever.
        if (tree_->currentIndex().isValid())
            tree_->expandRecursively(tree_->currentIndex(), 6);
    });
    view->addAction(tr("C&ollapse All"), tree_, &QTreeView::collapseAll);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Skopos"), this, [this] {
        QMessageBox::about(this, tr("About Skopos"),
                           tr("<p><b>Skopos %1</b></p><p>Looks inside skops, pickle and joblib model files without "
                              "running them, and shows which types skops would refuse to load.</p>"
                              "<p>This is an inspection aid, not a security guarantee.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(kGeometry).toByteArray()))
        resize(1200, 760);
    restoreState(s.value(kState).toByteArray());
    splitter_->restoreState(s.value(kSplitter).toByteArray());
    tree_->header()->restoreState(s.value(kHeader).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    QSettings s;
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kState, saveState());
    s.setValue(kSplitter, splitter_->saveState());
    s.setValue(kHeader, tree_->header()->saveState());
    QMainWindow::closeEvent(e);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e)
{
    for (const QUrl& url : e->mimeData()->urls())
        if (url.isLocalFile()) {
            e->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* e)
{
    for (const QUrl& url : e->mimeData()->urls())
        if (url.isLocalFile()) {
            e->acceptProposedAction();
            if (QFileInfo(url.toLocalFile()).isDir())
                openFolder(url.toLocalFile());
            else
                openFile(url.toLocalFile());
            return;
        }
}

FolderScanWidget* MainWindow::openFolder(const QString& folder)
{
    auto* w = new FolderScanWidget(this);
    w->setWindowFlag(Qt::Window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    connect(w, &FolderScanWidget::openRequested, this, &MainWindow::openFile);
    w->show();
    w->scanFolder(folder);
    return w;
}

void MainWindow::openDialog()
{
    const QString dir = settings::recentFiles().isEmpty() ? QDir::homePath()
                                                           : QFileInfo(settings::recentFiles().front()).path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Model File"), dir,
        tr("Model files (*.skops *.pkl *.pickle *.p *.joblib *.joblib.* *.npy *.sav *.bin);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& f = files[i];
        QAction* a = recentMenu_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(f).fileName()),
                                            this, [this, f] { openFile(f); });
        a->setToolTip(f);
        a->setStatusTip(f);
    }
    if (!files.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("&Clear Menu"), this, [] { settings::clearRecentFiles(); });
    }
    recentMenu_->setEnabled(!files.isEmpty());
}

bool MainWindow::isOpening() const { return openWatcher_.isRunning() || progress_ != nullptr; }

void MainWindow::openFile(const QString& path)
{
    if (isOpening())
        return;
    openingPath_ = path;
    openingDisplayName_ = QFileInfo(path).fileName();
    openingIsExample_ = exampleDir_ && path.startsWith(exampleDir_->path());
    if (openingIsExample_)
        openingDisplayName_ = tr("%1 (bundled example)").arg(openingDisplayName_);
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    done_ = std::make_shared<std::atomic<std::uint64_t>>(0);
    total_ = std::make_shared<std::atomic<std::uint64_t>>(0);

    progress_ = new QProgressDialog(tr("Opening %1…").arg(openingDisplayName_), tr("Cancel"), 0, 1000, this);
    progress_->setWindowTitle(tr("Opening"));
    progress_->setWindowModality(Qt::WindowModal);
    progress_->setMinimumDuration(400);
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    progress_->setValue(0);
    connect(progress_, &QProgressDialog::canceled, this, [this] {
        if (cancel_)
            cancel_->store(true);
    });
    progressTimer_->start(50);
    openWatcher_.setFuture(
        QtConcurrent::run(openInWorker, path, settings::approvedTypes(), cancel_, done_, total_));
}

void MainWindow::openFinished()
{
    progressTimer_->stop();
    if (progress_) {
        progress_->deleteLater();
        progress_ = nullptr;
    }
    OpenResult r = openWatcher_.result();
    const QString path = openingPath_;
    if (r.cancelled) {
        statusBar()->showMessage(tr("Opening %1 cancelled").arg(openingDisplayName_), 5000);
        emit openFailed(path, tr("cancelled"));
        return;
    }
    if (!r.doc) {
        // Non-blocking, so tests and drag-and-drop never stall on a modal loop.
        auto* box = new QMessageBox(QMessageBox::Critical, tr("Cannot open file"),
                                    tr("Skopos could not open %1:\n\n%2").arg(QDir::toNativeSeparators(path), r.error),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit openFailed(path, r.error);
        return;
    }
    if (!openingIsExample_)
        settings::addRecentFile(path);
    showDocument(std::move(r.doc), openingDisplayName_);
    emit documentOpened(path);
}

void MainWindow::openBundledExample()
{
    const QString resource = QStringLiteral(":/examples/example.skops");
    if (!QFile::exists(resource)) {
        statusBar()->showMessage(tr("This build has no bundled example."), 5000);
        return;
    }
    // Readers take paths, so the resource is copied to a private temporary folder.
    if (!exampleDir_ || !exampleDir_->isValid())
        exampleDir_ = std::make_unique<QTemporaryDir>();
    const QString target = exampleDir_->filePath(QStringLiteral("example.skops"));
    if (!QFile::exists(target) && !QFile::copy(resource, target)) {
        statusBar()->showMessage(tr("Could not unpack the bundled example."), 5000);
        return;
    }
    openFile(target);
}

void MainWindow::closeDocument()
{
    doc_.reset();
    displayName_.clear();
    model_->setDocument(nullptr);
    trust_->setDocument(nullptr);
    details_->clear();
    delete highlighter_;
    highlighter_ = nullptr;
    raw_->clear();
    tabs_->setTabText(2, tr("&Raw"));
    setWindowTitle(tr("Skopos"));
    updateStatus();
}

void MainWindow::showDocument(std::shared_ptr<LoadedDocument> doc, const QString& displayName)
{
    closeDocument();
    doc_ = std::move(doc);
    displayName_ = displayName;
    model_->setDocument(doc_);
    trust_->setDocument(doc_);
    raw_->setPlainText(doc_->rawText);
    if (doc_->rawIsJson && doc_->rawText.size() <= kHighlightMaxChars)
        highlighter_ = attachJsonHighlighter(raw_->document());
    tabs_->setTabText(2, doc_->rawTitle.isEmpty() ? tr("&Raw") : QStringLiteral("&") + doc_->rawTitle);
    setWindowTitle(tr("%1 — Skopos").arg(displayName));
    const QModelIndex root = model_->index(0, 0);
    tree_->expand(root);
    tree_->setCurrentIndex(root);
    tree_->setFocus();
    updateStatus();
}

void MainWindow::setApproved(const QString& typeName, bool approved)
{
    settings::setApproved(typeName, approved);
    if (!doc_)
        return;
    // Verdicts change in place, so the model lets go of the document first.
    model_->setDocument(nullptr);
    reaudit(*doc_, settings::approvedTypes());
    model_->setDocument(doc_);
    trust_->setDocument(doc_);
    const QModelIndex root = model_->index(0, 0);
    tree_->expand(root);
    tree_->setCurrentIndex(root);
    updateStatus();
    statusBar()->showMessage(approved ? tr("Approved %1").arg(typeName) : tr("Withdrew approval of %1").arg(typeName),
                             4000);
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = tree_->currentIndex();
    details_->showNode(doc_, model_->nodeId(current), model_->keyPath(current));
}

void MainWindow::selectAndReveal(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        tree_->expand(p);
    tree_->setCurrentIndex(index);
    tree_->scrollTo(index);
}

void MainWindow::findNext()
{
    const QString text = find_->text().trimmed();
    if (text.isEmpty() || !doc_)
        return;
    const QModelIndex hit = model_->findNextText(tree_->currentIndex(), text);
    if (hit.isValid())
        selectAndReveal(hit);
    else
        statusBar()->showMessage(tr("No other node matches \"%1\"").arg(text), 3000);
}

void MainWindow::findNextUntrusted()
{
    if (!doc_)
        return;
    const QModelIndex hit = model_->findNextUnsafe(tree_->currentIndex());
    if (hit.isValid())
        selectAndReveal(hit);
    else
        statusBar()->showMessage(tr("No untrusted nodes"), 3000);
}

QString MainWindow::statusText() const { return status_->text(); }

void MainWindow::updateStatus()
{
    if (!doc_) {
        status_->setText(tr("Open a model file (Ctrl+O) or drop one here."));
        return;
    }
    const Document& d = doc_->doc;
    QStringList parts;
    parts << QString::fromStdString(d.format);
    if (d.protocol >= 0)
        parts << tr("protocol %1").arg(d.protocol);
    if (!d.producer.empty())
        parts << QString::fromStdString(d.producer);
    parts << tr("%L1 nodes").arg(d.tree.size());
    parts << tr("%n untrusted type(s)", nullptr, static_cast<int>(doc_->audit.untrusted.size()));
    if (!doc_->audit.approved.empty())
        parts << tr("%n approved", nullptr, static_cast<int>(doc_->audit.approved.size()));
    if (!doc_->audit.dangerous.empty())
        parts << tr("%n DANGEROUS", nullptr, static_cast<int>(doc_->audit.dangerous.size()));
    status_->setText(parts.join(QStringLiteral("  ·  ")));
}

} // namespace skopos::ui
