// The `skopos` command line on skops files: output formats and exit codes
// (0 clean, 1 untrusted, 2 error, 4 dangerous), run as a real process.
#include "TestData.h"

#include <QTemporaryDir>
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
    void trustEqualsFormApproves()
    {
        const QString f = testdata::path("fixtures/SplineTransformer/model.skops");
        const auto r = runSkopos({"untrusted", "--trust=scipy.interpolate._bsplines.BSpline", f});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        // Approving something the file does not hold changes nothing.
        QCOMPARE(runSkopos({"untrusted", "--trust=numpy.foo", f}).exitCode, 1);
    }
    // A profile computed with a newer scikit-learn trusts its internal loss
    // and link types (skops' SKLEARN_INTERNAL_TYPE_NAMES when they import):
    // --profile must change the verdict, and an unreadable profile is an error.
    void profileOptionChangesVerdict()
    {
        const QString f = testdata::path("fixtures/HistGradientBoostingClassifier/model.skops");
        QFile bundled(QStringLiteral(SKOPOS_SOURCE_DIR "/resources/trust/skops-default-trusted-sklearn-1.2.1.json"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(bundled.readAll()).object();
        // The Python-side loss and link objects are ObjectNodes (internal
        // list); the Cython loss is a LossNode (ALLOWED_LOSSES).
        QJsonArray internal = profile.value("SKLEARN_INTERNAL_TYPE_NAMES").toArray();
        for (const char* t :
             {"sklearn._loss.link.Interval", "sklearn._loss.link.LogitLink", "sklearn._loss.loss.HalfBinomialLoss"})
            internal.append(QString::fromLatin1(t));
        profile["SKLEARN_INTERNAL_TYPE_NAMES"] = internal;
        QJsonArray losses = profile.value("ALLOWED_LOSSES").toArray();
        losses.append(QStringLiteral("sklearn._loss._loss.CyHalfBinomialLoss"));
        profile["ALLOWED_LOSSES"] = losses;
        QTemporaryDir tmp;
        QFile out(tmp.filePath("newer.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(profile).toJson());
        out.close();
        QCOMPARE(runSkopos({"untrusted", f}).exitCode, 1);
        const auto r = runSkopos({"untrusted", "--profile", tmp.filePath("newer.json"), f});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        // The same profile through inspect: nothing is marked.
        const auto i = runSkopos({"inspect", "--profile", tmp.filePath("newer.json"), f});
        QCOMPARE(i.exitCode, 0);
        QVERIFY(!i.out.contains("[UNSAFE]"));
    }
    void inspectShowTrustedHidesUnsafe()
    {
        const QString f = testdata::path("fixtures/StackingClassifier/model.skops");
        const auto all = runSkopos({"inspect", f});
        const auto trusted = runSkopos({"inspect", "--show", "trusted", f});
        QCOMPARE(trusted.exitCode, 1); // the verdict is the file's, whatever is shown
        QVERIFY(all.out.contains("[UNSAFE]"));
        QVERIFY(!trusted.out.contains("[UNSAFE]"));
        QVERIFY(trusted.out.startsWith("root: sklearn.ensemble._stacking.StackingClassifier\n"));
        QVERIFY(trusted.out.count('\n') < all.out.count('\n'));
        QVERIFY(trusted.out.contains("builtins.int ="));
    }
    // Numpy scalars show their value, as Python gives it: skops.io.load of
    // extra_odd_objects.skops has scalar=np.float64(2.5), i64=np.int64(-7)
    // (0-d .npy members); joblib.load of the real-world TF-IDF pickle has
    // vocabulary_["registro"] == np.int32(73377) (pickled scalar bytes).
    void numpyScalarsShowTheirValue()
    {
        const auto skops = runSkopos({"inspect", testdata::path("ui/extra_odd_objects.skops")});
        QVERIFY2(skops.out.contains("scalar: numpy.float64 2.5\n"), skops.out.constData());
        QVERIFY2(skops.out.contains("i64: numpy.int64 -7\n"), skops.out.constData());
        const auto pickle = runSkopos(
            {"inspect", testdata::path("realworld/jhklarcher__detector_fake_news/API__tfidf_vectorizer.pkl.z")});
        QVERIFY(pickle.out.contains("registro: numpy.int32 73377\n"));
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
        QTest::newRow("missing file") << QStringList{"untrusted", "/nonexistent/model.skops"}
                                      << "/nonexistent/model.skops: The file does not exist. (cannot open";
        QTest::newRow("no file") << QStringList{"untrusted"} << "needs a FILE";
        QTest::newRow("bad option") << QStringList{"inspect", "--frobnicate", "x"} << "unknown option";
        QTest::newRow("bad show") << QStringList{"inspect", "--show", "some", "x"} << "--show takes";
        QTest::newRow("not a model") << QStringList{"untrusted", testdata::path("fixtures/Pipeline/expected.json")}
                                     << "expected.json";
        QTest::newRow("unknown command") << QStringList{"frobnicate", "x"} << "unknown command 'frobnicate'";
        QTest::newRow("dis --json") << QStringList{"dis", "--json", "x"} << "dis has no --json";
        QTest::newRow("missing value") << QStringList{"untrusted", "x", "--trust"} << "--trust needs a value";
        QTest::newRow("missing profile") << QStringList{"untrusted", testdata::path("fixtures/Pipeline/model.skops"),
                                                        "--profile", "/nonexistent/profile.json"}
                                         << "/nonexistent/profile.json";
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
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.endsWith('\n'), qPrintable(err));
        QVERIFY(r.out.isEmpty());
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
