// Issue 9 oracle, C++ half (runs in every CI): every pickle and joblib
// variant of every fixture case converts to a skops file equivalent to the
// case's model.skops, which real skops wrote for the very same object
// (tests/common/SkopsCompare.h says what "equivalent" means), and the result
// lists exactly the case's expected.json "untrusted" (what real skops'
// get_untrusted_types returned for model.skops).

#include "SkopsCompare.h"
#include "TestData.h"

#include "convert/Converter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace skopos;

class TestConvertFixtures : public QObject {
    Q_OBJECT
private slots:
    void everyVariantMatchesRealSkops()
    {
        const QDir pickles(testdata::path("pickle/fixtures"));
        const QStringList cases = pickles.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        // 37 cases x (model.p0..p5.pkl + model.joblib and its 6 compressions).
        QCOMPARE(cases.size(), 37);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        int files = 0;
        QStringList failures;
        for (const QString& c : cases) {
            const QString ref = testdata::path("fixtures/" + c + "/model.skops");
            QVERIFY2(QFile::exists(ref), qPrintable("missing " + ref));
            const QJsonObject expected = testdata::readJson(testdata::path("fixtures/" + c + "/expected.json"));
            QVERIFY2(expected.contains("untrusted"), qPrintable("missing expected.json of " + c));
            const std::vector<std::string> untrusted = testdata::strings(expected["untrusted"].toArray());
            const QStringList variants =
                QDir(pickles.filePath(c)).entryList({"model.p*.pkl", "model.joblib*"}, QDir::Files, QDir::Name);
            QCOMPARE(variants.size(), 13);
            for (const QString& v : variants) {
                ++files;
                const std::string in = pickles.filePath(c + "/" + v).toStdString();
                const std::string out = tmp.filePath(c + "-" + v + ".skops").toStdString();
                try {
                    const ConvertResult r = convertToSkops(in, out);
                    QCOMPARE(r.output, out);
                    // joblib writes an array reached twice twice (a fresh wrapper
                    // each time), so only plain pickles keep the sharing to check.
                    const bool sharing = v.endsWith(".pkl");
                    if (const std::string d = skopscompare::compareSkops(out, ref.toStdString(), sharing); !d.empty())
                        failures << c + "/" + v + ": " + QString::fromStdString(d);
                    else if (r.untrusted != untrusted)
                        failures << c + "/" + v + ": untrusted types differ from expected.json";
                } catch (const std::exception& e) {
                    failures << c + "/" + v + ": " + e.what();
                }
                QFile::remove(QString::fromStdString(out));
            }
        }
        QCOMPARE(files, 37 * 13);
        for (const auto& f : failures)
            qWarning("%s", qPrintable(f));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QString::number(failures.size()) + " of " + QString::number(files)
                            + " conversions differ from real skops; first: " + failures.value(0)));
    }
};

QTEST_GUILESS_MAIN(TestConvertFixtures)
#include "tst_convert_fixtures.moc"
