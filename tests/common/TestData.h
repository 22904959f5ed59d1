#pragma once
// Shared helpers for the Qt tests: where the copied corpus lives and how to
// run the real `skopos` executable.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <functional>
#include <string>
#include <vector>

namespace testdata {

inline QString path(const QString& rel) { return QStringLiteral(SKOPOS_TEST_DATA) + QLatin1Char('/') + rel; }
inline std::string spath(const QString& rel) { return path(rel).toStdString(); }

// Test data a test cannot do without: a missing, unreadable or malformed
// file fails the running test. It never reads as "{}", which would turn an
// expected list into "nothing expected" and let the test pass.
inline QJsonObject readJson(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable("missing test data: " + file), __FILE__, __LINE__);
        return {};
    }
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &e);
    if (e.error != QJsonParseError::NoError || !d.isObject()) {
        QTest::qFail(qPrintable("malformed test data: " + file + ": " + e.errorString()), __FILE__, __LINE__);
        return {};
    }
    return d.object();
}

// A list the test data must hold (e.g. expected.json's "untrusted"): a
// missing key fails the test instead of meaning "empty".
inline QJsonArray requiredArray(const QJsonObject& o, const QString& key, const QString& where)
{
    if (!o.value(key).isArray())
        QTest::qFail(qPrintable(where + ": no \"" + key + "\" list"), __FILE__, __LINE__);
    return o.value(key).toArray();
}

inline std::vector<std::string> strings(const QJsonArray& a)
{
    std::vector<std::string> out;
    for (const auto& v : a)
        out.push_back(v.toString().toStdString());
    return out;
}

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
};

// `setup` may adjust the process first (resource limits, output file).
inline CliResult runSkopos(const QStringList& args, int timeoutMs = 60000,
                           const std::function<void(QProcess&)>& setup = {})
{
    QProcess p;
    if (setup)
        setup(p);
    p.start(QStringLiteral(SKOPOS_BINARY), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Real skops for oracle tests: the checkout named by SKOPOS_SKOPS_SRC, else the
// one beside the project (../shared/skops, as CI has it), run by Debian's
// /usr/bin/python3. `whyNot` is empty when skops and what it imports (numpy,
// scipy, scikit-learn) are importable, else the reason; the probe runs once per
// test process. Tests use SKOPOS_NEED_REAL_SKOPS(): it skips, saying why, but
// fails when SKOPOS_REQUIRE_ORACLES=1 (scripts/test.sh sets it: in CI no
// oracle test may skip).
struct RealSkops {
    QString src;
    QString whyNot;
};

inline const RealSkops& realSkops()
{
    static const RealSkops r = [] {
        RealSkops out;
        out.src = qEnvironmentVariable("SKOPOS_SKOPS_SRC");
        if (out.src.isEmpty())
            out.src = QStringLiteral(SKOPOS_SOURCE_DIR "/../shared/skops");
        if (!QFile::exists(out.src + QStringLiteral("/skops/io/__init__.py"))) {
            out.whyNot = QStringLiteral("SKOPOS_SKOPS_SRC=%1 is not a skops checkout").arg(out.src);
            return out;
        }
        if (!QFile::exists(QStringLiteral("/usr/bin/python3"))) {
            out.whyNot = QStringLiteral("/usr/bin/python3 is missing");
            return out;
        }
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), out.src);
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral("/usr/bin/python3"), {"-c", "import numpy, scipy, sklearn, skops.io"});
        if (!probe.waitForFinished(120000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            out.whyNot = QStringLiteral("skops (or numpy/scipy/scikit-learn) is not importable from %1: %2")
                             .arg(out.src, QString::fromUtf8(probe.readAllStandardError().right(200)).trimmed());
        return out;
    }();
    return r;
}

inline bool oraclesRequired() { return qEnvironmentVariable("SKOPOS_REQUIRE_ORACLES") == QLatin1String("1"); }

} // namespace testdata

// An oracle that cannot run (no python3, no numpy...): skip, saying why, or
// fail when oracles are required (CI).
#define SKOPOS_ORACLE_SKIP(why)                                                                                        \
    do {                                                                                                               \
        if (testdata::oraclesRequired())                                                                               \
            QFAIL(qPrintable(QStringLiteral("SKOPOS_REQUIRE_ORACLES=1 but: ") + QString(why)));                        \
        QSKIP(qPrintable(QString(why)));                                                                               \
    } while (false)

// Skips the test when real skops cannot run, or fails when oracles are required.
#define SKOPOS_NEED_REAL_SKOPS()                                                                                       \
    do {                                                                                                               \
        if (!testdata::realSkops().whyNot.isEmpty()) {                                                                 \
            if (testdata::oraclesRequired())                                                                           \
                QFAIL(qPrintable(QStringLiteral("SKOPOS_REQUIRE_ORACLES=1 but ") + testdata::realSkops().whyNot));     \
            QSKIP(qPrintable(testdata::realSkops().whyNot));                                                           \
        }                                                                                                              \
    } while (false)
