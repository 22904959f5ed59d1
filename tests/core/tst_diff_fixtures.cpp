// Issue 24: a model and its conversion are the same model. Every pickle and
// joblib variant of every fixture case (tests/data/pickle/fixtures, copied
// from ../shared/corpus) diffs as the same model as (1) its own conversion
// to skops and (2) the model.skops real skops wrote for the same object.
// Runs the core in-process (the same functions `skopos diff` calls): 481
// variants through a process each would be slow for no extra coverage;
// tst_diff covers the command line.

#include "TestData.h"

#include "convert/Converter.h"
#include "diff/TreeDiff.h"
#include "document/Open.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace skopos;

namespace {

// "" when a and b are the same model, else the first change lines.
QString differences(const std::string& a, const std::string& b)
{
    const Document da = openDocument(a);
    const Document db = openDocument(b);
    const TreeDiffResult r = diffDocuments(da, db);
    if (r.same)
        return {};
    QString s;
    for (std::size_t i = 0; i < r.changes.size() && i < 3; ++i)
        s += QString::fromStdString(changeLine(r.changes[i])) + "; ";
    for (const auto& line : trustLines(r.trust))
        s += QString::fromStdString(line) + "; ";
    return s;
}

} // namespace

class TestDiffFixtures : public QObject {
    Q_OBJECT
private slots:
    void conversionsAreTheSameModel()
    {
        const QDir pickles(testdata::path("pickle/fixtures"));
        const QStringList cases = pickles.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(cases.size(), 37);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        int files = 0;
        QStringList failures;
        for (const QString& c : cases) {
            const std::string ref = testdata::spath("fixtures/" + c + "/model.skops");
            const QStringList variants =
                QDir(pickles.filePath(c)).entryList({"model.p*.pkl", "model.joblib*"}, QDir::Files, QDir::Name);
            QCOMPARE(variants.size(), 13);
            for (const QString& v : variants) {
                ++files;
                const std::string in = pickles.filePath(c + "/" + v).toStdString();
                const std::string out = tmp.filePath(c + "-" + v + ".skops").toStdString();
                try {
                    convertToSkops(in, out);
                    if (const QString d = differences(in, out); !d.isEmpty())
                        failures << c + "/" + v + " vs its conversion: " + d;
                    if (const QString d = differences(in, ref); !d.isEmpty())
                        failures << c + "/" + v + " vs model.skops: " + d;
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
                 qPrintable(QString::number(failures.size()) + " differences; first: " + failures.value(0)));
    }

    // The check above must be able to fail: two different fixtures differ.
    void differentModelsDiffer()
    {
        QVERIFY(!differences(testdata::spath("pickle/fixtures/LogisticRegression/model.p4.pkl"),
                             testdata::spath("fixtures/LinearSVC/model.skops"))
                     .isEmpty());
        QVERIFY(!differences(testdata::spath("pickle/fixtures/StandardScaler/model.joblib.z"),
                             testdata::spath("pickle/fixtures/PCA/model.joblib.z"))
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiffFixtures)
#include "tst_diff_fixtures.moc"
