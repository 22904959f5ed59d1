// openModelStream over joblib's real compressed files (tests/data/decompress,
// copied from ../shared/corpus): each container decompresses byte-identically
// to the uncompressed dump; damaged copies of them and a generated zlib bomb
// give ReadErrors that name the codec or the limit.
#include "io/Decompress.h"
#include "tree/Error.h"

#include "TestData.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace skopos;

namespace {

const char* kCases[] = {"LogisticRegression", "extra_forest", "extra_tfidf"};

QByteArray readAll(const QString& p)
{
    QFile f(p);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& p, const QByteArray& b)
{
    QFile f(p);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(b), b.size());
}

// Drains a stream in odd-sized reads so buffer boundaries fall everywhere.
QByteArray drain(ByteSource& s)
{
    QByteArray out;
    char buf[4099];
    for (std::size_t n = 1;; n = n * 3 % sizeof buf + 1) {
        const std::size_t got = s.read(buf, n);
        if (got == 0)
            break;
        out.append(buf, static_cast<qsizetype>(got));
    }
    return out;
}

QByteArray decompress(const QString& p, std::string* container = nullptr, const Limits& limits = Limits::defaults())
{
    std::string c;
    auto s = openModelStream(p.toStdString(), limits, c);
    if (container)
        *container = c;
    return drain(*s);
}

// The ReadError message of decompressing p, or "" when none was thrown.
QString failure(const QString& p, const Limits& limits = Limits::defaults(), bool* hasOffset = nullptr)
{
    try {
        decompress(p, nullptr, limits);
    } catch (const ReadError& e) {
        if (hasOffset)
            *hasOffset = e.hasOffset();
        return QString::fromStdString(e.what());
    }
    return {};
}

struct Variant {
    const char* suffix;
    const char* container;
};
const Variant kVariants[] = {{".z", "zlib"},    {".gz", "gzip"}, {".bz2", "bz2"},    {".xz", "xz"},
                             {".lzma", "lzma"}, {".lz4", "lz4"}, {".zfile", "zfile"}};

} // namespace

class TestDecompress : public QObject {
    Q_OBJECT

private slots:
    void containers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("plain");
        // Every case has every container but the old z-file, which only
        // extra_forest has: a missing file fails the test below (its row is
        // kept), it does not silently shrink the table.
        int rows = 0;
        for (const char* c : kCases)
            for (const Variant& v : kVariants) {
                const QString base = QStringLiteral("decompress/%1/model.joblib").arg(c);
                if (std::strcmp(v.container, "zfile") == 0 && std::strcmp(c, "extra_forest") != 0)
                    continue;
                QTest::newRow(qPrintable(base + v.suffix))
                    << testdata::path(base + v.suffix) << v.container << testdata::path(base);
                ++rows;
            }
        QCOMPARE(rows, 3 * 6 + 1);
    }
    void containers()
    {
        QFETCH(QString, file);
        QFETCH(QString, container);
        QFETCH(QString, plain);
        QVERIFY2(QFile::exists(file), qPrintable("missing test data: " + file));
        const QByteArray expected = readAll(plain);
        QVERIFY(!expected.isEmpty());

        std::string c;
        auto s = openModelStream(file.toStdString(), Limits::defaults(), c);
        QCOMPARE(QString::fromStdString(c), container);
        QCOMPARE(drain(*s), expected);
        QCOMPARE(s->position(), static_cast<std::uint64_t>(expected.size()));
        QCOMPARE(s->inputPosition(), static_cast<std::uint64_t>(QFileInfo(file).size()));
        QCOMPARE(s->sizeHint(), std::uint64_t(0));

        // skip() decompresses and discards: what follows is the same suffix.
        for (std::uint64_t k : {std::uint64_t(1), std::uint64_t(expected.size() / 2), std::uint64_t(expected.size())}) {
            auto t = openModelStream(file.toStdString(), Limits::defaults(), c);
            QCOMPARE(t->skip(k), k);
            QCOMPARE(t->position(), k);
            QCOMPARE(drain(*t), expected.mid(static_cast<qsizetype>(k)));
        }
        auto u = openModelStream(file.toStdString(), Limits::defaults(), c);
        QCOMPARE(u->skip(1ull << 40), static_cast<std::uint64_t>(expected.size()));
    }

    void plainFileAndMagicNotExtension()
    {
        QTemporaryDir dir;
        const QByteArray model = readAll(testdata::path("decompress/extra_forest/model.joblib"));
        const QString fakeGz = dir.filePath("model.joblib.gz"); // plain pickle, misleading name
        const QString realGz = dir.filePath("model.pkl");       // gzip, misleading name
        writeAll(fakeGz, model);
        writeAll(realGz, readAll(testdata::path("decompress/extra_forest/model.joblib.gz")));
        std::string c = "x";
        QCOMPARE(decompress(fakeGz, &c), model);
        QCOMPARE(c, std::string());
        QCOMPARE(decompress(realGz, &c), model);
        QCOMPARE(c, std::string("gzip"));
        QVERIFY(failure(dir.filePath("missing.joblib")).contains("cannot open"));
    }

    // Real compressed files from the wild; the digests are of what Python's
    // gzip / bz2 modules decompress them to.
    void realWorld_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("container");
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("sha256");
        QTest::newRow("noshow gz") << "decompress/realworld-noshow-preprocessor.joblib.gz"
                                   << "gzip" << 6400
                                   << QByteArray("0976c2f572d3e7772c2b800f450dca5bfbc471e33cce5dcbf3e17ff6ad9a9a21");
        QTest::newRow("sms pbz2") << "decompress/realworld-sms-vectorizer.pbz2"
                                  << "bz2" << 169688
                                  << QByteArray("9b4c45f4ff0ff8a3d133be4f07ac3d401e653fe46f393f27ced64057469befcc");
    }
    void realWorld()
    {
        QFETCH(QString, file);
        QFETCH(QString, container);
        QFETCH(int, size);
        QFETCH(QByteArray, sha256);
        std::string c;
        const QByteArray out = decompress(testdata::path(file), &c);
        QCOMPARE(QString::fromStdString(c), container);
        QCOMPARE(out.size(), size);
        QCOMPARE(QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex(), sha256);
    }

    // Python 2 writers put one more space after the z-file length.
    void zfilePython2Header()
    {
        QTemporaryDir dir;
        QByteArray z = readAll(testdata::path("decompress/extra_forest/model.joblib.zfile"));
        QCOMPARE(z.left(4), QByteArray("ZF0x"));
        z.insert(21, ' ');
        writeAll(dir.filePath("py2.pkl"), z);
        QCOMPARE(decompress(dir.filePath("py2.pkl")), readAll(testdata::path("decompress/extra_forest/model.joblib")));
        z.replace(2, 4, "0xzz");
        writeAll(dir.filePath("bad.pkl"), z);
        QVERIFY(failure(dir.filePath("bad.pkl")).contains("zfile: the header has no hexadecimal length"));
    }

    void truncated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("container");
        for (const Variant& v : kVariants)
            QTest::newRow(v.container) << testdata::path(QStringLiteral("decompress/extra_forest/model.joblib")
                                                         + v.suffix)
                                       << v.container;
    }
    void truncated()
    {
        QFETCH(QString, file);
        QFETCH(QString, container);
        const QByteArray whole = readAll(file);
        QTemporaryDir dir;
        for (qsizetype keep : {whole.size() / 2, whole.size() - 1}) {
            const QString cut = dir.filePath(QStringLiteral("cut%1").arg(keep));
            writeAll(cut, whole.left(keep));
            bool hasOffset = false;
            const QString msg = failure(cut, Limits::defaults(), &hasOffset);
            QVERIFY2(msg.startsWith(container), qPrintable(QString::number(keep) + ": " + msg));
            QVERIFY2(msg.contains("truncated") || msg.contains("corrupt"), qPrintable(msg));
            QVERIFY(hasOffset);
        }
        // Everything decodable is handed out before the error: without its last
        // (trailer) byte the whole model still comes out, then the ReadError.
        writeAll(dir.filePath("last"), whole.left(whole.size() - 1));
        std::string c;
        auto s = openModelStream(dir.filePath("last").toStdString(), Limits::defaults(), c);
        QByteArray got;
        char buf[1000];
        bool threw = false;
        try {
            while (std::size_t n = s->read(buf, sizeof buf))
                got.append(buf, static_cast<qsizetype>(n));
        } catch (const ReadError& e) {
            threw = true;
            QVERIFY2(QString(e.what()).startsWith(container + " stream is truncated"), e.what());
        }
        QVERIFY(threw);
        QCOMPARE(got, readAll(testdata::path("decompress/extra_forest/model.joblib")));
    }

    // A flipped byte in the middle: the codecs with checksums must notice
    // (lzma-alone and joblib's lz4 frames carry none, so only their headers can be checked).
    void corrupted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("container");
        QTest::addColumn<int>("where"); // -1: the middle
        for (const Variant& v : kVariants)
            if (std::strcmp(v.container, "lzma") && std::strcmp(v.container, "lz4"))
                QTest::newRow(v.container)
                    << testdata::path(QStringLiteral("decompress/extra_forest/model.joblib") + v.suffix) << v.container
                    << -1;
        QTest::newRow("lz4 frame version") << testdata::path("decompress/extra_forest/model.joblib.lz4") << "lz4" << 4;
    }
    void corrupted()
    {
        QFETCH(QString, file);
        QFETCH(QString, container);
        QFETCH(int, where);
        QByteArray b = readAll(file);
        const qsizetype at = where < 0 ? b.size() / 2 : where;
        b[at] = static_cast<char>(b[at] ^ 0x55);
        QTemporaryDir dir;
        writeAll(dir.filePath("bad"), b);
        bool hasOffset = false;
        const QString msg = failure(dir.filePath("bad"), Limits::defaults(), &hasOffset);
        QVERIFY2(msg.startsWith(container + " stream is corrupt"), qPrintable(msg));
        QVERIFY(hasOffset);
    }

    // Several members in one file, and what may follow the last one.
    void concatenated()
    {
        QTemporaryDir dir;
        const QString base = testdata::path("decompress/LogisticRegression/model.joblib");
        const QByteArray model = readAll(base);
        for (const char* suffix : {".gz", ".bz2", ".xz", ".lz4", ".lzma"}) {
            const QByteArray one = readAll(base + suffix);
            writeAll(dir.filePath("two"), one + one);
            QCOMPARE(decompress(dir.filePath("two")), model + model);
            if (std::strcmp(suffix, ".gz") == 0)
                continue;
            // Data that is not another stream is ignored, as Python's readers do.
            writeAll(dir.filePath("tail"), one + "trailing junk");
            QCOMPARE(decompress(dir.filePath("tail")), model);
        }
        // gzip.GzipFile skips zero padding but refuses other trailing data.
        const QByteArray gz = readAll(base + ".gz");
        writeAll(dir.filePath("pad"), gz + QByteArray(1000, '\0'));
        QCOMPARE(decompress(dir.filePath("pad")), model);
        writeAll(dir.filePath("junk"), gz + "junk");
        QVERIFY(failure(dir.filePath("junk")).contains("gzip: the data after a member is not another gzip member"));
        // zlib (and the z-file) hold one stream; joblib never reads past it.
        const QByteArray z = readAll(base + ".z");
        writeAll(dir.filePath("zz"), z + z);
        QCOMPARE(decompress(dir.filePath("zz")), model);
    }

    // bz2 blocks decoded side by side (a real 52-block file: 236 KB that
    // decompress to 89 MB) give the plain decoder's bytes, and every damaged
    // copy -- truncated, a flipped byte in some block, a second stream,
    // trailing data -- the plain decoder's bytes and error, to the letter.
    void bz2ParallelMatchesPlain_data()
    {
        QTest::addColumn<QString>("edit");
        for (const char* e : {"whole", "cut-early", "cut-middle", "cut-last-byte", "flip-first-block", "flip-middle",
                              "flip-trailer", "two-streams", "trailing-junk"})
            QTest::newRow(e) << e;
    }
    void bz2ParallelMatchesPlain()
    {
        QFETCH(QString, edit);
        const QByteArray real = readAll(
            testdata::path("realworld/joeliang914__language_process/models__model.pkl.bz2"));
        QVERIFY(real.size() > 200000);
        QByteArray b = real;
        if (edit == "cut-early")
            b = real.left(5000);
        if (edit == "cut-middle")
            b = real.left(real.size() / 2);
        if (edit == "cut-last-byte")
            b = real.left(real.size() - 1);
        if (edit == "flip-first-block")
            b[100] = static_cast<char>(b[100] ^ 0x10);
        if (edit == "flip-middle")
            b[b.size() / 2] = static_cast<char>(b[b.size() / 2] ^ 0x01);
        if (edit == "flip-trailer")
            b[b.size() - 2] = static_cast<char>(b[b.size() - 2] ^ 0x04);
        if (edit == "two-streams")
            b = real + real;
        if (edit == "trailing-junk")
            b = real + "not another stream";
        QTemporaryDir dir;
        writeAll(dir.filePath("m.bz2"), b);
        const auto run = [&](bool sequential, QByteArray& sha, QString& error) {
            if (sequential) {
                qputenv("SKOPOS_BZ2_SEQUENTIAL", "1");
                qunsetenv("SKOPOS_BZ2_PARALLEL");
            } else {
                qunsetenv("SKOPOS_BZ2_SEQUENTIAL");
                qputenv("SKOPOS_BZ2_PARALLEL", "1"); // a small file goes the plain way unless forced
            }
            std::string c;
            auto s = openModelStream(dir.filePath("m.bz2").toStdString(), Limits::defaults(), c);
            QCryptographicHash h(QCryptographicHash::Sha256);
            char buf[65536];
            try {
                while (std::size_t n = s->read(buf, sizeof buf))
                    h.addData(QByteArrayView(buf, static_cast<qsizetype>(n)));
            } catch (const ReadError& e) {
                error = QString::fromStdString(e.what());
            }
            sha = h.result().toHex();
        };
        QByteArray plainSha, parallelSha;
        QString plainError, parallelError;
        run(true, plainSha, plainError);
        const std::uint64_t before = bz2ParallelBlocks();
        run(false, parallelSha, parallelError);
        qunsetenv("SKOPOS_BZ2_SEQUENTIAL");
        qunsetenv("SKOPOS_BZ2_PARALLEL");
        QCOMPARE(parallelError, plainError);
        QCOMPARE(parallelSha, plainSha);
        if (edit == "whole") {
            QVERIFY(plainError.isEmpty());
            QCOMPARE(bz2ParallelBlocks() - before, std::uint64_t(52)); // every block went the parallel way
        } else if (edit.startsWith("cut") || edit.startsWith("flip")) {
            QVERIFY2(plainError.startsWith("bz2 stream is"), qPrintable(plainError));
        }
    }

    // Hostile input: 200 MB of zeros deflate to ~200 KB (ratio ~1000).
    void zlibBomb()
    {
        QTemporaryDir dir;
        const QString bomb = dir.filePath("bomb.joblib");
        {
            QFile f(bomb);
            QVERIFY(f.open(QIODevice::WriteOnly));
            z_stream z{};
            QCOMPARE(deflateInit(&z, 9), Z_OK);
            std::vector<unsigned char> zeros(1 << 20, 0), out(1 << 16);
            for (int i = 0; i < 200; ++i) {
                z.next_in = zeros.data();
                z.avail_in = static_cast<uInt>(zeros.size());
                const int flush = i == 199 ? Z_FINISH : Z_NO_FLUSH;
                int rc;
                do {
                    z.next_out = out.data();
                    z.avail_out = static_cast<uInt>(out.size());
                    rc = deflate(&z, flush);
                    f.write(reinterpret_cast<const char*>(out.data()), static_cast<qint64>(out.size() - z.avail_out));
                } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
            }
            deflateEnd(&z);
        }
        QVERIFY(QFileInfo(bomb).size() < 1 << 20);

        Limits ratio;
        ratio.maxDecompressionRatio = 100;
        bool hasOffset = false;
        const QString r = failure(bomb, ratio, &hasOffset);
        QVERIFY2(r.contains("zlib stream expands more than maxDecompressionRatio (100"), qPrintable(r));
        QVERIFY(hasOffset);

        Limits size;
        size.maxDecompressedBytes = 50ull << 20;
        const QString m = failure(bomb, size);
        QVERIFY2(m.contains("zlib stream decompresses to more than maxDecompressedBytes (52428800 bytes)"),
                 qPrintable(m));

        // The ratio is only judged past the first few MB: a small real file
        // that compresses 10x is not refused even by a ratio limit of 1.
        Limits strict;
        strict.maxDecompressionRatio = 1;
        QCOMPARE(failure(testdata::path("decompress/extra_forest/model.joblib.z"), strict), QString());
    }
};

QTEST_GUILESS_MAIN(TestDecompress)
#include "tst_decompress.moc"
