// Every input that once crashed, hung or misbehaved (found by fuzzing,
// mutation or review) lives in tests/data/regressions/ with a sidecar
// NAME.expect saying what must happen now:
//   ok              opens (audit and both printers run)
//   error: TEXT     ReadError whose message contains TEXT
// (there is no "either": each file states the one outcome it must have)
// Each file is read in-process (what the GUI does) and through `skopos
// untrusted` / `skopos inspect --json` (exit 0/1/2/4, exit 2 with one line,
// never "out of memory" within 1 GB of address space).
// tests/data/regressions/README.md says which bug each file is.
#include "cli/TreePrinter.h"
#include "document/Open.h"
#include "tree/Error.h"
#include "trust/Audit.h"

#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <sstream>

// Sanitizers reserve terabytes of address space: no RLIMIT_AS under them.
#if defined(__SANITIZE_ADDRESS__)
#define SKOPOS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SKOPOS_ASAN 1
#endif
#endif

namespace {
// `skopos` with 1 GB of address space: a file of a few KB must never need
// more, so "out of memory" is a finding, not an answer.
// With outFile, stdout goes there instead of into memory.
testdata::CliResult runLimited(const QStringList& args, const QString& outFile = {})
{
    return testdata::runSkopos(args, 60000, [&](QProcess& p) {
        if (!outFile.isEmpty())
            p.setStandardOutputFile(outFile);
        p.setChildProcessModifier([] {
            // A listing past 64 MB ends in SIGXFSZ instead of filling the disk.
            const rlimit f{64ul << 20, 64ul << 20};
            setrlimit(RLIMIT_FSIZE, &f);
#ifndef SKOPOS_ASAN
            const rlimit r{1ul << 30, 1ul << 30};
            setrlimit(RLIMIT_AS, &r);
#endif
        });
    });
}
} // namespace

using namespace skopos;

class TestRegressions : public QObject {
    Q_OBJECT
private slots:
    void regression_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect");
        QDir dir(testdata::path("regressions"));
        int n = 0;
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name.endsWith(".expect") || name.endsWith(".md"))
                continue;
            QFile e(dir.filePath(name + ".expect"));
            QString expect = e.open(QIODevice::ReadOnly) ? QString::fromUtf8(e.readAll()).trimmed() : QString();
            QTest::newRow(qPrintable(name)) << dir.filePath(name) << expect;
            ++n;
        }
        QCOMPARE(n, 11); // every file of tests/data/regressions/README.md
    }
    void regression()
    {
        QFETCH(QString, path);
        QFETCH(QString, expect);
        QVERIFY2(expect == "ok" || expect.startsWith("error: "),
                 qPrintable("bad or missing .expect: '" + expect + "'"));
        QString got = "ok";
        try {
            Document doc = openDocument(path.toStdString());
            const AuditResult r = audit(doc.tree);
            std::ostringstream out;
            printTreeJson(doc, r, out);
            printTreeText(doc, out, Show::All);
            QVERIFY(!out.str().empty());
        } catch (const ReadError& e) {
            got = QString("error: ") + e.what();
        }
        if (expect.startsWith("error: "))
            QVERIFY2(got.startsWith("error: ") && got.contains(expect.mid(7)), qPrintable(got));
        else
            QCOMPARE(got, QStringLiteral("ok"));

        for (const QStringList& args : {QStringList{"untrusted", path}, QStringList{"inspect", "--json", path}}) {
            const auto r = runLimited(args);
            QVERIFY2(!r.crashed, qPrintable(args.join(' ') + " crashed or timed out"));
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1 || r.exitCode == 2 || r.exitCode == 4,
                     qPrintable(args.join(' ') + ": exit " + QString::number(r.exitCode)));
            QCOMPARE(r.exitCode == 2, got.startsWith("error: "));
            if (r.exitCode == 2) {
                QCOMPARE(r.err.count('\n'), 1);
                QVERIFY2(r.err.startsWith("skopos: " + path.toUtf8() + ": "), r.err.constData());
                QVERIFY2(!r.err.contains("out of memory"), r.err.constData());
            }
        }
        // `skopos dis` streams, but its output must stay proportional to the
        // input (indentation by MARK depth must not make it quadratic).
        if (!path.endsWith(".skops")) {
            QTemporaryDir tmp;
            const QString listing = tmp.filePath("dis.txt");
            const auto r = runLimited({"dis", path}, listing);
            QVERIFY2(!r.crashed, "dis crashed, timed out or printed more than 64 MB");
            QVERIFY2(r.exitCode != 3 && r.exitCode >= 0 && r.exitCode <= 4,
                     qPrintable("dis: exit " + QString::number(r.exitCode)));
            const qint64 bound = 200 * QFileInfo(path).size() + (1 << 20);
            const qint64 printed = QFileInfo(listing).size();
            QVERIFY2(printed <= bound,
                     qPrintable(
                         QString("dis printed %1 bytes for a %2-byte file").arg(printed).arg(QFileInfo(path).size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegressions)
#include "tst_regressions.moc"
