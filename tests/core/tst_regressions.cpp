// Every input that once crashed, hung or misbehaved (found by fuzzing,
// mutation or review) lives in tests/data/regressions/ with a sidecar
// NAME.expect saying what must happen now:
//   ok              opens (audit and both printers run)
//   error: TEXT     ReadError whose message contains TEXT
//   any             opens or ReadError, but never a crash or another exception
// Each file is read in-process (what the GUI does) and through `skopos
// untrusted` / `skopos inspect --json` (exit 0/1/2/4, exit 2 with one line).
// tests/data/regressions/README.md says which bug each file is.
#include "cli/TreePrinter.h"
#include "io/Open.h"
#include "tree/Error.h"
#include "trust/Audit.h"

#include "TestData.h"

#include <QtTest>

#include <sstream>

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
        QVERIFY2(n > 0, "tests/data/regressions/ is empty");
    }
    void regression()
    {
        QFETCH(QString, path);
        QFETCH(QString, expect);
        QVERIFY2(expect == "ok" || expect == "any" || expect.startsWith("error: "),
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
        else if (expect == "ok")
            QCOMPARE(got, QStringLiteral("ok"));

#ifdef SKOPOS_BINARY
        for (const QStringList& args : {QStringList{"untrusted", path}, QStringList{"inspect", "--json", path}}) {
            const auto r = testdata::runSkopos(args, 60000);
            QVERIFY2(!r.crashed, qPrintable(args.join(' ') + " crashed or timed out"));
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1 || r.exitCode == 2 || r.exitCode == 4,
                     qPrintable(args.join(' ') + ": exit " + QString::number(r.exitCode)));
            QCOMPARE(r.exitCode == 2, got.startsWith("error: "));
            if (r.exitCode == 2) {
                QCOMPARE(r.err.count('\n'), 1);
                QVERIFY2(r.err.startsWith("skopos: " + path.toUtf8() + ": "), r.err.constData());
            }
        }
#endif
    }
};

QTEST_GUILESS_MAIN(TestRegressions)
#include "tst_regressions.moc"
