#include "MainWindow.h"

#include "FolderScanWidget.h"
#include "HelpDialog.h"
#include "JsonHighlighter.h"
#include "convert/Converter.h"
#include "CurrentProfile.h"
#include "LoadInPython.h"
#include "NodeDetailsWidget.h"
#include "ObjectTreeModel.h"
#include "ProfileDialog.h"
#include "ProfileStatusLabel.h"
#include "Settings.h"
#include "TrustPanel.h"
#include "TrustedTypesDialog.h"
#include "VerdictBanner.h"
#include "VerdictStyle.h"
#include "tree/Error.h"
#include "trust/DangerousNames.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace skopos::ui {

namespace {

class MiddleElideDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

constexpr qsizetype kHighlightMaxChars = 1 << 20; // colouring bigger texts costs seconds
const char* kGeometry = "window/geometry";
const char* kState = "window/state";
const char* kSplitter = "window/splitter";
const char* kHeader = "window/treeHeader";

OpenResult openInWorker(QString path, ApprovalSnapshot approved, std::shared_ptr<std::atomic<bool>> cancel,
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
      splitter_(new QSplitter(Qt::Horizontal)), status_(new QLabel), banner_(new VerdictBanner),
      onlyUntrusted_(new QCheckBox(tr("Only &untrusted"))), progressTimer_(new QTimer(this))
{
    setWindowTitle(tr("Skopos"));
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);

    auto* banner = new QLabel(tr("This is an inspection aid, not a security guarantee. "
                                 "Skopos reads files without running them; a clean result does not make a file safe."));
    banner->setWordWrap(true);
    banner->setObjectName(QStringLiteral("banner"));
    banner->setStyleSheet(QStringLiteral("QLabel#banner { color: palette(mid); padding: 2px 6px; }"));

    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(false); // verdict colours must stand out
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(ObjectTreeModel::ValueColumn, QHeaderView::Stretch);
    tree_->setColumnWidth(ObjectTreeModel::KeyColumn, 180);
    tree_->setColumnWidth(ObjectTreeModel::TypeColumn, 250);
    tree_->setColumnWidth(ObjectTreeModel::VerdictColumn, 180); // "contains DANGEROUS" unelided
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    // Long type names lose their middle (module path), not the class name; the
    // tooltip has all of it. Only that column: a value elided in the middle would misread.
    tree_->setItemDelegateForColumn(ObjectTreeModel::TypeColumn, new MiddleElideDelegate(tree_));

    find_->setPlaceholderText(tr("Find type or key (Ctrl+F, Enter for next)"));
    find_->setClearButtonEnabled(true);
    connect(find_, &QLineEdit::returnPressed, this, &MainWindow::findNext);
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
    layout->addWidget(banner_);
    layout->addWidget(splitter_, 1);
    layout->addWidget(banner);
    setCentralWidget(central);
    statusBar()->addWidget(status_, 1);
    statusBar()->addPermanentWidget(new ProfileStatusLabel);
    connect(&CurrentProfile::instance(), &CurrentProfile::changed, this, &MainWindow::reauditAll);

    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectionChanged);
    // Queued: the trust panel rebuilds its list, which must not happen inside its own itemChanged.
    connect(trust_, &TrustPanel::approvalChanged, this, &MainWindow::setApproved, Qt::QueuedConnection);
    connect(trust_, &TrustPanel::approveMany, this, &MainWindow::approveTypes, Qt::QueuedConnection);
    connect(trust_, &TrustPanel::jumpToType, this, &MainWindow::jumpToType);
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
    updateActions();
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
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
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
    loadAction_ = file->addAction(tr("&Load in Python…"), this, &MainWindow::loadInPython);
    loadAction_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    convertAction_ = file->addAction(tr("Con&vert to skops…"), this, &MainWindow::convertFile);
    convertAction_->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    copyLoadLine_ = file->addAction(tr("Copy Lo&ad Line"), this, [this] {
        QApplication::clipboard()->setText(loadLine());
        statusBar()->showMessage(tr("Copied %1").arg(loadLine()), 4000);
    });
    copyLoadLine_->setToolTip(tr("Copy skops.io.load(\"…\", trusted=[...]) for this file"));
    exportTrusted_ = file->addAction(tr("&Export Trusted List…"), trust_, &TrustPanel::saveTrustedList);
    exportTrusted_->setToolTip(tr("Save the trusted=[...] list of the types you approved"));
    closeAction_ = file->addAction(tr("&Close"), this, &MainWindow::closeDocument);
    closeAction_->setShortcut(QKeySequence::Close);
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
    nextUntrusted_ = edit->addAction(tr("Next &Untrusted Node"), this, &MainWindow::findNextUntrusted);
    nextUntrusted_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    nextUntrusted_->setIcon(verdictIcon(Verdict::Untrusted));
    nextUntrusted_->setToolTip(tr("Select the next untrusted or dangerous node (Ctrl+U)"));
    edit->addSeparator();
    copyTrusted_ = edit->addAction(tr("&Copy Trusted List"), trust_, &TrustPanel::copyTrustedList);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("E&xpand All Below"), this, [this] {
        // Bounded depth: a cycle would otherwise expand forever.
        if (tree_->currentIndex().isValid())
            tree_->expandRecursively(tree_->currentIndex(), 6);
    });
    view->addAction(tr("C&ollapse All"), tree_, &QTreeView::collapseAll);
    QAction* only = view->addAction(tr("Show Only &Untrusted"));
    only->setCheckable(true);
    connect(only, &QAction::toggled, onlyUntrusted_, &QCheckBox::setChecked);
    connect(onlyUntrusted_, &QCheckBox::toggled, only, &QAction::setChecked);

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Trusted Types…"), this, &MainWindow::showTrustedTypes);
    settingsMenu->addAction(tr("&Python Interpreter…"), this, &MainWindow::choosePythonInterpreter);
    settingsMenu->addAction(tr("Trust &Profile…"), this, [this] { ProfileDialog::showFor(this); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    addHelpActions(help, this); // HelpDialog.h: help page, About Skopos, About Qt

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addAction(nextUntrusted_);
    bar->addAction(loadAction_);
    bar->addAction(convertAction_);
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

// Drops are copy actions: the file manager must never move the user's model
// file because it was dropped here.
void MainWindow::dragEnterEvent(QDragEnterEvent* e)
{
    for (const QUrl& url : e->mimeData()->urls())
        if (url.isLocalFile() && (e->possibleActions() & Qt::CopyAction)) {
            e->setDropAction(Qt::CopyAction);
            e->accept();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* e)
{
    for (const QUrl& url : e->mimeData()->urls())
        if (url.isLocalFile() && (e->possibleActions() & Qt::CopyAction)) {
            e->setDropAction(Qt::CopyAction);
            e->accept();
            if (QFileInfo(url.toLocalFile()).isDir())
                openFolder(url.toLocalFile()); // a folder is scanned (FolderScanWidget)
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
        tr("Model files (*.skops *.pkl *.pickle *.p *.pck *.pcl *.pkl.z *.pbz2 *.joblib *.joblib.* *.jl *.z *.gz "
           "*.bz2 *.xz *.lzma *.lz4 *.npy *.npz *.sav *.bin *.dat);;skops (*.skops);;"
           "Pickle (*.pkl *.pickle *.p *.pck *.pcl *.sav *.bin *.dat);;"
           "joblib (*.joblib *.joblib.* *.jl *.pkl.z *.z *.gz *.bz2 *.pbz2 *.xz *.lzma *.lz4);;"
           "NumPy (*.npy *.npz);;All files (*)"));
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
    openingDisplayName_ = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
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
        QtConcurrent::run(openInWorker, path, settings::approvalSnapshot(), cancel_, done_, total_));
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
    banner_->setDocument(nullptr);
    updateStatus();
    updateActions();
}

void MainWindow::showDocument(std::shared_ptr<LoadedDocument> doc, const QString& displayName)
{
    closeDocument();
    doc_ = std::move(doc);
    displayName_ = displayName;
    if (doc_->profile != CurrentProfile::profile()) // the profile changed while the file opened
        reaudit(*doc_, doc_->userTrusted);
    model_->setDocument(doc_);
    trust_->setDocument(doc_);
    raw_->setPlainText(doc_->rawText);
    if (doc_->rawIsJson && doc_->rawText.size() <= kHighlightMaxChars)
        highlighter_ = attachJsonHighlighter(raw_->document());
    tabs_->setTabText(2, doc_->rawTitle.isEmpty() ? tr("&Raw") : QStringLiteral("&") + doc_->rawTitle);
    const QModelIndex root = model_->index(0, 0);
    tree_->expand(root);
    tree_->setCurrentIndex(root);
    tree_->setFocus();
    // Key column fits the keys shown now, within reason.
    tree_->resizeColumnToContents(ObjectTreeModel::KeyColumn);
    tree_->setColumnWidth(ObjectTreeModel::KeyColumn, std::clamp(tree_->columnWidth(ObjectTreeModel::KeyColumn), 120, 320));
    updateStatus();
    updateActions();
    if (!doc_->appliedOnOpen.empty())
        statusBar()->showMessage(tr("Applied your earlier approvals (%1); see the Trust tab")
                                     .arg(doc_->appliedOnOpen.size()), 8000);
}

void MainWindow::setApproved(const QString& typeName, bool approved)
{
    const bool everywhere = trust_->rememberForAllFiles()->isChecked();
    if (approved) {
        settings::Approval a{typeName, everywhere || !doc_ ? QString() : doc_->contentHash,
                             doc_ ? QFileInfo(QString::fromStdString(doc_->doc.path)).fileName() : QString(),
                             QDateTime::currentDateTimeUtc()};
        if (a.fileHash.isEmpty() && !everywhere && doc_) // unreadable hash: keep it for this session only
            a.fileHash = QStringLiteral("unknown");
        if (a.fileHash != QStringLiteral("unknown"))
            settings::addApproval(a);
    } else {
        // Withdrawing in a file withdraws it for that file and everywhere.
        settings::removeApproval(typeName, {});
        if (doc_)
            settings::removeApproval(typeName, doc_->contentHash);
    }
    if (!doc_)
        return;
    std::set<std::string> trusted = settings::approvedFor(doc_->contentHash);
    if (approved)
        trusted.insert(typeName.toStdString());
    applyAudit(trusted);
    statusBar()->showMessage(approved ? (everywhere ? tr("Approved %1 for all files").arg(typeName)
                                                    : tr("Approved %1 for this file").arg(typeName))
                                      : tr("Withdrew approval of %1").arg(typeName),
                             4000);
}

void MainWindow::approveTypes(const QStringList& typeNames)
{
    if (!doc_ || typeNames.isEmpty())
        return;
    const bool everywhere = trust_->rememberForAllFiles()->isChecked();
    const QString name = QFileInfo(QString::fromStdString(doc_->doc.path)).fileName();
    std::set<std::string> trusted = settings::approvedFor(doc_->contentHash);
    for (const QString& t : typeNames) {
        if (isDangerous(t.toStdString()))
            continue; // never approvable
        if (everywhere || !doc_->contentHash.isEmpty())
            settings::addApproval({t, everywhere ? QString() : doc_->contentHash, name, QDateTime::currentDateTimeUtc()});
        trusted.insert(t.toStdString());
    }
    applyAudit(trusted);
    statusBar()->showMessage(tr("Approved: %1").arg(typeNames.join(QStringLiteral(", "))), 4000);
}

void MainWindow::reloadApprovals()
{
    if (doc_)
        applyAudit(settings::approvedFor(doc_->contentHash));
}

void MainWindow::reauditAll()
{
    if (doc_)
        applyAudit(doc_->userTrusted);
}

void MainWindow::applyAudit(const std::set<std::string>& trusted)
{
    // The tree stays; only the audit beside it is replaced, and the model
    // updates the rows that changed (expansion and selection survive).
    const AuditResult old = std::move(doc_->audit);
    const std::vector<std::uint8_t> oldUnsafe = std::move(doc_->subtreeUnsafe);
    reaudit(*doc_, trusted);
    model_->auditChanged(old, oldUnsafe);
    trust_->setDocument(doc_);
    selectionChanged();
    updateStatus();
    updateActions();
}

void MainWindow::jumpToType(const QString& typeName, bool forward)
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
        statusBar()->showMessage(tr("No node of type %1 is shown").arg(typeName), 3000);
}

QString MainWindow::loadLine() const
{
    return doc_ ? skopsLoadLine(QString::fromStdString(doc_->doc.path), doc_->audit.approved) : QString();
}

void MainWindow::loadInPython()
{
    if (!doc_ || !loadAction_->isEnabled())
        return;
    auto* dlg = new LoadInPythonDialog(QString::fromStdString(doc_->doc.path), doc_->audit.approved,
                                       settings::pythonInterpreter(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
    dlg->run();
}

void MainWindow::showTrustedTypes()
{
    auto* dlg = new TrustedTypesDialog(this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &TrustedTypesDialog::approvalsChanged, this, &MainWindow::reloadApprovals);
    dlg->show();
}

void MainWindow::choosePythonInterpreter()
{
    bool ok = false;
    const QString p = QInputDialog::getText(this, tr("Python Interpreter"),
                                            tr("Interpreter that \"Load in Python\" runs (it needs skops installed):"),
                                            QLineEdit::Normal, settings::pythonInterpreter(), &ok);
    if (ok && !p.trimmed().isEmpty())
        settings::setPythonInterpreter(p);
}

void MainWindow::convertFile()
{
    if (!doc_ || !convertAction_->isEnabled())
        return;
    const QFileInfo in(QString::fromStdString(doc_->doc.path));
    QString suggested = in.absolutePath() + QLatin1Char('/') + in.completeBaseName() + QStringLiteral(".skops");
    if (QFileInfo(suggested) == in)
        suggested = in.absolutePath() + QLatin1Char('/') + in.completeBaseName() + QStringLiteral(".converted.skops");
    const QString out = QFileDialog::getSaveFileName(this, tr("Convert to skops"), suggested, tr("skops files (*.skops)"));
    if (!out.isEmpty())
        convertTo(out);
}

bool MainWindow::convertTo(const QString& output)
{
    if (!doc_ || converting_ || !convertAction_->isEnabled())
        return false;
    const QString input = QString::fromStdString(doc_->doc.path);
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath()) {
        emit convertFailed(tr("the output would overwrite the input"));
        return false;
    }
    converting_ = true;
    updateActions();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<std::uint64_t>>(0), total = std::make_shared<std::atomic<std::uint64_t>>(0);
    auto* progress = new QProgressDialog(tr("Converting %1…").arg(QFileInfo(input).fileName()), tr("Cancel"), 0, 1000, this);
    progress->setWindowTitle(tr("Convert to skops"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    auto* timer = new QTimer(progress);
    connect(timer, &QTimer::timeout, progress, [progress, done, total] {
        if (const auto t = total->load(); t > 0)
            progress->setValue(static_cast<int>(std::min<std::uint64_t>(1000, done->load() * 1000 / t)));
    });
    timer->start(50);
    struct Outcome { QString output, error; QStringList untrusted; bool cancelled = false; };
    const std::set<std::string> trusted(doc_->audit.approved.begin(), doc_->audit.approved.end());
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress, output] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        converting_ = false;
        updateActions();
        if (o.cancelled || !o.error.isEmpty()) {
            const QString msg = o.cancelled ? tr("cancelled; nothing written") : o.error;
            statusBar()->showMessage(tr("Convert: %1").arg(msg), 6000);
            if (!o.cancelled) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Convert to skops"),
                                            tr("Could not convert:\n\n%1").arg(msg), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            emit convertFailed(msg);
            return;
        }
        std::vector<std::string> names;
        for (const QString& t : o.untrusted)
            names.push_back(t.toStdString());
        const QString line = skopsLoadLine(o.output, names);
        auto* box = new QMessageBox(QMessageBox::Information, tr("Convert to skops"),
                                    tr("Wrote %1.").arg(QDir::toNativeSeparators(o.output)), QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("convertDone"));
        box->setInformativeText(o.untrusted.isEmpty()
                                    ? tr("It holds only types skops trusts by default.\n\n%1").arg(line)
                                    : tr("Loading it needs these types trusted (review them first):\n\n%1").arg(line));
        QPushButton* openIt = box->addButton(tr("&Open It"), QMessageBox::AcceptRole);
        QPushButton* copy = box->addButton(tr("&Copy Load Line"), QMessageBox::ActionRole);
        box->addButton(QMessageBox::Close);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, openIt, copy, line, out = o.output](QAbstractButton* b) {
            if (b == copy)
                QApplication::clipboard()->setText(line);
            else if (b == openIt)
                QTimer::singleShot(0, this, [this, out] { openFile(out); });
        });
        box->open();
        statusBar()->showMessage(tr("Wrote %1").arg(o.output), 6000);
        emit converted(o.output, o.untrusted);
    });
    watcher->setFuture(QtConcurrent::run([input, output, trusted, cancel, done, total]() -> Outcome {
        Outcome o;
        ConvertOptions opt;
        opt.trusted = trusted;
        opt.cancel = cancel.get();
        opt.progress = [done, total](std::uint64_t d, std::uint64_t t) {
            done->store(d);
            total->store(t);
        };
        try {
            const ConvertResult r = convertToSkops(input.toStdString(), output.toStdString(), opt);
            o.output = QString::fromStdString(r.output);
            for (const auto& t : r.untrusted)
                o.untrusted << QString::fromStdString(t);
        } catch (const Cancelled&) {
            o.cancelled = true;
        } catch (const std::bad_alloc&) {
            o.error = tr("out of memory");
        } catch (const std::exception& e) {
            o.error = QString::fromUtf8(e.what());
        }
        return o;
    }));
    return true;
}

void MainWindow::updateActions()
{
    const bool has = doc_ != nullptr;
    exportTrusted_->setEnabled(has);
    copyTrusted_->setEnabled(has);
    copyLoadLine_->setEnabled(has && doc_->doc.format == "skops");
    closeAction_->setEnabled(has);
    nextUntrusted_->setEnabled(has);
    QString why;
    if (!has)
        why = tr("Open a file first.");
    else if (!doc_->audit.dangerous.empty())
        why = tr("Not offered: this file names DANGEROUS globals.");
    else if (doc_->doc.format != "skops")
        why = tr("Only skops files are loaded this way: convert this %1 file to skops first.")
                  .arg(QString::fromStdString(doc_->doc.format));
    else if (!doc_->audit.untrusted.empty())
        why = tr("Review and approve the untrusted types first (Trust tab): %1 left.").arg(doc_->audit.untrusted.size());
    loadAction_->setEnabled(why.isEmpty());
    loadAction_->setToolTip(why.isEmpty() ? tr("Run skops.io.load(path, trusted=[the approved types]) in your Python")
                                          : tr("Load in Python: %1").arg(why));
    loadAction_->setStatusTip(loadAction_->toolTip());
    QString noConvert;
    if (!has)
        noConvert = tr("open a pickle or joblib file first.");
    else if (!doc_->audit.dangerous.empty())
        noConvert = tr("refused: this file names DANGEROUS globals.");
    else if (doc_->doc.format == "skops" && doc_->doc.protocol >= 2)
        noConvert = tr("this is already a current skops file.");
    else if (doc_->doc.format == "npy")
        noConvert = tr("a .npy file holds one array, not a model.");
    convertAction_->setEnabled(noConvert.isEmpty() && !converting_);
    convertAction_->setToolTip(noConvert.isEmpty() ? tr("Write this model as a skops file, without running it")
                                                   : tr("Convert to skops: %1").arg(noConvert));
    convertAction_->setStatusTip(convertAction_->toolTip());
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
        statusBar()->showMessage(tr("No untrusted or dangerous nodes"), 3000);
}

QString MainWindow::statusText() const { return status_->text(); }

void MainWindow::updateStatus()
{
    banner_->setDocument(doc_.get());
    if (!doc_) {
        status_->setText(tr("Open a model file (Ctrl+O) or drop one here."));
        return;
    }
    const Document& d = doc_->doc;
    const QString verdict = fileVerdictWord(doc_.get());
    setWindowTitle(tr("%1 — %2 — Skopos").arg(displayName_, verdict));
    setWindowFilePath(QString::fromStdString(d.path));
    QStringList parts;
    parts << verdict;
    parts << QString::fromStdString(d.format);
    if (d.protocol >= 0)
        parts << tr("protocol %1").arg(d.protocol);
    if (!d.producer.empty())
        parts << QString::fromStdString(d.producer);
    parts << tr("%L1 nodes").arg(d.tree.size());
    const std::size_t untrusted = doc_->audit.untrusted.size();
    parts << (untrusted == 1 ? tr("1 untrusted type") : tr("%1 untrusted types").arg(untrusted));
    if (!doc_->audit.approved.empty())
        parts << tr("%1 approved").arg(doc_->audit.approved.size());
    if (!doc_->audit.dangerous.empty())
        parts << tr("%1 DANGEROUS").arg(doc_->audit.dangerous.size());
    status_->setText(parts.join(QStringLiteral("  ·  ")));
}

} // namespace skopos::ui
