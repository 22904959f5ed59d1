#include "MainWindow.h"

#include "ApprovalFlow.h"
#include "CompareView.h"
#include "ConvertFlow.h"
#include "DocumentTab.h"
#include "FolderScanWidget.h"
#include "HelpDialog.h"
#include "CurrentProfile.h"
#include "LoadInPython.h"
#include "NodeDetailsWidget.h"
#include "ObjectTreeModel.h"
#include "OpenFailureText.h"
#include "ProfileDialog.h"
#include "ProfileStatusLabel.h"
#include "Settings.h"
#include "TrustPanel.h"
#include "TrustedTypesDialog.h"
#include "VerdictBanner.h"
#include "VerdictStyle.h"
#include "WindowGeometry.h"
#include "sandbox/ReaderProcess.h"
#include "tree/Error.h"

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
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace skopos::ui {

namespace {

const char* kState = "window/state";
const char* kSplitter = "window/splitter";
const char* kHeader = "window/treeHeader";

// Schemas at least this big show their first rows while the rest is read
// (SKOPOS_OUTLINE_MIN_BYTES overrides it: tests, trying it on small files).
std::uint64_t outlineMinBytes()
{
    bool ok = false;
    const qulonglong v = qEnvironmentVariable("SKOPOS_OUTLINE_MIN_BYTES").toULongLong(&ok);
    return ok ? v : OpenOptions{}.outlineMinBytes;
}

OpenResult openInWorker(QString path, ApprovalSnapshot approved, std::shared_ptr<std::atomic<bool>> cancel,
                        std::shared_ptr<std::atomic<std::uint64_t>> done,
                        std::shared_ptr<std::atomic<std::uint64_t>> total, std::function<void(Document&&)> onOutline)
{
    OpenResult r;
    OpenOptions options;
    options.cancel = cancel.get();
    options.onOutline = std::move(onOutline);
    options.outlineMinBytes = outlineMinBytes();
    options.progress = [done, total](std::uint64_t d, std::uint64_t t) {
        done->store(d, std::memory_order_relaxed);
        total->store(t, std::memory_order_relaxed);
    };
    try {
        // A big file's raw text is read after its tree is shown (DocumentTab).
        constexpr qint64 kRawLaterBytes = 1ll << 20;
        r.doc = loadDocument(path, options, approved, QFileInfo(path).size() >= kRawLaterBytes);
    } catch (const sandbox::ReaderStopped& e) {
        r.readerStopped = true;
        r.error = QString::fromStdString(e.reason());
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
    : QMainWindow(parent), docTabs_(new QTabWidget), stack_(new QStackedWidget), status_(new QLabel),
      undoButton_(new QToolButton), progressTimer_(new QTimer(this))
{
    setWindowTitle(tr("Skopos"));
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);

    auto* banner = new QLabel(tr("This is an inspection aid, not a security guarantee. "
                                 "Skopos reads files without running them; a clean result does not make a file safe."));
    banner->setWordWrap(true);
    banner->setObjectName(QStringLiteral("banner"));
    banner->setStyleSheet(QStringLiteral("QLabel#banner { color: palette(mid); padding: 2px 6px; }"));

    docTabs_->setObjectName(QStringLiteral("documentTabs"));
    docTabs_->setTabsClosable(true);
    docTabs_->setMovable(true);
    docTabs_->setDocumentMode(true);
    docTabs_->setElideMode(Qt::ElideMiddle);
    connect(docTabs_, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDocumentAt);
    connect(docTabs_, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    docTabs_->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu); // "Compare With" another tab
    connect(docTabs_->tabBar(), &QWidget::customContextMenuRequested, this, &MainWindow::tabMenu);

    // With no file open: a hint where the tabs will be.
    auto* empty = new QLabel(tr("Open a model file (Ctrl+O) or drop one or several here.\n"
                                "Each file opens in its own tab, with its own trust decisions."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setObjectName(QStringLiteral("emptyHint"));
    stack_->addWidget(empty);
    stack_->addWidget(docTabs_);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(stack_, 1);
    layout->addWidget(banner);
    setCentralWidget(central);
    statusBar()->addWidget(status_, 1);
    // Withdrawing an approval can be undone from here (and Edit › Undo) until the next change.
    undoButton_->setObjectName(QStringLiteral("undoWithdrawal"));
    undoButton_->setText(tr("Undo"));
    undoButton_->setAutoRaise(true);
    undoButton_->hide();
    statusBar()->addPermanentWidget(undoButton_);
    statusBar()->addPermanentWidget(new ProfileStatusLabel);

    approvals_ = new ApprovalFlow([this] { return documents(); }, this);
    connect(approvals_, &ApprovalFlow::tabReaudited, this, &MainWindow::updateTabLabel);
    connect(approvals_, &ApprovalFlow::changed, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(approvals_, &ApprovalFlow::message, statusBar(), &QStatusBar::showMessage);
    connect(&CurrentProfile::instance(), &CurrentProfile::changed, this, &MainWindow::reauditAll);

    convert_ = new ConvertFlow(this);
    connect(convert_, &ConvertFlow::runningChanged, this, &MainWindow::updateActions);
    connect(convert_, &ConvertFlow::message, statusBar(), &QStatusBar::showMessage);
    connect(convert_, &ConvertFlow::converted, this, &MainWindow::converted);
    connect(convert_, &ConvertFlow::convertFailed, this, &MainWindow::convertFailed);
    connect(convert_, &ConvertFlow::openRequested, this, [this](const QString& out) {
        // A tab of an earlier conversion to the same file shows the old content: reread it.
        if (DocumentTab* stale = tabFor(out))
            closeDocumentAt(docTabs_->indexOf(stale));
        openFile(out);
    });

    connect(&openWatcher_, &QFutureWatcher<OpenResult>::finished, this, &MainWindow::openFinished);
    connect(progressTimer_, &QTimer::timeout, this, [this] {
        if (!total_ || !done_)
            return;
        const auto t = total_->load(), d = done_->load();
        if (progress_ && t > 0)
            progress_->setValue(static_cast<int>(std::min<std::uint64_t>(1000, d * 1000 / t)));
        if (readingTab_)
            readingTab_->setReadProgress(d, t);
    });

    createActions();
    restoreSettings();
    view(); // the spare tab, so the accessors answer from the start
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    if (cancel_)
        cancel_->store(true);
    openWatcher_.waitForFinished();
}

// --- tabs -------------------------------------------------------------------

DocumentTab* MainWindow::currentDocument() const { return qobject_cast<DocumentTab*>(docTabs_->currentWidget()); }
DocumentTab* MainWindow::documentAt(int index) const { return qobject_cast<DocumentTab*>(docTabs_->widget(index)); }
int MainWindow::documentCount() const { return docTabs_->count(); }

DocumentTab* MainWindow::view() const
{
    if (DocumentTab* t = currentDocument())
        return t;
    makeSpare();
    return spare_;
}

void MainWindow::makeSpare() const
{
    if (!spare_) {
        // Made on demand and kept hidden: the next opened file fills it.
        auto* self = const_cast<MainWindow*>(this);
        self->spare_ = new DocumentTab(self);
        self->spare_->hide();
        self->restoreTabLayout(self->spare_);
        DocumentTab* tab = self->spare_;
        connect(tab, &DocumentTab::message, self,
                [self](const QString& m, int ms) { self->statusBar()->showMessage(m, ms); });
        // Queued: the trust panel rebuilds its list, which must not happen inside its own itemChanged.
        connect(
            tab->trustPanel(), &TrustPanel::approvalChanged, self,
            [self, tab](const QString& t, bool on) { self->approvals_->setApproved(tab, t, on); },
            Qt::QueuedConnection);
        connect(
            tab->trustPanel(), &TrustPanel::approveMany, self,
            [self, tab](const QStringList& t) { self->approvals_->approveTypes(tab, t); }, Qt::QueuedConnection);
        connect(tab->onlyUntrustedSwitch(), &QCheckBox::toggled, self, [self, tab](bool on) {
            if (self->currentDocument() == tab && self->onlyUntrustedAction_)
                self->onlyUntrustedAction_->setChecked(on);
        });
    }
}

std::shared_ptr<LoadedDocument> MainWindow::currentDoc() const
{
    const DocumentTab* t = currentDocument();
    return t ? t->document() : nullptr;
}

ObjectTreeModel* MainWindow::treeModel() const { return view()->treeModel(); }
QTreeView* MainWindow::treeView() const { return view()->treeView(); }
NodeDetailsWidget* MainWindow::details() const { return view()->details(); }
TrustPanel* MainWindow::trustPanel() const { return view()->trustPanel(); }
QPlainTextEdit* MainWindow::rawView() const { return view()->rawView(); }
QLineEdit* MainWindow::findField() const { return view()->findField(); }
QLineEdit* MainWindow::rawFindField() const { return view()->rawFindField(); }
VerdictBanner* MainWindow::verdictBanner() const { return view()->verdictBanner(); }
QCheckBox* MainWindow::onlyUntrustedSwitch() const { return view()->onlyUntrustedSwitch(); }

DocumentTab* MainWindow::tabFor(const QString& path) const
{
    const QFileInfo want(path);
    const QString canonical = want.canonicalFilePath();
    for (int i = 0; i < docTabs_->count(); ++i) {
        const QFileInfo have(documentAt(i)->filePath());
        if (canonical.isEmpty() ? have.absoluteFilePath() == want.absoluteFilePath()
                                : have.canonicalFilePath() == canonical)
            return documentAt(i);
    }
    return nullptr;
}

void MainWindow::currentTabChanged()
{
    stack_->setCurrentIndex(docTabs_->count() > 0 ? 1 : 0);
    if (onlyUntrustedAction_) {
        const QSignalBlocker block(onlyUntrustedAction_);
        onlyUntrustedAction_->setChecked(view()->onlyUntrustedSwitch()->isChecked());
    }
    updateStatus();
    updateActions();
}

void MainWindow::updateTabLabel(DocumentTab* tab)
{
    const int i = docTabs_->indexOf(tab);
    if (i < 0 || !tab->document())
        return;
    const LoadedDocument* d = tab->document().get();
    docTabs_->setTabText(i, QFileInfo(tab->filePath()).fileName().replace(QLatin1Char('&'), QLatin1String("&&")));
    docTabs_->setTabToolTip(i, tr("%1\n%2").arg(tab->displayName(), fileVerdictWord(d)));
    const FileVerdict v = fileVerdict(d);
    docTabs_->setTabIcon(i,
                         v == FileVerdict::Dangerous       ? verdictIcon(Verdict::Dangerous)
                             : v == FileVerdict::Untrusted ? verdictIcon(Verdict::Untrusted)
                                                           : QIcon());
}

void MainWindow::restoreTabLayout(DocumentTab* tab)
{
    QSettings s;
    tab->splitter()->restoreState(s.value(kSplitter).toByteArray());
    tab->treeView()->header()->restoreState(s.value(kHeader).toByteArray());
}

void MainWindow::saveTabLayout(DocumentTab* tab)
{
    if (!tab)
        return;
    QSettings s;
    s.setValue(kSplitter, tab->splitter()->saveState());
    s.setValue(kHeader, tab->treeView()->header()->saveState());
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();                                   // so the menu is enabled/disabled correctly from the start
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
    compareAction_ = file->addAction(tr("Co&mpare With…"), this, &MainWindow::compareDialog);
    compareAction_->setToolTip(tr("Compare this file with another model file: what changed, what new trust it asks"));
    copyLoadLine_ = file->addAction(tr("Copy Lo&ad Line"), this, [this] {
        QApplication::clipboard()->setText(loadLine());
        statusBar()->showMessage(tr("Copied %1").arg(loadLine()), 4000);
    });
    copyLoadLine_->setToolTip(tr("Copy skops.io.load(\"…\", trusted=[...]) for this file"));
    exportTrusted_ = file->addAction(tr("Export &Trusted List…"), this, [this] {
        if (currentDocument())
            currentDocument()->trustPanel()->saveTrustedList();
    });
    exportTrusted_->setToolTip(tr("Save the trusted=[...] list of the types you approved"));
    closeAction_ = file->addAction(tr("&Close"), this, &MainWindow::closeDocument);
    // Ctrl+W everywhere, plus the platform's own close key (Ctrl+F4 on Linux/Windows).
    QList<QKeySequence> closeKeys{QKeySequence(Qt::CTRL | Qt::Key_W)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Close))
        if (!closeKeys.contains(k))
            closeKeys << k;
    closeAction_->setShortcuts(closeKeys);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find…"), this, [this] {
        // In the raw view (or its find bar) Ctrl+F searches the raw text; elsewhere the tree.
        DocumentTab* t = view();
        if (t->rawHasFocus()) {
            t->focusRawFind();
            return;
        }
        t->findField()->setFocus(Qt::ShortcutFocusReason);
        t->findField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Find a type or key in the tree; in the raw view, find text there"));
    QAction* again = edit->addAction(tr("Find &Next"), this, &MainWindow::findNext);
    again->setShortcut(QKeySequence::FindNext);
    edit->addAction(tr("Find in &Raw Text…"), this, [this] {
        if (currentDocument())
            currentDocument()->focusRawFind();
    });
    nextUntrusted_ = edit->addAction(tr("Next &Untrusted Node"), this, &MainWindow::findNextUntrusted);
    nextUntrusted_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    nextUntrusted_->setIcon(verdictIcon(Verdict::Untrusted));
    nextUntrusted_->setToolTip(tr("Select the next untrusted or dangerous node (Ctrl+U)"));
    edit->addSeparator();
    copyTrusted_ = edit->addAction(tr("&Copy Trusted List"), this, [this] {
        if (currentDocument())
            currentDocument()->trustPanel()->copyTrustedList();
    });
    undoWithdrawal_ = edit->addAction(tr("Undo &Withdrawal"), this, &MainWindow::undoWithdrawal);
    undoWithdrawal_->setShortcut(QKeySequence::Undo);
    undoWithdrawal_->setEnabled(false);
    connect(undoButton_, &QToolButton::clicked, undoWithdrawal_, &QAction::trigger);
    connect(approvals_, &ApprovalFlow::undoAvailable, this, [this](bool on) {
        const QString what = on ? tr("Restore the approval of %1 you withdrew").arg(approvals_->undoType()) : QString();
        undoWithdrawal_->setEnabled(on);
        undoWithdrawal_->setToolTip(what);
        undoButton_->setToolTip(what);
        undoButton_->setVisible(on);
    });

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(tr("E&xpand All Below"), this, [this] {
        // Bounded depth: a cycle would otherwise expand forever.
        QTreeView* tree = view()->treeView();
        if (tree->currentIndex().isValid())
            tree->expandRecursively(tree->currentIndex(), 6);
    });
    viewMenu->addAction(tr("C&ollapse All"), this, [this] { view()->treeView()->collapseAll(); });
    onlyUntrustedAction_ = viewMenu->addAction(tr("Show Only &Untrusted"));
    onlyUntrustedAction_->setCheckable(true);
    connect(onlyUntrustedAction_, &QAction::toggled, this,
            [this](bool on) { view()->onlyUntrustedSwitch()->setChecked(on); });
    viewMenu->addSeparator();
    // Tabs: Ctrl+Tab / Ctrl+PgDown forward, Ctrl+Shift+Tab / Ctrl+PgUp back (wrapping).
    QAction* nextTab = viewMenu->addAction(tr("&Next File Tab"), this, [this] {
        if (docTabs_->count() > 1)
            docTabs_->setCurrentIndex((docTabs_->currentIndex() + 1) % docTabs_->count());
    });
    nextTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    QAction* prevTab = viewMenu->addAction(tr("&Previous File Tab"), this, [this] {
        if (docTabs_->count() > 1)
            docTabs_->setCurrentIndex((docTabs_->currentIndex() + docTabs_->count() - 1) % docTabs_->count());
    });
    prevTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Trusted Types…"), this, &MainWindow::showTrustedTypes);
    settingsMenu->addAction(tr("Python &Interpreter…"), this, &MainWindow::choosePythonInterpreter);
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
    restoreWindowGeometry(this, QSize(1200, 760)); // per screen, fitted to it (WindowGeometry)
    restoreState(s.value(kState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    QSettings s;
    saveWindowGeometry(this);
    s.setValue(kState, saveState());
    saveTabLayout(currentDocument());
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
    if (!(e->possibleActions() & Qt::CopyAction))
        return;
    // Shift held: the dropped file is compared with the current one (CompareView).
    const QList<QUrl> urls = e->mimeData()->urls();
    if ((e->modifiers() & Qt::ShiftModifier) && currentDoc() && urls.size() == 1 && urls.front().isLocalFile()
        && QFileInfo(urls.front().toLocalFile()).isFile()) {
        compareWith(urls.front().toLocalFile());
        e->setDropAction(Qt::CopyAction);
        e->accept();
        return;
    }
    bool any = false;
    // Every dropped file opens in its own tab (one after the other); folders are scanned.
    for (const QUrl& url : e->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        any = true;
        if (QFileInfo(url.toLocalFile()).isDir())
            openFolder(url.toLocalFile()); // FolderScanWidget
        else
            openFile(url.toLocalFile());
    }
    if (any) {
        e->setDropAction(Qt::CopyAction);
        e->accept();
    }
}

FolderScanWidget* MainWindow::openFolder(const QString& folder)
{
    auto* w = new FolderScanWidget(this);
    w->setWindowFlag(Qt::Window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    // A double-clicked file opens in its own tab here (or shows its tab when open).
    connect(w, &FolderScanWidget::openRequested, this, [this](const QString& path) {
        openFile(path);
        raise();
        activateWindow();
    });
    w->show();
    w->scanFolder(folder);
    return w;
}

void MainWindow::openDialog()
{
    // Beside the current file, else the most recent one.
    const QString current = currentDocument() ? currentDocument()->filePath() : QString();
    const QString dir = !current.isEmpty()  ? QFileInfo(current).path()
        : settings::recentFiles().isEmpty() ? QDir::homePath()
                                            : QFileInfo(settings::recentFiles().front()).path();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Model Files"), dir,
        tr("Model files (*.skops *.pkl *.pickle *.p *.pck *.pcl *.pkl.z *.pbz2 *.joblib *.joblib.* *.jl *.z *.gz "
           "*.bz2 *.xz *.lzma *.lz4 *.npy *.npz *.sav *.bin *.dat);;skops (*.skops);;"
           "Pickle (*.pkl *.pickle *.p *.pck *.pcl *.sav *.bin *.dat);;"
           "joblib (*.joblib *.joblib.* *.jl *.pkl.z *.z *.gz *.bz2 *.pbz2 *.xz *.lzma *.lz4);;"
           "NumPy (*.npy *.npz);;All files (*)"));
    for (const QString& path : paths)
        openFile(path);
}

// --- comparing (CompareView) ---------------------------------------------------

void MainWindow::compareDialog()
{
    const QString current = currentDocument() ? currentDocument()->filePath() : QString();
    if (current.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare %1 With").arg(QFileInfo(current).fileName()),
                                                      QFileInfo(current).path(),
                                                      tr("Model files (*.skops *.pkl *.pickle *.p *.joblib "
                                                         "*.joblib.* *.pkl.z *.z *.gz *.bz2 *.xz *.lzma "
                                                         "*.lz4 *.npy *.sav *.bin *.dat);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

CompareView* MainWindow::compareWith(const QString& path)
{
    const std::shared_ptr<LoadedDocument> a = currentDoc();
    if (!a) {
        statusBar()->showMessage(tr("Open a file first: it is compared with the one you choose."), 5000);
        return nullptr;
    }
    // B as its tab holds it, unless the file changed since; else it is read like a tab would.
    CompareSide b{nullptr, path};
    if (DocumentTab* open = tabFor(path); open && open->document() && !open->document()->changedOnDisk())
        b.doc = open->document();
    return watchTrust(openCompareWindow(this, CompareSide{a, currentDocument()->filePath()}, b));
}

CompareView* MainWindow::compareTabs(int indexA, int indexB)
{
    DocumentTab* a = documentAt(indexA);
    DocumentTab* b = documentAt(indexB);
    if (!a || !b || !a->document() || !b->document() || indexA == indexB)
        return nullptr;
    return watchTrust(
        openCompareWindow(this, CompareSide{a->document(), a->filePath()}, CompareSide{b->document(), b->filePath()}));
}

CompareView* MainWindow::watchTrust(CompareView* view)
{
    // Queued: the tabs are re-audited first (a side a tab holds is the tab's document).
    connect(approvals_, &ApprovalFlow::changed, view, &CompareView::refreshTrust, Qt::QueuedConnection);
    return view;
}

void MainWindow::tabMenu(const QPoint& pos)
{
    const int index = docTabs_->tabBar()->tabAt(pos);
    if (index < 0 || !documentAt(index) || !documentAt(index)->document())
        return;
    QMenu menu(this);
    QMenu* with = menu.addMenu(tr("Co&mpare With"));
    for (int i = 0; i < docTabs_->count(); ++i)
        if (i != index && documentAt(i)->document())
            with->addAction(docTabs_->tabText(i), this, [this, index, i] { compareTabs(index, i); });
    with->addSeparator();
    with->addAction(tr("Other &File…"), this, [this, index] {
        docTabs_->setCurrentIndex(index);
        compareDialog();
    });
    menu.addAction(tr("&Close"), this, [this, index] { closeDocumentAt(index); });
    menu.exec(docTabs_->tabBar()->mapToGlobal(pos));
}

void MainWindow::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& f = files[i];
        QAction* a = recentMenu_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(f).fileName()), this,
                                            [this, f] { openFile(f); });
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
    // `skopos FOLDER`, or a folder among the files: scan it.
    if (QFileInfo(path).isDir()) {
        statusBar()->showMessage(tr("%1 is a folder: scanning it").arg(QDir::toNativeSeparators(path)), 5000);
        openFolder(path);
        return;
    }
    // Already open: show its tab, unless the file changed since it was read
    // (a verdict about other bytes would be wrong): then read it again.
    if (DocumentTab* open = tabFor(path); open && open->document() && open->document()->changedOnDisk()) {
        const QString name = open->displayName();
        closeDocumentAt(docTabs_->indexOf(open));
        statusBar()->showMessage(tr("%1 changed on disk: reading it again").arg(name), 5000);
    } else if (open && !open->reading()) {
        docTabs_->setCurrentWidget(open);
        statusBar()->showMessage(tr("%1 is already open").arg(open->displayName()), 3000);
        // Queued, as after a real open: callers connect before or after calling.
        QMetaObject::invokeMethod(
            this, [this, path] { emit documentOpened(path); }, Qt::QueuedConnection);
        return;
    }
    if (isOpening()) {
        // One file at a time; the rest wait their turn (a drop of several files).
        if (QFileInfo(path).absoluteFilePath() != QFileInfo(openingPath_).absoluteFilePath() && !queued_.contains(path))
            queued_ << path;
        return;
    }
    openingPath_ = path;
    openingDisplayName_ = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    openingIsExample_ = exampleDir_ && path.startsWith(exampleDir_->path());
    if (openingIsExample_)
        openingDisplayName_ = tr("Example model"); // not the temporary folder it was unpacked to
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
    // A big skops file's first rows come from the worker before the rest
    // (OpenOptions::onOutline); worded there, shown here. The worker ends
    // before the window does (~MainWindow waits), so `this` outlives it.
    const quint64 generation = ++openGeneration_;
    openPending_ = true;
    auto onOutline = [this, generation](Document&& outline) {
        std::shared_ptr<LoadedDocument> d = DocumentTab::outlineDocument(std::move(outline));
        QMetaObject::invokeMethod(
            this, [this, generation, d] { outlineArrived(generation, d); }, Qt::QueuedConnection);
    };
    openWatcher_.setFuture(QtConcurrent::run(openInWorker, path, settings::approvalSnapshot(), cancel_, done_, total_,
                                             std::function<void(Document &&)>(onOutline)));
}

void MainWindow::openNextQueued()
{
    if (!queued_.isEmpty() && !isOpening())
        openFile(queued_.takeFirst());
}

void MainWindow::outlineArrived(quint64 generation, std::shared_ptr<LoadedDocument> outline)
{
    // Late (the open ended or was cancelled) or of an earlier open: nothing to show.
    if (generation != openGeneration_ || !openPending_ || (cancel_ && cancel_->load()) || readingTab_)
        return;
    // The tab shows the reading from now on, with its own Cancel: the window stays usable.
    if (progress_) {
        progress_->deleteLater();
        progress_ = nullptr;
    }
    makeSpare();
    DocumentTab* tab = std::exchange(spare_, nullptr);
    tab->showOutline(std::move(outline), openingPath_, openingDisplayName_);
    connect(tab, &DocumentTab::cancelReadingRequested, this, [this, tab] {
        if (tab == readingTab_ && cancel_)
            cancel_->store(true);
    });
    readingTab_ = tab;
    const int i = docTabs_->addTab(tab,
                                   QFileInfo(openingPath_).fileName().replace(QLatin1Char('&'), QLatin1String("&&")));
    docTabs_->setTabToolTip(i, tr("%1\nstill reading").arg(openingDisplayName_));
    docTabs_->setCurrentIndex(i);
    currentTabChanged();
    tab->treeView()->setFocus();
    emit outlineShown(openingPath_);
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
    openPending_ = false;
    // The tab that showed the first rows takes the document, or goes.
    DocumentTab* reading = readingTab_.data();
    readingTab_ = nullptr;
    const auto dropReading = [this, reading] {
        if (reading)
            closeDocumentAt(docTabs_->indexOf(reading));
    };
    // The next queued file starts after this one is dealt with.
    QTimer::singleShot(0, this, &MainWindow::openNextQueued);
    if (r.cancelled) {
        dropReading();
        statusBar()->showMessage(tr("Opening %1 cancelled").arg(openingDisplayName_), 5000);
        emit openFailed(path, tr("cancelled"));
        return;
    }
    if (r.readerStopped) {
        dropReading();
        showReaderStopped(path, openingDisplayName_, r.error);
        emit openFailed(path, r.error);
        return;
    }
    if (!r.doc) {
        dropReading();
        // Non-blocking, so tests and drag-and-drop never stall on a modal loop.
        // In the user's words; the reader's message is under "Show Details…".
        openFailureBox(this, path, r.error)->open();
        emit openFailed(path, r.error);
        return;
    }
    if (!openingIsExample_)
        settings::addRecentFile(path);
    showDocument(std::move(r.doc), openingDisplayName_, reading);
    emit documentOpened(path);
}

// The file's tab says the reader stopped and offers Retry; the window and
// the other tabs live on (the reader ran in its own process).
void MainWindow::showReaderStopped(const QString& path, const QString& displayName, const QString& reason)
{
    auto* tab = new DocumentTab(this);
    tab->showReaderStopped(path, displayName, reason);
    connect(tab, &DocumentTab::retryRequested, this, [this, tab](const QString& file) {
        closeDocumentAt(docTabs_->indexOf(tab));
        openFile(file);
    });
    const int i = docTabs_->addTab(tab, QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&")));
    docTabs_->setTabToolTip(i, tr("The reader stopped: %1").arg(reason));
    docTabs_->setTabIcon(i, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    docTabs_->setCurrentIndex(i);
    currentTabChanged();
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

void MainWindow::closeDocument() { closeDocumentAt(docTabs_->currentIndex()); }

void MainWindow::closeDocumentAt(int index)
{
    DocumentTab* tab = documentAt(index);
    if (!tab)
        return;
    if (tab == readingTab_) { // closing a file still being read stops the reading
        readingTab_ = nullptr;
        if (cancel_)
            cancel_->store(true);
    }
    saveTabLayout(tab);
    docTabs_->removeTab(index);
    tab->deleteLater(); // its model goes with it; nothing else holds the document
    if (docTabs_->count() == 0) {
        setWindowTitle(tr("Skopos"));
        setWindowFilePath(QString());
    }
    currentTabChanged();
}

void MainWindow::showDocument(std::shared_ptr<LoadedDocument> doc, const QString& displayName, DocumentTab* into)
{
    // The spare tab (watched from the start by whoever asked for treeModel()) takes the file,
    // or the tab that showed its first rows (it was the spare then).
    if (doc->profile != CurrentProfile::profile()) // the profile changed while the file opened
        reaudit(*doc, doc->userTrusted);
    DocumentTab* tab = into;
    if (!tab) {
        makeSpare();
        tab = std::exchange(spare_, nullptr);
    }
    // Another tab the user went to while this one was read stays in front.
    const bool front = !into || docTabs_->currentWidget() == into;
    tab->setDocument(std::move(doc), displayName);
    const int i = into ? docTabs_->indexOf(tab) : docTabs_->addTab(tab, QString());
    updateTabLabel(tab);
    if (front) {
        docTabs_->setCurrentIndex(i);
        tab->treeView()->setFocus();
    }
    currentTabChanged();
    if (!tab->document()->appliedOnOpen.empty())
        statusBar()->showMessage(
            tr("Applied your earlier approvals (%1); see the Trust tab").arg(tab->document()->appliedOnOpen.size()),
            8000);
}

// --- approvals (ApprovalFlow) -------------------------------------------------

void MainWindow::setApproved(const QString& typeName, bool approved)
{
    approvals_->setApproved(currentDocument(), typeName, approved);
}
void MainWindow::approveTypes(const QStringList& typeNames) { approvals_->approveTypes(currentDocument(), typeNames); }
void MainWindow::reloadApprovals() { approvals_->reloadApprovals(); }
void MainWindow::reauditAll() { approvals_->reauditAll(); }
void MainWindow::undoWithdrawal() { approvals_->undo(); }

QList<DocumentTab*> MainWindow::documents() const
{
    QList<DocumentTab*> tabs;
    for (int i = 0; i < docTabs_->count(); ++i)
        tabs << documentAt(i);
    return tabs;
}

void MainWindow::jumpToType(const QString& typeName, bool forward) { view()->jumpToType(typeName, forward); }

QString MainWindow::loadLine() const
{
    const auto doc = currentDoc();
    return doc ? skopsLoadLine(QString::fromStdString(doc->doc.path), doc->audit.approved) : QString();
}

void MainWindow::loadInPython()
{
    const std::shared_ptr<LoadedDocument> doc = currentDoc();
    if (!doc || !loadAction_->isEnabled())
        return;
    auto* dlg = new LoadInPythonDialog(QString::fromStdString(doc->doc.path), doc->audit.approved,
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

// --- conversion (ConvertFlow) -------------------------------------------------

void MainWindow::convertFile()
{
    if (convertAction_->isEnabled())
        convert_->askAndConvert(currentDoc());
}

bool MainWindow::convertTo(const QString& output)
{
    return convertAction_->isEnabled() && convert_->start(currentDoc(), output);
}

void MainWindow::updateActions()
{
    const std::shared_ptr<LoadedDocument> doc = currentDoc();
    const bool has = doc != nullptr;
    exportTrusted_->setEnabled(has);
    compareAction_->setEnabled(has);
    copyTrusted_->setEnabled(has);
    copyLoadLine_->setEnabled(has && doc->doc.format == "skops");
    closeAction_->setEnabled(has || (currentDocument() && currentDocument()->reading()));
    nextUntrusted_->setEnabled(has);
    QString why;
    if (!has)
        why = tr("Open a file first.");
    else if (!doc->audit.dangerous.empty())
        why = tr("Not offered: this file names DANGEROUS globals.");
    else if (doc->doc.format != "skops")
        why = tr("Only skops files are loaded this way: convert this %1 file to skops first.")
                  .arg(QString::fromStdString(doc->doc.format));
    else if (!doc->audit.untrusted.empty())
        why = tr("Review and approve the untrusted types first (Trust tab): %n left.", nullptr,
                 static_cast<int>(doc->audit.untrusted.size()));
    loadAction_->setEnabled(why.isEmpty());
    loadAction_->setToolTip(why.isEmpty() ? tr("Run skops.io.load(path, trusted=[the approved types]) in your Python")
                                          : tr("Load in Python: %1").arg(why));
    loadAction_->setStatusTip(loadAction_->toolTip());
    QString noConvert;
    if (!has)
        noConvert = tr("open a pickle or joblib file first.");
    else if (!doc->audit.dangerous.empty())
        noConvert = tr("refused: this file names DANGEROUS globals.");
    else if (doc->doc.format == "skops" && doc->doc.protocol >= 2)
        noConvert = tr("this is already a current skops file.");
    else if (doc->doc.format == "npy")
        noConvert = tr("a .npy file holds one array, not a model.");
    convertAction_->setEnabled(noConvert.isEmpty() && !convert_->isRunning());
    convertAction_->setToolTip(noConvert.isEmpty() ? tr("Write this model as a skops file, without running it")
                                                   : tr("Convert to skops: %1").arg(noConvert));
    convertAction_->setStatusTip(convertAction_->toolTip());
}

void MainWindow::findNext() { view()->findNext(); }
void MainWindow::findNextUntrusted() { view()->findNextUntrusted(); }

QString MainWindow::statusText() const { return status_->text(); }

void MainWindow::updateStatus()
{
    const DocumentTab* tab = currentDocument();
    const std::shared_ptr<LoadedDocument> doc = currentDoc();
    if (!doc && tab && tab->reading()) {
        status_->setText(
            tr("Reading %1: its first rows are shown; the verdict comes when it is read.").arg(tab->displayName()));
        setWindowTitle(tr("%1 — reading — Skopos").arg(tab->displayName()));
        setWindowFilePath(tab->filePath());
        return;
    }
    if (!doc) {
        status_->setText(tr("Open a model file (Ctrl+O) or drop one here."));
        setWindowTitle(tr("Skopos"));
        setWindowFilePath(QString());
        return;
    }
    const Document& d = doc->doc;
    const QString verdict = fileVerdictWord(doc.get());
    setWindowTitle(tr("%1 — %2 — Skopos").arg(tab->displayName(), verdict));
    setWindowFilePath(QString::fromStdString(d.path));
    QStringList parts;
    parts << verdict;
    parts << QString::fromStdString(d.format);
    if (d.protocol >= 0)
        parts << tr("protocol %1").arg(d.protocol);
    if (!d.producer.empty())
        parts << QString::fromStdString(d.producer);
    parts << tr("%L1 nodes").arg(d.tree.size());
    const std::size_t untrusted = doc->audit.untrusted.size();
    parts << tr("%n untrusted type(s)", nullptr, static_cast<int>(untrusted));
    if (!doc->audit.approved.empty())
        parts << tr("%n approved", nullptr, static_cast<int>(doc->audit.approved.size()));
    if (!doc->audit.dangerous.empty())
        parts << tr("%n DANGEROUS", nullptr, static_cast<int>(doc->audit.dangerous.size()));
    if (docTabs_->count() > 1)
        parts << tr("file %1 of %2").arg(docTabs_->currentIndex() + 1).arg(docTabs_->count());
    status_->setText(parts.join(QStringLiteral("  ·  ")));
}

} // namespace skopos::ui
