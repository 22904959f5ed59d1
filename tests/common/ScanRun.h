#pragma once
// Helpers for the `skopos scan` tests (tst_scan_*): run the real executable
// in a chosen directory with chosen standard input, and read its JSON Lines.

#include "TestData.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <vector>

namespace scanrun {

// `skopos ARGS` in `workDir` (empty: the test's), with `input` on standard
// input (closed at once when empty). Crashed also when it did not end in time.
inline testdata::CliResult run(const QStringList& args, const QString& workDir = {}, const QByteArray& input = {},
                               int timeoutMs = 300000, const QProcessEnvironment& env = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QStringLiteral(SKOPOS_BINARY), args);
    testdata::CliResult r;
    if (!p.waitForStarted()) {
        r.crashed = true;
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
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

// Every line a JSON object; false (and why) otherwise.
inline bool parse(const QByteArray& out, std::vector<QJsonObject>& objs, QString& why)
{
    if (!out.isEmpty() && !out.endsWith('\n')) {
        why = QStringLiteral("output does not end with a newline");
        return false;
    }
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(lines[i], &e);
        if (e.error != QJsonParseError::NoError || !d.isObject()) {
            why = QStringLiteral("line %1 is not a JSON object: %2")
                      .arg(i + 1)
                      .arg(QString::fromUtf8(lines[i].left(200)));
            return false;
        }
        objs.push_back(d.object());
    }
    return true;
}

// A line without its timing (the one field that differs between two scans of the same file).
inline QByteArray canonical(QJsonObject o)
{
    o.remove(QStringLiteral("ms"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The shard of a key as docs/SCALE.md and scan/Shard.h document it (written
// from the documentation, not from Shard.cpp): the first 8 bytes of
// SHA-256(key), big-endian, modulo n, plus 1.
inline int documentedShard(const QByteArray& key, int n)
{
    const QByteArray d = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | static_cast<quint8>(d[i]);
    return static_cast<int>(v % static_cast<quint64>(n)) + 1;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace scanrun
