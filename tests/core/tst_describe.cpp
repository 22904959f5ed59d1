// `skopos describe` and core/describe without Python: every form of a model
// (skops, pickle protocols 0-5, joblib plain and compressed) describes alike;
// the CLI's text layout, --json shape and exit codes (those of `untrusted`);
// profiles without constructor defaults; the version note; bad input.
// tst_describe_oracle holds the texts to scikit-learn's own.

#include "TestData.h"
#include "describe/Description.h"
#include "describe/PyText.h"
#include "document/Open.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace skopos;

namespace {
Description describeFile(const QString& rel) { return describeModel(openDocument(testdata::spath(rel))); }
} // namespace

class TestDescribe : public QObject {
    Q_OBJECT
private slots:
    // The readers give each form its own tree shape; the description is the same.
    void everyFormDescribesAlike()
    {
        const QDir fixtures(testdata::path("pickle/fixtures"));
        int compared = 0;
        for (const QString& c : fixtures.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const Description ref = describeFile("fixtures/" + c + "/model.skops");
            if (c != "extra_odd_objects") {
                QVERIFY2(ref.isEstimator, qPrintable(c));
                QVERIFY2(ref.repr.rfind(ref.diagram.kind == DiagramBlock::Kind::Single ? ref.diagram.label : "", 0)
                             == 0,
                         qPrintable(c + ": " + QString::fromStdString(ref.repr)));
            }
            const std::string refJson = descriptionJson(ref);
            const std::string refDiagram = refJson.substr(0, refJson.find("\"fitted\""));
            for (const QString& f : QDir(fixtures.filePath(c)).entryList({"model.*"}, QDir::Files)) {
                const Description d = describeFile("pickle/fixtures/" + c + "/" + f);
                if (c != "extra_odd_objects")
                    QCOMPARE(QString::fromStdString(d.repr), QString::fromStdString(ref.repr));
                const std::string json = descriptionJson(d);
                QCOMPARE(QString::fromStdString(json.substr(0, json.find("\"fitted\""))).section("\"diagram\"", 1),
                         QString::fromStdString(refDiagram).section("\"diagram\"", 1));
                QCOMPARE(QString::fromStdString(d.fitted.sklearnVersion),
                         QString::fromStdString(ref.fitted.sklearnVersion));
                QCOMPARE(d.fitted.nFeaturesIn, ref.fitted.nFeaturesIn);
                QVERIFY2(d.fitted.classes == ref.fitted.classes, qPrintable(c + "/" + f));
                ++compared;
            }
        }
        QVERIFY(compared >= 37 * 13);
    }

    void pipelineLaidOutAsScikitLearn()
    {
        const Description d = describeFile("fixtures/Pipeline/model.skops");
        QCOMPARE(QString::fromStdString(d.repr),
                 QString("Pipeline(steps=[('s', StandardScaler()),\n"
                         "                ('l', LogisticRegression(max_iter=300))])"));
        QCOMPARE(d.diagram.kind, DiagramBlock::Kind::Serial);
        QCOMPARE(d.diagram.names, (std::vector<std::string>{"s: StandardScaler", "l: LogisticRegression"}));
        QCOMPARE(d.diagram.children.size(), std::size_t(2));
        QVERIFY(d.diagram.children[1].node != kNoNode);
        QCOMPARE(QString::fromStdString(d.diagram.children[1].details), QString("LogisticRegression(max_iter=300)"));
        QCOMPARE(d.fitted.nFeaturesIn, 8);
        QCOMPARE(d.fitted.classes, (std::vector<std::string>{"0", "1"}));
        QVERIFY(!d.fitted.largestArrays.empty());
        QVERIFY(d.versionNote.empty());
    }

    void ensembleCount()
    {
        const Description d = describeFile("fixtures/extra_forest/model.skops");
        QCOMPARE(QString::fromStdString(d.diagram.label), QString("RandomForestClassifier"));
        QCOMPARE(d.diagram.count, 5u);
    }

    // A profile from before constructor defaults were recorded: the bundled ones.
    void profileWithoutDefaults()
    {
        const TrustProfile old = TrustProfile::fromJson(R"({"PRIMITIVE_TYPE_NAMES": ["builtins.int"]})", "old");
        QCOMPARE(old.constructorClassCount(), std::size_t(0));
        const Document doc = openDocument(testdata::spath("fixtures/GridSearchCV/model.skops"));
        QCOMPARE(describeModel(doc, old).repr, describeModel(doc).repr);
        QVERIFY(TrustProfile::bundled().constructorParams("sklearn.pipeline.Pipeline"));
        // By class name alone when the module moved.
        QVERIFY(TrustProfile::bundled().constructorParams("sklearn.somewhere_else.StandardScaler"));
        QVERIFY(!TrustProfile::bundled().constructorParams("mypackage.MyModel"));
    }

    void versionNote()
    {
        const Description d = describeFile("realworld/ABDELHAFIDAIT__News-Classifier/models__model.pkl");
        QVERIFY2(QString::fromStdString(d.versionNote).contains("1.7.2"), d.versionNote.c_str());
        QCOMPARE(QString::fromStdString(d.fitted.sklearnVersion), QString("1.7.2"));
    }

    void pythonStringRepr()
    {
        QCOMPARE(QString::fromStdString(pyStrRepr("it's")), QString("\"it's\""));
        QCOMPARE(QString::fromStdString(pyStrRepr("it's \"x\"")), QString("'it\\'s \"x\"'"));
        QCOMPARE(QString::fromStdString(pyStrRepr("a\tb\x01\xc2\xa0\xc3\xa9")), QString("'a\\tb\\x01\\xa0\xc3\xa9'"));
        QCOMPARE(QString::fromStdString(pyBytesRepr(std::string_view("\x00\x01payload", 9))),
                 QString("b'\\x00\\x01payload'"));
        QCOMPARE(QString::fromStdString(numpyDtypeName("<f4")), QString("float32"));
    }

    void cliTextJsonAndExitCodes()
    {
        const QString pipeline = testdata::path("pickle/fixtures/Pipeline/model.p4.pkl");
        const auto text = testdata::runSkopos({"describe", pipeline});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.startsWith("Pipeline(steps=[('s', StandardScaler()),\n"), qPrintable(out));
        QVERIFY2(out.contains("])\n\nfitted:\n  scikit-learn: 1.2.1\n  n_features_in_: 8\n"), qPrintable(out));

        const auto json = testdata::runSkopos({"describe", "--json", pipeline});
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value("diagram").toObject().value("kind").toString(), QString("serial"));
        QCOMPARE(o.value("fitted").toObject().value("n_features_in").toInt(), 8);
        QVERIFY(o.value("repr").toString().startsWith("Pipeline("));

        // Exit codes as `untrusted` for the same files.
        for (const char* rel : {"pickle/fixtures/GridSearchCV/model.p5.pkl", "fixtures/PoissonRegressor/model.skops",
                                "malicious", "realworld/ABDELHAFIDAIT__News-Classifier/models__model.pkl"}) {
            QString file = testdata::path(rel);
            if (QFileInfo(file).isDir()) {
                const auto list = QDir(file).entryList(QDir::Files, QDir::Name);
                QVERIFY(!list.isEmpty());
                file += "/" + list.first();
            }
            const int want = testdata::runSkopos({"untrusted", file}).exitCode;
            QCOMPARE(testdata::runSkopos({"describe", file}).exitCode, want);
            QCOMPARE(testdata::runSkopos({"describe", "--json", file}).exitCode, want);
        }
        QCOMPARE(testdata::runSkopos({"describe"}).exitCode, 2);
        QCOMPARE(testdata::runSkopos({"describe", "--bogus", pipeline}).exitCode, 2);
        QCOMPARE(testdata::runSkopos({"describe", "/nonexistent/model.pkl"}).exitCode, 2);
        QCOMPARE(testdata::runSkopos({"describe", testdata::path("fixtures")}).exitCode, 2);
        QTemporaryDir dir;
        QFile junk(dir.filePath("junk.pkl"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("\x80\x04not a pickle at all");
        junk.close();
        const auto bad = testdata::runSkopos({"describe", junk.fileName()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(!bad.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDescribe)
#include "tst_describe.moc"
