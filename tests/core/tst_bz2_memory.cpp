// Hostile bz2 input decompresses within bounded memory. 160 MB of random bytes
// after a bz2 header and a block magic made the parallel splitter buffer the
// whole file while it looked for the next block (300 MB held ~830 MB); the
// search now stops at the largest block an encoder writes and the plain
// decoder reports the corruption. The peak RSS of that one `skopos-cli
// untrusted` child comes from wait4(); nothing here is timed.

#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include "ChildUsage.h"

#include <random>
#include <vector>

class TestBz2Memory : public QObject {
    Q_OBJECT
private slots:
    void randomBytesAfterBlockMagic()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hostile.joblib.bz2"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("BZh9\x31\x41\x59\x26\x53\x59", 10); // stream header, then a block's magic
            std::mt19937_64 rng(21);
            std::vector<std::uint64_t> chunk(1 << 17); // 1 MiB
            for (int mb = 0; mb < 160; ++mb) {
                for (auto& w : chunk)
                    w = rng();
                QCOMPARE(f.write(reinterpret_cast<const char*>(chunk.data()), qint64(chunk.size() * 8)),
                         qint64(chunk.size() * 8));
            }
        }
        // Forced the parallel way (it is anyway for a big file on 2+ cores).
        const QString errFile = dir.filePath(QStringLiteral("err.txt"));
        const testdata::ChildUsage r = testdata::runMeasured(
            QStringLiteral(SKOPOS_BINARY), {QStringLiteral("untrusted"), path}, QStringLiteral("/dev/null"), errFile,
            {QByteArray("SKOPOS_BZ2_PARALLEL=1")});
        QCOMPARE(r.exitCode, 2);
        QFile err(errFile);
        QVERIFY(err.open(QIODevice::ReadOnly));
        const QByteArray message = err.readAll();
        QVERIFY2(message.contains("bz2 stream is corrupt"), message.constData());
        QVERIFY2(r.maxRssKb > 0 && r.maxRssKb < 128 * 1024,
                 qPrintable(QStringLiteral("peak RSS %1 KB").arg(r.maxRssKb)));
    }
};

QTEST_GUILESS_MAIN(TestBz2Memory)
#include "tst_bz2_memory.moc"
