#pragma once
// File › Compare With…: two model files side by side (issue 24). A is the
// file of the current tab, B the one chosen, dropped with Shift or picked
// from the tab menu. diffDocuments (core/diff) runs in a worker with a
// progress bar and Cancel; files not open yet are read first, as tabs read
// them (loadDocument: the confined reader helper). Then:
// - a summary line ("Same model" / "N changes") and the exit code
//   `skopos diff` would give (0 same, 1 differ, 2 error, 4 dangerous);
// - the trust section: dangerous names and untrusted types B adds, in their
//   verdict colours, then the untrusted types B no longer needs;
// - the two trees (ObjectTreeModel each, through CompareTreeProxy: changed,
//   added and removed nodes in their colours, a legend, "Only changes");
//   selecting, expanding or scrolling to a row on one side does the same to
//   its counterpart (the change's other node, else the same key path);
// - for an array row, both previews, the cells that differ marked
//   (CompareArrayDelegate).
// Each view is a window of its own, like a folder scan.

#include "LoadedDocument.h"
#include "diff/TreeDiff.h"

#include <QFutureWatcher>
#include <QModelIndex>
#include <QWidget>

#include <atomic>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>

class QCheckBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTimer;
class QTreeView;

namespace skopos::ui {

class ArrayPreviewWidget;
class CompareArrayDelegate;
class CompareTreeProxy;
class CompareTrustModel;
class ObjectTreeModel;

// One side: an open document, or a path to read.
struct CompareSide {
    std::shared_ptr<LoadedDocument> doc;
    QString path;
};

struct CompareOutcome {
    std::shared_ptr<LoadedDocument> a, b;
    TreeDiffResult diff;
    QString error;
    bool cancelled = false;
};

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    // Reads what is not open yet and compares, in a worker; finished() follows.
    void start(CompareSide a, CompareSide b);
    // Shows a comparison already made (start() ends here; tests call it directly).
    void showResult(std::shared_ptr<LoadedDocument> a, std::shared_ptr<LoadedDocument> b, TreeDiffResult diff);
    bool isRunning() const;
    void cancel();
    // Approvals or the trust profile changed: the sides this view read itself
    // are audited again (a side shared with a tab was, by its tab), and when
    // either side's approvals or profile differ from those the result was made
    // with, the comparison runs again on the trees in memory, keeping the
    // current row. Call after the tabs were re-audited.
    void refreshTrust();

    const TreeDiffResult& result() const { return diff_; }
    // What `skopos diff` would exit with: 0 same, 1 differ, 2 error, 4 dangerous; -1 before a result.
    int exitCode() const { return exitCode_; }
    QString summaryText() const;
    QString errorText() const { return error_; }

    ObjectTreeModel* modelA() const { return modelA_; }
    ObjectTreeModel* modelB() const { return modelB_; }
    CompareTreeProxy* proxyA() const { return proxyA_; }
    CompareTreeProxy* proxyB() const { return proxyB_; }
    QTreeView* treeA() const { return treeA_; }
    QTreeView* treeB() const { return treeB_; }
    CompareTrustModel* trustModel() const { return trust_; }
    QListView* trustView() const { return trustView_; }
    QCheckBox* onlyChangesSwitch() const { return onlyChanges_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* cancelButton() const { return cancelButton_; }
    QWidget* arrayPane() const { return arrayPane_; }
    ArrayPreviewWidget* arrayA() const { return arrayA_; }
    ArrayPreviewWidget* arrayB() const { return arrayB_; }
    CompareArrayDelegate* arrayDiffA() const { return cellsA_; }
    CompareArrayDelegate* arrayDiffB() const { return cellsB_; }

    // The row on the other side that shows the counterpart of `index` (a row
    // of proxyA() when fromA, else of proxyB()); invalid when there is none.
    QModelIndex counterpart(const QModelIndex& index, bool fromA) const;
    // The row of `proxy` that shows node n (depth first, rows created on the way); invalid when hidden.
    QModelIndex rowOfNode(const CompareTreeProxy* proxy, NodeId n) const;

signals:
    // A result is shown, or the comparison failed or was cancelled.
    void finished();

private:
    void workerFinished();
    void currentChanged(const QModelIndex& current, bool fromA);
    void expandedChanged(const QModelIndex& index, bool fromA, bool expanded);
    void showArrays(NodeId a, NodeId b);
    void updateSummary();

    QLabel* summary_;
    QLabel* verdict_;
    QLabel* titleA_;
    QLabel* titleB_;
    QProgressBar* progress_;
    QPushButton* cancelButton_;
    QCheckBox* onlyChanges_;
    QLabel* trustTitle_;
    QListView* trustView_;
    CompareTrustModel* trust_;
    ObjectTreeModel* modelA_;
    ObjectTreeModel* modelB_;
    CompareTreeProxy* proxyA_;
    CompareTreeProxy* proxyB_;
    QTreeView* treeA_;
    QTreeView* treeB_;
    QWidget* arrayPane_;
    ArrayPreviewWidget* arrayA_;
    ArrayPreviewWidget* arrayB_;
    CompareArrayDelegate* cellsA_;
    CompareArrayDelegate* cellsB_;
    QTimer* progressTimer_;

    std::shared_ptr<LoadedDocument> docA_, docB_;
    bool ownA_ = false, ownB_ = false; // read by this view, not shared with a tab
    // What each side's audit was made with when the result was shown.
    struct TrustBasis {
        std::set<std::string> trusted;
        const TrustProfile* profile = nullptr;
        bool operator==(const TrustBasis&) const = default;
    };
    static TrustBasis basisOf(const LoadedDocument& d) { return {d.userTrusted, d.profile.get()}; }
    TrustBasis basisA_, basisB_;
    bool refreshPending_ = false;              // refreshTrust() came while a comparison ran
    NodeId keepA_ = kNoNode, keepB_ = kNoNode; // the rows to return to after a refresh
    TreeDiffResult diff_;
    std::unordered_map<NodeId, NodeId> aToB_, bToA_; // changes naming a node on both sides
    int exitCode_ = -1;
    QString error_;
    bool syncing_ = false;

    QFutureWatcher<CompareOutcome> watcher_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<std::atomic<std::uint64_t>> done_, total_;
};

// A compare view in a window of its own (deleted on close), already started.
CompareView* openCompareWindow(QWidget* parent, CompareSide a, CompareSide b);

} // namespace skopos::ui
