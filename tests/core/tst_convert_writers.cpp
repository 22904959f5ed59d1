// The byte-level writers of the converter against their Python originals:
// JSON string escapes (json.dumps, ensure_ascii) and npy headers (np.save,
// numpy 1.24): every expected value below was printed by Debian's python3
// (json.dumps(s); the header bytes np.save wrote for such an array). And the
// zip writer's ZIP64 end records: 70,000 members read back with QuaZip.

#include "convert/JsonText.h"
#include "convert/NpyWriter.h"
#include "convert/ZipWriter.h"
#include "io/ZipArchive.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace skopos;

class TestConvertWriters : public QObject {
    Q_OBJECT
private slots:
    void jsonStringsLikePython()
    {
        struct Row {
            std::string in;
            const char* json;
        };
        const Row rows[] = {
            {std::string("plain", 5),
             "\x22"
             "plain\x22"
             ""},
            {std::string("quote\x22"
                         "back\x5c"
                         "slash",
                         16),
             "\x22"
             "quote\x5c"
             "\x22"
             "back\x5c"
             "\x5c"
             "slash\x22"
             ""},
            {std::string("ctl\x00"
                         "\x01"
                         "\x1f"
                         "\x7f"
                         "",
                         7),
             "\x22"
             "ctl\x5c"
             "u0000\x5c"
             "u0001\x5c"
             "u001f\x5c"
             "u007f\x22"
             ""},
            {std::string("tab\x09"
                         "nl\x0a"
                         "cr\x0d"
                         "bs\x08"
                         "ff\x0c"
                         "",
                         16),
             "\x22"
             "tab\x5c"
             "tnl\x5c"
             "ncr\x5c"
             "rbs\x5c"
             "bff\x5c"
             "f\x22"
             ""},
            {std::string("h\xc3"
                         "\xa9"
                         "llo \xe2"
                         "\x98"
                         "\x83"
                         "",
                         10),
             "\x22"
             "h\x5c"
             "u00e9llo \x5c"
             "u2603\x22"
             ""},
            {std::string("emoji \xf0"
                         "\x9f"
                         "\x98"
                         "\x80"
                         "",
                         10),
             "\x22"
             "emoji \x5c"
             "ud83d\x5c"
             "ude00\x22"
             ""},
            {std::string("mixed \xc3"
                         "\xa9"
                         "\xe2"
                         "\x80"
                         "\xa8"
                         "\xed"
                         "\x9f"
                         "\xbf"
                         "",
                         14),
             "\x22"
             "mixed \x5c"
             "u00e9\x5c"
             "u2028\x5c"
             "ud7ff\x22"
             ""},
            {std::string("", 0),
             "\x22"
             "\x22"
             ""},
        };
        for (const Row& r : rows)
            QCOMPARE(convert::jsonString(r.in), std::string(r.json));
    }

    void jsonLayoutLikeIndent2()
    {
        // json.dumps({"a": [], "b": {}, "c": [1, {"d": "x"}]}, indent=2)
        std::string out;
        convert::JsonWriter w(out);
        w.beginObject();
        w.key("a");
        w.beginArray();
        w.endArray();
        w.key("b");
        w.beginObject();
        w.endObject();
        w.key("c");
        w.beginArray();
        w.raw("1");
        w.beginObject();
        w.field("d", "x");
        w.endObject();
        w.endArray();
        w.endObject();
        QCOMPARE(
            out,
            std::string("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": \"x\"\n    }\n  ]\n}"));
    }

    void npyHeadersLikeNumpy()
    {
        struct Row {
            const char* descr;
            bool fortran;
            std::vector<std::int64_t> shape;
            std::string header;
        };
        const Row rows[] = {
            {"<f8",
             false,
             {3},
             std::string("\x93"
                         "NUMPY\x01"
                         "\x00"
                         "v\x00"
                         "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }                                    "
                         "                        \x0a"
                         "",
                         128)},
            {"<f8",
             true,
             {2, 3},
             std::string("\x93"
                         "NUMPY\x01"
                         "\x00"
                         "v\x00"
                         "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }                                   "
                         "                        \x0a"
                         "",
                         128)},
            {"<f8",
             false,
             {},
             std::string("\x93"
                         "NUMPY\x01"
                         "\x00"
                         "v\x00"
                         "{'descr': '<f8', 'fortran_order': False, 'shape': (), }                                      "
                         "                        \x0a"
                         "",
                         128)},
            {"<f4",
             false,
             {0},
             std::string("\x93"
                         "NUMPY\x01"
                         "\x00"
                         "v\x00"
                         "{'descr': '<f4', 'fortran_order': False, 'shape': (0,), }                                    "
                         "                        \x0a"
                         "",
                         128)},
            {"[('a', '<i4'), ('b', '<f8')]",
             false,
             {1},
             std::string("\x93"
                         "NUMPY\x01"
                         "\x00"
                         "v\x00"
                         "{'descr': [('a', '<i4'), ('b', '<f8')], 'fortran_order': False, 'shape': (1,), }             "
                         "                        \x0a"
                         "",
                         128)},
            {">i2",
             false,
             {7, 0, 5},
             std::string("\x93"
                         "NUMPY\x01"
                         "\x00"
                         "v\x00"
                         "{'descr': '>i2', 'fortran_order': False, 'shape': (7, 0, 5), }                               "
                         "                        \x0a"
                         "",
                         128)},
            {"<U3",
             false,
             {4},
             std::string("\x93"
                         "NUMPY\x01"
                         "\x00"
                         "v\x00"
                         "{'descr': '<U3', 'fortran_order': False, 'shape': (4,), }                                    "
                         "                        \x0a"
                         "",
                         128)},
            {"|b1",
             true,
             {3, 123456},
             std::string("\x93"
                         "NUMPY\x01"
                         "\x00"
                         "v\x00"
                         "{'descr': '|b1', 'fortran_order': True, 'shape': (3, 123456), }                              "
                         "                        \x0a"
                         "",
                         128)},
        };
        for (const Row& r : rows)
            QCOMPARE(convert::npyHeader(r.descr, r.fortran, r.shape), r.header);
    }

    void zip64EndRecordsForManyMembers()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath("many.zip");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            convert::ZipWriter z(f);
            for (int i = 0; i < 70000; ++i)
                z.addStored(std::to_string(i) + ".bin", std::to_string(i * 7));
            z.finish();
        }
        ZipArchive zip(path.toStdString());
        QCOMPARE(zip.entries().size(), std::size_t(70000));
        QCOMPARE(zip.read("69999.bin", 100), std::to_string(69999 * 7));
        QCOMPARE(zip.read("0.bin", 100), std::string("0"));
    }

    void deflatedMemberReadsBack()
    {
        QByteArray bytes;
        QBuffer buf(&bytes);
        QVERIFY(buf.open(QIODevice::ReadWrite));
        convert::ZipWriter z(buf);
        const std::string text(100000, 'x');
        z.addDeflated("x.npy", text);
        z.addStored("y.bin", "abc");
        z.finish();
        buf.close();
        QVERIFY(bytes.size() < 2000); // compressed
        QBuffer in(&bytes);
        QVERIFY(in.open(QIODevice::ReadOnly));
        ZipArchive zip(&in, "buffer");
        QCOMPARE(zip.read("x.npy", 1 << 20), text);
        QCOMPARE(zip.read("y.bin", 10), std::string("abc"));
    }
};

QTEST_GUILESS_MAIN(TestConvertWriters)
#include "tst_convert_writers.moc"
