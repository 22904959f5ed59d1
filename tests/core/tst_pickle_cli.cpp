// The pickle reader through the real `skopos` executable: malicious files
// exit 4 naming the global, every real-world pickle/joblib opens and names
// the globals facts.json lists, and `skopos dis` prints concrete lines.
#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

class TestPickleCli : public QObject {
    Q_OBJECT
private slots:
    void malicious_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("global");
        QTest::newRow("eval p2") << "call_builtins.eval.p2.pkl"
                                 << "builtins.eval";
        QTest::newRow("os.system p0") << "call_os.system.p0.pkl"
                                      << "os.system";
        QTest::newRow("os.system p4") << "call_os.system.p4.pkl"
                                      << "os.system";
        QTest::newRow("posix in estimator") << "hidden_in_estimator.p4.pkl"
                                            << "posix.system";
        QTest::newRow("INST") << "inst_os_system.pkl"
                              << "os.system";
    }
    void malicious()
    {
        QFETCH(QString, file);
        QFETCH(QString, global);
        const auto r = testdata::runSkopos({"untrusted", testdata::path("pickle/malicious/" + file)});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(("dangerous: " + global).toUtf8()), r.err.constData());
    }

    // The independent oracle: Python's own unpickler (joblib's, for joblib
    // files, so array payloads are skipped as joblib skips them) run over the
    // 43 real-world pickles by tests/oracles/pickle_globals.py, recording every
    // find_class call: the memo is followed by Python, not by us, and nothing
    // is imported (stubs). Skopos must name exactly those globals.
    // facts.json (recorded with pickletools, which stops at the first joblib
    // array payload) must be a subset of the oracle's list.
    void realworld_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("globals");
        const QJsonObject facts = testdata::readJson(testdata::path("realworld/facts.json"));
        QStringList files;
        for (auto it = facts.begin(); it != facts.end(); ++it)
            if (it.value().toObject().value("format").toString().startsWith("pickle"))
                files << testdata::path("realworld/" + it.key());
        QCOMPARE(files.size(), 43);
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral(SKOPOS_SOURCE_DIR "/tests/oracles/pickle_globals.py")} + files);
        QVERIFY2(py.waitForFinished(300000), "the pickle oracle (python3 + joblib) did not finish");
        QVERIFY2(py.exitStatus() == QProcess::NormalExit && py.exitCode() == 0,
                 qPrintable("the pickle oracle needs /usr/bin/python3 with joblib and numpy (scripts/deps.sh): "
                            + QString::fromUtf8(py.readAllStandardError()).right(500)));
        const QJsonObject oracle = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        QCOMPARE(oracle.size(), 43);
        for (const QString& f : files) {
            QStringList g;
            for (const auto& v : oracle.value(f).toArray())
                g << v.toString();
            QVERIFY2(!g.isEmpty(), qPrintable(f));
            for (const QString& name : g)
                QVERIFY2(!name.startsWith("!error"), qPrintable(f + ": " + name));
            const QString key = QString(f).remove(testdata::path("realworld/"));
            for (const auto& v : facts.value(key).toObject().value("globals").toArray())
                QVERIFY2(g.contains(v.toString()), qPrintable(key + ": facts.json names " + v.toString()));
            QTest::newRow(qPrintable(key)) << key << g;
        }
    }
    void realworld()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, globals);
        const QString path = testdata::path("realworld/" + file);
        const auto r = testdata::runSkopos({"untrusted", "--json", path});
        QVERIFY(!r.crashed);
        // A shap explainer holding a numba function serialised by cloudpickle:
        // _unpickle__CustomPickled unpickles embedded bytes that rebuild a
        // function from a code object (issue 20, nested pickles): dangerous.
        if (file == "mrobith95__loan-payback-hgbt/explainer.joblib") {
            QCOMPARE(r.exitCode, 4);
            QVERIFY(r.out.contains("numba.cloudpickle.cloudpickle._make_function"));
        } else {
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        }
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(doc.value("format").toString().startsWith("pickle")
                || doc.value("format").toString().startsWith("joblib"));
        QStringList ours;
        for (const auto& v : doc.value("globals").toArray())
            ours << v.toString();
        globals.sort();
        ours.sort();
        QCOMPARE(ours, globals);
    }

    void inspectJsonListsGlobalsAndVerdicts()
    {
        const auto r = testdata::runSkopos(
            {"inspect", "--json", testdata::path("pickle/malicious/call_os.system.p4.pkl")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("globals").toArray(), QJsonArray{"os.system"});
        QCOMPARE(o.value("dangerous").toArray(), QJsonArray{"os.system"});
        QVERIFY(r.out.contains("\"verdict\": \"dangerous\""));
    }

    // Old joblib (< 0.10) keeps arrays in model.pkl_NN.npy next to the pickle.
    // With all four companions the arrays are external and nothing is noted;
    // with one deleted (a copy of the real files), the file still opens, the
    // note names the missing companion, and its array is absent.
    void companionMissing()
    {
        const QString src = testdata::path("realworld/dvndrsn__credit-grade/");
        auto r = testdata::runSkopos({"inspect", "--json", src + "model.pkl"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count("\"where\": \"external\""), 4);
        QVERIFY(!r.out.contains("companion file"));

        QTemporaryDir tmp;
        for (const char* f : {"model.pkl", "model.pkl_01.npy", "model.pkl_02.npy", "model.pkl_03.npy"})
            QVERIFY(QFile::copy(src + f, tmp.filePath(f)));
        r = testdata::runSkopos({"inspect", "--json", tmp.filePath("model.pkl")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count("\"where\": \"external\""), 3);
        QVERIFY2(r.out.contains("companion file model.pkl_04.npy is missing"), r.out.right(400).constData());
        r = testdata::runSkopos({"untrusted", tmp.filePath("model.pkl")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("note: companion file model.pkl_04.npy is missing"), r.err.constData());
    }

    void dis()
    {
        // The exit code is the file's verdict: this case holds 4 types real
        // skops reports as untrusted (its expected.json).
        auto r = testdata::runSkopos({"dis", testdata::path("pickle/fixtures/extra_odd_objects/model.p4.pkl")});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains("       0: \\x80 PROTO            4\n"));
        QVERIFY(out.contains("      12: \\x94 MEMOIZE          (memo 0)\n"));
        QVERIFY(out.contains("      14: \\x8c     SHORT_BINUNICODE 'od'\n"));
        QVERIFY(out.contains("      70: e            APPENDS          (MARK at 65)\n"));
        QVERIFY(out.contains("    4754: .    STOP\n"));
        r = testdata::runSkopos({"dis", testdata::path("pickle/fixtures/StandardScaler/model.joblib")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("     433:          [alignment padding] 15 bytes\n"));
        QVERIFY(r.out.contains("     448:          [array data <f8 (8,)] 64 bytes\n"));
        r = testdata::runSkopos({"dis", testdata::path("pickle/fixtures/StandardScaler/model.p0.pkl")});
        QVERIFY(r.out.contains("       0: c    GLOBAL           'copy_reg _reconstructor'\n"));
        QVERIFY(r.out.contains("     100: t    TUPLE            (MARK at 28)\n"));
        r = testdata::runSkopos({"dis", testdata::path("pickle/fixtures/StandardScaler/model.joblib.xz")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("# xz-compressed"));
        QVERIFY(r.out.contains("[array data <f8 (8,)] 64 bytes"));
        // A hostile file is listed like any other: nothing runs.
        // and the exit code is the file's verdict, as for every subcommand.
        r = testdata::runSkopos({"dis", testdata::path("pickle/malicious/call_os.system.p0.pkl")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.contains("GLOBAL           'os system'"));
    }
};

QTEST_GUILESS_MAIN(TestPickleCli)
#include "tst_pickle_cli.moc"
