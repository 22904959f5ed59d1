// The drop-ins for repositories: the pre-commit hook (.pre-commit-hooks.yaml)
// and the GitHub Actions example (docs/examples/github-actions-skopos.yml).
//
// The hook runs through the real `pre-commit try-repo` (Debian's pre-commit)
// against this source tree, in a throwaway git repository with this build's
// skopos-cli on PATH as `skopos`: a staged dangerous pickle fails the
// commit check and is named; a staged clean model passes; a repository
// whose staged files match no model suffix skips the hook. Its `files`
// pattern takes every model suffix the MIME definitions list and no other.
// The workflow parses as YAML, scans with --sarif -o FILE and uploads that
// same FILE with github/codeql-action/upload-sarif (always, with
// security-events: write); its scan step, run here as written, writes a
// valid SARIF log and records the exit code.
#include "ScanRun.h"
#include "TestData.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Proc {
    int exitCode = -1;
    QByteArray out;
    bool ok = false; // started and ended normally in time
};

Proc runProgram(const QString& program, const QStringList& args, const QString& dir, const QProcessEnvironment& env,
                int timeoutMs = 240000)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Proc r;
    if (!p.waitForStarted())
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ok = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAll();
    return r;
}

// YAML as JSON, through python3-yaml (the workflow and the hook definition).
QJsonDocument yamlAsJson(const QString& file)
{
    QProcess p;
    p.start("/usr/bin/python3",
            {"-c",
             "import json, sys, yaml\n"
             "d = yaml.safe_load(open(sys.argv[1]))\n"
             // YAML 1.1 reads the key `on` as true: name it back.
             "if isinstance(d, dict) and True in d: d['on'] = d.pop(True)\n"
             "print(json.dumps(d))",
             file});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        QTest::qFail(qPrintable("cannot read " + file + " as YAML: " + p.readAllStandardError()), __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput());
}

} // namespace

class TestScanPrecommit : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QProcessEnvironment env_;

    // A fresh git repository with `files` (name -> source file) staged.
    QString stagedRepo(const QString& name, const QList<QPair<QString, QString>>& files)
    {
        const QString repo = tmp_.filePath(name);
        if (!QDir().mkpath(repo))
            return {};
        for (const auto& args : QList<QStringList>{
                 {"init", "-q"}, {"config", "user.email", "test@example.org"}, {"config", "user.name", "Test"}})
            if (runProgram("git", args, repo, env_).exitCode != 0)
                return {};
        for (const auto& [to, from] : files) {
            QDir().mkpath(QFileInfo(repo + "/" + to).path());
            if (!QFile::copy(from, repo + "/" + to))
                return {};
            if (runProgram("git", {"add", to}, repo, env_).exitCode != 0)
                return {};
        }
        return repo;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        // `skopos` on PATH is this build's skopos-cli (the hook's language is `system`).
        QVERIFY(QDir().mkpath(tmp_.filePath("bin")));
        QVERIFY(QFile::link(QStringLiteral(SKOPOS_BINARY), tmp_.filePath("bin/skopos")));
        env_ = QProcessEnvironment::systemEnvironment();
        env_.insert("PATH", tmp_.filePath("bin") + ":" + env_.value("PATH"));
        env_.insert("PRE_COMMIT_HOME", tmp_.filePath("pre-commit-home"));
        env_.insert("HOME", tmp_.path());
        env_.insert("GIT_CONFIG_NOSYSTEM", "1");
        env_.remove("SKOPOS_PROFILE");
    }

    void hookFailsOnADangerousPickle()
    {
        const Proc v = runProgram("pre-commit", {"--version"}, tmp_.path(), env_);
        if (!v.ok || v.exitCode != 0)
            SKOPOS_ORACLE_SKIP("pre-commit is not installed (Debian package pre-commit)");
        const QString repo = stagedRepo(
            "dirty",
            {{"models/model.pkl", testdata::path("pickle/malicious/call_os.system.p4.pkl")},
             {"models/ok.skops", testdata::path("fixtures/LogisticRegression/model.skops")}});
        QVERIFY(!repo.isEmpty());
        const Proc r = runProgram("pre-commit", {"try-repo", QStringLiteral(SKOPOS_SOURCE_DIR), "skopos"}, repo, env_);
        QVERIFY2(r.ok, r.out.constData());
        QVERIFY2(r.exitCode == 1, r.out.constData());
        QVERIFY2(r.out.contains("Failed"), r.out.constData());
        QVERIFY2(r.out.contains("DANGEROUS  models/model.pkl"), r.out.constData());
        QVERIFY2(r.out.contains("!os.system"), r.out.constData());
        QVERIFY2(r.out.contains("exit code: 4"), r.out.constData());
    }

    void hookPassesACleanModel()
    {
        const Proc v = runProgram("pre-commit", {"--version"}, tmp_.path(), env_);
        if (!v.ok || v.exitCode != 0)
            SKOPOS_ORACLE_SKIP("pre-commit is not installed (Debian package pre-commit)");
        const QString repo = stagedRepo(
            "clean",
            {{"model.skops", testdata::path("fixtures/LogisticRegression/model.skops")},
             {"forest.joblib.xz", testdata::path("pickle/fixtures/LogisticRegression/model.joblib.xz")},
             // Not a model suffix: never handed to the scan (it would be a finding).
             {"notes/evil.bin", testdata::path("pickle/malicious/call_os.system.p4.pkl")}});
        QVERIFY(!repo.isEmpty());
        const Proc r = runProgram("pre-commit", {"try-repo", QStringLiteral(SKOPOS_SOURCE_DIR), "skopos", "--verbose"},
                                  repo, env_);
        QVERIFY2(r.ok, r.out.constData());
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.out.contains("Passed"), r.out.constData());
        QVERIFY2(r.out.contains("clean      model.skops") || r.out.contains("clean      forest.joblib.xz"),
                 r.out.constData());
        QVERIFY2(!r.out.contains("evil.bin"), r.out.constData());

        // Nothing staged with a model suffix: the hook is skipped, not failed.
        const QString text = stagedRepo("text", {{"README.md", testdata::path("realworld/NOTES.txt")}});
        const Proc s = runProgram("pre-commit", {"try-repo", QStringLiteral(SKOPOS_SOURCE_DIR), "skopos"}, text, env_);
        QVERIFY2(s.exitCode == 0 && s.out.contains("Skipped"), s.out.constData());
    }

    // The `files` pattern against the suffixes packaging/io.github.skopos.mime.xml gives model files.
    void hookSuffixes()
    {
        const QJsonArray hooks = yamlAsJson(QStringLiteral(SKOPOS_SOURCE_DIR "/.pre-commit-hooks.yaml")).array();
        QCOMPARE(hooks.size(), 1);
        const QJsonObject hook = hooks[0].toObject();
        QCOMPARE(hook.value("id").toString(), QString("skopos"));
        QCOMPARE(hook.value("language").toString(), QString("system"));
        QVERIFY(hook.value("entry").toString().startsWith("skopos scan"));
        // Python's (?i) is Qt's CaseInsensitiveOption; the rest of the pattern reads the same.
        QString pattern = hook.value("files").toString();
        QVERIFY(pattern.startsWith("(?i)"));
        const QRegularExpression files(pattern.mid(4), QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(files.isValid(), qPrintable(files.errorString()));

        const QByteArray mime = scanrun::readFile(
            QStringLiteral(SKOPOS_SOURCE_DIR "/packaging/io.github.skopos.mime.xml"));
        static const QRegularExpression glob(QStringLiteral("<glob pattern=\"\\*(\\.[^\"]+)\"/>"));
        int globs = 0;
        for (auto it = glob.globalMatch(QString::fromUtf8(mime)); it.hasNext();) {
            const QString suffix = it.next().captured(1);
            ++globs;
            QVERIFY2(files.match("dir/model" + suffix).hasMatch(), qPrintable(suffix));
            QVERIFY2(files.match("MODEL" + suffix.toUpper()).hasMatch(), qPrintable(suffix));
            QVERIFY2(!files.match("model" + suffix + ".txt").hasMatch(), qPrintable(suffix));
        }
        QVERIFY(globs >= 15);
        for (const char* other : {"train.py", "README.md", "data.csv", "weights.bin", "model.pt", "notes.gz"})
            QVERIFY2(!files.match(other).hasMatch(), other);
    }

    void workflowExample()
    {
        const QString file = QStringLiteral(SKOPOS_SOURCE_DIR "/docs/examples/github-actions-skopos.yml");
        const QJsonObject wf = yamlAsJson(file).object();
        QVERIFY(wf.contains("on"));
        QCOMPARE(wf.value("permissions").toObject().value("security-events").toString(), QString("write"));
        const QJsonObject jobs = wf.value("jobs").toObject();
        QCOMPARE(jobs.size(), 1);
        const QJsonArray steps = jobs.begin()->toObject().value("steps").toArray();
        QJsonObject scan, upload;
        for (const auto& s : steps) {
            const QJsonObject step = s.toObject();
            if (step.value("run").toString().contains("skopos scan --sarif"))
                scan = step;
            if (step.value("uses").toString().startsWith("github/codeql-action/upload-sarif@"))
                upload = step;
        }
        QVERIFY2(!scan.isEmpty(), "no step runs skopos scan --sarif");
        QVERIFY2(!upload.isEmpty(), "no github/codeql-action/upload-sarif step");
        QVERIFY2(upload.value("name").toString().contains("SARIF"), "the upload step is not named");
        QCOMPARE(upload.value("if").toString(), QString("always()"));
        const QString sarifFile = upload.value("with").toObject().value("sarif_file").toString();
        QVERIFY(!sarifFile.isEmpty());
        const QString command = scan.value("run").toString();
        QVERIFY2(command.contains("--sarif -o \"$GITHUB_WORKSPACE/" + sarifFile + "\""), qPrintable(command));

        // The scan step as written, in a checkout with a dangerous pickle.
        const QString workspace = tmp_.filePath("workspace");
        const QString checkout = workspace + "/" + scan.value("working-directory").toString();
        QVERIFY(QDir().mkpath(checkout + "/models"));
        QVERIFY(QFile::copy(testdata::path("pickle/malicious/call_os.system.p4.pkl"), checkout + "/models/m.pkl"));
        QProcessEnvironment env = env_;
        env.insert("GITHUB_WORKSPACE", workspace);
        env.insert("GITHUB_OUTPUT", workspace + "/output.txt");
        const Proc r = runProgram("bash", {"-e", "-c", command}, checkout, env);
        QVERIFY2(r.ok && r.exitCode == 0, r.out.constData());
        QCOMPARE(scanrun::readFile(workspace + "/output.txt"), QByteArray("exit=4\n"));
        const QJsonObject log = QJsonDocument::fromJson(scanrun::readFile(workspace + "/" + sarifFile)).object();
        const QJsonArray results = log.value("runs").toArray()[0].toObject().value("results").toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0]
                     .toObject()
                     .value("locations")
                     .toArray()[0]
                     .toObject()
                     .value("physicalLocation")
                     .toObject()
                     .value("artifactLocation")
                     .toObject()
                     .value("uri")
                     .toString(),
                 QString("models/m.pkl"));
    }
};

QTEST_GUILESS_MAIN(TestScanPrecommit)
#include "tst_scan_precommit.moc"
