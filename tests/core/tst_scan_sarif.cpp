// `skopos scan --sarif` through the real executable.
//
// A folder with a dangerous pickle, a skops file with untrusted types, a
// clean one, a corrupt one, a name that needs percent-encoding and a file
// outside the working directory: one result per file that is not clean,
// matched to the same scan's JSON line (rule id and level by verdict, the
// names or the error in the message, the location rule of scan/Sarif.h);
// the log validates against the OASIS SARIF 2.1.0 JSON schema
// (tests/data/sarif, with python3-jsonschema; a broken log must fail that
// validation too); it is the same bytes on a second run; SARIF to standard
// output replaces the lines; a scan that finds no model says so in the log
// and exits 3; an interrupted scan still writes a whole log that says so.
#include "ScanRun.h"
#include "TestData.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <signal.h>

#include <map>

namespace {

const char* kSchema = "sarif/sarif-schema-2.1.0.json";

// Validates `file` against the SARIF schema with python3-jsonschema. "" when valid,
// "unavailable: ..." when the validator cannot run, else the errors.
QString schemaErrors(const QString& file)
{
    static const char* script = R"(
import json, sys
try:
    import jsonschema
except ImportError as e:
    print("unavailable: python3-jsonschema: %s" % e); sys.exit(3)
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
v = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
errors = sorted(v.iter_errors(doc), key=str)
for e in errors[:5]:
    print("%s at %s" % (e.message, "/".join(str(p) for p in e.absolute_path)))
sys.exit(1 if errors else 0)
)";
    QProcess p;
    p.start("/usr/bin/python3", {"-c", script, testdata::path(kSchema), file});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return "unavailable: python3 did not finish";
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    if (p.exitCode() == 0)
        return {};
    return out.isEmpty() ? QString("validator exited %1").arg(p.exitCode()) : out;
}

#define VERIFY_SCHEMA_VALID(file)                                                                                      \
    do {                                                                                                               \
        const QString errors_ = schemaErrors(file);                                                                    \
        if (errors_.startsWith("unavailable: "))                                                                       \
            SKOPOS_ORACLE_SKIP(errors_);                                                                               \
        QVERIFY2(errors_.isEmpty(), qPrintable(errors_));                                                              \
    } while (false)

QJsonObject readJsonObject(const QByteArray& bytes)
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError || !d.isObject())
        QTest::qFail(qPrintable("not a JSON object: " + e.errorString()), __FILE__, __LINE__);
    return d.object();
}

} // namespace

class TestScanSarif : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString repo_;    // the working directory of the scans
    QString outside_; // a model named by absolute path outside it

private slots:
    void initTestCase()
    {
        qunsetenv("SKOPOS_PROFILE");
        QVERIFY(tmp_.isValid());
        repo_ = tmp_.filePath("repo");
        QVERIFY(QDir().mkpath(repo_ + "/models/sub"));
        QVERIFY(QFile::copy(testdata::path("pickle/malicious/call_os.system.p4.pkl"), repo_ + "/models/evil.pkl"));
        QVERIFY(QFile::copy(testdata::path("fixtures/CalibratedClassifierCV/model.skops"),
                            repo_ + "/models/sub/untrusted.skops"));
        QVERIFY(QFile::copy(testdata::path("fixtures/LogisticRegression/model.skops"), repo_ + "/models/clean.skops"));
        QVERIFY(scanrun::writeFile(repo_ + "/models/broken.pkl", QByteArray("\x80\x04\x95\x10\x00", 5)));
        QVERIFY(QFile::copy(testdata::path("pickle/malicious/call_builtins.eval.p2.pkl"),
                            repo_ + "/models/odd name 100%#.pkl"));
        QVERIFY(scanrun::writeFile(repo_ + "/README.md", "# not a model\n"));
        outside_ = tmp_.filePath("elsewhere.pkl");
        QVERIFY(QFile::copy(testdata::path("pickle/malicious/inst_os_system.pkl"), outside_));
    }

    void resultsMatchTheLines()
    {
        const auto r = scanrun::run({"scan", "--jsonl", "--sarif", "-o", "out.sarif", ".", outside_}, repo_);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 4);
        std::vector<QJsonObject> lines;
        QString why;
        QVERIFY2(scanrun::parse(r.out, lines, why), qPrintable(why));
        QCOMPARE(int(lines.size()), 6);
        const QJsonObject log = readJsonObject(scanrun::readFile(repo_ + "/out.sarif"));

        QCOMPARE(log.value("version").toString(), QString("2.1.0"));
        QCOMPARE(log.value("$schema").toString(), QString("https://json.schemastore.org/sarif-2.1.0.json"));
        const QJsonArray runs = log.value("runs").toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs[0].toObject();
        const QJsonObject driver = run.value("tool").toObject().value("driver").toObject();
        QCOMPARE(driver.value("name").toString(), QString("Skopos"));
        const auto version = scanrun::run({"--version"});
        QCOMPARE("skopos " + driver.value("version").toString() + "\n", QString::fromUtf8(version.out));
        QVERIFY(driver.value("informationUri").toString().startsWith("https://"));
        const QJsonArray rules = driver.value("rules").toArray();
        QCOMPARE(rules.size(), 3);
        const QStringList ids{"SKOPOS001", "SKOPOS002", "SKOPOS003"};
        const QStringList levels{"error", "warning", "error"};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rules[i].toObject().value("id").toString(), ids[i]);
            QCOMPARE(rules[i].toObject().value("defaultConfiguration").toObject().value("level").toString(), levels[i]);
            QVERIFY(!rules[i].toObject().value("shortDescription").toObject().value("text").toString().isEmpty());
        }
        QCOMPARE(run.value("originalUriBaseIds").toObject().value("%SRCROOT%").toObject().value("uri").toString(),
                 QUrl::fromLocalFile(QDir(repo_).canonicalPath() + "/").toString(QUrl::FullyEncoded));
        QCOMPARE(run.value("invocations").toArray()[0].toObject().value("executionSuccessful").toBool(), true);
        QCOMPARE(run.value("invocations").toArray()[0].toObject().value("exitCode").toInt(), 4);

        // The results by location.
        std::map<QString, QJsonObject> byUri;
        for (const auto& v : run.value("results").toArray()) {
            const QJsonObject res = v.toObject();
            const QJsonObject loc = res.value("locations")
                                        .toArray()[0]
                                        .toObject()
                                        .value("physicalLocation")
                                        .toObject()
                                        .value("artifactLocation")
                                        .toObject();
            const QString uri = loc.value("uri").toString();
            QVERIFY2(QUrl(uri, QUrl::StrictMode).isValid(), qPrintable(uri));
            QVERIFY2(!byUri.count(uri), qPrintable("two results for " + uri));
            QCOMPARE(loc.value("uriBaseId").toString(), uri.startsWith("file:") ? QString() : QString("%SRCROOT%"));
            byUri[uri] = res;
        }
        int findings = 0;
        for (const auto& o : lines) {
            const QString path = o.value("path").toString();
            const QString verdict = o.value("verdict").toString();
            const QString uri = path.startsWith('/')
                ? QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                : QString::fromLatin1(QUrl::toPercentEncoding(QDir::cleanPath(path), "/"));
            const auto it = byUri.find(uri);
            if (verdict == "clean") {
                QVERIFY2(it == byUri.end(), qPrintable("a result for a clean file: " + uri));
                continue;
            }
            ++findings;
            QVERIFY2(it != byUri.end(), qPrintable("no result for " + path + " at " + uri));
            const QJsonObject res = it->second;
            const int rule = verdict == "dangerous" ? 0 : verdict == "untrusted" ? 1 : 2;
            QCOMPARE(res.value("ruleId").toString(), ids[rule]);
            QCOMPARE(res.value("ruleIndex").toInt(), rule);
            QCOMPARE(res.value("level").toString(), levels[rule]);
            const QString text = res.value("message").toObject().value("text").toString();
            const QJsonArray names = o.value(verdict == "dangerous" ? "dangerous" : "untrusted").toArray();
            if (verdict == "error") {
                QVERIFY2(text.contains(o.value("error").toString()), qPrintable(text));
            } else {
                QVERIFY(!names.isEmpty());
                for (const auto& n : names)
                    QVERIFY2(text.contains(n.toString()), qPrintable(text + " lacks " + n.toString()));
            }
            QCOMPARE(res.value("properties").toObject().value("sha256").toString(), o.value("sha256").toString());
        }
        QCOMPARE(findings, 5);
        QCOMPARE(int(byUri.size()), findings);
        QVERIFY(byUri.count("models/odd%20name%20100%25%23.pkl"));
        QVERIFY(byUri.count("models/sub/untrusted.skops"));
        QCOMPARE(byUri["models/sub/untrusted.skops"].value("level").toString(), QString("warning"));
        QCOMPARE(byUri["models/broken.pkl"].value("ruleId").toString(), QString("SKOPOS003"));

        VERIFY_SCHEMA_VALID(repo_ + "/out.sarif");
    }

    // The validator is live: a log it must reject is rejected.
    void schemaRejectsABrokenLog()
    {
        const auto r = scanrun::run({"scan", "--sarif", "models"}, repo_);
        QCOMPARE(r.exitCode, 4);
        QByteArray broken = r.out;
        QVERIFY(broken.contains("\"level\": \"warning\""));
        broken.replace("\"level\": \"warning\"", "\"level\": \"severe\"");
        const QString file = tmp_.filePath("broken.sarif");
        QVERIFY(scanrun::writeFile(file, broken));
        const QString errors = schemaErrors(file);
        if (errors.startsWith("unavailable: "))
            SKOPOS_ORACLE_SKIP(errors);
        QVERIFY2(errors.contains("severe"), qPrintable(errors));
    }

    // SARIF on standard output replaces the lines; the bytes do not depend on thread timing.
    void standardOutputAndStable()
    {
        const auto a = scanrun::run({"scan", "--sarif", "--jobs", "2", "."}, repo_);
        const auto b = scanrun::run({"scan", "--sarif", "--jobs", "2", "-o", "-", "."}, repo_);
        QCOMPARE(a.exitCode, 4);
        QCOMPARE(b.exitCode, 4);
        QVERIFY(a.out.startsWith("{"));
        const QJsonObject log = readJsonObject(a.out);
        QCOMPARE(log.value("runs").toArray()[0].toObject().value("results").toArray().size(), 4);
        QCOMPARE(a.out, b.out);
        const QString file = tmp_.filePath("stdout.sarif");
        QVERIFY(scanrun::writeFile(file, a.out));
        VERIFY_SCHEMA_VALID(file);
    }

    // Text lines on standard output while the log goes to the file.
    void fileKeepsTextLines()
    {
        const auto r = scanrun::run({"scan", "--sarif", "-o", tmp_.filePath("t.sarif"), "models"}, repo_);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains("DANGEROUS  models/evil.pkl"), r.out.constData());
        QVERIFY(QFileInfo::exists(tmp_.filePath("t.sarif")));
    }

    void noModels()
    {
        const QString empty = tmp_.filePath("nomodels");
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(scanrun::writeFile(empty + "/a.txt", "text\n"));
        const auto r = scanrun::run({"scan", "--sarif", "-o", "nm.sarif", "."}, empty);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("no model file found"), r.err.constData());
        const QJsonObject run =
            readJsonObject(scanrun::readFile(empty + "/nm.sarif")).value("runs").toArray()[0].toObject();
        QCOMPARE(run.value("results").toArray().size(), 0);
        const QJsonObject inv = run.value("invocations").toArray()[0].toObject();
        QCOMPARE(inv.value("exitCode").toInt(), 3);
        QVERIFY(inv.value("toolExecutionNotifications")
                    .toArray()[0]
                    .toObject()
                    .value("message")
                    .toObject()
                    .value("text")
                    .toString()
                    .contains("no model file found"));
        VERIFY_SCHEMA_VALID(empty + "/nm.sarif");
    }

    // Ctrl+C: the log is still written, whole, and says the run did not finish.
    void interruptedLog()
    {
        QTemporaryDir many;
        QVERIFY(many.isValid());
        for (int i = 0; i < 3000; ++i)
            QVERIFY(scanrun::writeFile(many.filePath(QString::number(i)), "N."));
        const QString log = tmp_.filePath("interrupted.sarif");
        QStringList args{"scan", "--sarif", "-o", log, "--jobs", "1"};
        for (int i = 0; i < 50; ++i)
            args << many.path() << repo_;
        QProcess p;
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
        QCOMPARE(p.exitCode(), 130);
        const QJsonObject inv = readJsonObject(scanrun::readFile(log))
                                    .value("runs")
                                    .toArray()[0]
                                    .toObject()
                                    .value("invocations")
                                    .toArray()[0]
                                    .toObject();
        QCOMPARE(inv.value("executionSuccessful").toBool(true), false);
        QCOMPARE(inv.value("exitCode").toInt(), 130);
        VERIFY_SCHEMA_VALID(log);
    }

    void usageErrors()
    {
        auto r = scanrun::run({"scan", "-o", "x.sarif", "."}, repo_);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("-o FILE is where --sarif writes"), r.err.constData());
        r = scanrun::run({"scan", "--sarif", "--jsonl", "."}, repo_);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("add -o FILE"), r.err.constData());
        r = scanrun::run({"scan", "--sarif", "--jsonl", "-o", "-", "."}, repo_);
        QCOMPARE(r.exitCode, 2);
        r = scanrun::run({"scan", "--sarif", "."}, repo_);
        QCOMPARE(r.exitCode, 4);
        r = scanrun::run({"scan", "--sarif", "-o", tmp_.filePath("no/such/dir/x.sarif"), "."}, repo_);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot write"), r.err.constData());
        QVERIFY(!QFileInfo::exists(repo_ + "/x.sarif"));
    }
};

QTEST_GUILESS_MAIN(TestScanSarif)
#include "tst_scan_sarif.moc"
