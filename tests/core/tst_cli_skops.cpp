// The `skopos` command line on skops files: output formats and exit codes
// (0 clean, 1 untrusted, 2 error, 4 dangerous), run as a real process.
#include "TestData.h"

#include <QtTest>

using testdata::runSkopos;

class TestCliSkops : public QObject {
    Q_OBJECT
private slots:
    void cleanFileExitsZero()
    {
        const auto r = runSkopos({"untrusted", "--json", testdata::path("fixtures/Pipeline/model.skops")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("format").toString(), QString("skops"));
        QCOMPARE(o.value("protocol").toInt(), 2);
        QVERIFY(o.value("untrusted").toArray().isEmpty());
        QVERIFY(o.value("dangerous").toArray().isEmpty());
        QVERIFY(o.value("file").toString().endsWith("model.skops"));
    }
    void untrustedListedSortedOneALine()
    {
        const auto r = runSkopos({"untrusted", testdata::path("fixtures/HistGradientBoostingClassifier/model.skops")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts),
                 (QStringList{"sklearn._loss._loss.CyHalfBinomialLoss", "sklearn._loss.link.Interval",
                              "sklearn._loss.link.LogitLink", "sklearn._loss.loss.HalfBinomialLoss"}));
    }
    void trustOptionApproves()
    {
        const QString f = testdata::path("fixtures/SplineTransformer/model.skops");
        QCOMPARE(runSkopos({"untrusted", f}).exitCode, 1);
        const auto r = runSkopos({"untrusted", "--json", "--trust", "scipy.interpolate._bsplines.BSpline", f});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("approved").toArray().first().toString(), QString("scipy.interpolate._bsplines.BSpline"));
    }
    void dangerousFunctionExitsFour()
    {
        const auto r = runSkopos({"untrusted", "--json", testdata::path("malicious/skops_function_eval.skops")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value("dangerous").toArray().contains(QJsonValue("builtins.eval")));
        QVERIFY(o.value("untrusted").toArray().contains(QJsonValue("builtins.eval")));
    }
    void inspectTextMarksUnsafe()
    {
        const auto r = runSkopos({"inspect", testdata::path("fixtures/StackingClassifier/model.skops")});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.startsWith("root: sklearn.ensemble._stacking.StackingClassifier\n"));
        QVERIFY(out.contains("sklearn.utils._bunch.Bunch [UNSAFE]"));
        QVERIFY(out.contains("├── ") && out.contains("└── "));
    }
    void inspectShowUntrustedKeepsOnlyPaths()
    {
        const QString f = testdata::path("fixtures/StackingClassifier/model.skops");
        const auto all = runSkopos({"inspect", f});
        const auto unsafe = runSkopos({"inspect", "--show", "untrusted", f});
        QCOMPARE(unsafe.exitCode, 1);
        QVERIFY(unsafe.out.count('\n') < all.out.count('\n'));
        QVERIFY(unsafe.out.contains("[UNSAFE]"));
        QVERIFY(!unsafe.out.contains("builtins.int ="));
    }
    void inspectJsonIsValid()
    {
        const auto r = runSkopos({"inspect", "--json", testdata::path("fixtures/extra_odd_objects/model.skops")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonObject root = o.value("root").toObject();
        QCOMPARE(root.value("type").toString(), QString("builtins.dict"));
        QCOMPARE(root.value("loader").toString(), QString("DictNode"));
        QVERIFY(root.value("children").toArray().size() > 10);
        QCOMPARE(o.value("untrusted").toArray().size(), 4);
    }
    void errorsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("missing file") << QStringList{"untrusted", "/nonexistent/model.skops"} << "/nonexistent/model.skops: cannot open";
        QTest::newRow("no file") << QStringList{"untrusted"} << "needs a FILE";
        QTest::newRow("bad option") << QStringList{"inspect", "--frobnicate", "x"} << "unknown option";
        QTest::newRow("bad show") << QStringList{"inspect", "--show", "some", "x"} << "--show takes";
        QTest::newRow("not a model") << QStringList{"untrusted", testdata::path("fixtures/Pipeline/expected.json")} << "expected.json";
    }
    void errorsExitTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const auto r = runSkopos(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith("skopos: "), qPrintable(err));
        QVERIFY2(err.contains(needle), qPrintable(err));
    }
    void oldGeneratorOpensWithNote()
    {
        const auto r = runSkopos({"untrusted", "--json", testdata::path("old-skops/v0.4.0-generator.skops")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("protocol").toInt(), 0);
        QVERIFY(o.value("skops_audit_failure").toString().startsWith("AttributeError"));
        QVERIFY(o.value("notes").toArray().first().toString().contains("skops 0.4 to 0.9"));
    }
};

QTEST_GUILESS_MAIN(TestCliSkops)
#include "tst_cli_skops.moc"
