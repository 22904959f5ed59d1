// `skopos scan` through the real executable.
//
// Parity: every regular file under tests/data is either on a scan line that
// says what `skopos untrusted --json` says for it (format, protocol,
// untrusted, dangerous, verdict = exit code, error message), or absent from
// the scan because `untrusted` cannot read it as a model either. The
// scikit-learn version on each real-world line is the one the corpus notes
// found by grepping the bytes (tests/data/realworld/NOTES.txt).
// Hostile folders (symlink loop, dangling link, FIFO, unreadable file,
// 10,000 entries) finish; SIGINT leaves whole lines; JSONL parses line by line.
#include "TestData.h"

#include "cli/Cli.h"
#include "scan/ModelSniffer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <sstream>

namespace {

const QStringList kFields = {"path",      "size",  "sha256", "format",          "protocol", "verdict", "untrusted",
                             "dangerous", "calls", "error",  "sklearn_version", "profile",  "ms"};

// Parses JSON Lines strictly: every line a complete object with exactly the documented fields.
bool parseLines(const QByteArray& out, std::vector<QJsonObject>& objs, QString& why)
{
    if (!out.isEmpty() && !out.endsWith('\n')) {
        why = "output does not end with a newline";
        return false;
    }
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(lines[i], &e);
        if (e.error != QJsonParseError::NoError || !d.isObject()) {
            why = QString("line %1 is not a JSON object: %2").arg(i + 1).arg(QString::fromUtf8(lines[i].left(200)));
            return false;
        }
        const QJsonObject o = d.object();
        if (o.keys().size() != kFields.size()) {
            why = QString("line %1 has fields %2").arg(i + 1).arg(o.keys().join(','));
            return false;
        }
        for (const auto& f : kFields)
            if (!o.contains(f)) {
                why = QString("line %1 lacks %2").arg(i + 1).arg(f);
                return false;
            }
        objs.push_back(o);
    }
    return true;
}

struct UntrustedJson {
    int exitCode = -1;
    QJsonObject doc;
    QString err;
};

// `skopos untrusted --json FILE`, run in-process through the same entry point as the binary.
UntrustedJson untrustedJson(const QString& file)
{
    const QByteArray f = file.toUtf8();
    std::string a0 = "skopos", a1 = "untrusted", a2 = "--json", a3 = f.toStdString();
    char* argv[] = {a0.data(), a1.data(), a2.data(), a3.data()};
    std::ostringstream out, err;
    UntrustedJson r;
    r.exitCode = skopos::runCli(4, argv, out, err);
    r.doc = QJsonDocument::fromJson(QByteArray::fromStdString(out.str())).object();
    r.err = QString::fromStdString(err.str());
    return r;
}

QString sha256(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestScan : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qunsetenv("SKOPOS_PROFILE"); }

    void everyFileMatchesUntrusted()
    {
        const auto r = testdata::runSkopos({"scan", "--jsonl", testdata::path("")}, 600000);
        QVERIFY(!r.crashed);
        std::vector<QJsonObject> lines;
        QString why;
        QVERIFY2(parseLines(r.out, lines, why), qPrintable(why));
        std::map<QString, QJsonObject> byPath;
        for (const auto& o : lines) {
            const QString p = QDir::cleanPath(o.value("path").toString());
            QVERIFY2(!byPath.count(p), qPrintable("listed twice: " + p));
            byPath[p] = o;
        }

        int worst = 0, checked = 0, models = 0;
        QDirIterator it(testdata::path(""), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = QDir::cleanPath(it.next());
            const UntrustedJson u = untrustedJson(file);
            ++checked;
            const auto found = byPath.find(file);
            if (found == byPath.end()) {
                // Not a model by content: untrusted must not be able to read it either.
                QVERIFY2(u.exitCode == 2, qPrintable("not scanned but readable by untrusted: " + file));
                continue;
            }
            ++models;
            const QJsonObject o = found->second;
            byPath.erase(found);
            const QString verdict = o.value("verdict").toString();
            QCOMPARE(o.value("size").toInteger(), QFileInfo(file).size());
            if (u.exitCode == 2) {
                QVERIFY2(verdict == "error", qPrintable(file));
                // untrusted prints "skopos: FILE: SUMMARY (MESSAGE)" (document/UserMessage)
                const QString line = u.err.trimmed();
                QVERIFY2(line.endsWith(" (" + o.value("error").toString() + ")"), qPrintable(line));
                worst = std::max(worst, 2);
                continue;
            }
            QCOMPARE(o.value("sha256").toString(), sha256(file));
            QVERIFY2(o.value("error").isNull(), qPrintable(file));
            const int expectedExit = verdict == "clean" ? 0
                : verdict == "untrusted"                ? 1
                : verdict == "dangerous"                ? 4
                                                        : 2;
            QVERIFY2(u.exitCode == expectedExit, qPrintable(file + " " + verdict));
            QCOMPARE(o.value("format").toString(), u.doc.value("format").toString());
            QCOMPARE(o.value("protocol").toInt(), u.doc.value("protocol").toInt());
            QCOMPARE(o.value("untrusted").toArray(), u.doc.value("untrusted").toArray());
            QCOMPARE(o.value("dangerous").toArray(), u.doc.value("dangerous").toArray());
            QCOMPARE(o.value("sklearn_version"), u.doc.value("sklearn_version"));
            QCOMPARE(o.value("profile").toObject(), u.doc.value("profile").toObject());
            worst = std::max(worst, u.exitCode);
        }
        if (!byPath.empty())
            QFAIL(qPrintable("scan lines for files the walk did not see: " + byPath.begin()->first));
        // tests/data holds hundreds of models (counted, so that missing data fails).
        QVERIFY2(models >= 600, qPrintable(QString::number(models)));
        QVERIFY(checked > models);
        QCOMPARE(r.exitCode, worst);
        QCOMPARE(worst, 4); // the malicious files
    }

    // The 65 real-world models, each once, with the scikit-learn version the
    // corpus notes found in its bytes (NOTES.txt, written without Skopos).
    void realworldLinesAndVersions()
    {
        const auto r = testdata::runSkopos({"scan", "--jsonl", "--jobs", "2", testdata::path("realworld")}, 300000);
        QVERIFY(!r.crashed);
        // 4: explainer.joblib carries a numba function serialised by
        // cloudpickle inside an embedded pickle (tst_pickle_cli says more).
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QVERIFY2(r.err.contains("1 dangerous"), r.err.constData());
        std::vector<QJsonObject> lines;
        QString why;
        QVERIFY2(parseLines(r.out, lines, why), qPrintable(why));
        QCOMPARE(int(lines.size()), 65);

        QFile notes(testdata::path("realworld/NOTES.txt"));
        QVERIFY(notes.open(QIODevice::ReadOnly));
        std::map<QString, QString> version;
        static const QRegularExpression row(R"(^(\S+/\S+)\s+(\d+\.\d+(\.\d+)?)\s*$)");
        bool inVersions = false;
        for (const QByteArray& raw : notes.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith("## "))
                inVersions = line.contains("sklearn version");
            else if (inVersions)
                if (const auto m = row.match(line); m.hasMatch())
                    version[m.captured(1)] = m.captured(2);
        }
        int expected = 0;
        for (const auto& [file, v] : version)
            expected += !file.endsWith(".skops") && QFileInfo::exists(testdata::path("realworld/" + file)) ? 1 : 0;
        QVERIFY(expected >= 30);
        int compared = 0;
        for (const auto& o : lines) {
            const QString rel = QDir(testdata::path("realworld")).relativeFilePath(o.value("path").toString());
            QCOMPARE(o.value("verdict").toString() == "error", false);
            const auto v = version.find(rel);
            if (v == version.end() || rel.endsWith(".skops"))
                continue;
            // grep finds "0.18" in "0.18.2": the notes may hold a prefix of the full string.
            QVERIFY2(o.value("sklearn_version").toString().startsWith(v->second),
                     qPrintable(rel + ": " + o.value("sklearn_version").toString() + " vs " + v->second));
            ++compared;
        }
        QCOMPARE(compared, expected);
    }

    // Content, not names: a pickle called .bin, a skops file called .dat, a
    // zip that is not skops, text and an empty file.
    void detectsByContent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(testdata::path("pickle/malicious/call_os.system.p4.pkl"), dir.filePath("weights.bin")));
        QVERIFY(QFile::copy(testdata::path("fixtures/LogisticRegression/model.skops"), dir.filePath("model.dat")));
        QVERIFY(
            QFile::copy(testdata::path("pickle/fixtures/LogisticRegression/model.joblib.xz"), dir.filePath("noext")));
        writeFile(dir.filePath("readme.pkl"), "This is not a pickle, just text.\n");
        writeFile(dir.filePath("license"), "MIT License\n\nPermission is hereby granted.");
        writeFile(dir.filePath("empty.pkl"), "");
        writeFile(dir.filePath("source.py"), "import os\nprint('hello')\n");
        // A zip with no schema.json (numpy.savez output, not named .npz), and an empty archive.
        QVERIFY(
            QFile::copy(testdata::path("realworld/hung9988__customer_churn/weights.npz"), dir.filePath("data.zip")));
        writeFile(dir.filePath("empty.zip"), QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'));

        const auto r = testdata::runSkopos({"scan", "--jsonl", dir.path()});
        QVERIFY(!r.crashed);
        std::vector<QJsonObject> lines;
        QString why;
        QVERIFY2(parseLines(r.out, lines, why), qPrintable(why));
        std::map<QString, QJsonObject> by;
        for (const auto& o : lines)
            by[QFileInfo(o.value("path").toString()).fileName()] = o;
        QCOMPARE(int(by.size()), 5);
        QCOMPARE(by["weights.bin"].value("verdict").toString(), QString("dangerous"));
        QCOMPARE(by["weights.bin"].value("format").toString(), QString("pickle"));
        QCOMPARE(by["model.dat"].value("format").toString(), QString("skops"));
        QCOMPARE(by["model.dat"].value("verdict").toString(), QString("clean"));
        QCOMPARE(by["noext"].value("format").toString(), QString("joblib+xz"));
        QCOMPARE(by["data.zip"].value("format").toString(), QString("zip"));
        QCOMPARE(by["data.zip"].value("verdict").toString(), QString("error"));
        QVERIFY(by["data.zip"].value("error").toString().contains("not a skops file"));
        QCOMPARE(by["empty.zip"].value("format").toString(), QString("zip"));
        QCOMPARE(by["empty.zip"].value("verdict").toString(), QString("error"));
        QCOMPARE(r.exitCode, 4);

        // Text lines: one per model, the verdict first, dangerous names marked.
        const auto t = testdata::runSkopos({"scan", dir.path()});
        const QList<QByteArray> text = t.out.trimmed().split('\n');
        QCOMPARE(text.size(), 5);
        bool sawDangerous = false;
        for (const auto& l : text)
            if (l.startsWith("DANGEROUS") && l.contains("weights.bin") && l.contains("!os.system"))
                sawDangerous = true;
        QVERIFY2(sawDangerous, t.out.constData());
        QCOMPARE(t.exitCode, 4);
    }

    void sniffer_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("expected");
        using skopos::scan::Sniffed;
        QTest::newRow("protocol 4") << QByteArray("\x80\x04\x95", 3) << int(Sniffed::Pickle);
        QTest::newRow("protocol 6 is none") << QByteArray("\x80\x06", 2) << int(Sniffed::MaybePickle);
        QTest::newRow("protocol 0 dict") << QByteArray("(dp0\nS'a'\n") << int(Sniffed::MaybePickle);
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00", 6) << int(Sniffed::Zip);
        QTest::newRow("empty zip") << QByteArray("PK\x05\x06", 4) << int(Sniffed::Zip);
        QTest::newRow("npy") << QByteArray("\x93NUMPY\x01\x00", 8) << int(Sniffed::Npy);
        QTest::newRow("json") << QByteArray("{\"a\": 1}") << int(Sniffed::NotModel);
        QTest::newRow("elf") << QByteArray("\x7f"
                                           "ELF")
                             << int(Sniffed::NotModel);
        QTest::newRow("empty") << QByteArray() << int(Sniffed::NotModel);
    }
    void sniffer()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, expected);
        const auto got = skopos::scan::classifyHead(reinterpret_cast<const unsigned char*>(head.constData()),
                                                    static_cast<std::size_t>(head.size()));
        QCOMPARE(int(got), expected);
    }

    // Files whose first byte is an opcode: a model when pickle.load would
    // import something or load it completely. Streams written by hand here
    // (no library writes prose in front of a pickle or garbage after it).
    void probe_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("model");
        QTest::newRow("INST os.system") << QByteArray("(S'echo pwned'\nios\nsystem\n.") << true;
        QTest::newRow("GLOBAL, no STOP") << QByteArray("cos\nsystem\n(S'ls'\ntR") << true;
        QTest::newRow("prose in front") << QByteArray("Vhello world\np0\n0cos\nsystem\n(S'ls'\ntR.") << true;
        QTest::newRow("garbage after STOP") << QByteArray("cos\nsystem\n(S'ls'\ntR.\nnot pickle data\n") << true;
        QTest::newRow("STACK_GLOBAL") << QByteArray("\x8c\x02os\x8c\x06system\x93.", 14) << true;
        QTest::newRow("complete: None") << QByteArray("N.") << true;
        QTest::newRow("complete: list") << QByteArray("]q\x00(K\x01K\x02"
                                                      "e.",
                                                      10)
                                        << true;
        QTest::newRow("python import") << QByteArray("import os\nprint('hello')\n") << false;
        QTest::newRow("python class") << QByteArray("class Foo:\n    pass\n") << false;
        QTest::newRow("license") << QByteArray("MIT License\n\nPermission is hereby granted.") << false;
        QTest::newRow("markdown") << QByteArray("# Title\n\nSome text.\n") << false;
        QTest::newRow("csv") << QByteArray("id,name\n1,a\n") << false;
        QTest::newRow("not importable, no STOP") << QByteArray("cmy module\nthe name\n(") << false;
        // Complete: a pickle, even though loading it would fail at the import.
        QTest::newRow("not importable, complete") << QByteArray("cmy module\nthe name\n.") << true;
        QTest::newRow("truncated, no global") << QByteArray("(dp0\nS'a'\n") << false;
    }
    void probe()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, model);
        QTemporaryDir dir;
        const QString f = dir.filePath("x");
        writeFile(f, bytes);
        QCOMPARE(skopos::scan::sniffModel(f.toStdString()).kind == skopos::scan::Sniffed::Pickle, model);
    }

    // A symlink loop, a link to itself, a dangling link, a FIFO, an unreadable
    // file and 10,000 entries in one directory: the scan finishes and says
    // what it could not read.
    void hostileFolder()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.filePath("tree");
        QVERIFY(QDir().mkpath(root + "/a/b"));
        QVERIFY(QDir().mkpath(root + "/many"));
        QVERIFY(QFile::copy(testdata::path("pickle/malicious/call_builtins.eval.p2.pkl"), root + "/a/b/evil.pkl"));
        QVERIFY(QFile::link(root + "/a", root + "/a/b/loop"));       // a/b/loop -> a
        QVERIFY(QFile::link(root + "/self", root + "/self"));        // self -> self
        QVERIFY(QFile::link(root + "/nowhere", root + "/dangling")); // dangling
        QCOMPARE(mkfifo(QFile::encodeName(root + "/fifo").constData(), 0600), 0);
        // 10,000 two-byte pickles ("N." is None): each one a clean model line.
        for (int i = 0; i < 10000; ++i) {
            QFile f(root + "/many/" + QString::number(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("N.");
        }
        const QString locked = root + "/locked.pkl";
        QVERIFY(QFile::copy(testdata::path("pickle/malicious/call_builtins.eval.p2.pkl"), locked));
        QVERIFY(chmod(QFile::encodeName(locked).constData(), 0) == 0);
        // root reads any file whatever its mode: then there is no unreadable file to test.
        const bool canLock = access(QFile::encodeName(locked).constData(), R_OK) != 0;

        for (const bool follow : {false, true}) {
            QStringList args{"scan", "--jsonl", root};
            if (follow)
                args << "--follow-symlinks";
            QElapsedTimer timer;
            timer.start();
            const auto r = testdata::runSkopos(args, 120000);
            QVERIFY2(!r.crashed, "scan hung or crashed on the hostile folder");
            std::vector<QJsonObject> lines;
            QString why;
            QVERIFY2(parseLines(r.out, lines, why), qPrintable(why));
            int many = 0, evil = 0, lockedLines = 0;
            for (const auto& o : lines) {
                const QString p = o.value("path").toString();
                if (p.contains("/many/")) {
                    ++many;
                    QCOMPARE(o.value("verdict").toString(), QString("clean"));
                    QCOMPARE(o.value("format").toString(), QString("pickle"));
                } else if (p.endsWith("evil.pkl")) {
                    ++evil;
                    QCOMPARE(o.value("verdict").toString(), QString("dangerous"));
                } else if (p == locked) {
                    ++lockedLines;
                    if (canLock) {
                        QCOMPARE(o.value("verdict").toString(), QString("error"));
                        QVERIFY(o.value("error").toString().contains("Permission denied"));
                    }
                } else {
                    QFAIL(qPrintable("unexpected line for " + p));
                }
            }
            QCOMPARE(many, 10000);
            QCOMPARE(evil, 1); // the loop brings a/b back: entered once only
            QCOMPARE(lockedLines, 1);
            QCOMPARE(r.exitCode, 4);
            QVERIFY(r.err.contains("1 FIFOs/sockets/devices"));
        }
        if (!canLock)
            qWarning("running as root: chmod 000 does not stop root, so the unreadable-file line was not checked");
    }

    // A named path that does not exist is an error line, not a crash.
    void missingPath()
    {
        const auto r = testdata::runSkopos({"scan", "--jsonl", "/nonexistent/skopos-scan"});
        std::vector<QJsonObject> lines;
        QString why;
        QVERIFY2(parseLines(r.out, lines, why), qPrintable(why));
        QCOMPARE(int(lines.size()), 1);
        QCOMPARE(lines[0].value("verdict").toString(), QString("error"));
        QVERIFY(lines[0].value("error").toString().contains("No such file"));
        QCOMPARE(r.exitCode, 2);
    }

    void maxSize()
    {
        const QString file = testdata::path("fixtures/LogisticRegression/model.skops");
        const auto r = testdata::runSkopos({"scan", "--jsonl", "--max-size", "100", file});
        std::vector<QJsonObject> lines;
        QString why;
        QVERIFY2(parseLines(r.out, lines, why), qPrintable(why));
        QCOMPARE(int(lines.size()), 1);
        QCOMPARE(lines[0].value("verdict").toString(), QString("error"));
        QVERIFY(lines[0].value("error").toString().contains("--max-size"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(testdata::runSkopos({"scan", "--jobs", "0", file}).exitCode, 2);
        QCOMPARE(testdata::runSkopos({"scan"}).exitCode, 2);
    }

    // Ctrl+C: the scan stops soon, exits 130, and every line printed is whole.
    void interruptLeavesWholeLines()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        for (int i = 0; i < 3000; ++i) {
            QFile f(tmp.filePath(QString::number(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("N.");
        }
        QProcess p;
        QStringList args{"scan", "--jsonl", "--jobs", "2"};
        // Many roots: far more work than happens before the signal arrives.
        for (int i = 0; i < 50; ++i)
            args << tmp.path() << testdata::path("realworld");
        p.start(QStringLiteral(SKOPOS_BINARY), args);
        QVERIFY(p.waitForStarted());
        QByteArray out;
        while (out.count('\n') < 20 && p.state() == QProcess::Running) {
            p.waitForReadyRead(1000);
            out += p.readAllStandardOutput();
        }
        QVERIFY2(p.state() == QProcess::Running, "the scan finished before it could be interrupted");
        QVERIFY(::kill(static_cast<pid_t>(p.processId()), SIGINT) == 0);
        QVERIFY2(p.waitForFinished(30000), "the scan did not stop after SIGINT");
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardError().contains("interrupted"));
        std::vector<QJsonObject> lines;
        QString why;
        QVERIFY2(parseLines(out, lines, why), qPrintable(why));
        QVERIFY(lines.size() >= 20);
        QVERIFY(lines.size() < 50 * 3065);
    }
};

QTEST_GUILESS_MAIN(TestScan)
#include "tst_scan.moc"
