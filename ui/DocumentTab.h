#pragma once
// One open file in the main window's document tabs: its verdict banner, tree
// (with find field and "only untrusted" switch) and the Node / Trust / Raw
// views beside it. Each tab keeps its own document, audit and selection, so
// approving a type in one file leaves the others alone; the main window owns
// the menus, the status bar and the settings, and asks the current tab.
//
// The raw view follows the selection: a node's place in schema.json (its JSON
// object) or in the opcode listing (the opcode that built it) is scrolled to
// and highlighted, from the offsets the readers record (ObjectTree::rawOffset).
// A find bar above it searches the raw text.

#include "LoadedDocument.h"

#include <QFutureWatcher>
#include <QModelIndex>
#include <QWidget>

#include <atomic>

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QSplitter;
class QSyntaxHighlighter;
class QTabWidget;
class QTreeView;

namespace skopos::ui {

class ModelTab;
class NodeDetailsWidget;
class ObjectTreeModel;
class TrustPanel;
class VerdictBanner;

class DocumentTab : public QWidget {
    Q_OBJECT
public:
    explicit DocumentTab(QWidget* parent = nullptr);
    ~DocumentTab() override;

    void setDocument(std::shared_ptr<LoadedDocument> doc, const QString& displayName);
    // The reader helper died on this file (core/sandbox/ReaderProcess.h): the
    // tab says "The reader stopped: REASON" and offers Retry (retryRequested);
    // it holds no document. Other tabs are untouched.
    void showReaderStopped(const QString& path, const QString& displayName, const QString& reason);
    bool readerStopped() const { return stopped_ != nullptr; }
    // The first rows of a file still being read (MainWindow's open flow,
    // OpenOptions::onOutline): the tree shows them read-only, with a bar
    // saying the file is still read and a Cancel button; the verdict, the
    // Trust, Raw and Model pages wait for the full document, which
    // setDocument puts in their place (expanded rows kept, and the selection
    // unless the file opens on a finding). document() stays null meanwhile,
    // so nothing approves, converts or loads from an outline.
    void showOutline(std::shared_ptr<const LoadedDocument> outline, const QString& path, const QString& displayName);
    bool reading() const { return outline_ != nullptr; }
    // How far the reader is (its progress callback's figures) and how big the file is.
    void setReadProgress(std::uint64_t done, std::uint64_t total);
    QWidget* readingBar() const { return readingBar_; }
    QLabel* readingLabel() const { return readingLabel_; }
    QPushButton* cancelReadingButton() const { return cancelReading_; }
    // An outline as the tab shows it: its "…" rows (skops/SchemaOutline.h) worded. Any thread.
    static std::shared_ptr<LoadedDocument> outlineDocument(Document&& outline);
    QLabel* stoppedLabel() const { return stoppedLabel_; }
    QPushButton* retryButton() const { return retry_; }
    const std::shared_ptr<LoadedDocument>& document() const { return doc_; }
    // The full path as the title shows it ("Example model" for the bundled example).
    QString displayName() const { return displayName_; }
    // The opened file's absolute path (empty without a document).
    QString filePath() const;

    ObjectTreeModel* treeModel() const { return model_; }
    QTreeView* treeView() const { return tree_; }
    QLineEdit* findField() const { return find_; }
    NodeDetailsWidget* details() const { return details_; }
    TrustPanel* trustPanel() const { return trust_; }
    // The Model tab (the last side tab): shown, and opened first, when the root is an estimator.
    ModelTab* modelTab() const { return modelTab_; }
    // The raw text is put into the view the first time it is needed (the
    // Raw tab shown, a search, a test): laying out megabytes of text for a
    // tab nobody looks at made opening a big file seconds slower.
    QPlainTextEdit* rawView() const
    {
        const_cast<DocumentTab*>(this)->ensureRawLoaded();
        return raw_;
    }
    void ensureRawLoaded() { ensureRaw(true); }
    QLineEdit* rawFindField() const { return rawFind_; }
    QLabel* rawFindStatus() const { return rawFindStatus_; }
    // Where the selected node is in the raw text, in words (waits for a raw
    // text still being read).
    QLabel* rawPositionLabel() const
    {
        const_cast<DocumentTab*>(this)->settleRaw();
        return rawPosition_;
    }
    VerdictBanner* verdictBanner() const { return banner_; }
    QCheckBox* onlyUntrustedSwitch() const { return onlyUntrusted_; }
    QSplitter* splitter() const { return splitter_; }
    QTabWidget* sideTabs() const { return sideTabs_; }

    // The raw text highlighted for the selected node (empty when none).
    QString rawHighlightedText() const;
    // Character range [start, end) of the raw view that shows node n; false
    // (with the reason in *why) when the node has no offset or lies past the
    // text shown.
    bool rawRangeOf(NodeId n, int* start, int* end, QString* why) const;

    // Re-audits with these user-approved names; the tree keeps expansion and selection.
    void applyAudit(const std::set<std::string>& trusted);
    void selectAndReveal(const QModelIndex& index);
    // True when the keyboard focus is in the raw view or its find bar.
    bool rawHasFocus() const;

public slots:
    void findNext();
    void findNextUntrusted();
    void jumpToType(const QString& typeName, bool forward);
    // Searches the raw view from the cursor; wraps once; says "not found".
    bool findInRaw(bool backward = false);
    void focusRawFind();
    // Selects (and reveals) a row of node n in the tree; says so when no row shows it.
    void selectNode(NodeId n);

signals:
    // A short message for the status bar.
    void message(const QString& text, int timeoutMs);
    // Retry pressed on a tab whose reader stopped.
    void retryRequested(const QString& path);
    // Cancel pressed while the tab shows an outline.
    void cancelReadingRequested();

private:
    void selectionChanged();
    // wait: block until a raw text still being read is there; else show "reading".
    void ensureRaw(bool wait);
    // A raw text still being read (LoadedDocument::rawPending): wait for it
    // and put it in the document, and the selection's place in the label.
    void settleRaw();
    void startRawRead();
    void takeRawText();
    void rawTextArrived();
    void showRawPosition(const QModelIndex& index);
    void highlightRawMatches();
    void applyRawSelections();
    // Leaves the outline state; the rows expanded in it and the current one,
    // as key texts from the top (restoreRows finds them again in the full tree).
    using RowPath = std::vector<std::pair<int, QString>>;
    void leaveOutline(std::vector<RowPath>* expanded, RowPath* current);
    RowPath pathOf(const QModelIndex& index) const;
    QModelIndex find(const RowPath& path) const;

    std::shared_ptr<LoadedDocument> doc_;
    QString displayName_;
    ObjectTreeModel* model_;
    QTreeView* tree_;
    QLineEdit* find_;
    QCheckBox* onlyUntrusted_;
    NodeDetailsWidget* details_;
    TrustPanel* trust_;
    ModelTab* modelTab_;
    QPlainTextEdit* raw_;
    QLineEdit* rawFind_;
    QLabel* rawFindStatus_;
    QLabel* rawPosition_;
    QSyntaxHighlighter* highlighter_ = nullptr;
    QTabWidget* sideTabs_;
    QSplitter* splitter_;
    VerdictBanner* banner_;
    // Extra selections of the raw view: the node's place, then the find matches.
    int nodeStart_ = -1, nodeEnd_ = -1;
    bool rawLoaded_ = false;
    std::vector<std::pair<int, int>> matches_;
    // The raw text read after the tree is shown (big files), and its stop flag.
    QFutureWatcher<RawText>* rawWatcher_;
    std::shared_ptr<std::atomic<bool>> rawCancel_;
    // Set when the reader stopped (showReaderStopped).
    QWidget* stopped_ = nullptr;
    QLabel* stoppedLabel_ = nullptr;
    QPushButton* retry_ = nullptr;
    QString stoppedPath_;
    // Set while the tab shows an outline (showOutline).
    std::shared_ptr<const LoadedDocument> outline_;
    QString outlinePath_;
    qint64 outlineFileSize_ = 0;
    QWidget* readingBar_;
    QLabel* readingLabel_;
    QProgressBar* readingProgress_;
    QPushButton* cancelReading_;
    QStackedWidget* trustPages_; // the Trust panel, or "the verdict is pending"
};

} // namespace skopos::ui
