#pragma once
// The main window: tree of the opened file on the left, details (node,
// trust, raw schema/opcodes) on the right, a banner that this is an
// inspection aid, a status bar with format and counts. Files open in a
// worker thread behind a cancellable progress dialog.

#include "LoadedDocument.h"

#include <QFutureWatcher>
#include <QMainWindow>

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
class QTreeView;
class QSplitter;

namespace skopos::ui {

class FolderScanWidget;
class NodeDetailsWidget;
class ObjectTreeModel;
class TrustPanel;
class VerdictBanner;

struct OpenResult {
    std::shared_ptr<LoadedDocument> doc;
    QString error;
    bool cancelled = false;
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
    void closeDocument();

    ObjectTreeModel* treeModel() const { return model_; }
    QTreeView* treeView() const { return tree_; }
    NodeDetailsWidget* details() const { return details_; }
    TrustPanel* trustPanel() const { return trust_; }
    QPlainTextEdit* rawView() const { return raw_; }
    QLineEdit* findField() const { return find_; }
    QString statusText() const;
    bool isOpening() const;
    VerdictBanner* verdictBanner() const { return banner_; }
    QCheckBox* onlyUntrustedSwitch() const { return onlyUntrusted_; }
    QAction* loadAction() const { return loadAction_; }
    QAction* convertAction() const { return convertAction_; }
    QAction* copyLoadLineAction() const { return copyLoadLine_; }
    QAction* exportTrustedAction() const { return exportTrusted_; }
    // The skops.io.load("…", trusted=[...]) line for the open file.
    QString loadLine() const;

public slots:
    void findNext();
    void findNextUntrusted();
    // Approve (or withdraw) a type: for this file, or for all files when the
    // trust panel's "remember for all files" is ticked.
    void setApproved(const QString& typeName, bool approved);
    void approveTypes(const QStringList& typeNames);
    void jumpToType(const QString& typeName, bool forward);
    // Re-audits the open file with the approvals remembered now (after the Trusted Types dialog).
    void reloadApprovals();
    // Re-audits every open document against the trust profile in use now
    // (CurrentProfile changed), on the trees in memory: no file is read.
    void reauditAll();
    void loadInPython();
    void showTrustedTypes();
    void choosePythonInterpreter();
    // File › Convert to skops…: asks where (beside the model), then convertTo().
    void convertFile();
    // Converts the open file to `output` in the background (progress + Cancel),
    // then offers to open the result and copy its load line. False when not offered.
    bool convertTo(const QString& output);

signals:
    void documentOpened(const QString& path);
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
    void fillRecentMenu();
    void openFinished();
    void showDocument(std::shared_ptr<LoadedDocument> doc, const QString& displayName);
    void selectionChanged();
    void selectAndReveal(const QModelIndex& index);
    void updateStatus();
    void updateActions();
    void restoreSettings();
    void applyAudit(const std::set<std::string>& trusted);

    ObjectTreeModel* model_;
    QTreeView* tree_;
    QLineEdit* find_;
    NodeDetailsWidget* details_;
    TrustPanel* trust_;
    QPlainTextEdit* raw_;
    QSyntaxHighlighter* highlighter_ = nullptr;
    QTabWidget* tabs_;
    QSplitter* splitter_;
    QLabel* status_;
    VerdictBanner* banner_;
    QCheckBox* onlyUntrusted_;
    QMenu* recentMenu_ = nullptr;
    QAction* loadAction_ = nullptr;
    QAction* convertAction_ = nullptr;
    QAction* copyLoadLine_ = nullptr;
    QAction* exportTrusted_ = nullptr;
    QAction* copyTrusted_ = nullptr;
    QAction* closeAction_ = nullptr;
    QAction* nextUntrusted_ = nullptr;
    bool converting_ = false;

    std::shared_ptr<LoadedDocument> doc_;
    QString displayName_;
    std::unique_ptr<QTemporaryDir> exampleDir_;

    // Opening in progress
    QFutureWatcher<OpenResult> openWatcher_;
    QProgressDialog* progress_ = nullptr;
    QTimer* progressTimer_;
    QString openingPath_;
    QString openingDisplayName_;
    bool openingIsExample_ = false;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<std::atomic<std::uint64_t>> done_, total_;
};

} // namespace skopos::ui
