#include "trust/ProfileGenerator.h"

#include "tree/Error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace skopos {

namespace {
constexpr const char* kMarker = "SKOPOS-PROFILE ";
// Every list the audit reads: a profile without one of them is not complete.
constexpr const char* kRequiredLists[] = {
    "PRIMITIVE_TYPE_NAMES", "CONTAINER_TYPE_NAMES", "SKLEARN_ESTIMATOR_TYPE_NAMES",
    "SKLEARN_INTERNAL_TYPE_NAMES", "SCIPY_UFUNC_TYPE_NAMES", "NUMPY_UFUNC_TYPE_NAMES",
    "NUMPY_DTYPE_TYPE_NAMES", "ALLOWED_LOSSES",
};

std::string lastLines(const QByteArray& text, int n)
{
    QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() > n)
        lines = lines.mid(lines.size() - n);
    return lines.join("\n").toStdString();
}
} // namespace

GeneratedProfile generateProfile(const std::string& python, int timeoutMs, const std::atomic<bool>* cancel)
{
    QFile scriptFile(QStringLiteral(":/trust/skops_trusted_lists.py"));
    if (!scriptFile.open(QIODevice::ReadOnly))
        throw ReadError("the profile script is missing from the build");
    const QString script = QString::fromUtf8(scriptFile.readAll());

    QProcess p;
    p.setProgram(QString::fromStdString(python));
    // -B: leave no bytecode behind in the user's site-packages.
    p.setArguments({QStringLiteral("-B"), QStringLiteral("-c"), script});
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QIODevice::ReadOnly);
    if (!p.waitForStarted(timeoutMs))
        throw ReadError("cannot run " + python + ": " + p.errorString().toStdString());
    p.closeWriteChannel();
    QElapsedTimer waited;
    waited.start();
    bool finished = false;
    // In slices, so a cancel is heard while the interpreter works.
    while (!finished && waited.elapsed() < timeoutMs) {
        if (cancel && cancel->load()) {
            p.kill();
            p.waitForFinished(5000);
            throw Cancelled();
        }
        finished = p.waitForFinished(static_cast<int>(std::min<qint64>(100, timeoutMs - waited.elapsed())))
            || p.state() == QProcess::NotRunning; // ended between slices
    }
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
        throw ReadError(python + " did not finish within " + std::to_string(timeoutMs / 1000)
                        + " s (importing skops and scikit-learn); try --timeout");
    }
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit)
        throw ReadError(python + " crashed while listing skops' trusted types: " + lastLines(err, 3));

    // The last marker line is ours; anything a library printed is ignored.
    QByteArray payload;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith(kMarker))
            payload = line.mid(static_cast<qsizetype>(std::char_traits<char>::length(kMarker)));
    if (payload.isEmpty()) {
        std::string msg = python + " printed no profile (exit code " + std::to_string(p.exitCode()) + ")";
        if (!err.trimmed().isEmpty())
            msg += ": " + lastLines(err, 3);
        throw ReadError(msg);
    }
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(payload.begin(), payload.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw ReadError(python + " printed a profile that is not valid JSON");
    if (const auto e = j.find("error"); e != j.end()) {
        const std::string message = j.value("message", std::string("unknown error"));
        throw ReadError(python + ": " + message);
    }
    for (const char* key : kRequiredLists) {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_array())
            throw ReadError(python + " printed a profile without the list " + key);
    }
    if (j["SKLEARN_ESTIMATOR_TYPE_NAMES"].empty())
        throw ReadError(python + " printed a profile with no scikit-learn estimators");
    const auto versions = j.find("versions");
    if (versions == j.end() || !versions->is_object() || !versions->contains("sklearn") || !versions->contains("skops"))
        throw ReadError(python + " printed a profile without skops and scikit-learn versions");

    GeneratedProfile g;
    g.json = j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    g.profile = TrustProfile::fromJson(g.json, python);
    return g;
}

} // namespace skopos
