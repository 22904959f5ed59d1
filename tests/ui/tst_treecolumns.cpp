// The object tree as a reader first sees it: the Type column shows the class
// name unelided (module after it) at the window's first size, a file opens
// expanded to its first finding with that row selected and its key in full,
// the Node pane counts the children the tree shows, and the verdict banner
// keeps one height whatever it says.
#include "DocumentTab.h"
#include "MainWindow.h"
#include "NodeDetailsWidget.h"
#include "ObjectTreeModel.h"
#include "TestData.h"
#include "VerdictBanner.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace skopos;
using namespace skopos::ui;

namespace {
bool open(MainWindow& w, const QString& file)
{
    QSignalSpy opened(&w, &MainWindow::documentOpened);
    w.openFile(file);
    return opened.wait(20000);
}

int depthOf(QModelIndex i)
{
    int d = 0;
    for (i = i.parent(); i.isValid(); i = i.parent())
        ++d;
    return d;
}

// The rows the view shows under `parent` (expanded or not, they are its children).
int shownChildren(const QAbstractItemModel* m, const QModelIndex& parent) { return m->rowCount(parent); }
} // namespace

class TestTreeColumns : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_treecolumns"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    // GridSearchCV: "sklearn.model_sel…arch.GridSearchCV" lost its class name's
    // neighbourhood to middle elision; now the class comes first, whole.
    void typeColumnShowsClassName()
    {
        MainWindow w; // the first size on this screen (WindowGeometry)
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(open(w, testdata::path("ui/GridSearchCV.skops")));
        QTest::qWait(50); // the second fit, once the tab is laid out
        const QModelIndex root = w.treeModel()->index(0, ObjectTreeModel::TypeColumn);
        QCOMPARE(root.data().toString(), QStringLiteral("sklearn.model_selection._search.GridSearchCV"));
        QCOMPARE(root.data(ObjectTreeModel::ClassNameRole).toString(), QStringLiteral("GridSearchCV"));
        QCOMPARE(root.data(ObjectTreeModel::ModuleRole).toString(), QStringLiteral("sklearn.model_selection._search"));
        QCOMPARE(root.data(Qt::ToolTipRole).toString(), root.data().toString());

        // Every row on screen: the class name fits its Type cell, which lies inside the viewport.
        QTreeView* view = w.treeView();
        const QFontMetrics fm(view->font());
        int checked = 0;
        for (QModelIndex i = view->indexAt(QPoint(1, 1)); i.isValid(); i = view->indexBelow(i)) {
            const QModelIndex type = i.siblingAtColumn(ObjectTreeModel::TypeColumn);
            const QRect cell = view->visualRect(type);
            if (cell.top() > view->viewport()->height())
                break;
            QFont f = view->font();
            f.setBold(type.data(Qt::FontRole).value<QFont>().bold());
            const int needed = QFontMetrics(f).horizontalAdvance(type.data(ObjectTreeModel::ClassNameRole).toString())
                + 8;
            QVERIFY2(
                cell.width() >= needed,
                qPrintable(QStringLiteral("%1: %2 < %3").arg(type.data().toString()).arg(cell.width()).arg(needed)));
            // The class name is on screen (the module after it may run past the edge).
            QVERIFY2(cell.left() + needed <= view->viewport()->width(),
                     qPrintable(QStringLiteral("%1: cell %2, viewport %3")
                                    .arg(type.data().toString())
                                    .arg(QDebug::toString(cell))
                                    .arg(view->viewport()->width())));
            ++checked;
        }
        QVERIFY(checked >= 3);
        Q_UNUSED(fm);
    }

    // A file opens on its first finding (dangerous first), expanded to it,
    // selected, with its key in full in a Key column that fits it.
    void opensOnFirstFinding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("minDepth");
        // The function itself is the file's root.
        QTest::newRow("dangerous root") << "malicious/skops_function_eval.skops" << int(Verdict::Dangerous) << 0;
        QTest::newRow("dangerous deep") << "bypass/f2_memo_call.pkl" << int(Verdict::Dangerous) << 1;
        QTest::newRow("untrusted skops") << "ui/GridSearchCV.skops" << int(Verdict::Untrusted) << 1;
        QTest::newRow("untrusted pickle")
            << "realworld/Lori10__Flight_Fare_Prediction/gradient_boosting.pkl" << int(Verdict::Untrusted) << 1;
    }

    void opensOnFirstFinding()
    {
        QFETCH(QString, file);
        QFETCH(int, verdict);
        QFETCH(int, minDepth);
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(open(w, testdata::path(file)));
        QTest::qWait(50);
        QTreeView* view = w.treeView();
        const QModelIndex cur = view->currentIndex();
        QVERIFY(cur.isValid());
        QCOMPARE(cur.data(ObjectTreeModel::VerdictRole).toInt(), verdict);
        QVERIFY(depthOf(cur) >= minDepth); // not just "root"
        for (QModelIndex p = cur.parent(); p.isValid(); p = p.parent())
            QVERIFY(view->isExpanded(p));
        // The first in depth-first row order (dangerous before untrusted), found by walking every row.
        const QAbstractItemModel* m = w.treeModel();
        QModelIndex firstDangerous, firstUnsafe;
        QList<QModelIndex> stack{m->index(0, 0)};
        for (int budget = 20000; !stack.isEmpty() && budget--;) {
            const QModelIndex i = stack.takeLast();
            const int v = i.data(ObjectTreeModel::VerdictRole).toInt();
            if (v == int(Verdict::Dangerous) && !firstDangerous.isValid())
                firstDangerous = i;
            if ((v == int(Verdict::Dangerous) || v == int(Verdict::Untrusted)) && !firstUnsafe.isValid())
                firstUnsafe = i;
            for (int r = m->rowCount(i) - 1; r >= 0; --r)
                stack << m->index(r, 0, i);
        }
        QCOMPARE(cur, firstDangerous.isValid() ? firstDangerous : firstUnsafe);
        // On screen, key in full: its text fits the Key cell after the indentation.
        const QRect cell = view->visualRect(cur.siblingAtColumn(ObjectTreeModel::KeyColumn));
        QVERIFY(view->viewport()->rect().intersects(cell));
        const QString key = cur.data().toString();
        const int iconRoom = cur.data(Qt::DecorationRole).isNull() ? 0 : view->iconSize().width() + 4;
        QVERIFY2(cell.width() >= view->fontMetrics().horizontalAdvance(key) + iconRoom + 4,
                 qPrintable(QStringLiteral("%1: cell %2").arg(key).arg(cell.width())));
        QVERIFY(cur.siblingAtColumn(ObjectTreeModel::KeyColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QLatin1Char('\n') + w.treeModel()->keyPath(cur)));
    }

    // A clean file opens on its root, expanded.
    void cleanFileOpensOnRoot()
    {
        MainWindow w;
        w.show();
        QVERIFY(open(w, testdata::path("ui/StandardScaler.skops")));
        QVERIFY(!w.treeModel()->firstFinding().isValid());
        QCOMPARE(w.treeView()->currentIndex(), w.treeModel()->index(0, 0));
        QVERIFY(w.treeView()->isExpanded(w.treeModel()->index(0, 0)));
    }

    // "Children 3" beside a tree showing 2: the Node pane counts what the tree shows.
    void childCountMatchesTree()
    {
        MainWindow w;
        w.show();
        QVERIFY(open(w, testdata::path("ui/GridSearchCV.skops")));
        ObjectTreeModel* m = w.treeModel();
        const ObjectTree& t = m->document()->doc.tree;
        int withHidden = 0;
        // Every row down the first few levels: the count in the pane is the rows shown.
        QList<QModelIndex> todo{m->index(0, 0)};
        for (int visited = 0; !todo.isEmpty() && visited < 200; ++visited) {
            const QModelIndex i = todo.takeFirst();
            w.treeView()->setCurrentIndex(i);
            const QString text = w.details()->summaryText();
            const int shown = shownChildren(m, i);
            const std::uint32_t all = t.node(m->nodeId(i)).childCount;
            const QString expected = QStringLiteral("<td><b>Children</b></td><td>%1").arg(shown);
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("%1: %2").arg(m->keyPath(i), text.left(600))));
            withHidden += all != static_cast<std::uint32_t>(shown);
            for (int r = 0; r < m->rowCount(i); ++r)
                todo << m->index(r, 0, i);
        }
        QVERIFY(withHidden > 0); // the file has hidden children, so the check above could fail
    }

    // The banner keeps its height across verdicts (approving changes its sentence).
    void bannerKeepsItsHeight()
    {
        MainWindow w;
        w.show();
        QVERIFY(open(w, testdata::path("ui/GridSearchCV.skops")));
        const int untrusted = w.verdictBanner()->height();
        QVERIFY(open(w, testdata::path("ui/StandardScaler.skops")));
        QCOMPARE(w.verdictBanner()->verdict(), FileVerdict::Clean);
        QCOMPARE(w.verdictBanner()->height(), untrusted);
        QVERIFY(open(w, testdata::path("malicious/skops_function_eval.skops")));
        QCOMPARE(w.verdictBanner()->verdict(), FileVerdict::Dangerous);
        QCOMPARE(w.verdictBanner()->height(), untrusted);
    }
};

QTEST_MAIN(TestTreeColumns)
#include "tst_treecolumns.moc"
