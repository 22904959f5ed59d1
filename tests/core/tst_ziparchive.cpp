// ZipArchive reads archives as CPython's zipfile does (skops loads with
// ZipFile.read), so zipfile is the judge here: for every real archive in
// tests/data, for edge cases built from one (bytes before the archive,
// non-ASCII names, disk numbers, truncations, absurd fields) and for mutants
// of the directory, ZipArchive lists what zipfile lists and gives the bytes
// ZipFile.read gives (or fails where it fails), through every path: read,
// the mapped view, readPrefix, after prefetchPrefixes, from a device.
// tst_zip_oracle does the same on generated variants; this file also checks
// what only ZipArchive has (descriptors, the mapped view's CRC).
#include "io/ZipArchive.h"
#include "tree/Error.h"

#include "TestData.h"
#include "ZipOracle.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace skopos;
using namespace ziporacle;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every file against zipfile's reading; returns the tally.
Tally expectSameAsZipfile(const QStringList& files)
{
    Tally t;
    const QJsonObject want = zipfileReadings(files);
    for (const QString& f : files) {
        if (!want.contains(f)) {
            t.disagreements << f + ": zipfile's reading is missing";
            continue;
        }
        ++t.cases;
        compareZip(f, want.value(f).toObject(), t);
    }
    return t;
}

#define VERIFY_AGREES(t) QVERIFY2((t).disagreements.isEmpty(), qPrintable((t).disagreements.mid(0, 30).join('\n')))

std::vector<std::string> names(const QString& path)
{
    std::vector<std::string> out;
    ZipArchive zip(path.toStdString());
    for (const ZipEntry& e : zip.entries())
        out.emplace_back(e.name);
    return out;
}

QString errorOf(const QString& path)
{
    try {
        ZipArchive zip(path.toStdString());
    } catch (const ReadError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

const QString kModel = QStringLiteral("fixtures/DecisionTreeClassifier/model.skops");

} // namespace

class TestZipArchive : public QObject {
    Q_OBJECT

private slots:
    void everyRealArchive()
    {
        QStringList files;
        QDirIterator it(QStringLiteral(SKOPOS_TEST_DATA), {"*.skops", "*.npz", "*.zip"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        const Tally t = expectSameAsZipfile(files);
        VERIFY_AGREES(t);
        QVERIFY2(t.cases >= 60, qPrintable(QStringLiteral("only %1 archives found in tests/data").arg(t.cases)));
        QVERIFY(t.members > 1000);
    }

    // A zip with bytes before it (a self-extractor, a shell script): zipfile
    // corrects every offset by their length.
    void bytesBeforeTheArchive()
    {
        QTemporaryDir dir;
        const QByteArray real = readAll(testdata::path(kModel));
        QVERIFY(!real.isEmpty());
        const QString f = dir.filePath("prefixed.skops");
        QVERIFY(writeAll(f, QByteArray(4096, 'x') + real));
        const Tally t = expectSameAsZipfile({f});
        VERIFY_AGREES(t);
        QCOMPARE(names(f), names(testdata::path(kModel)));
        QVERIFY(isPrefixedZip(f.toStdString()));
        QVERIFY(!isPrefixedZip(testdata::path("npy/probe.npy").toStdString()));
    }

    // UTF-8 names (flag 0x800) are taken as they are, others as code page 437.
    void nonAsciiNames()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath("names.zip");
        {
            QuaZip zip(f);
            zip.setFileNameCodec("UTF-8");
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const QString& name :
                 {QStringLiteral("plain.npy"), QStringLiteral("gewichte_ä.npy"), QStringLiteral("权重.npy")}) {
                QuaZipFile out(&zip);
                QVERIFY(out.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0)); // stored
                out.write(readAll(testdata::path("npy/probe.npy")));
                out.close();
            }
            zip.close();
        }
        const Tally t = expectSameAsZipfile({f});
        VERIFY_AGREES(t);
        QCOMPARE(t.members, 3 * 3); // three readings of three members
    }

    // An archive of thousands of members (a vocabulary's scalars) keeps no
    // name index after open: names asked in directory order are found next
    // to the last answer, any other order builds the index again once. Every
    // name is still found, from any order, with a duplicate name's last
    // member winning, as zipfile reads them.
    void manyMembersFoundInAnyOrder()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath("many.zip");
        const int count = 5000; // above the size that drops the index
        {
            QuaZip zip(f);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (int i = 0; i <= count; ++i) {
                // The last member repeats the name of member 7.
                const QString name = QStringLiteral("m%1.npy").arg(i == count ? 7 : i);
                QuaZipFile out(&zip);
                QVERIFY(out.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0)); // stored
                out.write(QByteArray::number(i));
                out.close();
            }
            zip.close();
        }
        const Tally t = expectSameAsZipfile({f});
        VERIFY_AGREES(t);
        std::vector<int> order(count);
        for (int i = 0; i < count; ++i)
            order[i] = i;
        for (const bool shuffled : {false, true}) {
            if (shuffled)
                std::shuffle(order.begin(), order.end(), std::mt19937(28));
            ZipArchive zip(f.toStdString());
            QCOMPARE(zip.entries().size(), std::size_t(count));
            for (const int i : order) {
                const std::string name = "m" + std::to_string(i) + ".npy";
                const ZipEntry* e = zip.find(name);
                QVERIFY2(e && e->name == name, name.c_str());
                QCOMPARE(zip.readPrefix(name, 16), std::to_string(i == 7 ? count : i));
            }
            QVERIFY(!zip.find("m5000.npy"));
            QVERIFY(!zip.find("absent.npy"));
        }
    }

    // Disk numbers in the classic end record are ignored by zipfile (a zip64
    // locator naming another disk is refused: tst_zip_oracle's zip64-disks).
    void diskNumbers()
    {
        QTemporaryDir dir;
        QByteArray bytes = readAll(testdata::path(kModel));
        const qsizetype eocd = bytes.lastIndexOf(QByteArray("PK\x05\x06", 4));
        QVERIFY(eocd > 0);
        bytes[eocd + 4] = 1; // number of this disk
        bytes[eocd + 6] = 2; // disk where the directory starts
        const QString f = dir.filePath("disk.skops");
        QVERIFY(writeAll(f, bytes));
        const Tally t = expectSameAsZipfile({f});
        VERIFY_AGREES(t);
        QCOMPARE(names(f), names(testdata::path(kModel)));
    }

    // Truncated copies, cut in the data, in the directory and in its end
    // record, and the directory's count and size fields set absurdly high:
    // zipfile's verdict, and no crash.
    void truncatedAndAbsurdDirectories()
    {
        QTemporaryDir dir;
        const QByteArray real = readAll(testdata::path(kModel));
        const qsizetype eocd = real.lastIndexOf(QByteArray("PK\x05\x06", 4));
        const qsizetype cd = real.indexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(cd > 0 && eocd > cd);
        QStringList files;
        int n = 0;
        for (const qsizetype cut :
             {qsizetype(0), qsizetype(30), cd / 2, cd, cd + 20, (cd + eocd) / 2, eocd, eocd + 10, real.size() - 1}) {
            files << dir.filePath(QStringLiteral("cut%1.skops").arg(n++));
            QVERIFY(writeAll(files.back(), real.left(cut)));
        }
        for (const int field : {8, 10, 12, 16}) { // entries here, entries, directory size, directory offset
            QByteArray bytes = real;
            for (int k = 0; k < (field >= 12 ? 4 : 2); ++k)
                bytes[eocd + field + k] = '\xFF';
            files << dir.filePath(QStringLiteral("field%1.skops").arg(field));
            QVERIFY(writeAll(files.back(), bytes));
        }
        const Tally t = expectSameAsZipfile(files);
        VERIFY_AGREES(t);
    }

    // An archive refused after its file was opened (an unsafe member name)
    // leaves no descriptor behind: found by fuzz_skops_file, which ran out
    // of descriptors after some thousand such inputs.
    void refusedArchivesCloseTheirFile()
    {
        QTemporaryDir dir;
        QByteArray bytes = readAll(testdata::path(kModel));
        const qsizetype cd = bytes.indexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(cd > 0);
        bytes[cd + 46] = '\x01'; // the first member's name starts with a control character
        const QString f = dir.filePath("unsafe.skops");
        QVERIFY(writeAll(f, bytes));
        const auto openFiles = [] {
            return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size();
        };
        const qsizetype before = openFiles();
        for (int i = 0; i < 300; ++i) {
            const QString error = errorOf(f);
            QVERIFY2(error.contains("unsafe name"), qPrintable(error));
        }
        QCOMPARE(openFiles(), before);
    }

    // A stored schema.json read in place (the mapped view) is checked against
    // its CRC once the whole view is released, as ZipFile.read checks it.
    void mappedViewChecksTheCrc()
    {
        QTemporaryDir dir;
        QByteArray bytes = readAll(testdata::path(kModel));
        const qsizetype at = bytes.indexOf(QByteArray("\"__class__\""));
        QVERIFY(at > 0);
        bytes[at + 3] = 'K'; // inside schema.json's data: its CRC no longer matches
        const QString f = dir.filePath("crc.skops");
        QVERIFY(writeAll(f, bytes));
        ZipArchive zip(f.toStdString());
        const std::string_view view = zip.storedView("schema.json", 1u << 30);
        QVERIFY(view.data());
        zip.releaseView(view, view.size() / 2); // part of it: nothing to say yet
        QVERIFY_THROWS_EXCEPTION(ReadError, zip.releaseView(view, view.size()));
        QVERIFY_THROWS_EXCEPTION(ReadError, zip.read("schema.json", 1u << 30));
        const auto r = testdata::runSkopos({"untrusted", f});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("CRC"), r.err.constData());
    }

    // Mutants of the central directory and its end record: whatever zipfile
    // makes of each, ZipArchive makes the same.
    void directoryMutants()
    {
        QTemporaryDir dir;
        const QByteArray real = readAll(testdata::path(kModel));
        const qsizetype cd = real.indexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(cd > 0);
        std::mt19937 rng(20261123);
        QStringList files;
        for (int i = 0; i < 400; ++i) {
            QByteArray bytes = real;
            const int flips = 1 + static_cast<int>(rng() % 3);
            for (int k = 0; k < flips; ++k) {
                const qsizetype at = cd + static_cast<qsizetype>(rng() % static_cast<unsigned>(real.size() - cd));
                bytes[at] = static_cast<char>(rng() % 4 == 0 ? 0xFF : rng());
            }
            files << dir.filePath(QStringLiteral("m%1.skops").arg(i));
            QVERIFY(writeAll(files.back(), bytes));
        }
        const Tally t = expectSameAsZipfile(files);
        VERIFY_AGREES(t);
        int listed = 0;
        for (const QString& f : files)
            listed += errorOf(f).isEmpty() ? 1 : 0;
        // Both outcomes were exercised.
        QVERIFY2(listed > 20 && listed < 390, qPrintable(QString::number(listed)));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
