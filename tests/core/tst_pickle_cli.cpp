// The pickle reader through the real `skopos` executable: malicious files
// exit 4 naming the global, every real-world pickle/joblib opens and names
// the globals facts.json lists, and `skopos dis` prints concrete lines.
#include "TestData.h"

#include <QRegularExpression>
#include <QtTest>

#include <set>

class TestPickleCli : public QObject {
    Q_OBJECT
private slots:
    void malicious_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("global");
        QTest::newRow("eval p2") << "call_builtins.eval.p2.pkl" << "builtins.eval";
        QTest::newRow("os.system p0") << "call_os.system.p0.pkl" << "os.system";
        QTest::newRow("os.system p4") << "call_os.system.p4.pkl" << "os.system";
        QTest::newRow("posix in estimator") << "hidden_in_estimator.p4.pkl" << "posix.system";
        QTest::newRow("INST") << "inst_os_system.pkl" << "os.system";
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

    void realworld_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("globals");
        const QJsonObject facts = testdata::readJson(testdata::path("realworld/facts.json"));
        int n = 0;
        for (auto it = facts.begin(); it != facts.end(); ++it) {
            const QJsonObject f = it.value().toObject();
            if (!f.value("format").toString().startsWith("pickle"))
                continue;
            QStringList g;
            for (const auto& v : f.value("globals").toArray())
                g << v.toString();
            QTest::newRow(qPrintable(it.key())) << it.key() << g;
            ++n;
        }
        QCOMPARE(n, 43);
    }
    // facts.json was computed with pickletools naively: a STACK_GLOBAL is
    // paired with the last two string literals before it, so when the memo
    // feeds the operands (BINGET) it lists a wrong pair such as "ndarray.dtype"
    // for numpy.dtype. Every listed name must be one we report, or exactly such
    // an artefact, recomputed here from our own `dis` listing.
    void realworld()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, globals);
        const QString path = testdata::path("realworld/" + file);
        const auto r = testdata::runSkopos({"untrusted", "--json", path});
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(doc.value("format").toString().startsWith("pickle") || doc.value("format").toString().startsWith("joblib"));
        std::set<QString> ours;
        for (const auto& v : doc.value("globals").toArray())
            ours.insert(v.toString());
        std::set<QString> naive;
        if (!globals.isEmpty()) {
            const auto d = testdata::runSkopos({"dis", path});
            QCOMPARE(d.exitCode, 0);
            static const QRegularExpression str(R"(^\s*\d+: \S+\s+(SHORT_BINUNICODE|BINUNICODE|BINUNICODE8|UNICODE|STRING|SHORT_BINSTRING|BINSTRING)\s+'(.*)'$)");
            QStringList last;
            for (const auto& line : QString::fromUtf8(d.out).split('\n')) {
                if (const auto m = str.match(line); m.hasMatch()) {
                    last << m.captured(2);
                    if (last.size() > 2)
                        last.removeFirst();
                } else if (line.contains(" STACK_GLOBAL") && last.size() == 2) {
                    naive.insert(last[0] + "." + last[1]);
                }
            }
        }
        for (const auto& g : globals)
            QVERIFY2(ours.count(g) || (naive.count(g) && !ours.count(g)), qPrintable(file + ": " + g));
    }

    void inspectJsonListsGlobalsAndVerdicts()
    {
        const auto r = testdata::runSkopos({"inspect", "--json", testdata::path("pickle/malicious/call_os.system.p4.pkl")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("globals").toArray(), QJsonArray{"os.system"});
        QCOMPARE(o.value("dangerous").toArray(), QJsonArray{"os.system"});
        QVERIFY(r.out.contains("\"verdict\": \"dangerous\""));
    }

    void companionMissing()
    {
        // Old joblib: arrays in model.pkl_NN.npy next to the pickle.
        const auto r = testdata::runSkopos({"inspect", "--json", testdata::path("realworld/dvndrsn__credit-grade/model.pkl")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("\"where\": \"external\""));
        QVERIFY(!r.out.contains("\"notes\": [\"companion"));
    }

    void dis()
    {
        auto r = testdata::runSkopos({"dis", testdata::path("pickle/fixtures/extra_odd_objects/model.p4.pkl")});
        QCOMPARE(r.exitCode, 0);
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
        r = testdata::runSkopos({"dis", testdata::path("pickle/malicious/call_os.system.p0.pkl")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("GLOBAL           'os system'"));
    }
};

QTEST_GUILESS_MAIN(TestPickleCli)
#include "tst_pickle_cli.moc"
