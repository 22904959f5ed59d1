// Hostile bz2 input decompresses within bounded memory. 160 MB of random bytes
// after a bz2 header and a block magic made the parallel splitter buffer the
// whole file while it looked for the next block (300 MB held ~830 MB); the
// search now stops at the largest block an encoder writes and the plain
// decoder reports the corruption. The peak RSS of that one `skopos-cli
// untrusted` child comes from wait4(); nothing here is timed.

#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <vector>

extern char** environ;

namespace {

struct ChildRun {
    int exitCode = -1;
    long maxRssKb = -1;
    QByteArray err;
};

// Runs skopos-cli with `args` (stderr to a file) and returns its own peak RSS.
ChildRun runMeasured(const QStringList& args, const QString& errFile, const QList<QByteArray>& extraEnv)
{
    ChildRun r;
    std::vector<QByteArray> argStore{QByteArray(SKOPOS_BINARY)};
    for (const QString& a : args)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore(extraEnv.begin(), extraEnv.end());
    for (char** e = environ; *e; ++e)
        envStore.emplace_back(*e);
    std::vector<char*> envp;
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    const QByteArray errPath = errFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&fa, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, SKOPOS_BINARY, &fa, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0)
        return r;
    int status = 0;
    rusage use{};
    if (wait4(pid, &status, 0, &use) != pid)
        return r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.maxRssKb = use.ru_maxrss;
    QFile f(errFile);
    if (f.open(QIODevice::ReadOnly))
        r.err = f.readAll();
    return r;
}

} // namespace

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
        const ChildRun r = runMeasured({QStringLiteral("untrusted"), path}, dir.filePath(QStringLiteral("err.txt")),
                                       {QByteArray("SKOPOS_BZ2_PARALLEL=1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bz2 stream is corrupt"), r.err.constData());
        QVERIFY2(r.maxRssKb > 0 && r.maxRssKb < 128 * 1024,
                 qPrintable(QStringLiteral("peak RSS %1 KB").arg(r.maxRssKb)));
    }
};

QTEST_GUILESS_MAIN(TestBz2Memory)
#include "tst_bz2_memory.moc"
