// The ISA-L inflater against zlib on the same inputs (io/Inflate.h): every
// zlib/gzip/z-file joblib file in tests/data, every deflated zip member, and
// truncated, corrupted, padded, concatenated and re-wrapped copies made here
// from them. Both paths must hand out the same bytes and fail with the same
// message at the same offset; `skopos untrusted` must answer the same.
// SKOPOS_INFLATE=zlib selects zlib; without it the build's default (ISA-L
// when built with it) runs.
#include "io/Decompress.h"
#include "io/Inflate.h"
#include "io/ZipArchive.h"
#include "tree/Error.h"

#include "TestData.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace skopos;

namespace {

QByteArray readAll(const QString& p)
{
    QFile f(p);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& p, const QByteArray& b)
{
    QFile f(p);
    return f.open(QIODevice::WriteOnly) && f.write(b) == b.size();
}

// Selects the inflater for what runs while it lives.
class Engine {
public:
    explicit Engine(bool zlib)
    {
        if (zlib)
            qputenv("SKOPOS_INFLATE", "zlib");
        else
            qunsetenv("SKOPOS_INFLATE");
    }
    ~Engine() { qunsetenv("SKOPOS_INFLATE"); }
};

// What a reader got: the bytes handed out before the end or the error, and
// the error's message (with its offset).
struct Outcome {
    QByteArray bytes;
    QString error;
};

// Drains in odd-sized reads so buffer boundaries fall everywhere.
void drain(ByteSource& s, Outcome& o)
{
    char buf[70001];
    for (std::size_t n = 1;; n = n * 7 % sizeof buf + 1) {
        const std::size_t got = s.read(buf, n);
        if (got == 0)
            break;
        o.bytes.append(buf, static_cast<qsizetype>(got));
    }
}

Outcome decodeModel(const QString& path, bool zlib)
{
    Engine e(zlib);
    Outcome o;
    try {
        std::string container;
        auto s = openModelStream(path.toStdString(), Limits::defaults(), container);
        drain(*s, o);
    } catch (const ReadError& err) {
        o.error = QString::fromStdString(err.what());
    }
    return o;
}

// Every member of a zip archive, read as a stream (deflated ones through
// the inflater), one outcome each; members over 32 MB are left out.
QList<Outcome> decodeMembers(const QString& path, bool zlib)
{
    Engine e(zlib);
    QList<Outcome> all;
    try {
        ZipArchive zip(path.toStdString());
        for (const ZipEntry& entry : zip.entries()) {
            if (entry.size > (32u << 20))
                continue;
            Outcome o;
            try {
                auto s = zip.openMember(entry.name);
                drain(*s, o);
            } catch (const ReadError& err) {
                o.error = QString::fromStdString(err.what());
            }
            all.append(o);
        }
    } catch (const ReadError& err) {
        all.append(Outcome{{}, QString::fromStdString(err.what())});
    }
    return all;
}

void compareOutcomes(const Outcome& fast, const Outcome& zlib, const QString& what)
{
    if (fast.error != zlib.error)
        QFAIL(qPrintable(what + ": errors differ:\n  default: " + fast.error + "\n  zlib:    " + zlib.error));
    if (fast.bytes != zlib.bytes)
        QFAIL(qPrintable(
            what + QStringLiteral(": bytes differ (%1 vs %2 bytes)").arg(fast.bytes.size()).arg(zlib.bytes.size())));
}

bool isDeflateContainer(const QString& path)
{
    const QByteArray head = readAll(path).left(6);
    const std::string c = detectContainer(head.constData(), static_cast<std::size_t>(head.size()));
    return c == "zlib" || c == "gzip" || c == "zfile";
}

// The joblib files of tests/data that are deflate streams.
QStringList deflateModels()
{
    QStringList out;
    QDirIterator it(testdata::path("."), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if ((p.endsWith(".gz") || p.endsWith(".z") || p.endsWith(".zfile")) && isDeflateContainer(p))
            out << p;
    }
    out.sort();
    return out;
}

// Zip archives of tests/data with at least one deflated member.
QStringList deflatedArchives()
{
    QStringList out;
    QDirIterator it(testdata::path("."), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (readAll(p).left(2) != "PK")
            continue;
        try {
            ZipArchive zip(p.toStdString());
            for (const ZipEntry& e : zip.entries())
                if (e.method == 8 && e.size <= (32u << 20)) {
                    out << p;
                    break;
                }
        } catch (const ReadError&) {
        }
    }
    out.sort();
    return out;
}

// Where the deflated members' data lies in a zip archive (offset, size), from
// the local headers: signature, method at 8, compressed size at 18, name and
// extra lengths at 26 and 28, data after the 30-byte header.
QList<QPair<qsizetype, qsizetype>> deflatedData(const QByteArray& zip)
{
    auto u16 = [&](qsizetype at) { return qsizetype(uchar(zip[at])) | qsizetype(uchar(zip[at + 1])) << 8; };
    QList<QPair<qsizetype, qsizetype>> out;
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0 && at + 30 <= zip.size();
         at = zip.indexOf("PK\x03\x04", at + 4)) {
        const qsizetype size = u16(at + 18) | u16(at + 20) << 16;
        const qsizetype start = at + 30 + u16(at + 26) + u16(at + 28);
        if (u16(at + 8) == 8 && size > 4 && start + size <= zip.size())
            out.append({start, size});
    }
    return out;
}

// Damaged copies of `data`: cut short, bytes flipped (header, body, trailer),
// followed by garbage, zero padding, or a second copy.
QList<QPair<QString, QByteArray>> variants(const QByteArray& data)
{
    QList<QPair<QString, QByteArray>> v;
    const qsizetype n = data.size();
    for (qsizetype cut : {qsizetype(1), qsizetype(2), qsizetype(5), qsizetype(11), n / 3, n / 2, n - 9, n - 5, n - 1})
        if (cut > 0 && cut < n)
            v.append({QStringLiteral("cut at %1").arg(cut), data.left(cut)});
    for (qsizetype at :
         {qsizetype(1), qsizetype(3), qsizetype(12), n / 4, n / 2, 3 * n / 4, n - 8, n - 6, n - 4, n - 2, n - 1}) {
        if (at <= 0 || at >= n)
            continue;
        QByteArray b = data;
        b[at] = static_cast<char>(b[at] ^ 0x5a);
        v.append({QStringLiteral("byte %1 flipped").arg(at), b});
    }
    v.append({"trailing garbage", data + QByteArray("not a stream at all")});
    v.append({"zero padding", data + QByteArray(37, '\0')});
    v.append({"zero padding then garbage", data + QByteArray(5, '\0') + "xyz"});
    v.append({"twice", data + data});
    return v;
}

// A zlib stream of `data` that needs `dict` as its preset dictionary.
QByteArray deflateWithDictionary(const QByteArray& data, const QByteArray& dict)
{
    z_stream z{};
    deflateInit(&z, 6);
    deflateSetDictionary(&z, reinterpret_cast<const Bytef*>(dict.constData()), static_cast<uInt>(dict.size()));
    QByteArray out(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(static_cast<qsizetype>(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

class TestInflate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    // Compares both paths on `data` written to a file.
    void compareModel(const QByteArray& data, const QString& what)
    {
        const QString p = tmp_.filePath("variant");
        QVERIFY(writeAll(p, data));
        compareOutcomes(decodeModel(p, false), decodeModel(p, true), what);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        qInfo("default inflater: %s", inflateEngine());
    }

    void engineSwitch()
    {
        {
            Engine e(true);
            QCOMPARE(QString(inflateEngine()), QString("zlib"));
        }
        // The default is ISA-L in a build with it; a build without it must
        // still say zlib, not pretend.
        const QString def = inflateEngine();
        QVERIFY(def == "isa-l" || def == "zlib");
    }

    // The real files: same bytes, and the clean ones need no fallback.
    void realFiles()
    {
        const QStringList files = deflateModels();
        QVERIFY2(files.size() >= 60, qPrintable(QString::number(files.size())));
        for (const QString& p : files) {
            const std::uint64_t before = inflateFallbacks();
            const Outcome fast = decodeModel(p, false);
            QCOMPARE(inflateFallbacks(), before);
            const Outcome zlib = decodeModel(p, true);
            compareOutcomes(fast, zlib, p);
            QVERIFY2(zlib.error.isEmpty(), qPrintable(p + ": " + zlib.error));
            QVERIFY(!zlib.bytes.isEmpty());
        }
    }

    // Damaged copies of a few real files of each container.
    void damagedFiles()
    {
        const QStringList files = {
            testdata::path("decompress/extra_forest/model.joblib.z"),
            testdata::path("decompress/extra_forest/model.joblib.gz"),
            testdata::path("decompress/extra_forest/model.joblib.zfile"),
            testdata::path("decompress/LogisticRegression/model.joblib.z"),
            testdata::path("decompress/LogisticRegression/model.joblib.gz"),
            testdata::path("decompress/realworld-noshow-preprocessor.joblib.gz"),
            testdata::path("pickle/fixtures/PCA/model.joblib.z"),
            testdata::path("pickle/fixtures/PCA/model.joblib.gz"),
        };
        int failed = 0;
        for (const QString& p : files) {
            const QByteArray data = readAll(p);
            QVERIFY2(!data.isEmpty(), qPrintable(p));
            for (const auto& [what, bytes] : variants(data)) {
                const QString p2 = tmp_.filePath("variant");
                QVERIFY(writeAll(p2, bytes));
                const Outcome zlib = decodeModel(p2, true);
                failed += zlib.error.isEmpty() ? 0 : 1;
                compareOutcomes(decodeModel(p2, false), zlib, p + ", " + what);
            }
        }
        QVERIFY(failed > 50); // the damage is seen, not decoded past
    }

    // Every 97th byte (or 120 spread over a big file) flipped, one at a time: where ISA-L and
    // zlib could part (ISA-L takes some code tables zlib refuses), outcomes
    // must still agree.
    void sweep()
    {
        for (const char* f : {"decompress/extra_forest/model.joblib.gz", "decompress/extra_tfidf/model.joblib.z",
                              "pickle/fixtures/HistGradientBoostingClassifier/model.joblib.z",
                              "realworld/jhklarcher__detector_fake_news/API__model.pkl.z"}) {
            const QByteArray data = readAll(testdata::path(f));
            QVERIFY2(!data.isEmpty(), f);
            const qsizetype step = std::max<qsizetype>(97, data.size() / 120 | 1);
            for (qsizetype at = 10; at < data.size(); at += step) {
                QByteArray b = data;
                b[at] = static_cast<char>(b[at] ^ (1 << (at % 8)));
                compareModel(b, QStringLiteral("%1, bit flipped at %2").arg(f).arg(at));
            }
        }
    }

    // Every bit of the first block headers flipped: ISA-L takes many of
    // these code tables that zlib refuses ("invalid literal/lengths set") and
    // decodes a few bytes before it fails; none of them may reach the reader.
    void blockHeaders()
    {
        for (const char* f :
             {"decompress/extra_tfidf/model.joblib.z", "decompress/LogisticRegression/model.joblib.gz"}) {
            const QByteArray data = readAll(testdata::path(f));
            QVERIFY2(data.size() > 80, f);
            const std::uint64_t before = inflateFallbacks();
            for (qsizetype bit = 16; bit < 80 * 8; ++bit) {
                QByteArray b = data;
                b[bit / 8] = static_cast<char>(b[bit / 8] ^ (1 << (bit % 8)));
                compareModel(b, QStringLiteral("%1, bit %2 flipped").arg(f).arg(bit));
            }
            if (QString(inflateEngine()) == "isa-l")
                QVERIFY(inflateFallbacks() - before > 300);
        }
    }

    // A flipped checksum byte is an error on both paths (ISA-L checks
    // Adler-32 and CRC-32 itself; either way zlib says what is wrong).
    void checksums()
    {
        for (const char* f : {"decompress/extra_tfidf/model.joblib.z", "decompress/extra_tfidf/model.joblib.gz"}) {
            QByteArray data = readAll(testdata::path(f));
            const qsizetype at = data.size() - (QString(f).endsWith(".gz") ? 5 : 1); // CRC-32 / Adler-32
            data[at] = static_cast<char>(data[at] ^ 1);
            const QString p = tmp_.filePath("checksum");
            QVERIFY(writeAll(p, data));
            const std::uint64_t before = inflateFallbacks();
            const Outcome fast = decodeModel(p, false);
            if (QString(inflateEngine()) == "isa-l")
                QCOMPARE(inflateFallbacks(), before + 1);
            QVERIFY2(fast.error.contains("incorrect data check"), qPrintable(fast.error));
            compareOutcomes(fast, decodeModel(p, true), f);
        }
        // gzip's length field.
        QByteArray data = readAll(testdata::path("decompress/extra_tfidf/model.joblib.gz"));
        data[data.size() - 1] = static_cast<char>(data[data.size() - 1] ^ 1);
        compareModel(data, "gzip length");
        QVERIFY(decodeModel(tmp_.filePath("variant"), false).error.contains("incorrect length check"));
    }

    // ISA-L does not take preset dictionaries: zlib says what it always said.
    void presetDictionary()
    {
        const QByteArray raw = readAll(testdata::path("decompress/LogisticRegression/model.joblib"));
        QByteArray z = deflateWithDictionary(raw, raw.left(300));
        QCOMPARE(z[0], '\x78');
        compareModel(z, "preset dictionary");
        const Outcome o = decodeModel(tmp_.filePath("variant"), false);
        QCOMPARE(o.error, QString("zlib stream is corrupt (it needs a preset dictionary) at offset 0"));
    }

    // Headers zlib refuses (bad check, window, method) and a gzip header with
    // its own CRC (FHCRC), which ISA-L leaves to zlib.
    void headers()
    {
        const QByteArray z = readAll(testdata::path("decompress/extra_forest/model.joblib.z"));
        QByteArray bad = z;
        bad[1] = static_cast<char>(bad[1] + 1);
        compareModel(bad, "zlib header check");
        QVERIFY(decodeModel(tmp_.filePath("variant"), false).error.contains("incorrect header check"));
        bad = z;
        bad[0] = '\x79'; // method 9
        compareModel(bad, "zlib method");

        const QByteArray g = readAll(testdata::path("decompress/extra_forest/model.joblib.gz"));
        QCOMPARE(int(g[3]), 0); // no flags: the header is 10 bytes
        QByteArray hcrc = g.left(10);
        hcrc[3] = '\x02';
        const uLong c = crc32(0, reinterpret_cast<const Bytef*>(hcrc.constData()), 10);
        hcrc.append(static_cast<char>(c & 0xff)).append(static_cast<char>((c >> 8) & 0xff));
        hcrc.append(g.mid(10));
        const std::uint64_t before = inflateFallbacks();
        compareModel(hcrc, "gzip FHCRC");
        const Outcome o = decodeModel(tmp_.filePath("variant"), false);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.bytes, readAll(testdata::path("decompress/extra_forest/model.joblib")));
        if (QString(inflateEngine()) == "isa-l")
            QVERIFY(inflateFallbacks() > before);
        hcrc[10] = static_cast<char>(hcrc[10] ^ 1);
        compareModel(hcrc, "gzip FHCRC wrong");
        QVERIFY(decodeModel(tmp_.filePath("variant"), false).error.contains("header crc mismatch"));

        // FNAME, as gzip(1) writes it: ISA-L reads it itself.
        QByteArray named = g.left(10);
        named[3] = '\x08';
        named.append("model.joblib").append('\0').append(g.mid(10));
        compareModel(named, "gzip FNAME");
    }

    // gzip members one after another decode as one stream on both paths;
    // zlib streams stop after the first, as Python's zlib reader does.
    void concatenated()
    {
        const QByteArray raw = readAll(testdata::path("decompress/extra_tfidf/model.joblib"));
        const QByteArray g = readAll(testdata::path("decompress/extra_tfidf/model.joblib.gz"));
        const QByteArray z = readAll(testdata::path("decompress/extra_tfidf/model.joblib.z"));
        const QByteArray g2 = readAll(testdata::path("decompress/LogisticRegression/model.joblib.gz"));
        compareModel(g + g2 + g, "three gzip members");
        Outcome o = decodeModel(tmp_.filePath("variant"), false);
        QCOMPARE(o.bytes, raw + readAll(testdata::path("decompress/LogisticRegression/model.joblib")) + raw);
        compareModel(z + z, "two zlib streams");
        o = decodeModel(tmp_.filePath("variant"), false);
        QCOMPARE(o.bytes, raw);
        compareModel(g + QByteArray(3, '\0') + g2.left(g2.size() / 2), "gzip member then a truncated one");
    }

    // Deflated members of the zip archives in tests/data, and damaged copies.
    void zipMembers()
    {
        const QStringList archives = deflatedArchives();
        QVERIFY2(archives.size() >= 10, qPrintable(QString::number(archives.size())));
        const std::uint64_t fallbacks = inflateFallbacks();
        int damaged = 0;
        for (const QString& p : archives) {
            const auto fast = decodeMembers(p, false);
            const auto zlib = decodeMembers(p, true);
            QCOMPARE(fast.size(), zlib.size());
            for (qsizetype i = 0; i < fast.size(); ++i)
                compareOutcomes(fast[i], zlib[i], p + " member " + QString::number(i));
            const QByteArray data = readAll(p);
            const QString p2 = tmp_.filePath("archive.zip");
            for (const auto& [start, size] : deflatedData(data)) {
                // Damage inside each deflated member's data, start to end.
                for (qsizetype at :
                     {start, start + 1, start + size / 3, start + size / 2, start + size - 3, start + size - 1}) {
                    QByteArray b = data;
                    b[at] = static_cast<char>(b[at] ^ 0x33);
                    QVERIFY(writeAll(p2, b));
                    const auto f = decodeMembers(p2, false);
                    const auto z = decodeMembers(p2, true);
                    QCOMPARE(f.size(), z.size());
                    for (qsizetype i = 0; i < f.size(); ++i)
                        compareOutcomes(f[i], z[i], p + QStringLiteral(" flipped at %1, member %2").arg(at).arg(i));
                    damaged += 1;
                }
            }
        }
        QVERIFY(damaged > 100);
        if (QString(inflateEngine()) == "isa-l")
            QVERIFY(inflateFallbacks() > fallbacks); // the damage reached ISA-L, and zlib took over
    }

    // The command line answers the same on both paths, damaged files included.
    void untrustedCli()
    {
        QStringList files = deflateModels().filter("/pickle/fixtures/");
        files += deflatedArchives();
        QVERIFY(files.size() > 40);
        int n = 0;
        for (const QString& p : {testdata::path("decompress/extra_forest/model.joblib.z"),
                                 testdata::path("decompress/realworld-noshow-preprocessor.joblib.gz")}) {
            const QByteArray data = readAll(p);
            for (const auto& [what, bytes] : variants(data)) {
                const QString p2 = tmp_.filePath(QStringLiteral("damaged-%1").arg(n++));
                QVERIFY(writeAll(p2, bytes));
                files << p2;
            }
        }
        for (const QString& f : files) {
            testdata::CliResult r[2];
            for (int zlib = 0; zlib < 2; ++zlib)
                r[zlib] = testdata::runSkopos({"untrusted", f, "--json"}, 60000, [zlib](QProcess& p) {
                    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                    if (zlib)
                        env.insert("SKOPOS_INFLATE", "zlib");
                    else
                        env.remove("SKOPOS_INFLATE");
                    p.setProcessEnvironment(env);
                });
            QVERIFY2(!r[0].crashed && !r[1].crashed, qPrintable(f));
            QVERIFY2(r[0].exitCode == r[1].exitCode, qPrintable(f));
            QVERIFY2(r[0].out == r[1].out, qPrintable(f + "\n" + r[0].out + "\n" + r[1].out));
            QVERIFY2(r[0].err == r[1].err, qPrintable(f + "\n" + r[0].err + "\n" + r[1].err));
        }
    }
};

QTEST_GUILESS_MAIN(TestInflate)
#include "tst_inflate.moc"
