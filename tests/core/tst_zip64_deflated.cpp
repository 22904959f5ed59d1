// A deflated member over 4 GiB: the converter's zip writer streams it through
// deflate and writes 64-bit sizes (local ZIP64 extra patched at the end, and
// the central directory's). 4 GiB + 100 MiB of zeros deflate to ~4 MB, so
// nothing big lands on disk. Python's zipfile is the oracle: it must list the
// true sizes and read the member back whole with a matching CRC-32.

#include "TestData.h"

#include "convert/ZipWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

using namespace skopos::convert;

class TestZip64Deflated : public QObject {
    Q_OBJECT
private slots:
    void bigDeflatedMemberReadsInPython()
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            SKOPOS_ORACLE_SKIP("/usr/bin/python3 is missing");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.npz"));
        const std::uint64_t big = (4ull << 30) + (100ull << 20);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            ZipWriter z(f);
            z.addDeflated("small.npy", std::string(1000, 'x'));
            z.beginDeflated("big.npy");
            const std::string zeros(std::size_t{8} << 20, '\0');
            for (std::uint64_t done = 0; done < big; done += zeros.size())
                z.write(zeros.data(), static_cast<std::size_t>(std::min<std::uint64_t>(zeros.size(), big - done)));
            z.end();
            z.addStored("after.txt", "written after the big member");
            z.finish();
        }
        QVERIFY(QFileInfo(path).size() < (64 << 20)); // deflated, not stored
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QStringLiteral(R"(
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for i in z.infolist():
        print(i.filename, i.file_size, i.compress_type, i.compress_size > 0)
    print(z.read("small.npy") == b"x" * 1000, z.read("after.txt").decode())
    n = 0
    with z.open("big.npy") as f:  # zipfile checks the CRC-32 at the end
        while True:
            b = f.read(1 << 24)
            if not b:
                break
            if b.count(0) != len(b):
                sys.exit("not zeros")
            n += len(b)
    print("read", n)
)"),
                  path});
        QVERIFY(py.waitForFinished(300000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QString out = QString::fromUtf8(py.readAllStandardOutput());
        QCOMPARE(out,
                 QStringLiteral("small.npy 1000 8 True\n"
                                "big.npy %1 8 True\n"
                                "after.txt 28 0 True\n"
                                "True written after the big member\n"
                                "read %1\n")
                     .arg(big));
    }
};

QTEST_GUILESS_MAIN(TestZip64Deflated)
#include "tst_zip64_deflated.moc"
