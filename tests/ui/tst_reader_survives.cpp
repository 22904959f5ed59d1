// A reader that crashes, runs out of memory, hangs or dies of SIGBUS on one
// file takes only that file's tab: the tab says "The reader stopped: REASON"
// and offers Retry; the window and the other tab live on. Retry (the fault
// gone) opens the file.
#include "DocumentTab.h"
#include "Language.h"
#include "MainWindow.h"
#include "ObjectTreeModel.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace skopos;
using namespace skopos::ui;

class TestReaderSurvives : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reader_survives"));
        QSettings().clear();
        qunsetenv("SKOPOS_PROFILE");
        qunsetenv("SKOPOS_READER");
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
#ifndef SKOPOS_FAULT_INJECTION
        QSKIP("built without SKOPOS_FAULT_INJECTION (scripts/test.sh turns it on)");
#endif
    }
    void cleanupTestCase() { QSettings().clear(); }

    void secondTabFaults_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("crash") << QByteArray("crash") << "crashed with signal 11 (SIGSEGV)";
        QTest::newRow("oom") << QByteArray("oom") << "out of memory (limit 512 MiB)";
        QTest::newRow("hang") << QByteArray("hang") << "timed out after 1 s";
        QTest::newRow("sigbus") << QByteArray("sigbus") << "SIGBUS (file changed while read)";
    }
    void secondTabFaults()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString good = dir.filePath("good.skops"), bad = dir.filePath("faulty.skops");
        QVERIFY(QFile::copy(testdata::path("ui/StandardScaler.skops"), good));
        QVERIFY(QFile::copy(testdata::path("ui/extra_odd_objects.skops"), bad));
        qputenv("SKOPOS_FAULT", fault);
        qputenv("SKOPOS_FAULT_FILE", "faulty");
        qputenv("SKOPOS_READER_MEMORY_MB", "512");
        qputenv("SKOPOS_READER_TIMEOUT", "1");

        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        QSignalSpy failed(&w, &MainWindow::openFailed);
        w.openFile(good);
        QVERIFY(opened.wait(15000));
        const int goodRows = w.documentAt(0)->treeModel()->rowCount();
        QVERIFY(goodRows > 0);
        w.openFile(bad);
        QVERIFY(failed.wait(15000));

        // The window and the first tab are alive; the second tab says why.
        QVERIFY(w.isVisible());
        QCOMPARE(w.documentCount(), 2);
        DocumentTab* first = w.documentAt(0);
        DocumentTab* second = w.documentAt(1);
        QVERIFY(first->document());
        QCOMPARE(first->treeModel()->rowCount(), goodRows);
        QVERIFY(second->readerStopped());
        QVERIFY(!second->document());
        QCOMPARE(w.currentDocument(), second);
        QVERIFY(second->stoppedLabel()->isVisible());
        QVERIFY2(second->stoppedLabel()->text().startsWith("The reader stopped: " + reason + "\n"),
                 qPrintable(second->stoppedLabel()->text()));
        QVERIFY(second->retryButton()->isVisible());
        QCOMPARE(w.documentTabs()->tabText(1), QStringLiteral("faulty.skops"));

        // The first tab still works: switch to it, expand its tree.
        w.documentTabs()->setCurrentWidget(first);
        first->treeView()->expandAll();
        QCOMPARE(w.treeModel(), first->treeModel());

        // Retry with the fault gone: the file opens in the same place of the tab bar's order.
        qunsetenv("SKOPOS_FAULT");
        w.documentTabs()->setCurrentWidget(second);
        opened.clear();
        QTest::mouseClick(second->retryButton(), Qt::LeftButton);
        QVERIFY(opened.wait(15000));
        QCOMPARE(w.documentCount(), 2);
        DocumentTab* reread = w.documentAt(1);
        QVERIFY(reread->document());
        QVERIFY(!reread->readerStopped());
        QCOMPARE(reread->document()->audit.untrusted.size(), std::size_t(4));
        QVERIFY(w.documentAt(0)->document());

        qunsetenv("SKOPOS_FAULT_FILE");
        qunsetenv("SKOPOS_READER_MEMORY_MB");
        qunsetenv("SKOPOS_READER_TIMEOUT");
    }
};

QTEST_MAIN(TestReaderSurvives)
#include "tst_reader_survives.moc"
