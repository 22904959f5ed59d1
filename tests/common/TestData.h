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

} // namespace testdata
