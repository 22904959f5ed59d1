#pragma once
// The main window: one tab per open file (DocumentTab: verdict banner, tree,
// node / trust / raw views), a note that this is an inspection aid, a status
// bar with format and counts of the current tab. Files open in a worker thread
// behind a cancellable progress dialog, one after the other (a drop of several
// files queues them). Menus, title and status follow the current tab; the
// accessors below answer for it (with no tab: an empty tab that the next
// opened file fills, so a model tester attached early watches that file).

#include "LoadedDocument.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressDialog;
class QSyntaxHighlighter;
class QTabWidget;
class QTemporaryDir;
class QTimer;
class QToolButton;
class QTreeView;
class QSplitter;
class QStackedWidget;

namespace skopos::ui {

class ApprovalFlow;
class CompareView;
class ConvertFlow;
class DocumentTab;
class FolderScanWidget;
class NodeDetailsWidget;
class ObjectTreeModel;
class TrustPanel;
class VerdictBanner;

struct OpenResult {
    std::shared_ptr<LoadedDocument> doc;
    QString error;
    bool cancelled = false;
    bool readerStopped = false; // the reader helper died: `error` is its reason
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts opening in the background; documentOpened/openFailed follow.
    void openFile(const QString& path);
    // The example compiled into the app (:/examples/example.skops).
    void openBundledExample();
    // Scans a folder in its own window (File › Open Folder…, a dropped folder).
    FolderScanWidget* openFolder(const QString& folder);
    // Closes the current tab / the tab at `index`.
    void closeDocument();
    void closeDocumentAt(int index);

    // The current tab's views (see above for "no tab").
    ObjectTreeModel* treeModel() const;
    QTreeView* treeView() const;
    NodeDetailsWidget* details() const;
    TrustPanel* trustPanel() const;
    QPlainTextEdit* rawView() const;
    QLineEdit* findField() const;
    QLineEdit* rawFindField() const;
    QString statusText() const;
    bool isOpening() const;
    VerdictBanner* verdictBanner() const;
    QCheckBox* onlyUntrustedSwitch() const;
    // Open files: how many, the current one (nullptr with none), one by index.
    int documentCount() const;
    DocumentTab* currentDocument() const;
    DocumentTab* documentAt(int index) const;
    QList<DocumentTab*> documents() const;
    QTabWidget* documentTabs() const { return docTabs_; }
    QAction* closeAction() const { return closeAction_; }
    QAction* nextUntrustedAction() const { return nextUntrusted_; }
    QAction* loadAction() const { return loadAction_; }
    QAction* convertAction() const { return convertAction_; }
    QAction* compareAction() const { return compareAction_; }
    QAction* copyLoadLineAction() const { return copyLoadLine_; }
    QAction* exportTrustedAction() const { return exportTrusted_; }
    QAction* undoWithdrawalAction() const { return undoWithdrawal_; }
    QToolButton* undoWithdrawalButton() const { return undoButton_; }
    // The skops.io.load("…", trusted=[...]) line for the open file.
    QString loadLine() const;

public slots:
    void findNext();
    void findNextUntrusted();
    // Approve (or withdraw) a type: for this file, or for all files when the
    // trust panel's "remember for all files" is ticked.
    void setApproved(const QString& typeName, bool approved);
    void approveTypes(const QStringList& typeNames);
    // Edit › Undo Withdrawal: restores the approval withdrawn last.
    void undoWithdrawal();
    void jumpToType(const QString& typeName, bool forward);
    // Re-audits every open file with the approvals remembered now (after the Trusted Types dialog).
    void reloadApprovals();
    // Re-audits every open document against the trust profile in use now
    // (CurrentProfile changed), on the trees in memory: no file is read.
    void reauditAll();
    void loadInPython();
    void showTrustedTypes();
    void choosePythonInterpreter();
    // File › Convert to skops… (ConvertFlow): asks where (beside the model), then convertTo().
    void convertFile();
    // Converts the open file to `output` in the background (progress + Cancel),
    // then offers to open the result and copy its load line. False when not offered.
    bool convertTo(const QString& output);
    // File › Compare With… without its dialog: the current tab's file (A)
    // against `path` (B), in a compare window (CompareView). nullptr with no file open.
    CompareView* compareWith(const QString& path);
    // The files of two tabs (the tab menu's "Compare With").
    CompareView* compareTabs(int indexA, int indexB);
    // A compare window follows approvals and profile changes (CompareView::refreshTrust).
    CompareView* watchTrust(CompareView* view);

signals:
    void documentOpened(const QString& path);
    // The first rows of a big file are shown in its tab while the rest is read
    // (DocumentTab::showOutline); documentOpened follows when it is read.
    void outlineShown(const QString& path);
    void openFailed(const QString& path, const QString& message);
    // A conversion ended: the written file and the types it still needs trusted, or an error.
    void converted(const QString& output, const QStringList& untrusted);
    void convertFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

private:
    void createActions();
    void openDialog();
    void compareDialog();
    void tabMenu(const QPoint& pos);
    void fillRecentMenu();
    void openFinished();
    void openNextQueued();
    // Into the tab that showed its outline, else a new tab.
    void showDocument(std::shared_ptr<LoadedDocument> doc, const QString& displayName, DocumentTab* into = nullptr);
    // An outline from the opening worker (open number `generation`).
    void outlineArrived(quint64 generation, std::shared_ptr<LoadedDocument> outline);
    void showReaderStopped(const QString& path, const QString& displayName, const QString& reason);
    void currentTabChanged();
    void updateStatus();
    void updateActions();
    void updateTabLabel(DocumentTab* tab);
    void restoreSettings();
    void restoreTabLayout(DocumentTab* tab);
    void saveTabLayout(DocumentTab* tab);
    // The current tab, or the spare one when no file is open.
    DocumentTab* view() const;
    void makeSpare() const;
    std::shared_ptr<LoadedDocument> currentDoc() const;
    DocumentTab* tabFor(const QString& path) const;

    QTabWidget* docTabs_;
    QStackedWidget* stack_;
    DocumentTab* spare_ = nullptr; // the views answered while no file is open
    QLabel* status_;
    QToolButton* undoButton_;
    ApprovalFlow* approvals_ = nullptr;
    ConvertFlow* convert_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* loadAction_ = nullptr;
    QAction* convertAction_ = nullptr;
    QAction* compareAction_ = nullptr;
    QAction* copyLoadLine_ = nullptr;
    QAction* exportTrusted_ = nullptr;
    QAction* copyTrusted_ = nullptr;
    QAction* closeAction_ = nullptr;
    QAction* nextUntrusted_ = nullptr;
    QAction* onlyUntrustedAction_ = nullptr;
    QAction* undoWithdrawal_ = nullptr;

    std::unique_ptr<QTemporaryDir> exampleDir_;
    QStringList queued_; // files waiting to open (several dropped at once)

    // Opening in progress
    QFutureWatcher<OpenResult> openWatcher_;
    QProgressDialog* progress_ = nullptr;
    QTimer* progressTimer_;
    QString openingPath_;
    QString openingDisplayName_;
    bool openingIsExample_ = false;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<std::atomic<std::uint64_t>> done_, total_;
    quint64 openGeneration_ = 0;       // which open an outline belongs to
    bool openPending_ = false;         // its result not taken yet (openFinished)
    QPointer<DocumentTab> readingTab_; // the tab showing the outline of the file being opened
};

} // namespace skopos::ui
