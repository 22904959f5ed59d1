// `skopos convert` through the real binary, and the converter's refusals:
// old skops files (protocols 0 and 1) upgrade to protocol 2, the malicious
// samples are refused with exit 4 and no output, failed and interrupted
// conversions leave no file, the input is never overwritten.

#include "TestData.h"

#include "convert/Converter.h"
#include "document/Open.h"
#include "tree/Error.h"
#include "trust/Audit.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <QThread>

#include <atomic>
#include <csignal>
#include <signal.h>
#include <thread>

using namespace skopos;

namespace {
QStringList filesIn(const QString& dir) { return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name); }
} // namespace

class TestConvertCli : public QObject {
    Q_OBJECT
private slots:
    void defaultOutputIsStemInCwdAndPrintsUntrusted()
    {
        QTemporaryDir tmp;
        const auto r = testdata::runSkopos(
            {"convert", testdata::path("pickle/fixtures/extra_odd_objects/model.p4.pkl")}, 60000,
            [&](QProcess& p) { p.setWorkingDirectory(tmp.path()); });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(filesIn(tmp.path()), QStringList{"model.p4.skops"});
        // stdout: the untrusted types of the result (expected.json of the case, from real skops).
        const QJsonObject expected = testdata::readJson(testdata::path("fixtures/extra_odd_objects/expected.json"));
        QStringList want;
        for (const auto& v : expected["untrusted"].toArray())
            want << v.toString();
        QCOMPARE(QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts), want);
        QVERIFY(r.err.contains("trusted=["));
    }

    void jsonAndOutputOption()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath("x.skops");
        const auto r = testdata::runSkopos(
            {"convert", testdata::path("pickle/fixtures/SGDClassifier/model.joblib.xz"), "-o", out, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(QString::fromStdString(j["output"].get<std::string>()), out);
        QVERIFY(j["untrusted"].is_array());
        QVERIFY(QFile::exists(out));
        // The result reads back in Skopos as protocol 2 with the same list.
        Document d = openDocument(out.toStdString());
        QCOMPARE(d.protocol, 2);
        QCOMPARE(audit(d.tree).untrusted.size(), j["untrusted"].size());
    }

    void maliciousRefusedWithExit4AndNoFile()
    {
        const QStringList samples = filesIn(testdata::path("pickle/malicious"));
        QCOMPARE(samples.size(), 5);
        QStringList all;
        for (const auto& s : samples)
            all << testdata::path("pickle/malicious/" + s);
        all << testdata::path("malicious/skops_function_eval.skops");
        for (const QString& in : all) {
            QTemporaryDir tmp;
            const auto r = testdata::runSkopos({"convert", in, "-o", tmp.filePath("out.skops")});
            QVERIFY2(r.exitCode == 4, qPrintable(in + ": exit " + QString::number(r.exitCode) + " " + r.err));
            QVERIFY2(r.err.contains("dangerous global"), r.err.constData());
            QVERIFY2(filesIn(tmp.path()).isEmpty(), qPrintable(in + " left " + filesIn(tmp.path()).join(',')));
        }
        // The message names the global and where it sits in the tree.
        QTemporaryDir tmp;
        const auto r = testdata::runSkopos(
            {"convert", testdata::path("pickle/malicious/hidden_in_estimator.p4.pkl"), "-o", tmp.filePath("o.skops")});
        QVERIFY2(r.err.contains("os.system") || r.err.contains("posix.system"), r.err.constData());
        QVERIFY2(r.err.contains(" at root/"), r.err.constData());
    }

    void oldSkopsUpgradeToProtocol2()
    {
        const QStringList olds = QDir(testdata::path("old-skops")).entryList({"*.skops"}, QDir::Files, QDir::Name);
        QCOMPARE(olds.size(), 19);
        QTemporaryDir tmp;
        for (const QString& f : olds) {
            const QString out = tmp.filePath(f);
            const auto r = testdata::runSkopos({"convert", testdata::path("old-skops/" + f), "-o", out});
            QVERIFY2(r.exitCode == 0, qPrintable(f + ": " + r.err));
            Document d = openDocument(out.toStdString());
            QCOMPARE(d.protocol, 2);
            QVERIFY2(d.skopsAuditFailure.empty(), qPrintable(f + ": " + QString::fromStdString(d.skopsAuditFailure)));
            QVERIFY2(d.notes.empty(),
                     qPrintable(f + ": " + QString::fromStdString(d.notes.empty() ? "" : d.notes.front())));
        }
    }

    void neverOverwritesInput()
    {
        QTemporaryDir tmp;
        const QString in = tmp.filePath("m.skops");
        QVERIFY(QFile::copy(testdata::path("old-skops/v0.6-forest.skops"), in));
        const QByteArray before = [&] {
            QFile f(in);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        // Default output: same stem + .skops in the cwd -> the input itself.
        const auto r = testdata::runSkopos({"convert", in}, 60000,
                                           [&](QProcess& p) { p.setWorkingDirectory(tmp.path()); });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("overwrite"), r.err.constData());
        QFile f(in);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(filesIn(tmp.path()), QStringList{"m.skops"});
    }

    void failedConversionLeavesNoFile()
    {
        QTemporaryDir tmp;
        // A truncated pickle: ReadError, nothing written.
        const QString bad = tmp.filePath("bad.pkl");
        {
            QFile src(testdata::path("pickle/fixtures/Pipeline/model.p4.pkl"));
            QVERIFY(src.open(QIODevice::ReadOnly));
            QFile dst(bad);
            QVERIFY(dst.open(QIODevice::WriteOnly));
            dst.write(src.read(src.size() / 2));
        }
        const auto r = testdata::runSkopos({"convert", bad, "-o", tmp.filePath("out.skops")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(filesIn(tmp.path()), QStringList{"bad.pkl"});
    }

    // Found by fuzz_convert: a REDUCE of a global with arguments (here a
    // NUL-mangled numpy _reconstruct) cannot become an ObjectNode, which keeps
    // only the state: refused, nothing written, the name shown escaped.
    void reduceWithArgumentsIsRefused()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath("out.skops");
        const auto r = testdata::runSkopos(
            {"convert", testdata::path("regressions/convert-reduce-args-lost.pkl"), "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot convert numpy.core.\\x00\\x00"), qPrintable(r.err));
        QVERIFY2(r.err.contains("built by a call with arguments"), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    // Found by fuzz_convert: a class name that is not UTF-8 would be written
    // with U+FFFD, i.e. as another type: refused, nothing written.
    void globalNameNotUtf8IsRefused()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath("out.skops");
        const auto r = testdata::runSkopos(
            {"convert", testdata::path("regressions/convert-global-not-utf8.pkl"), "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("a global name that is not valid UTF-8"), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    // Found by fuzz_convert: a sparse matrix part that is not a plain
    // ndarray would lose its class in save_npz's layout. Its part is built by
    // numpy's _reconstruct given a str where a class belongs, arguments numpy
    // never writes (trust/Calls): refused as dangerous before the sparse check.
    void sparsePartNotNdarrayIsRefused()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath("out.skops");
        const auto r = testdata::runSkopos(
            {"convert", testdata::path("regressions/convert-sparse-part-not-ndarray.pkl"), "-o", out});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(
            r.err.contains(
                "refusing to convert: calls numpy.core.multiarray._reconstruct with arguments Python never writes"),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void cancelledConversionLeavesNoFile()
    {
        QTemporaryDir tmp;
        const std::string out = tmp.filePath("out.skops").toStdString();
        std::atomic<bool> cancel{false};
        ConvertOptions o;
        o.cancel = &cancel;
        int calls = 0;
        o.progress = [&](std::uint64_t, std::uint64_t) {
            if (++calls == 1)
                cancel.store(true); // as the GUI's Cancel button does, from the first progress report
        };
        bool cancelled = false;
        try {
            convertToSkops(testdata::spath("pickle/fixtures/extra_forest/model.joblib.gz"), out, o);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(calls >= 1);
        QVERIFY2(filesIn(tmp.path()).isEmpty(), qPrintable(filesIn(tmp.path()).join(',')));
    }

    void interruptedCliLeavesNoFile()
    {
        // SIGINT while the converter copies a large array: no output, no temporary file.
        QTemporaryDir tmp;
        const QString big = tmp.filePath("big.pkl");
        {
            // pickle protocol 4 of numpy.zeros(64 Mi, uint8), written by hand the
            // way numpy pickles: see scripts/make_big_pickle.py for the layout.
            QProcess p;
            p.start("/usr/bin/python3",
                    {QStringLiteral(SKOPOS_TEST_DATA) + "/../../scripts/make_big_pickle.py", big, "67108864"});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
        }
        QProcess p;
        p.setWorkingDirectory(tmp.path());
        p.start(QStringLiteral(SKOPOS_BINARY), {"convert", big, "-o", tmp.filePath("out.skops")});
        QVERIFY(p.waitForStarted());
        // Wait until the copy is under way (QSaveFile may write to an unnamed
        // O_TMPFILE, so watch the bytes the process has written), then interrupt.
        const auto written = [&]() -> qint64 {
            QFile io(QString("/proc/%1/io").arg(p.processId()));
            if (!io.open(QIODevice::ReadOnly))
                return -1;
            for (const QByteArray& line : io.readAll().split('\n'))
                if (line.startsWith("wchar:"))
                    return line.mid(6).trimmed().toLongLong();
            return -1;
        };
        bool writing = false;
        for (int i = 0; i < 200000 && p.state() == QProcess::Running && !writing; ++i) {
            writing = written() > (8 << 20);
            if (!writing)
                QThread::usleep(100);
        }
        if (writing)
            ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        const QStringList left = filesIn(tmp.path());
        if (!writing || p.exitCode() == 0)
            QSKIP("the conversion finished before it could be interrupted; nothing to check");
        // Handled (not killed by the signal): the converter stopped and cleaned up.
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("interrupted"), "no 'interrupted' message");
        QCOMPARE(left, QStringList{"big.pkl"});
    }
};

QTEST_GUILESS_MAIN(TestConvertCli)
#include "tst_convert_cli.moc"
