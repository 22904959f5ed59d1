// Trust profiles: `skopos profile` with stub interpreters (small shell
// scripts written here: good output, bad JSON, timeout, missing skops, a
// crash) and with the real Debian python3 + skops (the oracle: the generated
// profile equals the bundled one); profiles used by every command through
// --profile and SKOPOS_PROFILE; `--json` names the profile; the note for a
// file saved with another scikit-learn (versions from the corpus notes).
#include "TestData.h"

#include "trust/TrustProfile.h"
#include "tree/Error.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

namespace {

QString bundledPath()
{
    return QStringLiteral(SKOPOS_TEST_DATA) + "/../../resources/trust/skops-default-trusted-sklearn-1.2.1.json";
}

const QStringList kLists = {"PRIMITIVE_TYPE_NAMES",        "CONTAINER_TYPE_NAMES",   "SKLEARN_ESTIMATOR_TYPE_NAMES",
                            "SKLEARN_INTERNAL_TYPE_NAMES", "SCIPY_UFUNC_TYPE_NAMES", "NUMPY_UFUNC_TYPE_NAMES",
                            "NUMPY_DTYPE_TYPE_NAMES",      "ALLOWED_LOSSES"};

std::set<QString> asSet(const QJsonValue& v)
{
    std::set<QString> s;
    for (const auto& x : v.toArray())
        s.insert(x.toString());
    return s;
}

// A stub "python": an executable shell script that ignores its arguments.
QString writeStub(const QTemporaryDir& dir, const QString& name, const QByteArray& body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

testdata::CliResult runWithEnv(const QStringList& args, const QProcessEnvironment& env, int timeoutMs = 120000)
{
    return testdata::runSkopos(args, timeoutMs, [&](QProcess& p) { p.setProcessEnvironment(env); });
}

QProcessEnvironment cleanEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("SKOPOS_PROFILE");
    env.remove("PYTHONPATH");
    return env;
}

// The bundled profile, changed as a scikit-learn 1.7.2 profile would be:
// the HistGradientBoosting link and loss types trusted.
QJsonObject newerProfile()
{
    QJsonObject p = testdata::readJson(bundledPath());
    QJsonObject versions = p.value("versions").toObject();
    versions["sklearn"] = "1.7.2";
    p["versions"] = versions;
    p["source"] = "stub";
    QJsonArray internal = p.value("SKLEARN_INTERNAL_TYPE_NAMES").toArray();
    internal.append("sklearn._loss.link.Interval");
    internal.append("sklearn._loss.link.LogitLink");
    p["SKLEARN_INTERNAL_TYPE_NAMES"] = internal;
    return p;
}

const char* kHgbt = "realworld/mrobith95__loan-payback-hgbt/best_model.joblib";
// NOTES.txt (corpus notes, bytes grepped without Skopos): saved with 1.7.2.
const char* kSaved172 = "realworld/ABDELHAFIDAIT__News-Classifier/models__model.pkl";
const char* kSkops013 = "realworld/Eduschm__CICD/models__model_dt.skops";

} // namespace

class TestProfile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qunsetenv("SKOPOS_PROFILE");
        QVERIFY2(QFile::exists(bundledPath()), qPrintable(bundledPath()));
        QVERIFY(QFile::exists(testdata::path(kHgbt)));
        QVERIFY(QFile::exists(testdata::path(kSaved172)));
        QVERIFY(QFile::exists(testdata::path(kSkops013)));
    }

    void stubGoodOutputIsUsedEverywhere()
    {
        QTemporaryDir dir;
        const QJsonObject stubProfile = newerProfile();
        QFile payload(dir.filePath("payload"));
        QVERIFY(payload.open(QIODevice::WriteOnly));
        payload.write(QJsonDocument(stubProfile).toJson(QJsonDocument::Compact));
        payload.close();
        // Libraries may print on stdout and stderr: only the marker line counts.
        const QString stub = writeStub(dir, "python",
                                       "echo 'some library says hello'\necho warning >&2\n"
                                       "printf 'SKOPOS-PROFILE '\ncat '"
                                           + payload.fileName().toUtf8() + "'\necho\n");
        const QString out = dir.filePath("mine.json");
        const auto r = runWithEnv({"profile", "--python", stub, "-o", out}, cleanEnv());
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject written = testdata::readJson(out);
        for (const auto& key : kLists)
            QCOMPARE(asSet(written.value(key)), asSet(stubProfile.value(key)));
        QCOMPARE(written.value("versions").toObject().value("sklearn").toString(), QString("1.7.2"));

        // --profile: the two link types are trusted now, the rest is unchanged.
        const auto bundled = testdata::runSkopos({"untrusted", "--json", testdata::path(kHgbt)});
        const auto mine = testdata::runSkopos({"untrusted", "--json", "--profile", out, testdata::path(kHgbt)});
        const QJsonObject b = QJsonDocument::fromJson(bundled.out).object();
        const QJsonObject m = QJsonDocument::fromJson(mine.out).object();
        std::set<QString> expected = asSet(b.value("untrusted"));
        QVERIFY(expected.erase("sklearn._loss.link.Interval") == 1);
        QVERIFY(expected.erase("sklearn._loss.link.LogitLink") == 1);
        QCOMPARE(asSet(m.value("untrusted")), expected);
        QCOMPARE(m.value("profile").toObject().value("sklearn").toString(), QString("1.7.2"));
        QCOMPARE(b.value("profile").toObject().value("sklearn").toString(), QString("1.2.1"));

        // SKOPOS_PROFILE: the same for untrusted, inspect and scan.
        QProcessEnvironment env = cleanEnv();
        env.insert("SKOPOS_PROFILE", out);
        const auto viaEnv = runWithEnv({"untrusted", "--json", testdata::path(kHgbt)}, env);
        QCOMPARE(asSet(QJsonDocument::fromJson(viaEnv.out).object().value("untrusted")), expected);
        const auto inspect = runWithEnv({"inspect", "--json", testdata::path(kHgbt)}, env);
        const QJsonObject i = QJsonDocument::fromJson(inspect.out).object();
        QCOMPARE(i.value("profile").toObject().value("sklearn").toString(), QString("1.7.2"));
        QCOMPARE(asSet(i.value("untrusted")), expected);
        const auto scan = runWithEnv({"scan", "--jsonl", testdata::path(kHgbt)}, env);
        const QJsonObject s = QJsonDocument::fromJson(scan.out.trimmed()).object();
        QCOMPARE(asSet(s.value("untrusted")), expected);
        QCOMPARE(s.value("profile").toObject().value("sklearn").toString(), QString("1.7.2"));
        // --profile wins over the variable.
        const auto both = runWithEnv({"untrusted", "--json", "--profile", bundledPath(), testdata::path(kHgbt)}, env);
        QCOMPARE(asSet(QJsonDocument::fromJson(both.out).object().value("untrusted")), asSet(b.value("untrusted")));

        // A variable naming a missing file is an error that names the variable.
        env.insert("SKOPOS_PROFILE", dir.filePath("missing.json"));
        const auto missing = runWithEnv({"untrusted", testdata::path(kHgbt)}, env);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("SKOPOS_PROFILE"), missing.err.constData());
    }

    void stubFailures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad JSON") << QByteArray("echo 'SKOPOS-PROFILE {\"source\": oops'\n") << "not valid JSON";
        QTest::newRow("missing skops") << QByteArray(
            "echo 'SKOPOS-PROFILE {\"error\": \"no-skops\", \"message\": \"skops is not importable: "
            "No module named skops\"}'\nexit 3\n")
                                       << "skops is not importable";
        QTest::newRow("missing scikit-learn")
            << QByteArray("echo 'SKOPOS-PROFILE {\"error\": \"no-sklearn\", \"message\": \"scikit-learn is not "
                          "importable: No module named sklearn\"}'\nexit 3\n")
            << "scikit-learn is not importable";
        QTest::newRow("no marker, traceback")
            << QByteArray(
                   "echo 'Traceback (most recent call last):' >&2\necho 'SyntaxError: invalid syntax' >&2\nexit 1\n")
            << "printed no profile (exit code 1): Traceback (most recent call last):\nSyntaxError: invalid syntax";
        QTest::newRow("incomplete profile")
            << QByteArray("echo 'SKOPOS-PROFILE {\"source\": \"x\"}'\n") << "without the list PRIMITIVE_TYPE_NAMES";
        QTest::newRow("killed") << QByteArray("kill -9 $$\n") << "crashed";
    }
    void stubFailures()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString stub = writeStub(dir, "python", body);
        const QString out = dir.filePath("out.json");
        const auto r = runWithEnv({"profile", "--python", stub, "-o", out}, cleanEnv());
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void stubTimeout()
    {
        QTemporaryDir dir;
        const QString stub = writeStub(dir, "python", "sleep 60\n");
        QElapsedTimer t;
        t.start();
        const auto r = runWithEnv({"profile", "--python", stub, "--timeout", "1"}, cleanEnv(), 30000);
        QVERIFY2(!r.crashed, "skopos profile did not give up on a hanging interpreter");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("did not finish within 1 s"), r.err.constData());
        QVERIFY(t.elapsed() < 20000);
    }

    void missingInterpreter()
    {
        const auto r = runWithEnv({"profile", "--python", "/nonexistent/python3"}, cleanEnv());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot run /nonexistent/python3"), r.err.constData());
        QCOMPARE(runWithEnv({"profile", "--bogus"}, cleanEnv()).exitCode, 2);
    }

    // The real script in a Python without skops: the message says which import failed.
    void realPythonWithoutSkops()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python))
            QSKIP("no /usr/bin/python3 on this machine");
        QProcess probe;
        probe.setProcessEnvironment(cleanEnv());
        probe.start(
            python,
            {"-c",
             "import sklearn\ntry:\n import skops.io\n print('skops')\nexcept ImportError:\n print('sklearn')\n"});
        probe.waitForFinished(120000);
        const QByteArray has = probe.readAllStandardOutput().trimmed();
        if (has == "skops")
            QSKIP("skops is importable in /usr/bin/python3 without PYTHONPATH: nothing is missing");
        const QString expected = has == "sklearn" ? "skops is not importable" : "scikit-learn is not importable";
        const auto r = runWithEnv({"profile", "--python", python}, cleanEnv());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
    }

    // Oracle: Debian's python3 (scikit-learn 1.2.1) with real skops computes the bundled lists.
    void realPythonMatchesBundled()
    {
        SKOPOS_NEED_REAL_SKOPS();
        const QByteArray src = testdata::realSkops().src.toLocal8Bit();
        QProcessEnvironment env = cleanEnv();
        env.insert("PYTHONPATH", QString::fromLocal8Bit(src));
        QTemporaryDir dir;
        const QString out = dir.filePath("generated.json");
        const auto r = runWithEnv({"profile", "--python", "/usr/bin/python3", "-o", out}, env, 300000);
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject generated = testdata::readJson(out);
        const QJsonObject bundled = testdata::readJson(bundledPath());
        const QJsonObject gv = generated.value("versions").toObject();
        const QJsonObject bv = bundled.value("versions").toObject();
        if (gv.value("sklearn") != bv.value("sklearn") || gv.value("numpy") != bv.value("numpy")
            || gv.value("scipy") != bv.value("scipy"))
            QSKIP("this python3 does not have the scikit-learn/numpy/scipy the bundled profile was computed with");
        for (const auto& key : kLists) {
            QVERIFY2(!asSet(bundled.value(key)).empty() || key == "SKLEARN_INTERNAL_TYPE_NAMES", qPrintable(key));
            QCOMPARE(asSet(generated.value(key)), asSet(bundled.value(key)));
        }
        QCOMPARE(generated.value("TREE"), bundled.value("TREE"));
        // Constructor defaults (skopos describe): every estimator class, as this Python prints them.
        QVERIFY(generated.value("CONSTRUCTOR_DEFAULTS").toObject().size() > 200);
        QCOMPARE(generated.value("CONSTRUCTOR_DEFAULTS"), bundled.value("CONSTRUCTOR_DEFAULTS"));
        QCOMPARE(gv.value("skops"), bv.value("skops"));
        QCOMPARE(generated.value("source"), bundled.value("source"));

        // The alias table computed in the same Python (trust/AliasTable.h)
        // equals the one compiled in, which was made with this Python too.
        QVERIFY2(!generated.contains("DANGEROUS_ALIASES_ERROR"),
                 qPrintable(generated.value("DANGEROUS_ALIASES_ERROR").toString()));
        const QJsonObject aliases = generated.value("DANGEROUS_ALIASES").toObject();
        QFile compiled(":/trust/dangerous_aliases.json");
        QVERIFY(compiled.open(QIODevice::ReadOnly));
        const QJsonObject bundledAliases =
            QJsonDocument::fromJson(compiled.readAll()).object().value("aliases").toObject();
        QVERIFY(aliases.size() > 1500);
        QCOMPARE(aliases, bundledAliases);
    }

    void versionMismatchNote()
    {
        const QString note = "saved with scikit-learn 1.7.2; verdicts follow 1.2.1's lists";
        const auto j = runWithEnv({"untrusted", "--json", testdata::path(kSaved172)}, cleanEnv());
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(o.value("sklearn_version").toString(), QString("1.7.2"));
        QVERIFY2(o.value("notes").toArray().contains(note), j.out.constData());
        QCOMPARE(o.value("profile").toObject().value("sklearn").toString(), QString("1.2.1"));
        const auto text = runWithEnv({"untrusted", testdata::path(kSaved172)}, cleanEnv());
        QVERIFY2(text.err.contains(note.toUtf8()), text.err.constData());
        const auto inspect = runWithEnv({"inspect", testdata::path(kSaved172)}, cleanEnv());
        QVERIFY2(inspect.err.contains(note.toUtf8()), inspect.err.constData());

        // A skops file names its skops release too (`unzip -p FILE schema.json`: _skops_version 0.13.0).
        const auto skops013 = runWithEnv({"untrusted", "--json", testdata::path(kSkops013)}, cleanEnv());
        const QJsonArray skopsNotes = QJsonDocument::fromJson(skops013.out).object().value("notes").toArray();
        bool named = false;
        for (const auto& n : skopsNotes)
            named = named
                || (n.toString().contains(
                    "and skops 0.13.0; verdicts follow scikit-learn 1.2.1 and skops 0.15.dev0's lists"));
        QVERIFY2(named, skops013.out.constData());

        // Same version as the profile: no note.
        const auto same = runWithEnv({"untrusted", "--json", testdata::path("fixtures/LogisticRegression/model.skops")},
                                     cleanEnv());
        const QJsonObject s = QJsonDocument::fromJson(same.out).object();
        QCOMPARE(s.value("sklearn_version").toString(), QString("1.2.1"));
        QVERIFY(!s.contains("notes"));

        // A 1.7.2 profile: the 1.7.2 file gets no note.
        QTemporaryDir dir;
        QFile f(dir.filePath("p172.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(newerProfile()).toJson());
        f.close();
        const auto with172 = runWithEnv({"untrusted", "--json", "--profile", f.fileName(), testdata::path(kSaved172)},
                                        cleanEnv());
        const QJsonObject w = QJsonDocument::fromJson(with172.out).object();
        QCOMPARE(w.value("profile").toObject().value("sklearn").toString(), QString("1.7.2"));
        for (const auto& n : w.value("notes").toArray())
            QVERIFY2(!n.toString().startsWith("saved with scikit-learn"), qPrintable(n.toString()));
    }

    // Profiles written before "versions" existed say it in prose.
    void versionsFromSourceSentence()
    {
        const auto p = skopos::TrustProfile::fromJson(
            R"({"source": "skops 0.10.0 default trusted lists, computed with scikit-learn 1.4.2, numpy 1.26.4, scipy 1.12.0"})",
            "test");
        QCOMPARE(QString::fromStdString(p.sklearnVersion()), QString("1.4.2"));
        QCOMPARE(QString::fromStdString(p.skopsVersion()), QString("0.10.0"));
        QCOMPARE(QString::fromStdString(p.numpyVersion()), QString("1.26.4"));
        QCOMPARE(QString::fromStdString(p.scipyVersion()), QString("1.12.0"));
        QCOMPARE(QString::fromStdString(skopos::TrustProfile::bundled().sklearnVersion()), QString("1.2.1"));
        QCOMPARE(QString::fromStdString(skopos::TrustProfile::bundled().skopsVersion()), QString("0.15.dev0"));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
