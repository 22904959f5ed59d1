// Pickle/joblib parity with skops: every fixture case saved as pickle
// protocols 0-5 and joblib (plain and every compression) must give exactly
// the untrusted list real skops reports for that case's model.skops.
#include "document/Open.h"
#include "tree/Error.h"
#include "trust/Audit.h"

#include "TestData.h"

#include <QtTest>

using namespace skopos;

class TestPickleFixtures : public QObject {
    Q_OBJECT
private slots:
    void parity_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        const QDir root(testdata::path("pickle/fixtures"));
        const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(cases.size(), 37);
        const QStringList variants = {"model.p0.pkl",    "model.p1.pkl",     "model.p2.pkl",    "model.p3.pkl",
                                      "model.p4.pkl",    "model.p5.pkl",     "model.joblib",    "model.joblib.z",
                                      "model.joblib.gz", "model.joblib.bz2", "model.joblib.xz", "model.joblib.lzma",
                                      "model.joblib.lz4"};
        const QStringList formats = {"pickle",    "pickle",      "pickle",      "pickle",      "pickle",
                                     "pickle",    "joblib",      "joblib+zlib", "joblib+gzip", "joblib+bz2",
                                     "joblib+xz", "joblib+lzma", "joblib+lz4"};
        for (const auto& c : cases)
            for (int i = 0; i < variants.size(); ++i)
                QTest::newRow(qPrintable(c + "/" + variants[i])) << root.filePath(c + "/" + variants[i]) << formats[i];
    }
    void parity()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const QString dir = QFileInfo(file).path();
        const auto expected = testdata::strings(
            testdata::requiredArray(testdata::readJson(dir + "/expected.json"), "untrusted", dir));
        Document doc = openDocument(file.toStdString());
        const AuditResult r = audit(doc.tree);
        QCOMPARE(r.untrusted, expected);
        QVERIFY(r.dangerous.empty());
        // joblib stores plain arrays as NumpyArrayWrapper; a case without
        // arrays is still written by joblib but has no wrapper, so it reads as pickle.
        if (format.startsWith("pickle"))
            QCOMPARE(QString::fromStdString(doc.format), format);
        else
            QVERIFY2(QString::fromStdString(doc.format) == format
                         || QString::fromStdString(doc.format) == QString(format).replace("joblib", "pickle"),
                     doc.format.c_str());
        QVERIFY(doc.protocol >= 0 && doc.protocol <= 5);
        QVERIFY(!doc.globals.empty());
        QVERIFY(std::is_sorted(doc.globals.begin(), doc.globals.end()));
    }

    // Arrays are located, never copied: the odd-objects case holds one of each.
    void arraysAreLocated()
    {
        const std::string file = testdata::spath("pickle/fixtures/extra_odd_objects/model.p4.pkl");
        Document doc = openDocument(file);
        const ObjectTree& t = doc.tree;
        const NodeId fOrder = t.child(t.root, "f_order");
        QVERIFY(fOrder != kNoNode);
        const ArrayInfo* a = t.array(fOrder);
        QVERIFY(a);
        QCOMPARE(a->descr.str(), std::string("<f8"));
        QCOMPARE(a->shape.vec(), (std::vector<std::int64_t>{2, 3}));
        QVERIFY(a->fortranOrder);
        QCOMPARE(a->where, Where::FileRange);
        QCOMPARE(a->length, std::uint64_t(48));
        const ArrayInfo* s = t.array(t.child(t.root, "struct"));
        QVERIFY(s);
        QCOMPARE(s->descr.str(), std::string("[('a', '<i4'), ('b', '<f8')]"));
        const ArrayInfo* o = t.array(t.child(t.root, "obj_arr"));
        QVERIFY(o);
        QCOMPARE(o->where, Where::Children);
        QCOMPARE(t.node(t.child(t.root, "obj_arr")).childCount, 3u);
        QCOMPARE(std::string(t.typeName(t.child(t.root, "scalar"))), std::string("numpy.float64"));
        QCOMPARE(t.node(t.child(t.root, "dtype")).loader, Loader::DTypeNode);
        // The shared list holds the same array twice (a memo reference), not a copy.
        const NodeId shared = t.child(t.root, "shared");
        QCOMPARE(t.childAt(shared, 0), t.childAt(shared, 1));
    }

    void joblibPayloadOffsets()
    {
        // joblib >= 1.2 aligns array data to 16 bytes in the (decompressed) stream.
        for (const char* name : {"model.joblib", "model.joblib.gz"}) {
            Document doc = openDocument(testdata::spath(QString("pickle/fixtures/StandardScaler/") + name));
            int located = 0;
            for (const auto& a : doc.tree.arrays()) {
                // mean_, var_, scale_: 8 features of float64 each.
                if ((a.where == Where::FileRange || a.where == Where::StreamRange) && a.length == 64) {
                    QCOMPARE(a.offset % 16, std::uint64_t(0));
                    QCOMPARE(a.where, std::string(name) == "model.joblib" ? Where::FileRange : Where::StreamRange);
                    ++located;
                }
            }
            QVERIFY(located >= 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestPickleFixtures)
#include "tst_pickle_fixtures.moc"
