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

#include <functional>
#include <string>
#include <vector>

namespace testdata {

inline QString path(const QString& rel) { return QStringLiteral(SKOPOS_TEST_DATA) + QLatin1Char('/') + rel; }
inline std::string spath(const QString& rel) { return path(rel).toStdString(); }

inline QJsonObject readJson(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
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

#ifdef SKOPOS_BINARY
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
#endif

} // namespace testdata
