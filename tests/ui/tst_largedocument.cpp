// A big real file in the window (issue 28): a fitted TfidfVectorizer whose
// vocabulary_ holds 100,000 numpy.int64 values, pickled by real Python. The
// window opens it (reader helper, worker), shows its root and finds inside
// the big dict; the tree model answers the dict's row count from a table of
// edges and makes a row object only for rows asked for their own rows, so
// expanding 100,000 rows creates none of them; the Model tab's description
// comes ready from the opening worker.
#include "DocumentTab.h"
#include "LoadedDocument.h"
#include "MainWindow.h"
#include "ModelTab.h"
#include "ObjectTreeModel.h"
#include "TestData.h"
#include "TreeFind.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace skopos::ui;

namespace {

constexpr int kTerms = 100000;

// vocabulary_ as max_features leaves it: term -> numpy.int64. Term i is "w<hex i>z".
const char* kWriter = R"(
import pickle, sys
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
n = int(sys.argv[2])
v = TfidfVectorizer(max_features=n)
v.fit(["alpha beta gamma delta", "beta gamma epsilon zeta", "eta theta alpha"])
v.vocabulary_ = {f"w{i:x}z": np.int64(i) for i in range(n)}
with open(sys.argv[1], "wb") as f:
    pickle.dump(v, f, protocol=4)
)";

QString termKey(int i) { return QStringLiteral("w%1z").arg(i, 0, 16); }

} // namespace

class TestLargeDocument : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString file_;
    QString whyNot_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_largedocument"));
        QSettings().clear();
        file_ = dir_.filePath(QStringLiteral("vocab100k.p4.pkl"));
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(kWriter), file_, QString::number(kTerms)});
        if (!py.waitForFinished(300000) || py.exitStatus() != QProcess::NormalExit || py.exitCode() != 0)
            whyNot_ = QStringLiteral("/usr/bin/python3 with numpy and scikit-learn could not write the file: %1")
                          .arg(QString::fromUtf8(py.readAllStandardError().right(300)).trimmed());
    }
    void cleanupTestCase() { QSettings().clear(); }

    // The model on its own: checked by the tester, and lazy on a second model.
    void bigDictRowsAreMadeOnDemand()
    {
        if (!whyNot_.isEmpty())
            SKOPOS_ORACLE_SKIP(whyNot_);
        const auto doc = loadDocument(file_, skopos::OpenOptions{}, std::set<std::string>{});
        QVERIFY(doc->description); // described in the worker, not on the GUI thread
        QVERIFY(doc->description->isEstimator);
        QCOMPARE(doc->describedWith, doc->profile);

        ObjectTreeModel measured; // only this test touches it: laziness is measured here
        measured.setDocument(doc);
        QCOMPARE(measured.createdRows(), std::size_t(1)); // the root row
        const QModelIndex vocab = uitest::findKey(&measured, QStringLiteral("vocabulary_"));
        QVERIFY(vocab.isValid());
        const std::size_t before = measured.createdRows();
        QVERIFY2(before < 200, qPrintable(QString::number(before))); // the rows findKey walked before it
        QCOMPARE(measured.rowCount(vocab), kTerms);
        QCOMPARE(measured.createdRows(), before + 1); // the dict's row: a table, no row objects
        // Any row answers without a row object; keys in the dict's order.
        for (int r : {0, 1, 4097, kTerms - 1}) {
            const QModelIndex i = measured.index(r, ObjectTreeModel::KeyColumn, vocab);
            QCOMPARE(i.data().toString(), termKey(r));
            QCOMPARE(i.parent(), vocab);
            QCOMPARE(measured.index(r, ObjectTreeModel::ValueColumn, vocab).data().toString(), QString::number(r));
            QCOMPARE(measured.keyPath(i).split(QStringLiteral(" → ")).last(), termKey(r));
        }
        QCOMPARE(measured.createdRows(), before + 1);
        QCOMPARE(measured.index(kTerms, 0, vocab), QModelIndex());
        // Finding a key far down walks the rows, entering only rows with children.
        const QModelIndex hit = measured.findNextText(vocab, termKey(kTerms - 2));
        QVERIFY(hit.isValid());
        QCOMPARE(hit.parent(), vocab);
        QCOMPARE(hit.row(), kTerms - 2);
        QVERIFY2(measured.createdRows() < before + 1 + kTerms / 2, qPrintable(QString::number(measured.createdRows())));

        // The same document under the tester, which walks every row.
        ObjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(doc);
        const QModelIndex v2 = uitest::findKey(&model, QStringLiteral("vocabulary_"));
        QCOMPARE(model.rowCount(v2), kTerms);
        model.setOnlyUnsafe(true); // nothing untrusted in a vectorizer: rows go
        model.setOnlyUnsafe(false);
        QCOMPARE(model.rowCount(model.index(0, 0)), measured.rowCount(measured.index(0, 0)));
    }

    // The window: opens it, shows the root, expands and finds in the big dict.
    void windowOpensBigDict()
    {
        if (!whyNot_.isEmpty())
            SKOPOS_ORACLE_SKIP(whyNot_);
        MainWindow w;
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(file_);
        QVERIFY(opened.wait(120000));
        ObjectTreeModel* m = w.treeModel();
        const QModelIndex root = m->index(0, 0);
        QCOMPARE(m->index(0, ObjectTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("sklearn.feature_extraction.text.TfidfVectorizer"));
        QVERIFY(w.treeView()->isExpanded(root));
        DocumentTab* tab = w.currentDocument();
        QVERIFY(tab);
        QVERIFY(tab->modelTab()->isEstimator());
        QVERIFY(tab->document()->description);
        // Expanding the dict in the view lays out its rows, but makes no row objects.
        const QModelIndex vocab = uitest::findKey(m, QStringLiteral("vocabulary_"));
        QVERIFY(vocab.isValid());
        const std::size_t before = m->createdRows();
        w.treeView()->expand(vocab);
        w.treeView()->scrollTo(m->index(kTerms / 2, 0, vocab));
        QCoreApplication::processEvents();
        QVERIFY(w.treeView()->isExpanded(vocab));
        QCOMPARE(m->rowCount(vocab), kTerms);
        QVERIFY2(m->createdRows() < before + 200, qPrintable(QString::number(m->createdRows())));
        // Find (Ctrl+F, Enter) reaches a key near the end and selects it.
        w.findField()->setText(termKey(kTerms - 3));
        w.findNext();
        const QModelIndex cur = w.treeView()->currentIndex();
        QCOMPARE(cur.siblingAtColumn(0).data().toString(), termKey(kTerms - 3));
        QCOMPARE(cur.parent(), vocab);
        // The opcode listing is read when first asked for (a big file), then shown, capped.
        QVERIFY(tab->document()->rawPending);
        const QString raw = tab->rawView()->toPlainText();
        QVERIFY(!tab->document()->rawPending);
        QVERIFY2(raw.contains(QStringLiteral("PROTO")), qPrintable(raw.left(200)));
        QVERIFY(raw.contains(QStringLiteral("truncated")));
        // Keyboard: Down moves to the next key.
        QTest::keyClick(w.treeView(), Qt::Key_Down);
        QCOMPARE(w.treeView()->currentIndex().siblingAtColumn(0).data().toString(), termKey(kTerms - 2));
    }
};

QTEST_MAIN(TestLargeDocument)
#include "tst_largedocument.moc"
