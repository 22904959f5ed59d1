// The flows MainWindow hands off and the small things around them, offscreen:
// the name a conversion suggests (every model suffix dropped), the result box
// staying open after Copy Load Line, undoing a withdrawn approval, the tree
// find's message when nothing matches at all, menus without two actions on
// one mnemonic (English, German, French), and the dangerous-name reasons and
// reader type names in the interface language (CoreText: the core writes
// English only).
#include "ConvertFlow.h"
#include "CoreText.h"
#include "DocumentTab.h"
#include "Language.h"
#include "LoadInPython.h"
#include "MainWindow.h"
#include "ObjectTreeModel.h"
#include "Settings.h"
#include "TestData.h"
#include "TrustPanel.h"
#include "trust/DangerousNames.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace skopos;
using namespace skopos::ui;

namespace {

QString data(const char* rel) { return testdata::path(QString::fromLatin1(rel)); }

bool openAndWait(MainWindow& w, const QString& file)
{
    QSignalSpy opened(&w, &MainWindow::documentOpened);
    w.openFile(file);
    return opened.wait(20000);
}

// Drops every translator installTranslators() added, so each language starts clean.
void useLanguage(const QString& code)
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(installTranslators(code), code);
}

// The mnemonic of a menu text ("Con&vert" -> 'v'), or a null QChar.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&'))
                return text[i + 1].toLower();
            ++i; // "&&" is a literal ampersand
        }
    return {};
}

// "File: o used by &Open… and Open &Example" for each clash in `menu` and below.
QStringList mnemonicClashes(const QString& where, const QList<QAction*>& actions)
{
    QStringList clashes;
    QMap<QChar, QString> seen;
    for (QAction* a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString text = a->menu() ? a->menu()->title() : a->text();
        if (const QChar m = mnemonic(text); !m.isNull()) {
            if (seen.contains(m))
                clashes << QStringLiteral("%1: '%2' used by %3 and %4").arg(where, m, seen[m], text);
            seen[m] = text;
        }
        if (a->menu())
            clashes += mnemonicClashes(where + QStringLiteral(" › ") + a->menu()->title(), a->menu()->actions());
    }
    return clashes;
}

} // namespace

class TestShellFlows : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shellflows"));
        QSettings().clear();
    }
    void init()
    {
        QSettings().clear();
        useLanguage(QStringLiteral("en"));
    }
    void cleanupTestCase() { QSettings().clear(); }

    void suggestedOutputDropsEveryModelSuffix_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("joblib.gz") << "/m/forest.joblib.gz"
                                   << "/m/forest.skops";
        QTest::newRow("pkl.z") << "/m/model.pkl.z"
                               << "/m/model.skops";
        QTest::newRow("pkl") << "/m/model.pkl"
                             << "/m/model.skops";
        QTest::newRow("pickle.bz2") << "/m/model.pickle.bz2"
                                    << "/m/model.skops";
        QTest::newRow("joblib.xz") << "/m/m.joblib.xz"
                                   << "/m/m.skops";
        QTest::newRow("joblib.lzma") << "/m/m.joblib.lzma"
                                     << "/m/m.skops";
        QTest::newRow("joblib.lz4") << "/m/m.joblib.lz4"
                                    << "/m/m.skops";
        QTest::newRow("zlib") << "/m/m.zlib"
                              << "/m/m.skops";
        QTest::newRow("upper case") << "/m/Forest.JOBLIB.GZ"
                                    << "/m/Forest.skops";
        QTest::newRow("other dots kept") << "/m/model.p4.pkl"
                                         << "/m/model.p4.skops";
        QTest::newRow("version kept") << "/m/rf-1.2.joblib"
                                      << "/m/rf-1.2.skops";
        QTest::newRow("no suffix") << "/m/model"
                                   << "/m/model.skops";
        QTest::newRow("only a suffix") << "/m/.pkl"
                                       << "/m/.pkl.skops";
        QTest::newRow("old skops") << "/m/model.skops"
                                   << "/m/model.converted.skops";
    }
    void suggestedOutputDropsEveryModelSuffix()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(ConvertFlow::suggestedOutput(input), output);
    }

    void copyLoadLineKeepsTheResultOpen()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, data("pickle/fixtures/extra_odd_objects/model.p4.pkl")));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("converted.skops"));
        QSignalSpy converted(&w, &MainWindow::converted);
        QVERIFY(w.convertTo(out));
        QVERIFY(converted.wait(30000));
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("convertDone"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QAbstractButton *copy = nullptr, *openIt = nullptr;
        for (QAbstractButton* b : box->buttons()) {
            if (b->text().contains(QStringLiteral("Copy")))
                copy = b;
            if (b->text().contains(QStringLiteral("Open")))
                openIt = b;
        }
        QVERIFY(copy && openIt);
        QApplication::clipboard()->clear();
        copy->click();
        QCoreApplication::processEvents();
        QVERIFY2(box->isVisible(), "Copy Load Line closed the box");
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
        QVERIFY2(QApplication::clipboard()->text().startsWith(QStringLiteral("skops.io.load(\"%1\"").arg(out)),
                 qPrintable(QApplication::clipboard()->text()));
        // Open It is still there and works.
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        openIt->click();
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().at(0).toString(), out);
    }

    void copyCodeKeepsLoadInPythonOpen()
    {
        LoadInPythonDialog dlg(data("ui/StandardScaler.skops"), {}, QStringLiteral("python3"));
        dlg.show();
        QPushButton* copy = nullptr;
        for (QPushButton* b : dlg.findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Copy")))
                copy = b;
        QVERIFY(copy);
        copy->click();
        QCoreApplication::processEvents();
        QVERIFY(dlg.isVisible());
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
        QCOMPARE(QApplication::clipboard()->text(), dlg.code());
    }

    void withdrawnApprovalCanBeUndone()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, data("ui/extra_odd_objects.skops")));
        const QString type = QStringLiteral("functools.partial");
        const auto approved = [&w, &type] {
            const auto& a = w.currentDocument()->document()->audit.approved;
            return std::find(a.begin(), a.end(), type.toStdString()) != a.end();
        };
        const auto stored = [&type] {
            for (const settings::Approval& a : settings::approvals())
                if (a.type == type)
                    return true;
            return false;
        };
        QVERIFY(!w.undoWithdrawalAction()->isEnabled());
        w.setApproved(type, true);
        QVERIFY(approved() && stored());
        QVERIFY(!w.undoWithdrawalAction()->isEnabled()); // approving is undone by withdrawing
        w.setApproved(type, false);
        QVERIFY(!approved() && !stored());
        QVERIFY(w.undoWithdrawalAction()->isEnabled());
        QVERIFY(w.undoWithdrawalButton()->isVisible());
        QVERIFY(w.undoWithdrawalButton()->toolTip().contains(type));
        w.undoWithdrawalButton()->click();
        QVERIFY(approved() && stored());
        QVERIFY(!w.undoWithdrawalAction()->isEnabled());
        QVERIFY(!w.undoWithdrawalButton()->isVisible());
        QVERIFY(w.statusBar()->currentMessage().contains(type));
        // For all files: Undo brings back that scope, not a per-file one.
        w.trustPanel()->rememberForAllFiles()->setChecked(true);
        const QString other = QStringLiteral("scipy.sparse._coo.coo_matrix");
        w.setApproved(other, true);
        w.setApproved(other, false);
        w.undoWithdrawalAction()->trigger();
        bool forAll = false;
        for (const settings::Approval& a : settings::approvals())
            forAll |= a.type == other && a.forAllFiles();
        QVERIFY(forAll);
    }

    void findSaysWhenNothingMatches()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, data("ui/StandardScaler.skops")));
        w.findField()->setText(QStringLiteral("no-such-thing-here"));
        w.findNext();
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("No node matches \"no-such-thing-here\""));
        // The only match is where the search starts: nothing *other* matches.
        const QModelIndex root = w.treeModel()->index(0, 0);
        w.treeView()->setCurrentIndex(root);
        const QString rootType = root.siblingAtColumn(ObjectTreeModel::TypeColumn).data().toString();
        QVERIFY(rootType.endsWith(QStringLiteral("StandardScaler")));
        w.findField()->setText(QStringLiteral("StandardScaler"));
        w.findNext();
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("No other node matches \"StandardScaler\""));
    }

    void menusHaveOneActionPerMnemonic_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }
    void menusHaveOneActionPerMnemonic()
    {
        QFETCH(QString, language);
        useLanguage(language);
        MainWindow w;
        addLanguageMenu(&w); // as the app adds it (gui_main.cpp)
        w.show();
        QVERIFY(openAndWait(w, data("ui/StandardScaler.skops"))); // every action as with a file open
        const QList<QAction*> top = w.menuBar()->actions();
        QVERIFY(top.size() >= 5);
        int checked = 0;
        for (QAction* a : top)
            if (a->menu())
                checked += static_cast<int>(a->menu()->actions().size());
        QVERIFY(checked >= 25);
        const QStringList clashes = mnemonicClashes(QStringLiteral("menu bar"), top);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        // A menu item without any mnemonic cannot be reached from the keyboard.
        QStringList without;
        for (QAction* a : top)
            for (QAction* item : a->menu()->actions())
                if (!item->isSeparator() && mnemonic(item->menu() ? item->menu()->title() : item->text()).isNull()
                    && a->menu()->objectName() != QLatin1String("languageMenu"))
                    without << item->text();
        QVERIFY2(without.isEmpty(), qPrintable(without.join(QStringLiteral(", "))));
    }

    void everyCoreReasonIsInTheTable()
    {
        const QStringList table = coreTexts();
        QStringList missing;
        for (const DangerousEntry& e : dangerousTable())
            if (!table.contains(QString::fromUtf8(e.why.data(), static_cast<qsizetype>(e.why.size()))))
                missing << QString::fromUtf8(e.why.data(), static_cast<qsizetype>(e.why.size()));
        // The reason given for any dunder traversal is not in the table's list.
        const DangerousEntry* dunder = findDangerous("builtins.len.__self__");
        QVERIFY(dunder);
        if (!table.contains(QString::fromUtf8(dunder->why.data(), static_cast<qsizetype>(dunder->why.size()))))
            missing << QStringLiteral("(dunder traversal)");
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        for (const char* name : {kComputedImport.data(), kCompanionOutside.data(), kPatchedGlobal.data()})
            QVERIFY2(table.contains(QString::fromUtf8(name)), name);
    }

    void coreTextsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }
    void coreTextsAreTranslated()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QStringList untranslated;
        for (const QString& t : coreTexts())
            if (coreText(t.toStdString()) == t)
                untranslated << t;
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
        QCOMPARE(coreTypeName(QStringLiteral("sklearn.svm.SVC")), QStringLiteral("sklearn.svm.SVC"));
        QVERIFY(coreTypeName(QStringLiteral("(pickle stream)")) != QStringLiteral("(pickle stream)"));
    }

    // What a German user sees on a dangerous pickle: the reason on the
    // Trust tab and the stream's name in the tree are German.
    void germanTrustTabGivesGermanReasons()
    {
        useLanguage(QStringLiteral("de"));
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(openAndWait(w, data("pickle/malicious/call_os.system.p4.pkl")));
        QTreeWidgetItem* row = w.trustPanel()
                                   ->typeList()
                                   ->findItems(QStringLiteral("os.system"), Qt::MatchExactly, TrustPanel::TypeColumn)
                                   .value(0);
        QVERIFY(row);
        const QString note = row->text(TrustPanel::NoteColumn);
        const DangerousEntry* e = findDangerous("os.system");
        QVERIFY(e);
        const QString english = QString::fromUtf8(e->why.data(), static_cast<qsizetype>(e->why.size()));
        QVERIFY2(!note.contains(english), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Betriebssystem")), qPrintable(note));
        // The raw view's title for a pickle: not the English word.
        QVERIFY(QCoreApplication::translate("skopos::ui::LoadedDocument", "Opcodes") != QStringLiteral("Opcodes"));
    }
};

QTEST_MAIN(TestShellFlows)
#include "tst_shellflows.moc"
