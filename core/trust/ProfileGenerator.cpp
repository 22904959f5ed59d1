#include "trust/ProfileGenerator.h"

#include "tree/Error.h"
#include "trust/DangerousNames.h"

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
    "PRIMITIVE_TYPE_NAMES",   "CONTAINER_TYPE_NAMES",   "SKLEARN_ESTIMATOR_TYPE_NAMES", "SKLEARN_INTERNAL_TYPE_NAMES",
    "SCIPY_UFUNC_TYPE_NAMES", "NUMPY_UFUNC_TYPE_NAMES", "NUMPY_DTYPE_TYPE_NAMES",       "ALLOWED_LOSSES",
};

std::string lastLines(const QByteArray& text, int n)
{
    QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() > n)
        lines = lines.mid(lines.size() - n);
    return lines.join("\n").toStdString();
}
struct RunResult {
    QByteArray out, err;
    int exitCode = 0;
};

// Runs `python -B -c SCRIPT` with `input` on stdin; throws ReadError when it
// cannot start, times out or crashes, Cancelled when `cancel` is set.
RunResult runScript(const std::string& python, const QString& resource, const QByteArray& input, int timeoutMs,
                    const std::atomic<bool>* cancel, const char* what)
{
    QFile scriptFile(resource);
    if (!scriptFile.open(QIODevice::ReadOnly))
        throw ReadError("the profile script is missing from the build");
    const QString script = QString::fromUtf8(scriptFile.readAll());

    QProcess p;
    p.setProgram(QString::fromStdString(python));
    // -B: leave no bytecode behind in the user's site-packages.
    p.setArguments({QStringLiteral("-B"), QStringLiteral("-c"), script});
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(input.isEmpty() ? QIODevice::ReadOnly : QIODevice::ReadWrite);
    if (!p.waitForStarted(timeoutMs))
        throw ReadError("cannot run " + python + ": " + p.errorString().toStdString());
    if (!input.isEmpty())
        p.write(input);
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
        throw ReadError(python + " did not finish within " + std::to_string(timeoutMs / 1000) + " s (" + what
                        + "); try --timeout");
    }
    RunResult r{p.readAllStandardOutput(), p.readAllStandardError(), p.exitCode()};
    if (p.exitStatus() != QProcess::NormalExit)
        throw ReadError(python + " crashed while " + what + ": " + lastLines(r.err, 3));
    return r;
}

// The payload of the last line starting with `marker` ("" when none).
QByteArray markedLine(const QByteArray& out, const char* marker)
{
    QByteArray payload;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith(marker))
            payload = line.mid(static_cast<qsizetype>(std::char_traits<char>::length(marker)));
    return payload;
}

// Runs resources/trust/dangerous_aliases.py in the user's Python with the
// dangerous table on stdin; adds DANGEROUS_ALIASES (or, when the walk fails,
// DANGEROUS_ALIASES_ERROR: the bundled table still applies) to the profile.
void addAliasTable(nlohmann::ordered_json& profile, const std::string& python, int timeoutMs,
                   const std::atomic<bool>* cancel)
{
    nlohmann::json table = nlohmann::json::array();
    for (const auto& e : dangerousTable()) {
        const char* m = e.match == Match::Exact ? "Exact"
            : e.match == Match::Module          ? "Module"
            : e.match == Match::Prefix          ? "Prefix"
                                                : nullptr;
        if (m)
            table.push_back({std::string(e.name), m});
    }
    try {
        const RunResult r = runScript(python, QStringLiteral(":/trust/dangerous_aliases.py"),
                                      QByteArray::fromStdString(table.dump() + "\n"), timeoutMs, cancel,
                                      "listing other names of dangerous objects");
        const QByteArray payload = markedLine(r.out, "SKOPOS-ALIASES ");
        if (payload.isEmpty())
            throw ReadError("the alias walk printed nothing (exit code " + std::to_string(r.exitCode)
                            + "): " + lastLines(r.err, 2));
        nlohmann::ordered_json j = nlohmann::ordered_json::parse(payload.begin(), payload.end(), nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.contains("aliases") || !j["aliases"].is_object())
            throw ReadError("the alias walk printed something that is not an alias table");
        profile["DANGEROUS_ALIASES_SOURCE"] = j.value("source", std::string());
        profile["DANGEROUS_ALIASES"] = std::move(j["aliases"]);
    } catch (const ReadError& e) {
        profile["DANGEROUS_ALIASES_ERROR"] = e.what();
    }
}
} // namespace

GeneratedProfile generateProfile(const std::string& python, int timeoutMs, const std::atomic<bool>* cancel)
{
    QElapsedTimer total;
    total.start();
    const RunResult run = runScript(python, QStringLiteral(":/trust/skops_trusted_lists.py"), {}, timeoutMs, cancel,
                                    "importing skops and scikit-learn");
    const QByteArray& out = run.out;
    const QByteArray& err = run.err;
    // The last marker line is ours; anything a library printed is ignored.
    const QByteArray payload = markedLine(out, kMarker);
    if (payload.isEmpty()) {
        std::string msg = python + " printed no profile (exit code " + std::to_string(run.exitCode) + ")";
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

    addAliasTable(j, python, std::max<int>(1000, timeoutMs - static_cast<int>(total.elapsed())), cancel);

    GeneratedProfile g;
    g.json = j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    g.profile = TrustProfile::fromJson(g.json, python);
    return g;
}

} // namespace skopos
