// ArrayReader on real files: a plain .npy (file range), skops zip members,
// arrays inside a stored .npz member whose own members are deflated, Fortran
// order, strings, complex numbers and the preview cap. Expected values were
// read from the same files with Python's struct/zipfile.
#include "ArrayTableModel.h"
#include "TestData.h"
#include "io/ArrayReader.h"
#include "document/Open.h"
#include "tree/Error.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace skopos;

namespace {

// The first array node (in node order) whose label path ends with `key`.
const ArrayInfo* arrayAt(const Document& d, std::initializer_list<const char*> path)
{
    NodeId n = d.tree.root;
    for (const char* key : path) {
        n = d.tree.child(n, key);
        if (n == kNoNode)
            return nullptr;
    }
    return d.tree.array(n);
}

} // namespace

class TestArrayReader : public QObject {
    Q_OBJECT
private slots:
    void npyFileRange()
    {
        const std::string path = testdata::spath(QStringLiteral("ui/StandardScaler.probe.npy"));
        Document d = openDocument(path);
        const ArrayInfo* a = d.tree.array(d.tree.root);
        QVERIFY(a);
        QCOMPARE(a->where, Where::FileRange);
        QCOMPARE(a->shape.vec(), (std::vector<std::int64_t>{10, 8}));
        const ArrayPreview p = readArrayPreview(path, *a, 1'000'000);
        QCOMPARE(p.total, 80);
        QCOMPARE(p.count, 80);
        QCOMPARE(p.values.size(), std::size_t(80));
        QCOMPARE(p.values[0], 0.5054822716271429);
        QCOMPARE(p.values[1], 2.6720357171745954);
        QCOMPARE(p.values[3], 0.24334342666757913);
        QCOMPARE(p.stats.count, 80);
        QCOMPARE(p.stats.nanCount, 0);
        QCOMPARE(p.stats.min, 0.021354626108351482);
        QCOMPARE(p.stats.max, 4.041232406052657);
        QVERIFY(std::abs(p.stats.mean - 1.3029552406945695) < 1e-12);
        QVERIFY(p.stats.std > 0);
    }

    void previewNeverReadsMoreThanAsked()
    {
        const std::string path = testdata::spath(QStringLiteral("ui/StandardScaler.probe.npy"));
        Document d = openDocument(path);
        const ArrayPreview p = readArrayPreview(path, *d.tree.array(d.tree.root), 5);
        QCOMPARE(p.total, 80);
        QCOMPARE(p.count, 5);
        QCOMPARE(p.values.size(), std::size_t(5));
        QCOMPARE(p.values[1], 2.6720357171745954);
        QCOMPARE(p.stats.count, 5);
    }

    void skopsZipMembers()
    {
        const std::string path = testdata::spath(QStringLiteral("ui/StandardScaler.skops"));
        Document d = openDocument(path);
        const ArrayInfo* mean = arrayAt(d, {"state", "mean_"});
        QVERIFY(mean);
        QCOMPARE(mean->where, Where::ZipMember);
        const ArrayPreview p = readArrayPreview(path, *mean, 100);
        QCOMPARE(p.count, 8);
        QCOMPARE(p.values[0], 1.1524671530915203);
        QCOMPARE(p.values[1], 1.5230238761285622);
        QCOMPARE(p.values[2], 1.0374917918269868);
        // A 0-d int64 scalar: one element.
        const ArrayInfo* seen = arrayAt(d, {"state", "n_samples_seen_"});
        QVERIFY(seen);
        const ArrayPreview s = readArrayPreview(path, *seen, 100);
        QCOMPARE(s.count, 1);
        QCOMPARE(s.values[0], 80.0);
    }

    // The same object saved by pickle (bytes in the file) and by joblib with
    // gzip (bytes in the decompressed stream) gives the same values.
    void pickleAndCompressedJoblib_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("where");
        QTest::newRow("pickle") << QStringLiteral("ui/StandardScaler.p4.pkl") << int(Where::FileRange);
        QTest::newRow("joblib.gz") << QStringLiteral("ui/StandardScaler.joblib.gz") << int(Where::StreamRange);
    }
    void pickleAndCompressedJoblib()
    {
        QFETCH(QString, file);
        QFETCH(int, where);
        const std::string path = testdata::spath(file);
        Document d = openDocument(path);
        const ArrayInfo* mean = arrayAt(d, {"state", "mean_"});
        QVERIFY(mean);
        QCOMPARE(int(mean->where), where);
        const ArrayPreview p = readArrayPreview(path, *mean, 3);
        QCOMPARE(p.total, 8);
        QCOMPARE(p.values, (std::vector<double>{1.1524671530915203, 1.5230238761285622, 1.0374917918269868}));
    }

    void sparseArraysInsideNpzMember()
    {
        const std::string path = testdata::spath(QStringLiteral("ui/extra_sparse_svc.skops"));
        Document d = openDocument(path);
        const ArrayInfo* indices = arrayAt(d, {"state", "support_vectors_", "indices"});
        QVERIFY(indices);
        QVERIFY(indices->source.find(".npz/") != std::string::npos);
        QVERIFY(indices->compressed);
        const ArrayPreview p = readArrayPreview(path, *indices, 10);
        QCOMPARE(p.total, 276);
        QCOMPARE(p.values, (std::vector<double>{1, 2, 4, 5, 0, 3, 4, 6, 7, 1}));
        const ArrayInfo* format = arrayAt(d, {"state", "support_vectors_", "format"});
        QVERIFY(format);
        const ArrayPreview f = readArrayPreview(path, *format, 10);
        QCOMPARE(f.text, std::vector<std::string>{"csr"});
    }

    void fortranStringsComplexEmpty()
    {
        const std::string path = testdata::spath(QStringLiteral("ui/extra_odd_objects.skops"));
        Document d = openDocument(path);

        const ArrayInfo* f = arrayAt(d, {"f_order"});
        QVERIFY(f && f->fortranOrder);
        auto fp = std::make_shared<ArrayPreview>(readArrayPreview(path, *f, 100));
        QCOMPARE(fp->values, (std::vector<double>{0, 3, 1, 4, 2, 5})); // column-major storage
        skopos::ui::ArrayTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setSlice(std::make_shared<ArraySlice>(readArraySlice(path, *f, SliceRequest{})));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.columnCount(), 3);
        // logical [[0., 1., 2.], [3., 4., 5.]], each as repr(float)
        QCOMPARE(table.index(0, 1).data().toString(), QStringLiteral("1.0"));
        QCOMPARE(table.index(1, 0).data().toString(), QStringLiteral("3.0"));
        QCOMPARE(table.index(1, 2).data().toString(), QStringLiteral("5.0"));

        const ArrayInfo* u = arrayAt(d, {"u"});
        QVERIFY(u);
        QCOMPARE(readArrayPreview(path, *u, 10).text, (std::vector<std::string>{"ab", "c"}));

        const ArrayInfo* c = arrayAt(d, {"c128"});
        QVERIFY(c);
        const ArrayPreview cp = readArrayPreview(path, *c, 10);
        QCOMPARE(cp.values, (std::vector<double>{1.0, 2.0}));
        QCOMPARE(formatScalar(parseSimpleDType(c->descr), readArraySlice(path, *c, SliceRequest{}).raw.data()),
                 std::string("1+2j"));

        const ArrayInfo* e = arrayAt(d, {"empty"});
        QVERIFY(e);
        const ArrayPreview ep = readArrayPreview(path, *e, 10);
        QCOMPARE(ep.total, 0);
        QCOMPARE(ep.stats.count, 0);

        // Structured dtypes: not as plain values (readArraySlice decodes them per field).
        const ArrayInfo* s = arrayAt(d, {"struct"});
        QVERIFY(s);
        try {
            readArrayPreview(path, *s, 10);
            QFAIL("a structured dtype was decoded");
        } catch (const ReadError& err) {
            QVERIFY(QString::fromUtf8(err.what()).startsWith(QStringLiteral("preview not available")));
        }
    }

    void dtypes()
    {
        QCOMPARE(parseSimpleDType("<f8").size, 8);
        QCOMPARE(parseSimpleDType("|b1").kind, 'b');
        QCOMPARE(parseSimpleDType(">i2").order, '>');
        QCOMPARE(parseSimpleDType("<U3").size, 12);
        QVERIFY(!parseSimpleDType("|O").valid());
        QVERIFY(!parseSimpleDType("<M8[ns]").valid());
        QVERIFY(!parseSimpleDType("<f3").valid());
        // Big-endian decoding (numpy writes '>' descrs on big-endian machines).
        const char be[] = {0x00, 0x00, 0x01, 0x02, char(0xff), char(0xff), char(0xff), char(0xfe)};
        ArrayPreview p;
        decodeElements(parseSimpleDType(">i4"), be, 2, p);
        QCOMPARE(p.values, (std::vector<double>{258, -2}));
        const char half[] = {0x00, 0x3c, 0x00, char(0xc0)}; // float16 1.0 and -2.0, little-endian
        ArrayPreview h;
        decodeElements(parseSimpleDType("<f2"), half, 2, h);
        QCOMPARE(h.values, (std::vector<double>{1.0, -2.0}));
    }
};

QTEST_MAIN(TestArrayReader)
#include "tst_arrayreader.moc"
