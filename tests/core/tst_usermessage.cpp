// Files that do not open, told in the user's words (document/UserMessage):
// real corpus files (skops, pickle, joblib) cut at several points, an empty
// file, a text file named .pkl, a folder and an unreadable file, each read by
// the real readers; the classifier's summary must say what happened and keep
// the reader's message as the detail. The command line prints both, and
// refuses a folder with a pointer to `skopos scan`.
#include "TestData.h"

#include "document/Open.h"
#include "document/UserMessage.h"
#include "tree/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <unistd.h>

using namespace skopos;

namespace {
// What opening `path` reports, as the GUI and CLI see it: empty when it opened.
std::string openError(const QString& path)
{
    try {
        openDocument(QFile::encodeName(path).toStdString());
    } catch (const ReadError& e) {
        return e.what();
    }
    return {};
}

// The notes of a document that opened from a cut file (pickles keep what came before the cut).
std::vector<std::string> openNotes(const QString& path)
{
    return openDocument(QFile::encodeName(path).toStdString()).notes;
}

QString cutCopy(const QTemporaryDir& dir, const QString& source, qint64 keep)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QString out = dir.filePath(QStringLiteral("%1.cut%2.%3")
                                         .arg(QFileInfo(source).completeBaseName())
                                         .arg(keep)
                                         .arg(QFileInfo(source).suffix()));
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(in.read(keep));
    return out;
}
} // namespace

class TestUserMessage : public QObject {
    Q_OBJECT
private slots:
    void emptyFile()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath("model.pkl");
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const std::string error = openError(p);
        QVERIFY(!error.empty());
        const UserMessage m = describeFailure(p.toStdString(), error);
        QCOMPARE(m.kind, FailureKind::Empty);
        QCOMPARE(QString::fromStdString(m.summary), QStringLiteral("The file is empty."));
        QCOMPARE(m.detail, error);
    }

    void textFileNamedPkl()
    {
        QTemporaryDir dir;
        // A README saved under a model's name, and a one-line note.
        const QString readme = dir.filePath("model.pkl");
        QVERIFY(QFile::copy(testdata::path("ui/README.md"), readme));
        const QString note = dir.filePath("notes.joblib");
        QFile f(note);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello world\n");
        f.close();
        for (const QString& p : {readme, note}) {
            const std::string error = openError(p);
            QVERIFY2(!error.empty(), qPrintable(p));
            const UserMessage m = describeFailure(p.toStdString(), error);
            QCOMPARE(m.kind, FailureKind::NotAModel);
            QCOMPARE(QString::fromStdString(m.summary), QStringLiteral("Not a pickle or model file."));
            QCOMPARE(m.detail, error);
        }
    }

    // A download that stopped: real files cut at 1 %, 10 %, half, 99 % and one byte short.
    void truncatedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("skops") << "realworld/TUM-Aries-Lab__CICD-for-Machine-Learning/src__model__drug_pipeline.skops";
        QTest::newRow("skops small") << "ui/StandardScaler.skops";
        QTest::newRow("pickle p4") << "realworld/Lori10__Flight_Fare_Prediction/gradient_boosting.pkl";
        QTest::newRow("pickle small") << "ui/StandardScaler.p4.pkl";
        QTest::newRow("joblib") << "realworld/mrobith95__loan-payback-hgbt/best_model.joblib";
        QTest::newRow("joblib xz") << "realworld/AKASHAKKI26__Randomforest-Regressor/model.joblib";
        QTest::newRow("joblib gz") << "ui/StandardScaler.joblib.gz";
    }

    void truncatedFiles()
    {
        QFETCH(QString, file);
        const QString source = testdata::path(file);
        const qint64 size = QFileInfo(source).size();
        QVERIFY2(size > 100, qPrintable(source));
        QTemporaryDir dir;
        int errors = 0;
        for (const qint64 keep : {size / 100, size / 10, size / 2, size * 99 / 100, size - 1}) {
            const QString cut = cutCopy(dir, source, keep);
            QVERIFY(!cut.isEmpty());
            const std::string error = openError(cut);
            if (error.empty()) {
                // A pickle keeps what came before the cut; a note says it ends early.
                const std::vector<std::string> notes = openNotes(cut);
                QVERIFY2(
                    std::any_of(notes.begin(), notes.end(), mentionsTruncation),
                    qPrintable(QStringLiteral("%1 cut at %2 opened without a truncation note").arg(file).arg(keep)));
                continue;
            }
            ++errors;
            const UserMessage m = describeFailure(cut.toStdString(), error);
            QVERIFY2(m.kind == FailureKind::Incomplete,
                     qPrintable(QStringLiteral("%1 cut at %2: %3 (%4)")
                                    .arg(file)
                                    .arg(keep)
                                    .arg(QString::fromStdString(m.summary), QString::fromStdString(error))));
            QCOMPARE(QString::fromStdString(m.summary),
                     QStringLiteral("Incomplete: the file ends early; was the download interrupted?"));
            QCOMPARE(m.detail, error);
        }
        // The zip formats never open when cut: the check above ran for them.
        if (file.endsWith(QLatin1String(".skops")))
            QCOMPARE(errors, 5);
    }

    void folder()
    {
        const QString folder = testdata::path("ui");
        const UserMessage m = describeFailure(folder.toStdString(), openError(folder));
        QCOMPARE(m.kind, FailureKind::Folder);
    }

    void missing()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath("gone.pkl");
        const UserMessage m = describeFailure(p.toStdString(), openError(p));
        QCOMPARE(m.kind, FailureKind::Missing);
    }

    // chmod 000: as root (these tests run as root in CI) open() still succeeds,
    // so the real file cannot show it there; the classifier is then checked
    // with the errno open() gives an ordinary user, EACCES.
    void permissionDenied()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath("locked.skops");
        QVERIFY(QFile::copy(testdata::path("ui/StandardScaler.skops"), p));
        QVERIFY(QFile::setPermissions(p, QFileDevice::Permissions()));
        const FileFacts facts = fileFacts(p.toStdString());
        if (::geteuid() != 0) {
            QCOMPARE(facts.openErrno, EACCES);
            const UserMessage m = describeFailure(p.toStdString(), openError(p));
            QCOMPARE(m.kind, FailureKind::PermissionDenied);
        } else {
            QCOMPARE(facts.openErrno, 0); // root reads it anyway
        }
        FileFacts denied = facts;
        denied.openErrno = EACCES;
        denied.head.clear();
        const UserMessage m = classifyFailure(denied, "cannot open file (missing or unreadable)");
        QCOMPARE(m.kind, FailureKind::PermissionDenied);
        QCOMPARE(QString::fromStdString(m.summary), QStringLiteral("Permission denied."));
        QVERIFY(QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    // A good file is never called damaged: the kinds need the reader's failure.
    void startsLikeModelOnRealFiles()
    {
        for (const char* f : {"ui/StandardScaler.skops", "ui/StandardScaler.p4.pkl", "ui/StandardScaler.joblib.gz",
                              "realworld/AKASHAKKI26__Randomforest-Regressor/model.joblib",
                              "realworld/edchav__Linear-Models/Data__iris_x_test.npy"})
            QVERIFY2(startsLikeModel(fileFacts(testdata::spath(f)).head), f);
        QVERIFY(!startsLikeModel(fileFacts(testdata::spath("ui/README.md")).head));
    }

    // The command line: summary and detail on one line; a folder points to `skopos scan`.
    void commandLine()
    {
        QTemporaryDir dir;
        const QString cut = cutCopy(dir, testdata::path("ui/StandardScaler.skops"), 300);
        const testdata::CliResult r = testdata::runSkopos({"inspect", cut});
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("Incomplete: the file ends early; was the download interrupted?")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("no end of central directory record")), qPrintable(err)); // the detail

        const QString folder = testdata::path("malicious");
        for (const char* cmd : {"inspect", "untrusted", "dis", "convert"}) {
            const testdata::CliResult f = testdata::runSkopos({cmd, folder});
            QCOMPARE(f.exitCode, 2);
            QCOMPARE(QString::fromUtf8(f.err),
                     QStringLiteral("skopos: %1 is a folder; use `skopos scan %1`\n").arg(folder));
        }
        // `scan` takes folders.
        QCOMPARE(testdata::runSkopos({"scan", folder}).exitCode, 4);
    }
};

QTEST_MAIN(TestUserMessage)
#include "tst_usermessage.moc"
