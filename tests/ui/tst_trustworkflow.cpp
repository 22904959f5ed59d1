// The trust workflow end to end, offscreen: the verdict banner (clean,
// untrusted, dangerous) agreeing with title and status; dangerous parents;
// next-untrusted stopping at a dangerous root; approvals per file vs. for all
// files; the Trusted Types dialog; approving a module; the gate on Load in
// Python and Load with a stub interpreter (and real skops when importable);
// the untrusted filter; a simulated drop. Expected names come from the
// corpus' expected.json (written by real skops) and the files' own globals.
#include "Language.h"
#include "LoadInPython.h"
#include "MainWindow.h"
#include "NodeDetailsWidget.h"
#include "ObjectTreeModel.h"
#include "Settings.h"
#include "TestData.h"
#include "TrustPanel.h"
#include "TrustedTypesDialog.h"
#include "VerdictBanner.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace skopos;
using namespace skopos::ui;

namespace {

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

QString data(const char* rel) { return testdata::path(QString::fromLatin1(rel)); }

QStringList expectedUntrusted(const char* fixture)
{
    QFile f(testdata::path(QStringLiteral("fixtures/%1/expected.json").arg(QLatin1String(fixture))));
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("<missing expected.json>")};
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("untrusted")).toArray())
        out << v.toString();
    return out;
}

QTreeWidgetItem* typeRow(MainWindow& w, const QString& name)
{
    return w.trustPanel()->typeList()->findItems(name, Qt::MatchExactly, TrustPanel::TypeColumn).value(0);
}

QString sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestTrustWorkflow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_trustworkflow"));
        QSettings().clear();
        // English, as the app shows it: the plural forms ("4 types to review").
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void bannerForCleanFile()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, data("ui/StandardScaler.skops")));
        QCOMPARE(expectedUntrusted("StandardScaler"), QStringList());
        QCOMPARE(w.verdictBanner()->verdict(), FileVerdict::Clean);
        QVERIFY(w.verdictBanner()->isVisible());
        QVERIFY(w.verdictBanner()->text().contains(QStringLiteral("Only trusted types")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("trusted types only")));
        QVERIFY(w.statusText().startsWith(QStringLiteral("trusted types only")));
    }

    void bannerForUntrustedFile()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(openAndWait(w, data("ui/extra_odd_objects.skops")));
        const QStringList expected = expectedUntrusted("extra_odd_objects");
        QCOMPARE(expected.size(), 4);
        QCOMPARE(w.verdictBanner()->verdict(), FileVerdict::Untrusted);
        QVERIFY(w.verdictBanner()->text().contains(QStringLiteral("4 types need review")));
        for (const QString& t : expected)
            QVERIFY2(w.verdictBanner()->text().contains(t), qPrintable(t));
        QVERIFY(w.windowTitle().contains(QStringLiteral("4 types to review")));
        QVERIFY(w.statusText().startsWith(QStringLiteral("4 types to review")));
        // The trust panel: one row per type, with node counts and module.
        QTreeWidgetItem* part = typeRow(w, QStringLiteral("functools.partial"));
        QVERIFY(part);
        QCOMPARE(part->text(TrustPanel::ModuleColumn), QStringLiteral("functools"));
        QVERIFY(part->text(TrustPanel::NodesColumn).toInt() >= 1);
        QTreeWidgetItem* coo = typeRow(w, QStringLiteral("scipy.sparse._coo.coo_matrix"));
        QVERIFY(coo);
        QCOMPARE(coo->text(TrustPanel::ModuleColumn), QStringLiteral("scipy.sparse._coo"));
    }

    void bannerForDangerousFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("global");
        QTest::newRow("skops eval") << data("malicious/skops_function_eval.skops") << QStringLiteral("builtins.eval");
        QTest::newRow("pickle os.system")
            << data("pickle/malicious/call_os.system.p4.pkl") << QStringLiteral("os.system");
    }
    void bannerForDangerousFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, global);
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(openAndWait(w, file));
        QCOMPARE(w.verdictBanner()->verdict(), FileVerdict::Dangerous);
        QVERIFY(w.verdictBanner()->text().contains(QStringLiteral("DANGEROUS")));
        QVERIFY(w.verdictBanner()->text().contains(global));
        QVERIFY(w.windowTitle().contains(QStringLiteral("DANGEROUS")));
        QVERIFY(w.statusText().startsWith(QStringLiteral("DANGEROUS")));
        // The root is dangerous itself or says it contains something dangerous; so do its details.
        const QModelIndex root = w.treeModel()->index(0, 0);
        const QString verdict = root.siblingAtColumn(ObjectTreeModel::VerdictColumn).data().toString();
        QVERIFY2(verdict == QStringLiteral("DANGEROUS") || verdict == QStringLiteral("contains DANGEROUS"),
                 qPrintable(verdict));
        QVERIFY(w.details()->summaryText().contains(QStringLiteral("DANGEROUS")));
        QVERIFY(!w.details()->summaryText().contains(QStringLiteral("plain value")));
        // Next untrusted stops at a dangerous node, the root included.
        w.statusBar()->clearMessage();
        w.findNextUntrusted();
        QVERIFY2(!w.statusBar()->currentMessage().startsWith(QStringLiteral("No untrusted")),
                 qPrintable(w.statusBar()->currentMessage()));
        const QModelIndex hit = w.treeView()->currentIndex();
        QCOMPARE(static_cast<Verdict>(hit.data(ObjectTreeModel::VerdictRole).toInt()), Verdict::Dangerous);
        QCOMPARE(hit.siblingAtColumn(ObjectTreeModel::TypeColumn).data().toString(), global);
        // Loading is never offered.
        QVERIFY(!w.loadAction()->isEnabled());
        QVERIFY(w.loadAction()->toolTip().contains(QStringLiteral("DANGEROUS")));
        QTreeWidgetItem* row = typeRow(w, global);
        QVERIFY(row);
        QVERIFY(!(row->flags() & Qt::ItemIsUserCheckable));
    }

    void approvalsArePerFileUnlessRememberedForAll()
    {
        const QString skops = data("ui/extra_odd_objects.skops");
        const QString pickle = data("pickle/fixtures/extra_odd_objects/model.p4.pkl");
        {
            MainWindow w;
            w.show();
            QVERIFY(openAndWait(w, skops));
            QVERIFY(!w.trustPanel()->rememberForAllFiles()->isChecked()); // per file by default
            typeRow(w, QStringLiteral("functools.partial"))->setCheckState(TrustPanel::TypeColumn, Qt::Checked);
            QTRY_VERIFY(w.statusText().contains(QStringLiteral("3 types to review")));
            const auto list = settings::approvals();
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.front().type, QStringLiteral("functools.partial"));
            QCOMPARE(list.front().fileHash, sha256(skops));
            QCOMPARE(list.front().fileName, QStringLiteral("extra_odd_objects.skops"));
            // The node now says "approved by you", never "default trusted list".
            const QModelIndex part = w.treeModel()->findNextText(w.treeModel()->index(0, 0), QStringLiteral("part"));
            QCOMPARE(part.siblingAtColumn(ObjectTreeModel::VerdictColumn).data().toString(),
                     QStringLiteral("approved by you"));
        }
        {
            // Same types in another file: the per-file approval does not apply.
            MainWindow w;
            QVERIFY(openAndWait(w, pickle));
            QVERIFY2(w.statusText().contains(QStringLiteral("4 types to review")), qPrintable(w.statusText()));
            QVERIFY(w.trustPanel()->appliedLabel()->isHidden());
            // Remember for all files this time.
            w.trustPanel()->rememberForAllFiles()->setChecked(true);
            typeRow(w, QStringLiteral("functools.partial"))->setCheckState(TrustPanel::TypeColumn, Qt::Checked);
            QTRY_VERIFY(w.statusText().contains(QStringLiteral("3 types to review")));
            QVERIFY(settings::approvedTypes().count("functools.partial"));
        }
        {
            // Re-opening the first file says which earlier approvals it used.
            MainWindow w;
            QVERIFY(openAndWait(w, skops));
            QVERIFY(w.statusText().contains(QStringLiteral("3 types to review")));
            QVERIFY(!w.trustPanel()->appliedLabel()->isHidden());
            QVERIFY(w.trustPanel()->appliedLabel()->text().contains(QStringLiteral("functools.partial")));
        }
    }

    void approveAllOfAModuleAfterConfirmation()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(openAndWait(w, data("ui/extra_sparse_svc.skops")));
        const QStringList expected = expectedUntrusted("extra_sparse_svc");
        QVERIFY(!expected.isEmpty());
        // Pick a module of the file's untrusted list and approve all its types.
        const QString first = expected.front();
        const QString module = TrustPanel::moduleOf(first);
        QStringList sameModule;
        for (const QString& t : expected)
            if (TrustPanel::moduleOf(t) == module)
                sameModule << t;
        w.trustPanel()->typeList()->setCurrentItem(typeRow(w, first));
        QVERIFY(w.trustPanel()->approveModuleButton()->isEnabled());
        w.trustPanel()->approveModuleButton()->click();
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("approveModuleConfirmation"));
        QVERIFY(box);
        for (const QString& t : sameModule)
            QVERIFY(box->informativeText().contains(t));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(static_cast<int>(w.treeModel()->document()->audit.approved.size()),
                     static_cast<int>(sameModule.size()));
        QCOMPARE(static_cast<int>(w.treeModel()->document()->audit.untrusted.size()),
                 static_cast<int>(expected.size() - sameModule.size()));
    }

    void trustedTypesDialogListsRevokesImportsExports()
    {
        const QString hash(64, QLatin1Char('a'));
        settings::addApproval(
            {QStringLiteral("functools.partial"), QString(), QString(), QDateTime::currentDateTimeUtc()});
        settings::addApproval(
            {QStringLiteral("numpy.dtype"), hash, QStringLiteral("m.skops"), QDateTime::currentDateTimeUtc()});
        TrustedTypesDialog dlg;
        QCOMPARE(dlg.list()->topLevelItemCount(), 2);
        QStringList scopes;
        for (int i = 0; i < 2; ++i)
            scopes << dlg.list()->topLevelItem(i)->text(1);
        QVERIFY(scopes.contains(QStringLiteral("all files")));
        QVERIFY(scopes.filter(QStringLiteral("m.skops")).size() == 1);

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("trusted.json"));
        QVERIFY(dlg.exportTo(out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("approvals")).toArray().size(), 2);

        QSignalSpy changed(&dlg, &TrustedTypesDialog::approvalsChanged);
        dlg.list()->clearSelection();
        dlg.list()->topLevelItem(0)->setSelected(true);
        dlg.revokeSelected();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings::approvals().size(), 1);
        QCOMPARE(dlg.list()->topLevelItemCount(), 1);

        QVERIFY(dlg.importFrom(out)); // brings the revoked one back
        QCOMPARE(settings::approvals().size(), 2);
        // A file that is not an export is refused with a reason.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"approvals\": []}");
        b.close();
        QVERIFY(!dlg.importFrom(bad));
        auto* box = dlg.findChild<QMessageBox*>();
        QVERIFY(box && box->text().contains(QStringLiteral("not a Skopos trusted-types file")));
    }

    void loadIsGatedUntilEverythingIsApproved()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.loadAction()->isEnabled()); // no file
        QVERIFY(!w.exportTrustedAction()->isEnabled());
        QVERIFY(openAndWait(w, data("ui/GridSearchCV.skops")));
        const QStringList expected = expectedUntrusted("GridSearchCV");
        QCOMPARE(expected, QStringList{QStringLiteral("sklearn.metrics._scorer._passthrough_scorer")});
        QVERIFY(w.exportTrustedAction()->isEnabled());
        QVERIFY(!w.loadAction()->isEnabled());
        QVERIFY(w.loadAction()->toolTip().contains(QStringLiteral("approve")));
        typeRow(w, expected.front())->setCheckState(TrustPanel::TypeColumn, Qt::Checked);
        QTRY_VERIFY(w.loadAction()->isEnabled());
        QCOMPARE(w.loadLine(),
                 QStringLiteral("skops.io.load(\"%1\", trusted=[\"%2\"])")
                     .arg(data("ui/GridSearchCV.skops"), expected.front()));
        // A pickle is never loaded directly (it would run): convert first.
        MainWindow p;
        QVERIFY(openAndWait(p, data("pickle/fixtures/StandardScaler/model.p4.pkl")));
        QVERIFY(!p.loadAction()->isEnabled());
        QVERIFY(p.loadAction()->toolTip().contains(QStringLiteral("convert")));
    }

    void loadWithStubInterpreter()
    {
        // The stub prints its arguments as one JSON line, as a real python3 -c would receive them.
        QTemporaryDir dir;
        const QString stub = dir.filePath(QStringLiteral("python3-stub"));
        QFile s(stub);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("#!/bin/sh\n[ \"$1\" = \"-c\" ] || { echo \"expected -c\"; exit 9; }\nprintf 'ARGS %s\\n' \"$3\"\necho "
                "'StubModel()'\n");
        s.close();
        QVERIFY(s.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString file = data("ui/GridSearchCV.skops");
        LoadInPythonDialog dlg(file, {"sklearn.metrics._scorer._passthrough_scorer"}, stub);
        QSignalSpy finished(&dlg, &LoadInPythonDialog::finished);
        dlg.run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(dlg.output().contains(QStringLiteral("StubModel()")));
        const QString argsLine = dlg.output().section(QStringLiteral("ARGS "), 1).section(QLatin1Char('\n'), 0, 0);
        const QJsonObject args = QJsonDocument::fromJson(argsLine.toUtf8()).object();
        QCOMPARE(args.value(QStringLiteral("path")).toString(), file);
        QCOMPARE(args.value(QStringLiteral("trusted")).toArray().at(0).toString(),
                 QStringLiteral("sklearn.metrics._scorer._passthrough_scorer"));
        QVERIFY(dlg.code().contains(QStringLiteral("trusted=[\"sklearn.metrics._scorer._passthrough_scorer\"]")));

        // A missing interpreter says so plainly.
        LoadInPythonDialog missing(file, {}, dir.filePath(QStringLiteral("no-such-python")));
        QSignalSpy f2(&missing, &LoadInPythonDialog::finished);
        missing.run();
        QVERIFY(f2.wait(10000));
        QCOMPARE(f2.first().at(0).toBool(), false);
        QVERIFY(missing.outcome().contains(QStringLiteral("Python was not found")));

        // An interpreter without skops (exit status 3 from the runner's import guard).
        const QString noSkops = dir.filePath(QStringLiteral("python-no-skops"));
        QFile n(noSkops);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write("#!/bin/sh\necho 'skops is not importable: No module named skops' >&2\nexit 3\n");
        n.close();
        QVERIFY(n.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        LoadInPythonDialog without(file, {}, noSkops);
        QSignalSpy f3(&without, &LoadInPythonDialog::finished);
        without.run();
        QVERIFY(f3.wait(10000));
        QVERIFY(without.outcome().contains(QStringLiteral("skops is not installed")));
    }

    void loadWithRealSkops()
    {
        SKOPOS_NEED_REAL_SKOPS();
        const QString src = testdata::realSkops().src;
        QTemporaryDir dir;
        const QString wrapper = dir.filePath(QStringLiteral("python-with-skops"));
        QFile s(wrapper);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(QStringLiteral("#!/bin/sh\nPYTHONPATH='%1' exec /usr/bin/python3 \"$@\"\n").arg(src).toUtf8());
        s.close();
        QVERIFY(s.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString file = data("ui/GridSearchCV.skops");
        {
            LoadInPythonDialog dlg(file, {"sklearn.metrics._scorer._passthrough_scorer"}, wrapper);
            QSignalSpy finished(&dlg, &LoadInPythonDialog::finished);
            dlg.run();
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.first().at(0).toBool(), qPrintable(dlg.output()));
            QVERIFY2(dlg.output().contains(QStringLiteral("GridSearchCV(")), qPrintable(dlg.output()));
        }
        {
            // Without the approval skops itself refuses, and its message is shown.
            LoadInPythonDialog dlg(file, {}, wrapper);
            QSignalSpy finished(&dlg, &LoadInPythonDialog::finished);
            dlg.run();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().at(0).toBool(), false);
            QVERIFY2(dlg.output().contains(QStringLiteral("UntrustedTypesFoundException")), qPrintable(dlg.output()));
        }
    }

    void onlyUntrustedSwitch()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(openAndWait(w, data("ui/GridSearchCV.skops")));
        const QModelIndex root = w.treeModel()->index(0, 0);
        const int all = w.treeModel()->rowCount(root);
        w.onlyUntrustedSwitch()->setChecked(true);
        QVERIFY(w.treeModel()->onlyUnsafe());
        // Every row shown (two levels down) leads to something untrusted.
        for (int r = 0; r < w.treeModel()->rowCount(root); ++r) {
            const QModelIndex c = w.treeModel()->index(r, 0, root);
            QVERIFY(c.data(ObjectTreeModel::UnsafeBelowRole).toBool());
            for (int k = 0; k < w.treeModel()->rowCount(c); ++k)
                QVERIFY2(w.treeModel()->index(k, 0, c).data(ObjectTreeModel::UnsafeBelowRole).toBool(),
                         qPrintable(w.treeModel()->index(k, 0, c).data().toString()));
        }
        // The one untrusted node is still reachable, and every shown row leads to it.
        const QModelIndex bad = w.treeModel()->findNextUnsafe(root);
        QVERIFY(bad.isValid());
        QCOMPARE(bad.siblingAtColumn(ObjectTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("sklearn.metrics._scorer._passthrough_scorer"));
        for (QModelIndex p = bad; p.isValid(); p = p.parent())
            QVERIFY(p.data(ObjectTreeModel::UnsafeBelowRole).toBool());
        w.onlyUntrustedSwitch()->setChecked(false);
        QCOMPARE(w.treeModel()->rowCount(root), all);
    }

    void dropIsACopyAction()
    {
        MainWindow w;
        w.show();
        QMimeData mime;
        const QString file = data("ui/StandardScaler.skops");
        mime.setUrls({QUrl::fromLocalFile(file)});
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(drop.dropAction(), Qt::CopyAction);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().at(0).toString(), file);
        // A move-only drag is refused: nothing may move the user's file.
        QDragEnterEvent moveOnly(QPoint(10, 10), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        moveOnly.ignore();
        QCoreApplication::sendEvent(&w, &moveOnly);
        QVERIFY(!moveOnly.isAccepted());
    }

    void convertPickleToSkops()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, data("pickle/fixtures/extra_odd_objects/model.p4.pkl")));
        QVERIFY2(w.convertAction()->isEnabled(), qPrintable(w.convertAction()->toolTip()));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("converted.skops"));
        QSignalSpy converted(&w, &MainWindow::converted);
        QVERIFY(w.convertTo(out));
        QVERIFY(converted.wait(30000));
        QCOMPARE(converted.first().at(0).toString(), out);
        // The result needs exactly what real skops reports for this model.
        QStringList got = converted.first().at(1).toStringList();
        got.sort();
        QCOMPARE(got, expectedUntrusted("extra_odd_objects"));
        QVERIFY(QFileInfo::exists(out));
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("convertDone"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("skops.io.load(\"%1\"").arg(out)));
        QAbstractButton* openIt = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (b->text().contains(QStringLiteral("Open")))
                openIt = b;
        QVERIFY(openIt);
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        openIt->click();
        QVERIFY(opened.wait(15000));
        QCOMPARE(opened.first().at(0).toString(), out);
        QCOMPARE(w.treeModel()->document()->doc.format, std::string("skops"));
        // Converting is not offered for a dangerous pickle.
        MainWindow d;
        QVERIFY(openAndWait(d, data("pickle/malicious/call_os.system.p4.pkl")));
        QVERIFY(!d.convertAction()->isEnabled());
        QVERIFY(d.convertAction()->toolTip().contains(QStringLiteral("DANGEROUS")));
    }

    void bundledExampleHasSomethingToReview()
    {
        MainWindow w;
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openBundledExample();
        QVERIFY(opened.wait(15000));
        // What skops.io.get_untrusted_types reported when scripts/make_example.py wrote it.
        const std::vector<std::string> expected{"sklearn.feature_selection._univariate_selection.f_classif",
                                                "sklearn.metrics._scorer._passthrough_scorer"};
        QCOMPARE(w.treeModel()->document()->audit.untrusted, expected);
        QCOMPARE(w.verdictBanner()->verdict(), FileVerdict::Untrusted);
        // Its name, not the temporary folder it was unpacked to.
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("Example model — ")));
        QVERIFY(!w.windowTitle().contains(QDir::tempPath()));
    }
};

QTEST_MAIN(TestTrustWorkflow)
#include "tst_trustworkflow.moc"
