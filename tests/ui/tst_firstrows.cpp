// The first rows while the rest is read (issue 28): a skops file's outline
// (core/skops/SchemaOutline, through the reader helper) is shown in its tab
// before the full document: rows in the same tree model, read-only, a
// "still reading" bar with Cancel, the Trust page saying the verdict is
// pending, nothing to approve, convert or load. The full document then takes
// the same tab and model, keeping the rows expanded and selected in the
// outline. Entries past what the outline shows are one "…" row that says how
// many more there are. SKOPOS_OUTLINE_MIN_BYTES=0 gives small files an outline.
#include "DocumentTab.h"
#include "MainWindow.h"
#include "ObjectTreeModel.h"
#include "TestData.h"
#include "TreeFind.h"
#include "TrustPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace skopos::ui;

namespace {

constexpr int kTerms = 1000;

// A fitted TfidfVectorizer whose vocabulary_ holds kTerms numpy.int64 values, saved by real skops.
const char* kWriter = R"(
import sys
import numpy as np
import skops.io as sio
from sklearn.feature_extraction.text import TfidfVectorizer
n = int(sys.argv[2])
v = TfidfVectorizer(max_features=n)
v.fit(["alpha beta gamma delta", "beta gamma epsilon zeta", "eta theta alpha"])
v.vocabulary_ = {f"w{i:x}z": np.int64(i) for i in range(n)}
sio.dump(v, sys.argv[1])
)";

QString termKey(int i) { return QStringLiteral("w%1z").arg(i, 0, 16); }

QString cell(const QModelIndex& i, int column) { return i.siblingAtColumn(column).data().toString(); }

} // namespace

class TestFirstRows : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_firstrows"));
        QSettings().clear();
        qputenv("SKOPOS_OUTLINE_MIN_BYTES", "0");
        qunsetenv("SKOPOS_READER");
    }
    void cleanupTestCase() { QSettings().clear(); }

    // A column transformer (nothing untrusted, so the selection stays): its
    // outline, then the full tree in the same tab.
    void outlineThenFullTree()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        bool sawOutline = false;
        QString keptKey;
        connect(&w, &MainWindow::outlineShown, this, [&] {
            sawOutline = true;
            DocumentTab* tab = w.currentDocument();
            QVERIFY(tab);
            QVERIFY(tab->reading());
            QVERIFY(!tab->document()); // nothing acts on an outline
            QVERIFY(tab->readingBar()->isVisibleTo(&w));
            QVERIFY(tab->cancelReadingButton()->isEnabled());
            ObjectTreeModel* m = tab->treeModel();
            QCOMPARE(m, w.treeModel()); // the model watched from the start
            const QModelIndex root = m->index(0, 0);
            QCOMPARE(cell(root, ObjectTreeModel::TypeColumn),
                     QStringLiteral("sklearn.compose._column_transformer.ColumnTransformer"));
            QVERIFY(w.treeView()->isExpanded(root));
            QVERIFY(m->rowCount(root) > 0);
            QCOMPARE(cell(root, ObjectTreeModel::VerdictColumn), QString()); // no verdict yet
            // The verdict is pending; nothing to approve, convert or load.
            QVERIFY(tab->findChild<QLabel*>(QStringLiteral("verdictPending"))->isVisibleTo(&w));
            QCOMPARE(tab->trustPanel()->typeList()->topLevelItemCount(), 0);
            QVERIFY(!w.loadAction()->isEnabled());
            QVERIFY(!w.convertAction()->isEnabled());
            QVERIFY(w.closeAction()->isEnabled());
            // Keyboard: Down goes to the first row below the root; expand a row with rows.
            w.treeView()->setFocus();
            QTest::keyClick(w.treeView(), Qt::Key_Down);
            QCOMPARE(w.treeView()->currentIndex().parent(), root);
            const QModelIndex state = uitest::findKey(m, QStringLiteral("transformers_"));
            QVERIFY(state.isValid());
            w.treeView()->expand(state.parent());
            w.treeView()->expand(state);
            w.treeView()->setCurrentIndex(state);
            keptKey = cell(state, ObjectTreeModel::KeyColumn);
        });
        w.openFile(testdata::path(QStringLiteral("fixtures/ColumnTransformer/model.skops")));
        QVERIFY(opened.wait(60000));
        QVERIFY(sawOutline);
        DocumentTab* tab = w.currentDocument();
        QCOMPARE(w.documentCount(), 1);
        QVERIFY(!tab->reading());
        QVERIFY(tab->document());
        QVERIFY(!tab->document()->doc.outline);
        QVERIFY(!tab->readingBar()->isVisibleTo(&w));
        QVERIFY(!tab->findChild<QLabel*>(QStringLiteral("verdictPending"))->isVisibleTo(&w));
        // The row expanded and selected in the outline still is.
        const QModelIndex current = w.treeView()->currentIndex();
        QCOMPARE(cell(current, ObjectTreeModel::KeyColumn), keptKey);
        QVERIFY(w.treeView()->isExpanded(current.siblingAtColumn(0)));
        QVERIFY(w.treeView()->isExpanded(current.parent()));
        QCOMPARE(cell(w.treeModel()->index(0, 0), ObjectTreeModel::TypeColumn),
                 QStringLiteral("sklearn.compose._column_transformer.ColumnTransformer"));
    }

    // A big dict: its first rows, then a row saying how many more; then all of them.
    void bigDictSaysHowManyMore()
    {
        SKOPOS_NEED_REAL_SKOPS();
        const QString file = dir_.filePath(QStringLiteral("vocab.skops"));
        QProcess py;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), testdata::realSkops().src);
        py.setProcessEnvironment(env);
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(kWriter), file, QString::number(kTerms)});
        QVERIFY2(py.waitForFinished(300000) && py.exitCode() == 0, py.readAllStandardError().constData());

        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        int shownRows = 0;
        QString restType, restValue, restKey;
        connect(&w, &MainWindow::outlineShown, this, [&] {
            ObjectTreeModel* m = w.treeModel();
            const QModelIndex vocab = uitest::findKey(m, QStringLiteral("vocabulary_"));
            QVERIFY(vocab.isValid());
            shownRows = m->rowCount(vocab);
            const QModelIndex rest = m->index(shownRows - 1, 0, vocab);
            restKey = cell(rest, ObjectTreeModel::KeyColumn);
            restType = cell(rest, ObjectTreeModel::TypeColumn);
            restValue = cell(rest, ObjectTreeModel::ValueColumn);
            QCOMPARE(cell(m->index(5, 0, vocab), ObjectTreeModel::KeyColumn), termKey(5));
            w.treeView()->expand(vocab);
            w.treeView()->setCurrentIndex(m->index(5, 0, vocab));
        });
        w.openFile(file);
        QVERIFY(opened.wait(60000));
        QVERIFY(shownRows > 10);
        QVERIFY(shownRows < kTerms);
        QCOMPARE(restKey, QStringLiteral("\u2026"));
        QCOMPARE(restType, QStringLiteral("still reading"));
        QCOMPARE(restValue, QStringLiteral("%1 more").arg(QLocale().toString(kTerms - (shownRows - 1))));
        ObjectTreeModel* m = w.treeModel();
        const QModelIndex vocab = uitest::findKey(m, QStringLiteral("vocabulary_"));
        QCOMPARE(m->rowCount(vocab), kTerms);
        QVERIFY(w.treeView()->isExpanded(vocab));
        // The file opens on its finding (the sparse _idf_diag is untrusted), not where the outline was.
        const QModelIndex finding = m->firstFinding();
        QVERIFY(finding.isValid());
        QCOMPARE(w.treeView()->currentIndex().siblingAtColumn(0), finding);
    }

    // No outline unless the schema is big enough (the default threshold).
    void smallFilesOpenAtOnce()
    {
        qunsetenv("SKOPOS_OUTLINE_MIN_BYTES");
        MainWindow w;
        QSignalSpy outline(&w, &MainWindow::outlineShown);
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(testdata::path(QStringLiteral("fixtures/GridSearchCV/model.skops")));
        QVERIFY(opened.wait(60000));
        QCOMPARE(outline.count(), 0);
        qputenv("SKOPOS_OUTLINE_MIN_BYTES", "0");
    }

#ifdef SKOPOS_FAULT_INJECTION
    // The reader stops for good after the outline: Cancel in the tab ends the
    // open, and the tab goes; the window answers meanwhile.
    void cancelWhileReading()
    {
        qputenv("SKOPOS_FAULT", "hang-after-outline");
        MainWindow w;
        w.show();
        QSignalSpy outline(&w, &MainWindow::outlineShown);
        QSignalSpy failed(&w, &MainWindow::openFailed);
        w.openFile(testdata::path(QStringLiteral("fixtures/GridSearchCV/model.skops")));
        QVERIFY(outline.wait(60000));
        qunsetenv("SKOPOS_FAULT");
        QCOMPARE(w.documentCount(), 1);
        QVERIFY(w.currentDocument()->reading());
        QTest::mouseClick(w.currentDocument()->cancelReadingButton(), Qt::LeftButton);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("cancelled"));
        QTRY_COMPARE(w.documentCount(), 0);
    }
#endif
};

QTEST_MAIN(TestFirstRows)
#include "tst_firstrows.moc"
