// Settings › Trust Profile… in the window, offscreen: a profile computed by
// a stub interpreter (tests/ui/stub_python.sh: good output, bad JSON, missing
// skops, a hang past a short timeout) or a missing one, each outcome as the
// user sees it (dialog message, status bar, verdicts); the cache; the real
// Python with real skops (SKOPOS_SKOPS_SRC) computing the bundled lists;
// switching profile re-audits the open file without reading it again (the
// file is deleted first, and no read is counted); the note for a file saved
// with another scikit-learn (versions from the corpus NOTES.txt).
//
// Expected verdicts come from real skops: fixtures/*/expected.json.
#include "Language.h"
#include "CurrentProfile.h"
#include "FolderScanWidget.h"
#include "LoadedDocument.h"
#include "MainWindow.h"
#include "ObjectTreeModel.h"
#include "ProfileDialog.h"
#include "ProfileSettings.h"
#include "ProfileStatusLabel.h"
#include "ScanTableModel.h"
#include "Settings.h"
#include "TestData.h"
#include "VerdictBanner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace skopos::ui;

namespace {

const char* kHgbt = "fixtures/HistGradientBoostingClassifier";
// NOTES.txt (corpus notes, bytes grepped without Skopos): saved with scikit-learn 1.7.2.
const char* kSaved172 = "realworld/ABDELHAFIDAIT__News-Classifier/models__model.pkl";
// `unzip -p FILE schema.json | grep _skops_version`: 0.13.0.
const char* kSkops013 = "realworld/Eduschm__CICD/models__model_dt.skops";
const char* kInterval = "sklearn._loss.link.Interval";
const char* kLogit = "sklearn._loss.link.LogitLink";

const QStringList kLists = {"PRIMITIVE_TYPE_NAMES",        "CONTAINER_TYPE_NAMES",   "SKLEARN_ESTIMATOR_TYPE_NAMES",
                            "SKLEARN_INTERNAL_TYPE_NAMES", "SCIPY_UFUNC_TYPE_NAMES", "NUMPY_UFUNC_TYPE_NAMES",
                            "NUMPY_DTYPE_TYPE_NAMES",      "ALLOWED_LOSSES"};

QString bundledPath()
{
    return QStringLiteral(SKOPOS_SOURCE_DIR) + "/resources/trust/skops-default-trusted-sklearn-1.2.1.json";
}

std::set<QString> asSet(const QJsonValue& v)
{
    std::set<QString> s;
    for (const auto& x : v.toArray())
        s.insert(x.toString());
    return s;
}

std::set<QString> asSet(const std::vector<std::string>& v)
{
    std::set<QString> s;
    for (const auto& x : v)
        s.insert(QString::fromStdString(x));
    return s;
}

// Real skops' untrusted list for the HistGradientBoosting fixture.
std::set<QString> expectedHgbt()
{
    return asSet(testdata::readJson(testdata::path(QString::fromLatin1(kHgbt) + "/expected.json")).value("untrusted"));
}

// The bundled profile as a scikit-learn 1.7.2 one would differ for this
// model: the two link types trusted.
QByteArray newerProfileJson()
{
    QJsonObject p = testdata::readJson(bundledPath());
    QJsonObject versions = p.value("versions").toObject();
    versions["sklearn"] = "1.7.2";
    p["versions"] = versions;
    p["source"] = "test profile";
    QJsonArray internal = p.value("SKLEARN_INTERNAL_TYPE_NAMES").toArray();
    internal.append(kInterval);
    internal.append(kLogit);
    p["SKLEARN_INTERNAL_TYPE_NAMES"] = internal;
    return QJsonDocument(p).toJson(QJsonDocument::Compact);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

// The stub interpreter, copied (so its mode bits are ours) into `dir`.
QString copyStub(const QTemporaryDir& dir)
{
    const QString target = dir.filePath("python");
    if (!QFile::copy(QStringLiteral(SKOPOS_SOURCE_DIR) + "/tests/ui/stub_python.sh", target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return target;
}

void useBundled()
{
    CurrentProfile::instance().set(std::shared_ptr<const skopos::TrustProfile>(&skopos::TrustProfile::bundled(),
                                                                               [](const skopos::TrustProfile*) {}),
                                   CurrentProfile::Origin::Bundled, QStringLiteral("bundled"));
}

QString profileStatus(const MainWindow& w)
{
    auto* label = w.statusBar()->findChild<ProfileStatusLabel*>();
    return label ? label->text() : QStringLiteral("(no profile in the status bar)");
}

const LoadedDocument* openedDoc(const MainWindow& w) { return w.treeModel()->document().get(); }

bool openAndWait(MainWindow& w, const QString& path)
{
    QSignalSpy opened(&w, &MainWindow::documentOpened);
    w.openFile(path);
    return opened.wait(20000);
}

} // namespace

class TestProfileDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("SKOPOS_PROFILE");
        // The banner's plural forms ("2 types need review") come from the English translation.
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SkoposTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profiledialog"));
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/profiles").removeRecursively();
        QVERIFY(QFile::exists(bundledPath()));
        QVERIFY(QFile::exists(QStringLiteral(SKOPOS_SOURCE_DIR) + "/tests/ui/stub_python.sh"));
        QVERIFY(QFile::exists(testdata::path(QString::fromLatin1(kHgbt) + "/model.skops")));
        QVERIFY(QFile::exists(testdata::path(kSaved172)));
        QVERIFY(QFile::exists(testdata::path(kSkops013)));
        QCOMPARE(expectedHgbt().size(), std::size_t(4));
        QVERIFY(expectedHgbt().count(kInterval) && expectedHgbt().count(kLogit));
    }
    void init()
    {
        useBundled();
        qunsetenv("SKOPOS_STUB_MODE");
        qunsetenv("SKOPOS_STUB_PROFILE");
    }
    void cleanupTestCase()
    {
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/profiles").removeRecursively();
    }

    // Good output: computed in a worker, used, shown, re-audits the open
    // file, remembered; later choices use the cache, Refresh runs it again.
    void stubGoodOutputIsUsedAndCached()
    {
        QTemporaryDir dir;
        const QString stub = copyStub(dir);
        QVERIFY(!stub.isEmpty());
        const QString payload = writeFile(dir, "payload.json", newerProfileJson());
        qputenv("SKOPOS_STUB_PROFILE", payload.toUtf8());
        qputenv("SKOPOS_STUB_MODE", "good");
        const QString model = dir.filePath("model.skops");
        QVERIFY(QFile::copy(testdata::path(QString::fromLatin1(kHgbt) + "/model.skops"), model));

        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, model));
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expectedHgbt());
        QVERIFY2(profileStatus(w).contains("bundled") && profileStatus(w).contains("scikit-learn 1.2.1"),
                 qPrintable(profileStatus(w)));
        const auto reads = documentReadCount();

        ProfileDialog* dlg = ProfileDialog::showFor(&w);
        QCOMPARE(ProfileDialog::showFor(&w), dlg); // one per window
        QSignalSpy applied(dlg, &ProfileDialog::applied);
        QSignalSpy failed(dlg, &ProfileDialog::failed);
        dlg->pythonField()->setText(stub);
        dlg->pythonChoice()->setChecked(true);
        dlg->applyButton()->click();
        // Still running when the click returns: the interpreter runs in a worker.
        QVERIFY(dlg->isDetecting());
        QVERIFY(!dlg->applyButton()->isEnabled());
        QVERIFY2(dlg->messageLabel()->text().contains("Running"), qPrintable(dlg->messageLabel()->text()));
        QVERIFY(applied.wait(30000));
        QCOMPARE(failed.count(), 0);

        std::set<QString> expected = expectedHgbt();
        expected.erase(kInterval);
        expected.erase(kLogit);
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expected);
        QCOMPARE(documentReadCount(), reads);
        QVERIFY2(profileStatus(w).contains(stub) && profileStatus(w).contains("scikit-learn 1.7.2"),
                 qPrintable(profileStatus(w)));
        QVERIFY2(w.verdictBanner()->text().contains("2 types need review"), qPrintable(w.verdictBanner()->text()));
        QCOMPARE(settings::pythonInterpreter(), stub);
        QCOMPARE(savedProfileChoice(), ProfileChoice::Python);

        // Cached: with the interpreter now broken, choosing it again uses the cache at once.
        qputenv("SKOPOS_STUB_MODE", "badjson");
        useBundled();
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expectedHgbt());
        dlg->applyButton()->click();
        QVERIFY(!dlg->isDetecting());
        QCOMPARE(applied.count(), 2);
        QVERIFY2(profileStatus(w).contains("scikit-learn 1.7.2"), qPrintable(profileStatus(w)));
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expected);

        // And at the next start.
        restoreSavedProfile(CurrentProfile::instance());
        QCOMPARE(CurrentProfile::instance().origin(), CurrentProfile::Origin::Python);
        QCOMPARE(CurrentProfile::profile()->sklearnVersion(), std::string("1.7.2"));

        // Refresh runs it again: bad JSON now, shown, and the profile in use stays.
        dlg->refreshButton()->click();
        QVERIFY(dlg->isDetecting());
        QVERIFY(failed.wait(30000));
        QVERIFY2(dlg->messageLabel()->text().contains("not valid JSON")
                     && dlg->messageLabel()->text().contains("has not changed"),
                 qPrintable(dlg->messageLabel()->text()));
        QVERIFY2(profileStatus(w).contains("scikit-learn 1.7.2"), qPrintable(profileStatus(w)));
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expected);
        QCOMPARE(documentReadCount(), reads);
    }

    void stubFailures_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad JSON") << QByteArray("badjson") << "printed a profile that is not valid JSON";
        QTest::newRow("missing skops") << QByteArray("noskops") << "skops is not importable: No module named skops";
        QTest::newRow("timeout") << QByteArray("sleep") << "did not finish within 1 s";
        QTest::newRow("missing interpreter") << QByteArray() << "cannot run /nonexistent/python3";
    }
    // Each failure is said in the dialog; the profile, the status bar and the verdicts stay.
    void stubFailures()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString stub = mode.isEmpty() ? QStringLiteral("/nonexistent/python3") : copyStub(dir);
        QVERIFY(dir.isValid());
        QVERIFY(!stub.isEmpty());
        qputenv("SKOPOS_STUB_MODE", mode);

        // In use before: a 1.7.2 profile file (not the bundled one, which a failure could fall back to).
        const QString newer = writeFile(dir, "newer.json", newerProfileJson());
        CurrentProfile::instance().set(
            std::make_shared<const skopos::TrustProfile>(skopos::TrustProfile::fromFile(newer.toStdString())),
            CurrentProfile::Origin::File, QStringLiteral("newer.json"));
        std::set<QString> expected = expectedHgbt();
        expected.erase(kInterval);
        expected.erase(kLogit);

        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, testdata::path(QString::fromLatin1(kHgbt) + "/model.skops")));
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expected);
        const auto before = CurrentProfile::profile();
        const QString status = profileStatus(w);
        QVERIFY2(status.contains("newer.json") && status.contains("scikit-learn 1.7.2"), qPrintable(status));

        ProfileDialog* dlg = ProfileDialog::showFor(&w);
        dlg->setTimeoutMs(1000);
        QSignalSpy applied(dlg, &ProfileDialog::applied);
        QSignalSpy failed(dlg, &ProfileDialog::failed);
        dlg->pythonField()->setText(stub);
        dlg->pythonChoice()->setChecked(true);
        dlg->applyButton()->click();
        QVERIFY(failed.count() == 1 || failed.wait(30000));
        QCOMPARE(applied.count(), 0);
        const QString shown = dlg->messageLabel()->text();
        QVERIFY2(shown.contains(message) && shown.contains("The profile in use has not changed"), qPrintable(shown));
        QCOMPARE(CurrentProfile::profile(), before);
        QCOMPARE(profileStatus(w), status);
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expected);
        QVERIFY(dlg->applyButton()->isEnabled());
    }

    // Closing the window while the interpreter hangs stops it: quitting does
    // not wait for the timeout (the stub sleeps 60 s, the timeout is 120 s).
    void closingStopsTheInterpreter()
    {
        QTemporaryDir dir;
        const QString stub = copyStub(dir);
        QVERIFY(!stub.isEmpty());
        qputenv("SKOPOS_STUB_MODE", "sleep");
        const auto before = CurrentProfile::profile();
        QElapsedTimer t;
        {
            auto w = std::make_unique<MainWindow>();
            ProfileDialog* dlg = ProfileDialog::showFor(w.get());
            dlg->setTimeoutMs(120000);
            dlg->pythonField()->setText(stub);
            dlg->refreshButton()->click();
            QVERIFY(dlg->isDetecting());
            QTest::qWait(300); // the interpreter is running
            t.start();
        }
        QVERIFY2(t.elapsed() < 20000, "closing the window waited for the hanging interpreter");
        QCOMPARE(CurrentProfile::profile(), before);
    }

    // A profile file that trusts two more types: after the file is deleted,
    // switching re-audits the tree in memory (no read) and the verdicts follow.
    void fileProfileReauditsWithoutReading()
    {
        QTemporaryDir dir;
        const QString profile = writeFile(dir, "newer.json", newerProfileJson());
        const QString model = dir.filePath("model.skops");
        QVERIFY(QFile::copy(testdata::path(QString::fromLatin1(kHgbt) + "/model.skops"), model));

        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, model));
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expectedHgbt());
        QVERIFY(QFile::remove(model));
        const auto reads = documentReadCount();

        ProfileDialog* dlg = ProfileDialog::showFor(&w);
        QSignalSpy applied(dlg, &ProfileDialog::applied);
        QSignalSpy failed(dlg, &ProfileDialog::failed);
        dlg->fileField()->setText(profile);
        dlg->fileChoice()->setChecked(true);
        dlg->applyButton()->click();
        QCOMPARE(applied.count(), 1);
        std::set<QString> expected = expectedHgbt();
        expected.erase(kInterval);
        expected.erase(kLogit);
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expected);
        QCOMPARE(documentReadCount(), reads);
        QVERIFY2(profileStatus(w).contains("newer.json") && profileStatus(w).contains("scikit-learn 1.7.2"),
                 qPrintable(profileStatus(w)));
        QVERIFY2(w.statusText().contains("2 untrusted types"), qPrintable(w.statusText()));
        // The tree's rows follow: the Interval node is no longer marked.
        const QModelIndex hit = w.treeModel()->findNextText(QModelIndex(), kInterval);
        QVERIFY(hit.isValid());
        QVERIFY(!skopos::isUnsafe(openedDoc(w)->verdict(w.treeModel()->nodeId(hit))));

        // A broken profile file: said, and nothing changes.
        const QString broken = writeFile(dir, "broken.json", "{\"PRIMITIVE_TYPE_NAMES\": [");
        dlg->fileField()->setText(broken);
        dlg->applyButton()->click();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(dlg->messageLabel()->text().contains("broken.json"), qPrintable(dlg->messageLabel()->text()));
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expected);

        // Back to the bundled lists: real skops' list again, still without reading.
        dlg->bundledChoice()->setChecked(true);
        dlg->applyButton()->click();
        QCOMPARE(applied.count(), 2);
        QCOMPARE(asSet(openedDoc(w)->audit.untrusted), expectedHgbt());
        QCOMPARE(documentReadCount(), reads);
        QVERIFY2(profileStatus(w).contains("scikit-learn 1.2.1"), qPrintable(profileStatus(w)));
    }

    // A folder scan started from the window follows the profile in use too.
    void folderScanFollowsProfile()
    {
        QTemporaryDir dir;
        const QString profile = writeFile(dir, "newer.json", newerProfileJson());
        CurrentProfile::instance().set(
            std::make_shared<const skopos::TrustProfile>(skopos::TrustProfile::fromFile(profile.toStdString())),
            CurrentProfile::Origin::File, QStringLiteral("newer.json"));
        std::set<QString> expected = expectedHgbt();
        expected.erase(kInterval);
        expected.erase(kLogit);
        FolderScanWidget scan;
        QSignalSpy done(&scan, &FolderScanWidget::scanFinished);
        scan.scanFolder(testdata::path(kHgbt));
        QVERIFY(done.wait(30000));
        QCOMPARE(scan.model()->rowCount(), 1);
        QCOMPARE(asSet(scan.model()->result(0).untrusted), expected);
    }

    // At start: the saved choice, SKOPOS_PROFILE for the session, and a
    // choice that no longer works said in the status bar (bundled lists meanwhile).
    void restoredAtStart()
    {
        QTemporaryDir dir;
        const QString profile = writeFile(dir, "newer.json", newerProfileJson());
        saveProfileChoice(ProfileChoice::File, profile);
        restoreSavedProfile(CurrentProfile::instance());
        QCOMPARE(CurrentProfile::instance().origin(), CurrentProfile::Origin::File);
        QCOMPARE(CurrentProfile::profile()->sklearnVersion(), std::string("1.7.2"));

        QVERIFY(QFile::remove(profile));
        restoreSavedProfile(CurrentProfile::instance());
        QCOMPARE(CurrentProfile::instance().origin(), CurrentProfile::Origin::Bundled);
        {
            MainWindow w;
            QVERIFY2(profileStatus(w).contains("bundled") && profileStatus(w).contains("could not be used"),
                     qPrintable(profileStatus(w)));
            ProfileDialog* dlg = ProfileDialog::showFor(&w);
            QVERIFY2(dlg->messageLabel()->text().contains("newer.json"), qPrintable(dlg->messageLabel()->text()));
            // Choosing the bundled lists on purpose clears the warning.
            dlg->bundledChoice()->setChecked(true);
            dlg->applyButton()->click();
            QVERIFY2(!profileStatus(w).contains("could not be used"), qPrintable(profileStatus(w)));
        }

        const QString envProfile = writeFile(dir, "env.json", newerProfileJson());
        qputenv("SKOPOS_PROFILE", envProfile.toUtf8());
        restoreSavedProfile(CurrentProfile::instance());
        qunsetenv("SKOPOS_PROFILE");
        QCOMPARE(CurrentProfile::instance().origin(), CurrentProfile::Origin::Environment);
        QCOMPARE(CurrentProfile::profile()->sklearnVersion(), std::string("1.7.2"));
        MainWindow w;
        QVERIFY2(profileStatus(w).contains("SKOPOS_PROFILE") && profileStatus(w).contains("scikit-learn 1.7.2"),
                 qPrintable(profileStatus(w)));
        saveProfileChoice(ProfileChoice::Bundled);
    }

    // The banner says when the file was saved with other versions than the profile's lists.
    void versionNoteInBanner()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, testdata::path(kSaved172)));
        const QString note = "saved with scikit-learn 1.7.2; verdicts follow 1.2.1's lists";
        QVERIFY2(w.verdictBanner()->text().contains(note), qPrintable(w.verdictBanner()->text()));

        // With a 1.7.2 profile the note goes away (re-audit, no re-read).
        QTemporaryDir dir;
        ProfileDialog* dlg = ProfileDialog::showFor(&w);
        dlg->fileField()->setText(writeFile(dir, "p172.json", newerProfileJson()));
        dlg->fileChoice()->setChecked(true);
        dlg->applyButton()->click();
        QVERIFY2(profileStatus(w).contains("scikit-learn 1.7.2"), qPrintable(profileStatus(w)));
        QVERIFY2(!w.verdictBanner()->text().contains("saved with"), qPrintable(w.verdictBanner()->text()));

        // A skops file names its skops too.
        useBundled();
        QVERIFY(openAndWait(w, testdata::path(kSkops013)));
        const QString text = w.verdictBanner()->text();
        QVERIFY2(text.contains("and skops 0.13.0; verdicts follow scikit-learn 1.2.1 and skops 0.15.dev0's lists"),
                 qPrintable(text));
    }

    // Oracle: Debian's python3 (scikit-learn 1.2.1) with real skops, through
    // the dialog, computes the bundled lists.
    void realInterpreterMatchesBundled()
    {
        SKOPOS_NEED_REAL_SKOPS();
        const QByteArray src = testdata::realSkops().src.toLocal8Bit();
        qputenv("PYTHONPATH", src);
        MainWindow w;
        w.show();
        ProfileDialog* dlg = ProfileDialog::showFor(&w);
        dlg->setTimeoutMs(300000);
        QSignalSpy applied(dlg, &ProfileDialog::applied);
        QSignalSpy failed(dlg, &ProfileDialog::failed);
        dlg->pythonField()->setText("/usr/bin/python3");
        dlg->refreshButton()->click();
        QVERIFY(dlg->isDetecting());
        QVERIFY(applied.wait(300000) || !failed.isEmpty());
        qunsetenv("PYTHONPATH");
        QVERIFY2(failed.isEmpty(), qPrintable(dlg->messageLabel()->text()));
        const auto generated = CurrentProfile::profile();
        const QJsonObject bundled = testdata::readJson(bundledPath());
        const QJsonObject bv = bundled.value("versions").toObject();
        if (QString::fromStdString(generated->sklearnVersion()) != bv.value("sklearn").toString()
            || QString::fromStdString(generated->numpyVersion()) != bv.value("numpy").toString()
            || QString::fromStdString(generated->scipyVersion()) != bv.value("scipy").toString())
            QSKIP("this python3 does not have the scikit-learn/numpy/scipy the bundled profile was computed with");
        // The cached file is what the GUI uses from now on: it must equal the bundled lists.
        const auto cached = cachedPythonProfile("/usr/bin/python3");
        QVERIFY(cached);
        QSettings s;
        QString cacheFile;
        s.beginGroup("profile/pythonCache");
        for (const QString& g : s.childGroups())
            if (s.value(g + "/resolved").toString() == "/usr/bin/python3")
                cacheFile = s.value(g + "/file").toString();
        QVERIFY(!cacheFile.isEmpty());
        const QJsonObject written = testdata::readJson(cacheFile);
        for (const auto& key : kLists) {
            QVERIFY2(!asSet(bundled.value(key)).empty() || key == "SKLEARN_INTERNAL_TYPE_NAMES", qPrintable(key));
            QCOMPARE(asSet(written.value(key)), asSet(bundled.value(key)));
        }
        QCOMPARE(written.value("TREE"), bundled.value("TREE"));
        QCOMPARE(generated->size(), skopos::TrustProfile::bundled().size());
        QVERIFY2(profileStatus(w).contains("/usr/bin/python3") && profileStatus(w).contains("scikit-learn 1.2.1"),
                 qPrintable(profileStatus(w)));
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
