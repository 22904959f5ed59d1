// `skopos scan --files-from FILE|-` and the no-model exit code, through the
// real executable.
//
// A listing (a folder, files, a missing path, a blank line, a CRLF line)
// read from a file or from standard input gives the lines that naming the
// same paths on the command line gives; with --shard the shards of a
// listing partition it, each path keyed by itself as listed; an unreadable
// listing is a usage error. A scan that finds no model file at all (only
// text, an empty folder, an empty listing) says so and exits 3, never 0;
// one with an error line exits 2, not 3.
#include "ScanRun.h"
#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

namespace {

std::multiset<QByteArray> canonicalLines(const QByteArray& out)
{
    std::vector<QJsonObject> lines;
    QString why;
    if (!scanrun::parse(out, lines, why))
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
    std::multiset<QByteArray> set;
    for (const auto& o : lines)
        set.insert(scanrun::canonical(o));
    return set;
}

} // namespace

class TestScanFilesFrom : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QStringList paths_; // what the listing names
    QByteArray listing_;

private slots:
    void initTestCase()
    {
        qunsetenv("SKOPOS_PROFILE");
        QVERIFY(tmp_.isValid());
        paths_ = QStringList{testdata::path("pickle/malicious"),
                             testdata::path("fixtures/LogisticRegression/model.skops"),
                             testdata::path("pickle/fixtures/LogisticRegression/model.joblib.xz"),
                             tmp_.filePath("does-not-exist.pkl"), testdata::path("realworld/NOTES.txt")};
        // A blank line and a CRLF line end: both tolerated.
        for (int i = 0; i < paths_.size(); ++i)
            listing_ += paths_[i].toUtf8() + (i == 1 ? "\r\n" : "\n") + (i == 2 ? "\n" : "");
        QVERIFY(scanrun::writeFile(tmp_.filePath("list.txt"), listing_));
    }

    void fileAndStdinMatchArguments()
    {
        const auto direct = scanrun::run(QStringList{"scan", "--jsonl", "--"} + paths_);
        QCOMPARE(direct.exitCode, 4);
        const auto expected = canonicalLines(direct.out);
        QCOMPARE(int(expected.size()), 5 + 3); // five malicious pickles, two models, one missing path

        const auto fromFile = scanrun::run({"scan", "--jsonl", "--files-from", tmp_.filePath("list.txt")});
        QCOMPARE(fromFile.exitCode, 4);
        QVERIFY(canonicalLines(fromFile.out) == expected);

        const auto fromStdin = scanrun::run({"scan", "--jsonl", "--files-from", "-"}, {}, listing_);
        QCOMPARE(fromStdin.exitCode, 4);
        QVERIFY(canonicalLines(fromStdin.out) == expected);

        // Arguments and a listing together: both are scanned.
        const auto both = scanrun::run(
            {"scan", "--jsonl", "--files-from", "-", testdata::path("fixtures/LogisticRegression/model.skops")}, {},
            listing_);
        QCOMPARE(int(canonicalLines(both.out).size()), int(expected.size()) + 1);
    }

    void shardsOfAListing()
    {
        const auto whole = canonicalLines(scanrun::run({"scan", "--jsonl", "--files-from", "-"}, {}, listing_).out);
        std::multiset<QByteArray> together;
        for (int i = 1; i <= 3; ++i) {
            const auto r = scanrun::run(
                {"scan", "--jsonl", "--shard", QString("%1/3").arg(i), "--files-from", tmp_.filePath("list.txt")});
            std::vector<QJsonObject> lines;
            QString why;
            QVERIFY2(scanrun::parse(r.out, lines, why), qPrintable(why));
            for (const auto& o : lines) {
                together.insert(scanrun::canonical(o));
                // A listed path is its own key; files under a listed folder are keyed below it.
                const QString path = o.value("path").toString();
                QByteArray key = path.toUtf8();
                const QString folder = testdata::path("pickle/malicious") + '/';
                if (path.startsWith(folder))
                    key = path.mid(folder.size()).toUtf8();
                QCOMPARE(scanrun::documentedShard(key, 3), i);
            }
        }
        QVERIFY(together == whole);
    }

    void unreadableListing()
    {
        const auto r = scanrun::run({"scan", "--files-from", tmp_.filePath("no-such-list.txt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot read --files-from"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(scanrun::run({"scan", "--files-from"}).exitCode, 2);
        QCOMPARE(scanrun::run({"scan", "--files-from", "-", "--files-from", "-"}).exitCode, 2);
    }

    void noModelFound_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("text files only") << QStringList{"scan", "TEXT"} << QByteArray();
        QTest::newRow("jsonl, text files only") << QStringList{"scan", "--jsonl", "TEXT"} << QByteArray();
        QTest::newRow("empty folder") << QStringList{"scan", "EMPTY"} << QByteArray();
        QTest::newRow("empty listing") << QStringList{"scan", "--files-from", "-"} << QByteArray();
        QTest::newRow("listing of text") << QStringList{"scan", "--files-from", "-"} << QByteArray("TEXT/a.txt\n");
        QTest::newRow("shard with nothing") << QStringList{"scan", "--shard", "2/2", "TEXT/a.txt"} << QByteArray();
    }
    void noModelFound()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const QString text = tmp_.filePath("text"), empty = tmp_.filePath("empty");
        QVERIFY(QDir().mkpath(text));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(scanrun::writeFile(text + "/a.txt", "MIT License\n"));
        QVERIFY(scanrun::writeFile(text + "/b.py", "import os\n"));
        args.replaceInStrings("TEXT", text);
        args.replaceInStrings("EMPTY", empty);
        input.replace("TEXT", text.toUtf8());
        // The shard row scans the shard its one file is not in.
        if (args.contains("2/2"))
            args.replaceInStrings("2/2",
                                  QString("%1/2").arg(3 - scanrun::documentedShard((text + "/a.txt").toUtf8(), 2)));
        const auto r = scanrun::run(args, {}, input);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("no model file found"), r.err.constData());
    }

    // An error line is a finding: exit 2, not "nothing found".
    void errorLineIsNotNothing()
    {
        const auto r = scanrun::run({"scan", tmp_.filePath("missing-folder")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains("no model file found"));
    }

    // The usage text names the new exit code.
    void usageNamesExitThree()
    {
        const auto r = scanrun::run({"--help"});
        QVERIFY2(r.out.contains("3 no model file found"), r.out.constData());
        const auto s = scanrun::run({"scan"});
        QCOMPARE(s.exitCode, 2);
        QVERIFY2(s.err.contains("3 no model file found"), s.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestScanFilesFrom)
#include "tst_scan_files_from.moc"
