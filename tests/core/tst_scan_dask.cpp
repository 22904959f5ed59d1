// scripts/dask_scan.py on a local Dask cluster of 2 worker processes
// (Debian's python3-distributed) against tests/data, compared with one
// `skopos scan --jsonl` of the same folder: the same files, each once, with
// the same path, sha256, verdict, untrusted and dangerous (and every other
// field but the timing), sorted by path; the same exit code. A shard that
// cannot run skopos makes the run fail (exit at least 2, the reason on
// stderr), never pass with no lines.
#include "ScanRun.h"
#include "TestData.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray err;
    bool ok = false;
};

Run daskScan(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("SKOPOS_PROFILE");
    p.setProcessEnvironment(env);
    p.start("/usr/bin/python3", QStringList{QStringLiteral(SKOPOS_SOURCE_DIR "/scripts/dask_scan.py")} + args);
    Run r;
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ok = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.err = p.readAllStandardError();
    return r;
}

bool daskAvailable(QString& why)
{
    QProcess p;
    p.start("/usr/bin/python3", {"-c", "import distributed"});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        why = "python3-distributed is not importable: " + QString::fromUtf8(p.readAllStandardError().right(200));
        return false;
    }
    return true;
}

} // namespace

class TestScanDask : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

private slots:
    void initTestCase()
    {
        qunsetenv("SKOPOS_PROFILE");
        QVERIFY(tmp_.isValid());
    }

    void twoWorkersMatchOneScan()
    {
        QString why;
        if (!daskAvailable(why))
            SKOPOS_ORACLE_SKIP(why);
        const QString data = testdata::path("");
        const auto single = scanrun::run({"scan", "--jsonl", "--jobs", "2", data}, {}, {}, 600000);
        QVERIFY(!single.crashed);
        std::vector<QJsonObject> expected;
        QString parseWhy;
        QVERIFY2(scanrun::parse(single.out, expected, parseWhy), qPrintable(parseWhy));
        QVERIFY(expected.size() >= 600);

        const QString out = tmp_.filePath("merged.jsonl");
        const Run r = daskScan({data, "--workers", "2", "--skopos", QStringLiteral(SKOPOS_BINARY), "-o", out});
        QVERIFY2(r.ok, r.err.constData());
        QVERIFY2(r.exitCode == single.exitCode, r.err.constData());
        QVERIFY2(r.err.contains("from 2 shards"), r.err.constData());
        std::vector<QJsonObject> merged;
        QVERIFY2(scanrun::parse(scanrun::readFile(out), merged, parseWhy), qPrintable(parseWhy));
        QCOMPARE(merged.size(), expected.size());

        // Sorted by path, each file once, and the same fields as the single scan.
        std::map<QString, QJsonObject> byPath;
        for (const auto& o : expected)
            byPath[o.value("path").toString()] = o;
        QCOMPARE(byPath.size(), expected.size());
        QString previous;
        for (const auto& o : merged) {
            const QString path = o.value("path").toString();
            QVERIFY2(previous < path, qPrintable("not sorted or twice: " + path));
            previous = path;
            const auto it = byPath.find(path);
            QVERIFY2(it != byPath.end(), qPrintable("not in the single scan: " + path));
            for (const char* field : {"sha256", "verdict", "untrusted", "dangerous"})
                QVERIFY2(o.value(field) == it->second.value(field), qPrintable(path + ": " + field));
            QCOMPARE(scanrun::canonical(o), scanrun::canonical(it->second));
        }
    }

    // The merge, without a cluster (the task and the merge are plain functions):
    // a shard that could not run skopos fails the whole run, and lines merge sorted.
    void failedShardFailsTheRun()
    {
        static const char* script = R"(
import json, sys
sys.path.insert(0, sys.argv[1])
import dask_scan
failed = dask_scan.scan_shard(sys.argv[2] + "/no-such-skopos", [sys.argv[3]], 1, 2, [])
ok = dask_scan.scan_shard(sys.argv[4], [sys.argv[3]], 2, 2, ["--jobs", "1"])
lines, code, failures = dask_scan.merge([failed, ok])
print(json.dumps({"code": code, "failures": failures, "lines": lines, "ok": ok[0]}))
)";
        QProcess p;
        p.start("/usr/bin/python3",
                {"-c", script, QStringLiteral(SKOPOS_SOURCE_DIR "/scripts"), tmp_.path(),
                 testdata::path("pickle/malicious"), QStringLiteral(SKOPOS_BINARY)});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray failures = r.value("failures").toArray();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures[0].toString().contains("cannot run"), qPrintable(failures[0].toString()));
        // Shard 2 of the five malicious pickles holds some (all dangerous): 4 wins over the failure's 2.
        const QJsonArray lines = r.value("lines").toArray();
        QVERIFY(!lines.isEmpty());
        QCOMPARE(r.value("code").toInt(), 4);
        QCOMPARE(r.value("ok").toInt(), 4);
        QString previous;
        for (const auto& l : lines) {
            const QString path = QJsonDocument::fromJson(l.toString().toUtf8()).object().value("path").toString();
            QVERIFY(previous < path);
            previous = path;
        }

        // Both shards failing: no lines, exit 2 (not 3, not 0).
        static const char* both = R"(
import sys
sys.path.insert(0, sys.argv[1])
import dask_scan
r = dask_scan.scan_shard("/nonexistent/skopos", ["."], 1, 1, [])
lines, code, failures = dask_scan.merge([r, r])
sys.exit(code)
)";
        p.start("/usr/bin/python3", {"-c", both, QStringLiteral(SKOPOS_SOURCE_DIR "/scripts")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScanDask)
#include "tst_scan_dask.moc"
