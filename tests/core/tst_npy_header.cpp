// Unit tests of the npy header parser over real headers (copied from numpy
// files of the corpus) and malformed ones.
#include "npy/NpyHeader.h"
#include "tree/Error.h"

#include "TestData.h"

#include <QtTest>

using namespace skopos;

namespace {
std::string header(int major, const std::string& dict)
{
    std::string h = "\x93NUMPY";
    h += static_cast<char>(major);
    h += '\0';
    std::string body = dict;
    const std::size_t pre = major == 1 ? 10 : 12;
    while ((pre + body.size() + 1) % 64)
        body += ' ';
    body += '\n';
    const auto n = body.size();
    h += static_cast<char>(n & 0xff);
    h += static_cast<char>((n >> 8) & 0xff);
    if (major != 1) {
        h += static_cast<char>((n >> 16) & 0xff);
        h += static_cast<char>((n >> 24) & 0xff);
    }
    return h + body;
}

std::string readFile(const QString& p)
{
    QFile f(p);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray b = f.readAll();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}
} // namespace

class TestNpyHeader : public QObject {
    Q_OBJECT
private slots:
    void realProbeFile()
    {
        // probe.npy of the Pipeline fixture: written by numpy 1.24.
        const std::string bytes = readFile(testdata::path("npy/probe.npy"));
        QVERIFY2(bytes.size() > 128, "tests/data/npy/probe.npy is missing");
        const NpyHeader h = parseNpyHeader(bytes);
        QCOMPARE(h.major, 1);
        QCOMPARE(h.descr, std::string("<f8"));
        QCOMPARE(h.fortranOrder, false);
        QCOMPARE(h.itemsize, 8);
        QCOMPARE(h.dataOffset % 64, 0u);
        QCOMPARE(h.dataOffset + h.dataLength, bytes.size());
        QCOMPARE(h.shape.size(), 2u);
    }
    void versions()
    {
        for (int v : {1, 2, 3}) {
            const NpyHeader h = parseNpyHeader(header(v, "{'descr': '>i4', 'fortran_order': True, 'shape': (3, 4), }"));
            QCOMPARE(h.major, v);
            QCOMPARE(h.descr, std::string(">i4"));
            QVERIFY(h.fortranOrder);
            QCOMPARE(h.shape, (std::vector<std::int64_t>{3, 4}));
            QCOMPARE(h.dataLength, 48u);
        }
    }
    void scalarAndEmptyShapes()
    {
        NpyHeader h = parseNpyHeader(header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (), }"));
        QVERIFY(h.shape.empty());
        QCOMPARE(h.dataLength, 8u);
        h = parseNpyHeader(header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (0,), }"));
        QCOMPARE(h.dataLength, 0u);
        h = parseNpyHeader(header(1, "{'descr': '<U3', 'fortran_order': False, 'shape': (2,), }"));
        QCOMPARE(h.itemsize, 12);
    }
    void structuredDtype()
    {
        // scikit-learn 1.2's tree node dtype, as numpy writes it.
        const NpyHeader h = parseNpyHeader(header(
            1,
            "{'descr': [('left_child', '<i8'), ('right_child', '<i8'), ('feature', '<i8'), ('threshold', '<f8'), "
            "('impurity', '<f8'), ('n_node_samples', '<i8'), ('weighted_n_node_samples', '<f8')], "
            "'fortran_order': False, 'shape': (5,), }"));
        QVERIFY(h.structured);
        QCOMPARE(h.itemsize, 56);
        QCOMPARE(h.dataLength, 280u);
        QVERIFY(h.descr.find("'left_child'") != std::string::npos);
        const NpyHeader padded = parseNpyHeader(header(1,
                                                       "{'descr': [('a', '<i4'), ('', '|V4'), (('title', 'b'), '<f8', "
                                                       "(2, 3))], 'fortran_order': False, 'shape': (1,), }"));
        QCOMPARE(padded.itemsize, 4 + 4 + 48);
    }
    void python2Longs()
    {
        const NpyHeader h = parseNpyHeader(header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3L, 2L), }"));
        QCOMPARE(h.shape, (std::vector<std::int64_t>{3, 2}));
    }
    // numpy 1.24 evaluates the header with ast.literal_eval and the descr
    // with numpy.dtype: each of these is an object dtype (a pickle follows).
    void objectSpellings()
    {
        for (const char* d : {"'object'", "'<O8'", "'O4'", "'object_'", "'i4,O'", "'2O'", "'\\x4f'", "u'O'", "'<' 'O'",
                              "('|O', (2,))", "[('a', '<f8'), ('b', 'O')]", "['aO']", "[('a', [('b', 'O')])]"}) {
            const NpyHeader h = parseNpyHeader(
                header(1, std::string("{'descr': ") + d + ", 'fortran_order': False, 'shape': (3,), }"));
            QVERIFY2(h.hasObject, d);
        }
    }
    // A dict display keeps the last value of a repeated key.
    void lastDuplicateKeyWins()
    {
        NpyHeader h = parseNpyHeader(
            header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), 'descr': '|O'}"));
        QVERIFY(h.hasObject);
        h = parseNpyHeader(header(1, "{'descr': '|O', 'fortran_order': False, 'shape': (3,), \"descr\": '<f8'}"));
        QVERIFY(!h.hasObject);
        QCOMPARE(h.dataLength, 24u);
        // Exactly the three keys, a tuple shape, and "L" only before version 3.
        QVERIFY_THROWS_EXCEPTION(
            ReadError, parseNpyHeader(header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), 'x': 1}")));
        QVERIFY_THROWS_EXCEPTION(ReadError,
                                 parseNpyHeader(header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': [3]}")));
        QVERIFY_THROWS_EXCEPTION(ReadError,
                                 parseNpyHeader(header(3, "{'descr': '<f8', 'fortran_order': False, 'shape': (3L,)}")));
    }
    void objectArraysAreFlagged()
    {
        const NpyHeader h = parseNpyHeader(header(1, "{'descr': '|O', 'fortran_order': False, 'shape': (3,), }"));
        QVERIFY(h.hasObject);
        QCOMPARE(h.dataLength, 0u);
    }
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("needle");
        const auto add = [](const char* name, const std::string& b, const char* needle) {
            QTest::newRow(name) << QByteArray(b.data(), static_cast<qsizetype>(b.size()))
                                << QString::fromLatin1(needle);
        };
        add("bad magic", "\x93NUMPX\x01\x00\x10\x00{}", "bad magic");
        add("version 9", header(1, "{}").replace(6, 1, "\x09"), "version 9");
        add("truncated", header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }").substr(0, 40),
            "truncated");
        add("not a dict", header(1, "['descr']"), "not a dict");
        add("missing shape", header(1, "{'descr': '<f8', 'fortran_order': False}"), "lacks");
        add("negative dim", header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }"), "negative");
        add("huge dims overflow",
            header(1,
                   "{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4611686018427387904), }"),
            "overflow");
        add("number too large",
            header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999,), }"), "too large");
        add("code is not evaluated",
            header(1, "{'descr': __import__('os').system('x'), 'fortran_order': False, 'shape': (), }"),
            "unexpected character");
        add("unterminated string", header(1, "{'descr': '<f8, 'fortran_order': False}"), "npy header");
        std::string deep = "{'descr': ";
        deep += std::string(500, '[') + std::string(500, ']') + ", 'fortran_order': False, 'shape': (), }";
        add("deep nesting", header(1, deep), "deeply");
        std::string huge = "\x93NUMPY\x02";
        huge += '\0';
        huge += std::string("\x00\x00\x00\x80", 4); // 2^31-byte header
        huge += "{}";
        add("huge v2 header", huge, "exceeds the limit");
        std::string dims = "{'descr': '<f8', 'fortran_order': False, 'shape': (";
        for (int i = 0; i < 100; ++i)
            dims += "1,";
        add("too many dims", header(1, dims + "), }"), "dimensions");
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, needle);
        try {
            parseNpyHeader(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
            QFAIL("no error");
        } catch (const ReadError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(needle), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestNpyHeader)
#include "tst_npy_header.moc"
