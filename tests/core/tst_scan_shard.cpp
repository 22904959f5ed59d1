// `skopos scan --shard I/N` through the real executable.
//
// For N = 1..5 the N shards together print exactly the lines of the whole
// scan (every field but the timing), each once; every line is in the shard
// the documented hash gives its key (scan/Shard.h: SHA-256 of the path
// relative to the argument, first 8 bytes big-endian, mod N, + 1; a named
// path is its own key), computed here independently; the split is the same
// on a second run and wherever the tree is mounted; each shard exits with
// the worst verdict of its own lines (3 when it has none); bad I/N is a
// usage error (exit 2) saying what is wrong.
#include "ScanRun.h"
#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

namespace {

int verdictCode(const QString& v) { return v == "clean" ? 0 : v == "untrusted" ? 1 : v == "dangerous" ? 4 : 2; }

} // namespace

class TestScanShard : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString tree_;
    QStringList roots_;
    std::multiset<QByteArray> full_; // canonical lines of the whole scan
    int fullExit_ = -1;

    // The key of a line: the path relative to the root it was found under; a root is its own key.
    QByteArray keyOf(const QString& path) const
    {
        for (const QString& root : roots_) {
            if (path == root)
                return path.toUtf8();
            const QString prefix = root.endsWith('/') ? root : root + '/';
            if (path.startsWith(prefix))
                return path.mid(prefix.size()).toUtf8();
        }
        return {};
    }

    // The lines of one shard (or of the whole scan when spec is empty).
    bool scan(const QStringList& roots, const QString& spec, std::vector<QJsonObject>& lines, int& exitCode,
              QByteArray* err = nullptr)
    {
        QStringList args{"scan", "--jsonl", "--jobs", "2"};
        if (!spec.isEmpty())
            args << "--shard" << spec;
        args << "--" << roots;
        const auto r = scanrun::run(args);
        if (r.crashed)
            return false;
        QString why;
        if (!scanrun::parse(r.out, lines, why)) {
            qWarning("%s", qPrintable(why));
            return false;
        }
        exitCode = r.exitCode;
        if (err)
            *err = r.err;
        return true;
    }

private slots:
    void initTestCase()
    {
        qunsetenv("SKOPOS_PROFILE");
        QVERIFY(tmp_.isValid());
        tree_ = tmp_.filePath("tree");
        // Nested folders of small pickles ("N." is None) next to real models of every verdict.
        for (int d = 0; d < 6; ++d) {
            QVERIFY(QDir().mkpath(tree_ + QString("/d%1/e%2").arg(d).arg(d % 2)));
            for (int i = 0; i < 40; ++i)
                QVERIFY(scanrun::writeFile(tree_ + QString("/d%1/e%2/m%3.pkl").arg(d).arg(d % 2).arg(i), "N."));
        }
        QVERIFY(QFile::copy(testdata::path("pickle/malicious/call_os.system.p4.pkl"), tree_ + "/d0/evil.pkl"));
        QVERIFY(QFile::copy(testdata::path("fixtures/LogisticRegression/model.skops"), tree_ + "/d1/model.skops"));
        QVERIFY(QFile::copy(testdata::path("pickle/fixtures/LogisticRegression/model.joblib.xz"),
                            tree_ + "/d2/model.joblib.xz"));
        QVERIFY(scanrun::writeFile(tree_ + "/d3/broken.zip", QByteArray("PK\x03\x04", 4) + QByteArray(40, 'x')));
        QVERIFY(scanrun::writeFile(tree_ + "/notes.txt", "not a model\n"));
        // Roots: the tree, a corpus folder, a file named itself, a path that does not exist.
        roots_ = QStringList{tree_, testdata::path("fixtures"), testdata::path("pickle/malicious/inst_os_system.pkl"),
                             tmp_.filePath("missing")};

        std::vector<QJsonObject> lines;
        QVERIFY(scan(roots_, {}, lines, fullExit_));
        for (const auto& o : lines)
            full_.insert(scanrun::canonical(o));
        QVERIFY2(full_.size() >= 250, qPrintable(QString::number(full_.size())));
        QCOMPARE(fullExit_, 4);
    }

    void shardsPartitionTheScan_data()
    {
        QTest::addColumn<int>("n");
        for (int n = 1; n <= 5; ++n)
            QTest::addRow("N=%d", n) << n;
    }
    void shardsPartitionTheScan()
    {
        QFETCH(int, n);
        std::multiset<QByteArray> together;
        std::set<QString> seen;
        for (int i = 1; i <= n; ++i) {
            std::vector<QJsonObject> lines;
            int exitCode = -1;
            QByteArray err;
            QVERIFY(scan(roots_, QString("%1/%2").arg(i).arg(n), lines, exitCode, &err));
            int worst = lines.empty() ? 3 : 0;
            for (const auto& o : lines) {
                const QString path = o.value("path").toString();
                QVERIFY2(seen.insert(path).second, qPrintable("in two shards: " + path));
                const QByteArray key = keyOf(path);
                QVERIFY2(!key.isEmpty(), qPrintable("no root for " + path));
                QVERIFY2(scanrun::documentedShard(key, n) == i,
                         qPrintable(QString("%1 (key %2) in shard %3/%4").arg(path, key).arg(i).arg(n)));
                together.insert(scanrun::canonical(o));
                worst = std::max(worst, verdictCode(o.value("verdict").toString()));
            }
            QCOMPARE(exitCode, worst);
            if (n > 1)
                QVERIFY2(err.contains("in other shards"), err.constData());
            // Hundreds of keys: no shard of five is empty.
            QVERIFY(!lines.empty());
        }
        QVERIFY2(
            together == full_,
            qPrintable(
                QString("%1 lines from the shards, %2 from the whole scan").arg(together.size()).arg(full_.size())));
    }

    // The same split on a second run, and for the tree reached by another path.
    void stableAcrossRunsAndMounts()
    {
        const QString link = tmp_.filePath("mounted-elsewhere");
        QVERIFY(QFile::link(tree_, link));
        std::set<QString> first, second, moved;
        for (int run = 0; run < 3; ++run) {
            const QString root = run == 2 ? link + "/" : tree_;
            std::vector<QJsonObject> lines;
            int exitCode = -1;
            QVERIFY(scan({root}, "2/3", lines, exitCode));
            auto& set = run == 0 ? first : run == 1 ? second : moved;
            const QString prefix = root.endsWith('/') ? root : root + '/';
            for (const auto& o : lines) {
                const QString path = o.value("path").toString();
                QVERIFY(path.startsWith(prefix));
                set.insert(path.mid(prefix.size()));
            }
        }
        QVERIFY(!first.empty());
        QVERIFY(first == second);
        QVERIFY(first == moved);
    }

    // Relative roots: the key does not include the argument.
    void relativeRootKeys()
    {
        std::vector<QJsonObject> lines;
        const auto r = scanrun::run({"scan", "--jsonl", "--shard", "1/2", "tree"}, tmp_.path());
        QString why;
        QVERIFY2(scanrun::parse(r.out, lines, why), qPrintable(why));
        QVERIFY(!lines.empty());
        for (const auto& o : lines) {
            const QString path = o.value("path").toString();
            QVERIFY(path.startsWith("tree/"));
            QCOMPARE(scanrun::documentedShard(path.mid(5).toUtf8(), 2), 1);
        }
    }

    void invalidSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero index") << "0/3"
                                    << "I must be from 1 to N";
        QTest::newRow("index past N") << "4/3"
                                      << "I must be from 1 to N";
        QTest::newRow("zero shards") << "1/0"
                                     << "N must be from 1";
        QTest::newRow("words") << "a/b"
                               << "two whole numbers";
        QTest::newRow("no slash") << "1"
                                  << "two whole numbers";
        QTest::newRow("no N") << "1/"
                              << "two whole numbers";
        QTest::newRow("no I") << "/3"
                              << "two whole numbers";
        QTest::newRow("negative") << "-1/3"
                                  << "two whole numbers";
        QTest::newRow("three parts") << "1/3/4"
                                     << "two whole numbers";
        QTest::newRow("spaces") << " 1/3"
                                << "two whole numbers";
        QTest::newRow("huge N") << "1/99999999999"
                                << "two whole numbers";
        QTest::newRow("N too large") << "1/2000000000"
                                     << "N must be from 1";
    }
    void invalidSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        const auto r = scanrun::run({"scan", "--shard", spec, tree_});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("usage: skopos scan"), r.err.constData());
    }
    void missingSpec()
    {
        const auto r = scanrun::run({"scan", tree_, "--shard"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--shard"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestScanShard)
#include "tst_scan_shard.moc"
