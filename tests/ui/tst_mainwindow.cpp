// The main window, offscreen: opening a file in the worker shows its root,
// status and schema; a bad file reports the problem; selecting an array
// previews it; approving a type re-runs the audit and is remembered.
#include "ArrayPreviewWidget.h"
#include "ArrayTableModel.h"
#include "MainWindow.h"
#include "NodeDetailsWidget.h"
#include "ObjectTreeModel.h"
#include "Settings.h"
#include "TestData.h"
#include "TrustPanel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTreeWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace skopos::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void opensFileAndShowsRoot()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        const QString file = testdata::path(QStringLiteral("ui/StandardScaler.skops"));
        w.openFile(file);
        QVERIFY(opened.wait(10000));
        QCOMPARE(w.treeModel()->rowCount(), 1);
        const QModelIndex root = w.treeModel()->index(0, ObjectTreeModel::TypeColumn);
        QCOMPARE(root.data().toString(), QStringLiteral("sklearn.preprocessing._data.StandardScaler"));
        QVERIFY(w.treeView()->isExpanded(w.treeModel()->index(0, 0)));
        QVERIFY(w.statusText().contains(QStringLiteral("  ·  skops  ·  ")));
        QVERIFY(w.statusText().contains(QStringLiteral("0 untrusted")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("StandardScaler.skops")));
        QVERIFY(w.rawView()->toPlainText().contains(QStringLiteral("\"__loader__\": \"ObjectNode\"")));
        QCOMPARE(settings::recentFiles().value(0), QFileInfo(file).absoluteFilePath());

        // Find "mean_" and preview it.
        w.findField()->setText(QStringLiteral("mean_"));
        w.findNext();
        const QModelIndex cur = w.treeView()->currentIndex();
        QCOMPARE(cur.data().toString(), QStringLiteral("mean_"));
        ArrayPreviewWidget* preview = w.details()->arrayPreview();
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isLoading() && preview->tableModel()->rowCount() == 8, 10000);
        QVERIFY(preview->statisticsText().contains(QStringLiteral("all 8 elements")));
        QCOMPARE(preview->tableModel()->index(0, 0).data().toString(),
                 QStringLiteral("1.1524671530915203")); // repr(float)
    }

    void reportsBadFiles()
    {
        MainWindow w;
        w.show();
        QSignalSpy failed(&w, &MainWindow::openFailed);
        const QString bad = testdata::path(QStringLiteral("ui/README.md"));
        w.openFile(bad);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toString(), bad);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        auto* box = w.findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("README.md")));
        QCOMPARE(w.treeModel()->rowCount(), 0);
    }

    void approvingATypeReauditsAndPersists()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(testdata::path(QStringLiteral("ui/extra_odd_objects.skops")));
        QVERIFY(opened.wait(10000));
        QVERIFY(w.statusText().contains(QStringLiteral("4 untrusted")));
        QTreeWidget* list = w.trustPanel()->typeList();
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(w.trustPanel()->trustedText(), QStringLiteral("trusted=[]"));
        QTreeWidgetItem* partial =
            list->findItems(QStringLiteral("functools.partial"), Qt::MatchExactly, TrustPanel::TypeColumn).value(0);
        QVERIFY(partial);
        QVERIFY(partial->flags() & Qt::ItemIsUserCheckable);
        partial->setCheckState(TrustPanel::TypeColumn, Qt::Checked);
        QTRY_VERIFY(w.statusText().contains(QStringLiteral("3 untrusted")));
        QVERIFY(w.statusText().contains(QStringLiteral("1 approved")));
        QCOMPARE(w.trustPanel()->trustedText(), QStringLiteral("trusted=[\"functools.partial\"]"));
        QCOMPARE(settings::approvals().size(), 1); // for this file (by content), the default
        QCOMPARE(settings::approvals().front().type, QStringLiteral("functools.partial"));

        // A new window starts from the remembered approval.
        MainWindow again;
        QSignalSpy opened2(&again, &MainWindow::documentOpened);
        again.openFile(testdata::path(QStringLiteral("ui/extra_odd_objects.skops")));
        QVERIFY(opened2.wait(10000));
        QVERIFY(again.statusText().contains(QStringLiteral("3 untrusted")));
        settings::setApprovals({});
        QVERIFY(settings::approvals().empty());
    }

    void approvalKeepsExpansionAndSelection()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(testdata::path(QStringLiteral("ui/extra_odd_objects.skops")));
        QVERIFY(opened.wait(10000));
        ObjectTreeModel* m = w.treeModel();
        const QModelIndex root = m->index(0, 0);
        // Expand "shared" and select its second element, as a reviewer would.
        QModelIndex shared;
        for (int r = 0; r < m->rowCount(root); ++r)
            if (m->index(r, 0, root).data().toString() == QStringLiteral("shared"))
                shared = m->index(r, 0, root);
        QVERIFY(shared.isValid());
        w.treeView()->expand(shared);
        const QModelIndex chosen = m->index(1, 0, shared);
        w.treeView()->setCurrentIndex(chosen);
        const QString path = m->keyPath(chosen);
        QSignalSpy reset(m, &QAbstractItemModel::modelReset);

        QTreeWidgetItem* partial = w.trustPanel()
                                       ->typeList()
                                       ->findItems(QStringLiteral("functools.partial"), Qt::MatchExactly,
                                                   TrustPanel::TypeColumn)
                                       .value(0);
        QVERIFY(partial);
        partial->setCheckState(TrustPanel::TypeColumn, Qt::Checked);
        QTRY_VERIFY(w.statusText().contains(QStringLiteral("3 untrusted")));

        QCOMPARE(reset.count(), 0);
        QVERIFY(w.treeView()->isExpanded(root));
        QVERIFY(w.treeView()->isExpanded(shared));
        QCOMPARE(m->keyPath(w.treeView()->currentIndex()), path);
        QCOMPARE(w.treeView()->currentIndex(), chosen);
        settings::setApprovals({});
    }

    void dangerousNamesCannotBeApproved()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(testdata::path(QStringLiteral("ui/skops_function_eval.skops")));
        QVERIFY(opened.wait(10000));
        QVERIFY(w.statusText().contains(QStringLiteral("DANGEROUS")));
        QTreeWidgetItem* eval = w.trustPanel()
                                    ->typeList()
                                    ->findItems(QStringLiteral("builtins.eval"), Qt::MatchExactly,
                                                TrustPanel::TypeColumn)
                                    .value(0);
        QVERIFY(eval);
        QVERIFY(!(eval->flags() & Qt::ItemIsUserCheckable));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
