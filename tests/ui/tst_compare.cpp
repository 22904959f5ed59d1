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
#include "TrustPanel.h"
#include "VerdictStyle.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QListView>
#include <QCheckBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
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

QJsonObject pair(const QString& name)
{
    const QJsonObject all = testdata::readJson(data(QStringLiteral("diff/pairs.json")));
    for (const auto& p : all.value(QStringLiteral("pairs")).toArray())
        if (p.toObject().value(QStringLiteral("name")).toString() == name)
            return p.toObject();
    QTest::qFail(qPrintable(QStringLiteral("no pair %1 in diff/pairs.json").arg(name)), __FILE__, __LINE__);
    return {};
}

// Compares two files of tests/data/diff (read by the view's worker, as the app does).
bool compareFiles(CompareView& v, const QString& a, const QString& b)
{
    QSignalSpy done(&v, &CompareView::finished);
    v.start(CompareSide{nullptr, data(QStringLiteral("diff/") + a)},
            CompareSide{nullptr, data(QStringLiteral("diff/") + b)});
    return done.wait(120000) && v.errorText().isEmpty();
}

// A row's keys as the oracle writes a path: "steps/1/1/C" (no "root", list
// positions without brackets, no "state" level the readers keep).
QString oraclePath(QStringList keys)
{
    keys.removeFirst(); // root
    // A pickle whose stream names dangerous globals is wrapped: the model is its "value".
    if (!keys.isEmpty() && keys.front() == QStringLiteral("value"))
        keys.removeFirst();
    QStringList out;
    for (QString k : keys) {
        if (k == QStringLiteral("state")) // an object's __dict__ level, shown in the tree
            continue;
        if (k.startsWith(QLatin1Char('[')) && k.endsWith(QLatin1Char(']')))
            k = k.mid(1, k.size() - 2);
        out << k;
    }
    return out.join(QLatin1Char('/'));
}

// The row reached through these key texts from the top.
QModelIndex rowAt(QAbstractItemModel* m, const QStringList& keys)
{
    QModelIndex parent, found;
    for (const QString& k : keys) {
        found = {};
        for (int r = 0; r < m->rowCount(parent) && !found.isValid(); ++r)
            if (m->index(r, 0, parent).data().toString() == k)
                found = m->index(r, 0, parent);
        if (!found.isValid())
            return {};
        parent = found;
    }
    return found;
}

// Sorted, one entry per marked row (a list, so QCOMPARE shows which differ).
QStringList markedPaths(QAbstractItemModel* m)
{
    QStringList paths;
    for (const Row& r : marked(m))
        paths << oraclePath(r.keys);
    paths.sort();
    return paths;
}

QStringList sorted(const std::set<QString>& s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return l;
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

    // --- real pairs (oracle: tests/data/diff/pairs.json) -------------------

    void aPickleAndItsSkopsFileAreTheSameModel_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("fixture StandardScaler")
            << QStringLiteral("../ui/StandardScaler.p4.pkl") << QStringLiteral("../ui/StandardScaler.skops");
        for (const char* name : {"same-lr.skops", "same-lr.joblib.z", "forest-same"}) {
            const QJsonObject p = pair(QString::fromLatin1(name));
            QCOMPARE(p.value(QStringLiteral("exit")).toInt(), 0);
            QTest::newRow(name) << p.value(QStringLiteral("a")).toString() << p.value(QStringLiteral("b")).toString();
        }
    }
    void aPickleAndItsSkopsFileAreTheSameModel()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        CompareView v;
        Watched w(v);
        QVERIFY(compareFiles(v, a, b));
        QVERIFY2(v.summaryText().startsWith(QStringLiteral("Same model")), qPrintable(v.summaryText()));
        QCOMPARE(v.exitCode(), 0);
        QVERIFY(marked(v.proxyA()).empty());
        QVERIFY(marked(v.proxyB()).empty());
        QCOMPARE(v.trustModel()->rowCount(), 0);
        v.onlyChangesSwitch()->setChecked(true);
        QCOMPARE(v.proxyA()->rowCount(), 0);
    }

    void aChangedPairMarksExactlyTheChangedPaths_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"param-pickle", "param-pickle-skops", "param-joblibz", "pipeline-step-added",
                                 "pipeline-step-added-pickle", "forest-random-state"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void aChangedPairMarksExactlyTheChangedPaths()
    {
        QFETCH(QString, name);
        const QJsonObject p = pair(name);
        CompareView v;
        Watched w(v);
        QVERIFY(compareFiles(v, p.value(QStringLiteral("a")).toString(), p.value(QStringLiteral("b")).toString()));
        QCOMPARE(v.exitCode(), p.value(QStringLiteral("exit")).toInt());
        // The oracle's paths are B's: where a list was renumbered (a step
        // added before), A's side is compared by the keys after the position.
        std::set<QString> wantA, wantB;
        bool renumbered = false;
        for (const auto& c : p.value(QStringLiteral("changes")).toArray()) {
            const QString path = c.toObject().value(QStringLiteral("path")).toString();
            const QString what = c.toObject().value(QStringLiteral("change")).toString();
            renumbered = renumbered || what == QStringLiteral("added") || what == QStringLiteral("removed");
            if (what != QStringLiteral("added"))
                wantA.insert(path);
            if (what != QStringLiteral("removed"))
                wantB.insert(path);
        }
        QVERIFY(!wantB.empty());
        const auto tails = [](QStringList paths) {
            for (QString& p : paths)
                p = p.section(QLatin1Char('/'), 2);
            paths.sort();
            return paths;
        };
        if (renumbered)
            QCOMPARE(tails(markedPaths(v.proxyA())), tails(sorted(wantA)));
        else
            QCOMPARE(markedPaths(v.proxyA()), sorted(wantA));
        QCOMPARE(markedPaths(v.proxyB()), sorted(wantB));
        // "Only changes" keeps exactly the marked rows and the rows leading to them.
        v.onlyChangesSwitch()->setChecked(true);
        std::vector<Row> rows;
        walk(v.proxyB(), rows);
        for (const Row& r : rows) {
            const QString path = oraclePath(r.keys);
            const bool leads = std::any_of(wantB.begin(), wantB.end(), [&](const QString& want) {
                return path.isEmpty() || want == path || want.startsWith(path + QLatin1Char('/'));
            });
            QVERIFY2(leads, qPrintable(path));
        }
        QCOMPARE(markedPaths(v.proxyB()), sorted(wantB));
    }

    void aDangerousNameBAddsIsListedFirst()
    {
        const QJsonObject p = pair(QStringLiteral("dangerous-added"));
        CompareView v;
        Watched w(v);
        QVERIFY(compareFiles(v, p.value(QStringLiteral("a")).toString(), p.value(QStringLiteral("b")).toString()));
        QCOMPARE(v.exitCode(), 4);
        const QJsonArray dangerous = p.value(QStringLiteral("dangerous_added")).toArray();
        QVERIFY(!dangerous.isEmpty());
        QVERIFY(v.trustModel()->rowCount() >= dangerous.size());
        QCOMPARE(v.trustModel()->index(0).data(CompareTrustModel::KindRole).toInt(),
                 int(CompareTrustModel::Kind::DangerousAdded));
        QCOMPARE(v.trustModel()->index(0).data(CompareTrustModel::NameRole).toString(), dangerous.at(0).toString());
        QCOMPARE(v.trustModel()->index(0).data(Qt::BackgroundRole).value<QBrush>().color(),
                 verdictBackground(Verdict::Dangerous));
        QVERIFY(v.trustView()->isVisibleTo(&v));
        QCOMPARE(markedPaths(v.proxyB()), QStringList{QStringLiteral("hook")});
    }

    void differingArrayCellsAreMarked()
    {
        const QJsonObject p = pair(QStringLiteral("dtypes"));
        CompareView v;
        Watched w(v);
        QVERIFY(compareFiles(v, p.value(QStringLiteral("a")).toString(), p.value(QStringLiteral("b")).toString()));
        int checked = 0;
        for (const auto& c : p.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject ch = c.toObject();
            if (ch.value(QStringLiteral("change")).toString() != QStringLiteral("array"))
                continue;
            const QString path = ch.value(QStringLiteral("path")).toString();
            QModelIndex row;
            for (const Row& r : marked(v.proxyA()))
                if (oraclePath(r.keys) == path)
                    row = rowAt(v.proxyA(), r.keys);
            QVERIFY2(row.isValid(), qPrintable(path));
            QSignalSpy readyA(v.arrayA(), &ArrayPreviewWidget::previewReady);
            QSignalSpy readyB(v.arrayB(), &ArrayPreviewWidget::previewReady);
            v.treeA()->setCurrentIndex(row);
            QVERIFY(v.arrayPane()->isVisibleTo(&v));
            QVERIFY(readyA.count() > 0 || readyA.wait(20000));
            QVERIFY(readyB.count() > 0 || readyB.wait(20000));
            ArrayTableModel* t = v.arrayA()->tableModel();
            const qint64 elements = ch.value(QStringLiteral("elements")).toInteger();
            QCOMPARE(qint64(t->rowCount()) * t->columnCount(), elements);
            int differing = 0, differingB = 0;
            for (int r = 0; r < t->rowCount(); ++r)
                for (int col = 0; col < t->columnCount(); ++col) {
                    QVERIFY(t->isCellLoaded(r, col));
                    differing += v.arrayDiffA()->differs(t->index(r, col));
                    differingB += v.arrayDiffB()->differs(v.arrayB()->tableModel()->index(r, col));
                }
            QCOMPARE(differing, ch.value(QStringLiteral("differing")).toInt());
            QCOMPARE(differingB, differing);
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    void compareWithOpensTheView()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        QVERIFY(w.compareWith(data(QStringLiteral("diff/lr.p4.pkl"))) == nullptr); // nothing open: nothing to compare
        QVERIFY(!w.compareAction()->isEnabled());
        w.openFile(data(QStringLiteral("diff/lr.p4.pkl")));
        QVERIFY(opened.wait(20000));
        QVERIFY(w.compareAction()->isEnabled());
        CompareView* v = w.compareWith(data(QStringLiteral("diff/lr-c005.skops")));
        QVERIFY(v);
        QVERIFY(v->isWindow());
        QSignalSpy done(v, &CompareView::finished);
        QVERIFY(done.wait(60000));
        QCOMPARE(v->exitCode(), 1);
        QVERIFY2(markedPaths(v->proxyB()).contains(QStringLiteral("C")),
                 qPrintable(markedPaths(v->proxyB()).join(QLatin1Char(' '))));
        const QPointer<CompareView> first(v);
        v->close(); // deleted on close

        // Two tabs: the tab menu's Compare With.
        w.openFile(data(QStringLiteral("diff/lr.skops")));
        QVERIFY(opened.wait(20000));
        QCOMPARE(w.documentCount(), 2);
        CompareView* tabs = w.compareTabs(0, 1);
        QVERIFY(tabs);
        QSignalSpy tabsDone(tabs, &CompareView::finished);
        QVERIFY(tabsDone.wait(60000));
        QCOMPARE(tabs->exitCode(), 0);
        const QPointer<CompareView> second(tabs);
        tabs->close();

        // A file dropped with Shift is compared with the current tab, not opened.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(data(QStringLiteral("diff/lr-hook.p4.pkl")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::ShiftModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::ShiftModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        QList<CompareView*> views = w.findChildren<CompareView*>();
        views.removeAll(first.data());
        views.removeAll(second.data());
        views.removeAll(nullptr);
        QCOMPARE(views.size(), 1);
        QSignalSpy dropDone(views.front(), &CompareView::finished);
        QVERIFY(views.front()->exitCode() >= 0 || dropDone.wait(60000));
        QCOMPARE(views.front()->exitCode(), 4);
        QCOMPARE(w.documentCount(), 2);
    }

    // An approval made in a tab recolours an open compare window: the side the
    // tab holds and the side the window read itself.
    void anApprovalRecoloursTheCompareWindow()
    {
        QSettings().clear();
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(data(QStringLiteral("ui/extra_odd_objects.skops")));
        QVERIFY(opened.wait(20000));
        CompareView* v = w.compareWith(data(QStringLiteral("pickle/fixtures/extra_odd_objects/model.p4.pkl")));
        QVERIFY(v);
        QSignalSpy done(v, &CompareView::finished);
        QVERIFY(done.wait(60000));
        const auto verdictOfPart = [](ObjectTreeModel* m) {
            const QModelIndex part = m->findNextText(m->index(0, 0), QStringLiteral("part"));
            return part.siblingAtColumn(ObjectTreeModel::VerdictColumn).data().toString();
        };
        const QString approved = QStringLiteral("approved by you");
        QVERIFY(!verdictOfPart(v->modelA()).isEmpty());
        QVERIFY(verdictOfPart(v->modelA()) != approved);
        QVERIFY(verdictOfPart(v->modelB()) != approved);

        w.trustPanel()->rememberForAllFiles()->setChecked(true);
        QTreeWidgetItem* row = w.trustPanel()
                                   ->typeList()
                                   ->findItems(QStringLiteral("functools.partial"), Qt::MatchExactly,
                                               TrustPanel::TypeColumn)
                                   .value(0);
        QVERIFY(row);
        row->setCheckState(TrustPanel::TypeColumn, Qt::Checked);
        QVERIFY(done.wait(60000)); // the comparison ran again
        QCOMPARE(verdictOfPart(v->modelA()), approved);
        QCOMPARE(verdictOfPart(v->modelB()), approved);
        QSettings().clear();
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
