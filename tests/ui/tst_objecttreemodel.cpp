// ObjectTreeModel over real skops files: rows, hidden bookkeeping, verdicts,
// laziness, shared nodes, search and re-audit. Every model gets a
// QAbstractItemModelTester before it sees any data.
#include "LoadedDocument.h"
#include "ObjectTreeModel.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QtTest>

using namespace skopos;
using namespace skopos::ui;

namespace {

std::shared_ptr<LoadedDocument> load(const QString& file, const std::set<std::string>& trusted = {})
{
    return loadDocument(testdata::path(QStringLiteral("ui/") + file), {}, trusted);
}

QModelIndex childByKey(const QAbstractItemModel& m, const QModelIndex& parent, const QString& key)
{
    for (int r = 0; r < m.rowCount(parent); ++r)
        if (m.index(r, ObjectTreeModel::KeyColumn, parent).data().toString() == key)
            return m.index(r, 0, parent);
    return {};
}

Verdict verdictOf(const QModelIndex& i) { return static_cast<Verdict>(i.data(ObjectTreeModel::VerdictRole).toInt()); }

} // namespace

class TestObjectTreeModel : public QObject {
    Q_OBJECT
private slots:
    void rowsOfStandardScaler()
    {
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(load(QStringLiteral("StandardScaler.skops")));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("root"));
        QCOMPARE(model.index(0, ObjectTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("sklearn.preprocessing._data.StandardScaler"));
        QCOMPARE(model.rowCount(root), 1);
        const QModelIndex state = childByKey(model, root, QStringLiteral("state"));
        QVERIFY(state.isValid());
        // 9 attributes; the dict's hidden key_types list is not a row.
        QCOMPARE(model.rowCount(state), 9);
        QVERIFY(!childByKey(model, state, QStringLiteral("key_types")).isValid());
        const QModelIndex mean = childByKey(model, state, QStringLiteral("mean_"));
        QCOMPARE(mean.siblingAtColumn(ObjectTreeModel::ValueColumn).data().toString(), QStringLiteral("<f8 (8,)"));
        const QModelIndex nf = childByKey(model, state, QStringLiteral("n_features_in_"));
        QCOMPARE(nf.siblingAtColumn(ObjectTreeModel::ValueColumn).data().toString(), QStringLiteral("8"));
        QCOMPARE(model.keyPath(mean), QStringLiteral("root → state → mean_"));
        QCOMPARE(verdictOf(root), Verdict::Trusted);
        QVERIFY(!root.data(ObjectTreeModel::UnsafeBelowRole).toBool());
        QVERIFY(!root.data(Qt::BackgroundRole).isValid());
    }

    void hiddenBookkeepingStaysHidden()
    {
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto doc = load(QStringLiteral("extra_odd_objects.skops"));
        model.setDocument(doc);
        const QModelIndex root = model.index(0, 0);
        // The tree has a hidden key_types child; the model shows the 30 keys only.
        const ObjectTree& t = doc->doc.tree;
        const NodeId keyTypes = t.child(t.root, "key_types");
        QVERIFY(keyTypes != kNoNode);
        QVERIFY(t.node(keyTypes).flags & FlagHidden);
        QCOMPARE(model.rowCount(root), 30);
        QCOMPARE(static_cast<std::uint32_t>(model.rowCount(root)), t.node(t.root).childCount - 1);
        QVERIFY(!childByKey(model, root, QStringLiteral("key_types")).isValid());
        QCOMPARE(root.siblingAtColumn(ObjectTreeModel::ValueColumn).data().toString(), QStringLiteral("30 item(s)"));
    }

    void untrustedRowsAreFlagged()
    {
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(load(QStringLiteral("extra_odd_objects.skops")));
        const QModelIndex root = model.index(0, 0);
        QVERIFY(root.data(ObjectTreeModel::UnsafeBelowRole).toBool());
        QCOMPARE(root.siblingAtColumn(ObjectTreeModel::VerdictColumn).data().toString(),
                 QStringLiteral("contains untrusted"));
        for (const char* key : {"part", "dtype", "coo", "csc"}) {
            const QModelIndex i = childByKey(model, root, QString::fromLatin1(key));
            QVERIFY2(i.isValid(), key);
            QCOMPARE(verdictOf(i), Verdict::Untrusted);
            QVERIFY(i.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
            QVERIFY(!i.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("trusted=")));
            QCOMPARE(i.siblingAtColumn(ObjectTreeModel::VerdictColumn).data().toString(), QStringLiteral("untrusted"));
        }
        const QModelIndex od = childByKey(model, root, QStringLiteral("od"));
        QCOMPARE(verdictOf(od), Verdict::Trusted);
        QVERIFY(!od.data(Qt::BackgroundRole).isValid());
        QVERIFY(!od.data(ObjectTreeModel::UnsafeBelowRole).toBool());
    }

    void dangerousRootIsRed()
    {
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(load(QStringLiteral("skops_function_eval.skops")));
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(verdictOf(root), Verdict::Dangerous);
        QCOMPARE(model.index(0, ObjectTreeModel::TypeColumn).data().toString(), QStringLiteral("builtins.eval"));
        QVERIFY(root.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("DANGEROUS")));
        const QColor bg = root.data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(bg.red() > bg.green() && bg.red() > bg.blue());
        QVERIFY(!root.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void childrenAreCreatedLazily()
    {
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto doc = load(QStringLiteral("GridSearchCV.skops"));
        model.setDocument(doc);
        QCOMPARE(model.rowCount(), 1);
        // The tester walks every row it can reach, so laziness is measured on
        // a second model that only this test touches.
        ObjectTreeModel measured;
        measured.setDocument(doc);
        QCOMPARE(measured.createdRows(), std::size_t(1));
        const QModelIndex root = measured.index(0, 0);
        QVERIFY(measured.hasChildren(root));
        QCOMPARE(measured.createdRows(), std::size_t(1)); // hasChildren creates nothing
        const int n = measured.rowCount(root);
        QVERIFY(n > 0);
        // One level as a table of edges: no row objects, let alone the subtree.
        QCOMPARE(measured.createdRows(), std::size_t(1));
        // A row gets its object when it is asked for its own rows.
        int withChildren = 0;
        for (int r = 0; r < n; ++r)
            if (measured.hasChildren(measured.index(r, 0, root))) {
                ++withChildren;
                QVERIFY(measured.rowCount(measured.index(r, 0, root)) > 0);
            }
        QCOMPARE(measured.createdRows(), std::size_t(1 + withChildren));
        QVERIFY(measured.createdRows() < doc->doc.tree.size() / 4);
    }

    void sharedNodesAppearInEachPlace()
    {
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(load(QStringLiteral("extra_odd_objects.skops")));
        const QModelIndex shared = childByKey(model, model.index(0, 0), QStringLiteral("shared"));
        QCOMPARE(model.rowCount(shared), 2);
        const QModelIndex a = model.index(0, 0, shared), b = model.index(1, 0, shared);
        QCOMPARE(a.data(ObjectTreeModel::NodeIdRole), b.data(ObjectTreeModel::NodeIdRole));
        QVERIFY(a != b); // one node, two rows
        QVERIFY(a.siblingAtColumn(ObjectTreeModel::ValueColumn).data().toString().endsWith(QStringLiteral("(shared)")));
        QCOMPARE(b.parent(), shared);
    }

    void findWalksEachNodeOnceAndWraps()
    {
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(load(QStringLiteral("GridSearchCV.skops")));
        const QModelIndex first = model.findNextText(model.index(0, 0), QStringLiteral("split0_test_score"));
        QVERIFY(first.isValid());
        QCOMPARE(first.data().toString(), QStringLiteral("split0_test_score"));
        // It is the only match: searching on from it wraps around and finds nothing else.
        QVERIFY(!model.findNextText(first, QStringLiteral("split0_test_score")).isValid());
        QVERIFY(!model.findNextText(model.index(0, 0), QStringLiteral("no such type anywhere")).isValid());
        // Type names match too, case-insensitively.
        const QModelIndex lr = model.findNextText(model.index(0, 0),
                                                  QStringLiteral("sklearn.linear_model._logistic.logisticregression"));
        QVERIFY(lr.isValid());
        QCOMPARE(lr.siblingAtColumn(ObjectTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("sklearn.linear_model._logistic.LogisticRegression"));
        // Next untrusted: the one untrusted type of this file.
        const QModelIndex bad = model.findNextUnsafe(model.index(0, 0));
        QVERIFY(bad.isValid());
        QCOMPARE(bad.siblingAtColumn(ObjectTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("sklearn.metrics._scorer._passthrough_scorer"));
    }

    void approvalReauditsAndExports()
    {
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto doc = load(QStringLiteral("extra_odd_objects.skops"));
        model.setDocument(doc);
        QCOMPARE(doc->audit.untrusted.size(), std::size_t(4));
        const QModelIndex root = model.index(0, 0);
        const QPersistentModelIndex part = childByKey(model, root, QStringLiteral("part"));
        QVERIFY(part.isValid());
        QCOMPARE(verdictOf(part), Verdict::Untrusted);
        const int rowsBefore = model.rowCount(root);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const AuditResult old = std::move(doc->audit);
        const std::vector<std::uint8_t> oldUnsafe = std::move(doc->subtreeUnsafe);
        reaudit(*doc, {"functools.partial"});
        model.auditChanged(old, oldUnsafe);

        QCOMPARE(reset.count(), 0);
        QVERIFY(part.isValid()); // the same row, not a new model
        QCOMPARE(model.rowCount(root), rowsBefore);
        // dataChanged names the approved row (and nothing reset it).
        bool named = false;
        for (const auto& args : changed) {
            const auto tl = args.at(0).value<QModelIndex>(), br = args.at(1).value<QModelIndex>();
            if (tl.parent() == root && tl.row() <= part.row() && part.row() <= br.row())
                named = true;
        }
        QVERIFY(named);
        QCOMPARE(doc->audit.untrusted.size(), std::size_t(3));
        QCOMPARE(doc->audit.approved, std::vector<std::string>{"functools.partial"});
        QCOMPARE(verdictOf(part), Verdict::Trusted);
        QVERIFY(part.data(ObjectTreeModel::ApprovedRole).toBool());
        QCOMPARE(part.sibling(part.row(), ObjectTreeModel::VerdictColumn).data().toString(),
                 QStringLiteral("approved by you"));
        QVERIFY(!part.data(Qt::ToolTipRole).toString().contains(QStringLiteral("default trusted")));
        QVERIFY(!part.data(Qt::BackgroundRole).isValid());
        QCOMPARE(trustedListText(doc->audit.approved), QStringLiteral("trusted=[\"functools.partial\"]"));
        QCOMPARE(trustedListText({}), QStringLiteral("trusted=[]"));
    }

    void onlyUntrustedFilterKeepsPathsToUnsafeNodes()
    {
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto doc = load(QStringLiteral("extra_odd_objects.skops"));
        model.setDocument(doc);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 30);
        const QPersistentModelIndex part = childByKey(model, root, QStringLiteral("part"));
        model.setOnlyUnsafe(true);
        // Like skops' visualize(show="untrusted"): only branches holding untrusted nodes stay
        // (the four untrusted values of expected.json), trusted ones such as "od" go.
        QStringList keys;
        for (int r = 0; r < model.rowCount(root); ++r)
            keys << model.index(r, 0, root).data().toString();
        for (const char* k : {"part", "dtype", "coo", "csc"})
            QVERIFY2(keys.contains(QString::fromLatin1(k)), k);
        QVERIFY(!keys.contains(QStringLiteral("od")));
        for (int r = 0; r < model.rowCount(root); ++r)
            QVERIFY(model.index(r, 0, root).data(ObjectTreeModel::UnsafeBelowRole).toBool());
        QVERIFY(part.isValid()); // a kept row survives the switch
        model.setOnlyUnsafe(false);
        QCOMPARE(model.rowCount(root), 30);
        QVERIFY(part.isValid());
    }
};

QTEST_MAIN(TestObjectTreeModel)
#include "tst_objecttreemodel.moc"
