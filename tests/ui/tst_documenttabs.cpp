// Several files at once, offscreen: each file in its own tab with its own
// verdicts and approvals (per-file approvals stay in their tab, "remember for
// all files" reaches every tab); closing tabs; opening an open file shows its
// tab (read again when the file changed on disk); a drop of two files and a folder-scan double-click open tabs; the raw
// view shows a selected node's place (schema.json object, pickle opcode);
// the raw find bar finds and says "Not found".
//
// Expected values come from outside Skopos: the untrusted lists written by
// real skops (fixtures' expected.json), the opcode offsets Python's pickletools
// printed for the same pickle (ui/StandardScaler.p4.pickletools.txt), and for
// skops the raw text itself, which is the schema.json member.
#include "Language.h"
#include "DocumentTab.h"
#include "FolderScanWidget.h"
#include "MainWindow.h"
#include "NodeDetailsWidget.h"
#include "ObjectTreeModel.h"
#include "ScanTableModel.h"
#include "Settings.h"
#include "TestData.h"
#include "TrustPanel.h"
#include "VerdictBanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace skopos;
using namespace skopos::ui;

namespace {

QString data(const char* rel) { return testdata::path(QString::fromLatin1(rel)); }

bool openAndWait(MainWindow& w, const QString& file)
{
    if (!QFileInfo::exists(file)) {
        qWarning("missing test file %s", qPrintable(file));
        return false;
    }
    QSignalSpy opened(&w, &MainWindow::documentOpened);
    w.openFile(file);
    return opened.wait(15000);
}

QTreeWidgetItem* typeRow(DocumentTab* t, const QString& name)
{
    return t->trustPanel()->typeList()->findItems(name, Qt::MatchExactly, TrustPanel::TypeColumn).value(0);
}

std::size_t untrustedCount(DocumentTab* t) { return t->document()->audit.untrusted.size(); }

// The first node (in tree order) whose key is `key`.
QModelIndex childWithKey(ObjectTreeModel* m, const QString& key)
{
    QModelIndex hit = m->findNextText(m->index(0, 0), key);
    for (int guard = 0; hit.isValid() && guard < 100; ++guard) {
        if (hit.siblingAtColumn(ObjectTreeModel::KeyColumn).data().toString() == key)
            return hit.siblingAtColumn(0);
        hit = m->findNextText(hit, key);
    }
    return {};
}

struct Op {
    qint64 offset = -1;
    QString name;
};

// From Python's pickletools listing: the opcode that pushes the value of the
// dict key `key` (the first opcode after the key's string and its MEMOIZE).
Op valueOpcodeAfterKey(const QString& listingFile, const QString& key)
{
    QFile f(listingFile);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression line(QStringLiteral("^\\s*(\\d+): \\S+\\s+([A-Z_0-9]+)"));
    bool afterKey = false;
    for (const QString& l : lines) {
        const auto m = line.match(l);
        if (!m.hasMatch())
            continue;
        if (!afterKey) {
            afterKey = l.contains(QStringLiteral("UNICODE '%1'").arg(key));
            continue;
        }
        if (m.captured(2) == QStringLiteral("MEMOIZE") || m.captured(2).endsWith(QStringLiteral("PUT")))
            continue;
        return {m.captured(1).toLongLong(), m.captured(2)};
    }
    return {};
}

} // namespace

class TestDocumentTabs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_documenttabs"));
        QSettings().clear();
        qunsetenv("SKOPOS_PROFILE");
        // English plural forms ("4 types to review"), as the app shows them.
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void twoFilesKeepTheirOwnVerdictsAndApprovals()
    {
        const QString skops = data("ui/extra_odd_objects.skops");
        const QString pickle = data("pickle/fixtures/extra_odd_objects/model.p4.pkl");
        const QJsonObject expected = testdata::readJson(data("fixtures/extra_odd_objects/expected.json"));
        const int expectedCount = expected.value(QStringLiteral("untrusted")).toArray().size();
        QCOMPARE(expectedCount, 4);

        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QCOMPARE(w.documentCount(), 0);
        QVERIFY(!w.closeAction()->isEnabled());
        QVERIFY(!w.nextUntrustedAction()->isEnabled());
        QVERIFY(openAndWait(w, skops));
        QAbstractItemModelTester tester2(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(openAndWait(w, pickle));
        QCOMPARE(w.documentCount(), 2);
        DocumentTab* a = w.documentAt(0);
        DocumentTab* b = w.documentAt(1);
        // The model watched before the first file opened is the first tab's.
        QCOMPARE(tester.model(), static_cast<QAbstractItemModel*>(a->treeModel()));
        QCOMPARE(w.currentDocument(), b);
        QCOMPARE(w.treeModel(), b->treeModel());
        QCOMPARE(a->filePath(), QFileInfo(skops).absoluteFilePath());
        QCOMPARE(b->filePath(), QFileInfo(pickle).absoluteFilePath());
        QVERIFY(w.windowTitle().contains(QDir::toNativeSeparators(QFileInfo(pickle).absoluteFilePath())));
        QVERIFY(w.windowTitle().contains(QStringLiteral("4 types to review")));
        QCOMPARE(static_cast<int>(untrustedCount(a)), expectedCount);
        QCOMPARE(static_cast<int>(untrustedCount(b)), expectedCount);

        // Per file (the default): approving in the skops tab leaves the pickle tab alone.
        w.documentTabs()->setCurrentWidget(a);
        QVERIFY(w.windowTitle().contains(QDir::toNativeSeparators(QFileInfo(skops).absoluteFilePath())));
        QVERIFY(!a->trustPanel()->rememberForAllFiles()->isChecked());
        QTreeWidgetItem* part = typeRow(a, QStringLiteral("functools.partial"));
        QVERIFY(part);
        part->setCheckState(TrustPanel::TypeColumn, Qt::Checked);
        QTRY_COMPARE(static_cast<int>(untrustedCount(a)), 3);
        QVERIFY(w.statusText().startsWith(QStringLiteral("3 types to review")));
        QCOMPARE(static_cast<int>(untrustedCount(b)), 4);
        QCOMPARE(b->verdictBanner()->text().contains(QStringLiteral("4 types need review")), true);
        QVERIFY(b->document()->audit.approved.empty());

        // Switching tabs: title, status and the Load gate follow the current tab.
        w.documentTabs()->setCurrentWidget(b);
        QVERIFY(w.statusText().startsWith(QStringLiteral("4 types to review")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("4 types to review")));
        QVERIFY(w.loadAction()->toolTip().contains(QStringLiteral("convert")));
        QVERIFY2(w.convertAction()->isEnabled(), qPrintable(w.convertAction()->toolTip()));

        // "Remember for all files" in the pickle tab reaches the skops tab too.
        b->trustPanel()->rememberForAllFiles()->setChecked(true);
        const QString coo = QStringLiteral("scipy.sparse._coo.coo_matrix");
        QTreeWidgetItem* cooRow = typeRow(b, coo);
        QVERIFY(cooRow);
        cooRow->setCheckState(TrustPanel::TypeColumn, Qt::Checked);
        QTRY_COMPARE(static_cast<int>(untrustedCount(b)), 3);
        QTRY_COMPARE(static_cast<int>(untrustedCount(a)), 2);
        QVERIFY(a->verdictBanner()->text().contains(QStringLiteral("2 types need review")));
        // The per-file approval of the skops file did not travel to the pickle.
        const auto& approvedB = b->document()->audit.approved;
        QVERIFY(std::find(approvedB.begin(), approvedB.end(), std::string("functools.partial")) == approvedB.end());

        // Withdrawing it in the skops tab withdraws it for all files: both tabs review it again.
        QTreeWidgetItem* cooInA = typeRow(a, coo);
        QVERIFY(cooInA);
        QCOMPARE(cooInA->checkState(TrustPanel::TypeColumn), Qt::Checked);
        cooInA->setCheckState(TrustPanel::TypeColumn, Qt::Unchecked);
        QTRY_COMPARE(static_cast<int>(untrustedCount(a)), 3);
        QTRY_COMPARE(static_cast<int>(untrustedCount(b)), 4);
    }

    void closingTabs()
    {
        const QString first = data("ui/StandardScaler.skops");
        const QString second = data("ui/skops_function_eval.skops");
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, first));
        QVERIFY(openAndWait(w, second));
        QCOMPARE(w.documentCount(), 2);
        QVERIFY(w.windowTitle().contains(QStringLiteral("DANGEROUS")));
        // Opening an open file shows its tab instead of a second copy.
        QVERIFY(openAndWait(w, first));
        QCOMPARE(w.documentCount(), 2);
        QCOMPARE(w.currentDocument()->filePath(), QFileInfo(first).absoluteFilePath());
        QVERIFY(w.windowTitle().contains(QStringLiteral("trusted types only")));
        // Ctrl+W closes the current tab; the other becomes current, with its verdict.
        QVERIFY(w.closeAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_W)));
        w.closeAction()->trigger();
        QCOMPARE(w.documentCount(), 1);
        QCOMPARE(w.currentDocument()->filePath(), QFileInfo(second).absoluteFilePath());
        QVERIFY(w.windowTitle().contains(QStringLiteral("DANGEROUS")));
        QVERIFY(w.statusText().startsWith(QStringLiteral("DANGEROUS")));
        QVERIFY(!w.loadAction()->isEnabled());
        // The tab's own close button.
        emit w.documentTabs()->tabCloseRequested(0);
        QCOMPARE(w.documentCount(), 0);
        QCOMPARE(w.currentDocument(), nullptr);
        QCOMPARE(w.treeModel()->rowCount(), 0);
        QCOMPARE(w.windowTitle(), QStringLiteral("Skopos"));
        QVERIFY(!w.closeAction()->isEnabled());
        QVERIFY(!w.exportTrustedAction()->isEnabled());
        QVERIFY(!w.convertAction()->isEnabled());
        QVERIFY(!w.copyLoadLineAction()->isEnabled());
        QVERIFY(!w.nextUntrustedAction()->isEnabled());
        // Recent files still open (in a new tab).
        QCOMPARE(settings::recentFiles().value(0), QFileInfo(second).absoluteFilePath());
        QCOMPARE(settings::recentFiles().value(1), QFileInfo(first).absoluteFilePath());
        QVERIFY(openAndWait(w, settings::recentFiles().value(1)));
        QCOMPARE(w.documentCount(), 1);
        QCOMPARE(w.currentDocument()->filePath(), QFileInfo(first).absoluteFilePath());
    }

    // A file that changed on disk since its tab was read is read again when
    // opened again: the tab must not show a verdict about other bytes.
    void openingAChangedFileReadsItAgain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("model.skops"));
        QVERIFY(QFile::copy(data("ui/StandardScaler.skops"), file));
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, file));
        QVERIFY(w.windowTitle().contains(QStringLiteral("trusted types only")));
        // Unchanged: the same tab, not read again.
        const DocumentTab* before = w.currentDocument();
        QVERIFY(openAndWait(w, file));
        QCOMPARE(w.currentDocument(), before);
        // Replaced by a dangerous model (another size, a later time).
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::copy(data("ui/skops_function_eval.skops"), file));
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::ReadWrite));
        QVERIFY(touch.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        touch.close();
        QVERIFY(openAndWait(w, file));
        QCOMPARE(w.documentCount(), 1);
        QVERIFY(w.currentDocument() != before);
        QVERIFY2(w.windowTitle().contains(QStringLiteral("DANGEROUS")), qPrintable(w.windowTitle()));
    }

    void dropOfTwoFilesOpensTwoTabs()
    {
        MainWindow w;
        w.show();
        QMimeData mime;
        const QString a = data("ui/StandardScaler.skops"), b = data("ui/GridSearchCV.skops");
        mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(drop.dropAction(), Qt::CopyAction);
        QTRY_COMPARE_WITH_TIMEOUT(w.documentCount(), 2, 20000);
        QCOMPARE(w.documentAt(0)->filePath(), QFileInfo(a).absoluteFilePath());
        QCOMPARE(w.documentAt(1)->filePath(), QFileInfo(b).absoluteFilePath());
        // Ctrl+PgDown / Ctrl+Tab switch between them.
        QCOMPARE(w.documentTabs()->currentIndex(), 1);
        QAction* next = nullptr;
        for (QAction* act : w.findChildren<QAction*>())
            if (act->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_PageDown)))
                next = act;
        QVERIFY(next);
        QVERIFY(next->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Tab)));
        next->trigger();
        QCOMPARE(w.documentTabs()->currentIndex(), 0);
        QVERIFY(w.windowTitle().contains(QStringLiteral("StandardScaler.skops")));
    }

    void folderScanDoubleClickOpensATab()
    {
        MainWindow win;
        win.show();
        FolderScanWidget* scan = win.openFolder(testdata::path(QStringLiteral("ui")));
        QVERIFY(scan);
        QSignalSpy done(scan, &FolderScanWidget::scanFinished);
        QVERIFY(done.wait(60000));
        const QString want = QFileInfo(data("ui/GridSearchCV.skops")).absoluteFilePath();
        QAbstractItemModel* proxy = scan->view()->model();
        QModelIndex row;
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (QFileInfo(proxy->index(r, ScanTableModel::ColPath).data(Qt::ToolTipRole).toString()).absoluteFilePath()
                    == want
                || proxy->index(r, ScanTableModel::ColPath)
                       .data()
                       .toString()
                       .endsWith(QStringLiteral("GridSearchCV.skops")))
                row = proxy->index(r, ScanTableModel::ColPath);
        QVERIFY(row.isValid());
        QSignalSpy opened(&win, &MainWindow::documentOpened);
        emit scan->view()->doubleClicked(row);
        QVERIFY(opened.wait(15000));
        QCOMPARE(win.documentCount(), 1);
        QCOMPARE(win.currentDocument()->filePath(), want);
        scan->close();
    }

    void rawViewShowsASkopsNodesObject()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(openAndWait(w, data("ui/StandardScaler.skops")));
        DocumentTab* t = w.currentDocument();
        const QString raw = w.rawView()->toPlainText(); // the schema.json member itself
        QVERIFY(raw.contains(QStringLiteral("\"mean_\"")));
        // The root is selected on opening: its object is the document's first '{'.
        QVERIFY2(t->rawHighlightedText().startsWith(QLatin1Char('{')), qPrintable(t->rawHighlightedText()));
        QVERIFY(t->rawHighlightedText().contains(QStringLiteral("\"__class__\": \"StandardScaler\"")));
        QCOMPARE(raw.indexOf(QLatin1Char('{')), w.rawView()->document()->toPlainText().indexOf(QLatin1Char('{')));

        const QModelIndex mean = childWithKey(w.treeModel(), QStringLiteral("mean_"));
        QVERIFY(mean.isValid());
        w.treeView()->setCurrentIndex(mean);
        const QString shown = t->rawHighlightedText();
        QVERIFY2(shown.startsWith(QLatin1Char('{')), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("\"__class__\": \"ndarray\"")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("\"__loader__\": \"NdArrayNode\"")), qPrintable(shown));
        // It is the object under the key "mean_": the text before it ends with that key.
        const int at = w.rawView()->textCursor().position();
        QVERIFY2(raw.left(at).trimmed().endsWith(QStringLiteral("\"mean_\":")),
                 qPrintable(raw.mid(std::max(0, at - 40), 60)));
        // The details give the same offset (ASCII text: characters are bytes).
        QVERIFY2(w.details()->summaryText().contains(
                     QStringLiteral("byte %1 of schema.json").arg(raw.left(at).toUtf8().size())),
                 qPrintable(w.details()->summaryText()));
        QVERIFY(t->rawPositionLabel()->text().contains(QStringLiteral("byte")));
    }

    void rawViewShowsAPickleNodesOpcode_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("bool") << QStringLiteral("with_mean");
        QTest::newRow("int") << QStringLiteral("n_features_in_");
    }
    void rawViewShowsAPickleNodesOpcode()
    {
        QFETCH(QString, key);
        const Op op = valueOpcodeAfterKey(data("ui/StandardScaler.p4.pickletools.txt"), key);
        QVERIFY2(op.offset > 0, "pickletools listing missing or without the key");
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(openAndWait(w, data("ui/StandardScaler.p4.pkl")));
        DocumentTab* t = w.currentDocument();
        const QModelIndex value = childWithKey(w.treeModel(), key);
        QVERIFY(value.isValid());
        w.treeView()->setCurrentIndex(value);
        const QString line = t->rawHighlightedText();
        QVERIFY2(line.trimmed().startsWith(QStringLiteral("%1:").arg(op.offset)), qPrintable(line));
        QVERIFY2(line.contains(op.name), qPrintable(line + QStringLiteral(" / ") + op.name));
        QVERIFY(w.details()->summaryText().contains(QStringLiteral("opcode at offset %1").arg(op.offset)));
        // The cursor is on that line.
        QCOMPARE(w.rawView()->textCursor().block().text(), line);
    }

    void trustPanelJumpsBetweenNodesOfAType()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        // csr_matrix: three objects in its schema.json (fixtures/extra_sparse_svc).
        QVERIFY(openAndWait(w, data("ui/extra_sparse_svc.skops")));
        DocumentTab* t = w.currentDocument();
        // The type with the most nodes (the panel counts them).
        QTreeWidget* list = t->trustPanel()->typeList();
        QString type;
        int most = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (const int n = list->topLevelItem(i)->text(TrustPanel::NodesColumn).toInt(); n > most) {
                most = n;
                type = list->topLevelItem(i)->text(TrustPanel::TypeColumn);
            }
        QVERIFY2(most >= 2, qPrintable(type));
        const auto typeAt = [&] {
            return w.treeView()
                       ->currentIndex()
                       .siblingAtColumn(ObjectTreeModel::TypeColumn)
                       .data(Qt::ToolTipRole)
                       .toString()
                       .contains(type)
                || w.treeView()->currentIndex().siblingAtColumn(ObjectTreeModel::TypeColumn).data().toString() == type;
        };
        w.jumpToType(type, true);
        QVERIFY(typeAt());
        const QString first = w.treeModel()->keyPath(w.treeView()->currentIndex());
        w.jumpToType(type, true);
        QVERIFY(typeAt());
        const QString second = w.treeModel()->keyPath(w.treeView()->currentIndex());
        QVERIFY2(first != second, qPrintable(first));
        w.jumpToType(type, false); // previous
        QCOMPARE(w.treeModel()->keyPath(w.treeView()->currentIndex()), first);
        // Each row carries a note of what is known, e.g. a library outside scikit-learn/numpy/scipy, a private type.
        QTreeWidgetItem* row = typeRow(t, type);
        QVERIFY(row);
        QCOMPARE(row->text(TrustPanel::NoteColumn), TrustPanel::noteFor(type, false));
        QVERIFY(TrustPanel::noteFor(QStringLiteral("xgboost.core.Booster"), false)
                    .contains(QStringLiteral("outside scikit-learn")));
        QVERIFY(TrustPanel::noteFor(QStringLiteral("sklearn.metrics._scorer._passthrough_scorer"), false)
                    .contains(QStringLiteral("private scikit-learn")));
    }

    void ctrlFInTheRawViewSearchesTheRawText()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, data("ui/StandardScaler.skops")));
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QAction* find = nullptr;
        for (QAction* a : w.findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(QKeySequence::Find))
                find = a;
        QVERIFY(find);
        w.currentDocument()->sideTabs()->setCurrentIndex(2);
        w.rawView()->setFocus();
        QTRY_VERIFY(w.rawView()->hasFocus());
        find->trigger();
        QTRY_VERIFY(w.rawFindField()->hasFocus());
        // Elsewhere it is the tree's find field.
        w.treeView()->setFocus();
        QTRY_VERIFY(w.treeView()->hasFocus());
        find->trigger();
        QTRY_VERIFY(w.findField()->hasFocus());
    }

    void rawFindFindsAndSaysNotFound()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, data("ui/StandardScaler.skops")));
        DocumentTab* t = w.currentDocument();
        const QString raw = w.rawView()->toPlainText();
        const int expected = static_cast<int>(raw.count(QStringLiteral("\"__loader__\"")));
        QVERIFY(expected > 3);
        w.rawFindField()->setText(QStringLiteral("\"__loader__\""));
        QCOMPARE(t->rawFindStatus()->text(), QStringLiteral("%1 matches").arg(expected));
        QCOMPARE(w.rawView()->textCursor().selectedText(), QStringLiteral("\"__loader__\""));
        const int firstHit = w.rawView()->textCursor().selectionStart();
        QVERIFY(t->findInRaw(false));
        const int secondHit = w.rawView()->textCursor().selectionStart();
        QVERIFY(secondHit > firstHit);
        QCOMPARE(raw.mid(secondHit, 12), QStringLiteral("\"__loader__\""));
        QVERIFY(t->findInRaw(true)); // previous
        QCOMPARE(w.rawView()->textCursor().selectionStart(), firstHit);
        // All matches are highlighted (besides the selected node's place).
        QVERIFY(w.rawView()->extraSelections().size() >= expected);

        w.rawFindField()->setText(QStringLiteral("no such text in a schema"));
        QVERIFY(!t->findInRaw(false));
        QCOMPARE(t->rawFindStatus()->text(), QStringLiteral("Not found"));
    }
};

QTEST_MAIN(TestDocumentTabs)
#include "tst_documenttabs.moc"
