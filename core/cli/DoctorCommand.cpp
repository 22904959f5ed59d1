#include "cli/DoctorCommand.h"

#include "cli/Cli.h"
#include "sandbox/ReaderProcess.h"
#include "tree/Error.h"
#include "trust/TrustProfile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <string>

namespace skopos {

namespace {
const char* kDoctorUsage = "usage: skopos doctor [--python PYTHON] [--profile FILE]\n";

// The interpreter's path and skops version ("" when skops is not importable).
// Runs `PYTHON -c` with a fixed program: no model file is involved.
std::string pythonLine(const std::string& python)
{
    const QString exe = QStandardPaths::findExecutable(QString::fromStdString(python)).isEmpty()
        ? QString::fromStdString(python)
        : QStandardPaths::findExecutable(QString::fromStdString(python));
    QProcess p;
    p.start(exe, {"-c", "import sys; print(sys.version.split()[0]); import skops; print(skops.__version__)"});
    if (!p.waitForStarted(10000))
        return python + ": cannot be started";
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return exe.toStdString() + ": did not answer within 60 s";
    }
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    std::string line = exe.toStdString()
        + (lines.isEmpty() ? std::string() : " (Python " + lines[0].toStdString() + ")");
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && lines.size() >= 2)
        return line + ", skops " + lines[1].toStdString();
    return line + ", no skops (skopos profile needs it)";
}
} // namespace

int runDoctorCommand(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    std::string python = "python3";
    std::string profilePath;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--python" || arg == "--profile") && i + 1 < argc) {
            (arg == "--python" ? python : profilePath) = argv[++i];
        } else {
            err << "skopos: unexpected argument " << arg << "\n" << kDoctorUsage;
            return ExitError;
        }
    }
    const sandbox::ProbeReport probe = sandbox::probeSandbox();
    out << "sandbox: " << (probe.problem.empty() ? probe.sandbox : "unavailable: " + probe.problem) << '\n';
    const auto line = [&](const char* what, bool blocked) {
        out << "  " << what << ": " << (blocked ? "blocked" : "ALLOWED") << '\n';
    };
    line("exec /bin/true", probe.execBlocked);
    line("socket(AF_INET)", probe.socketBlocked);
    line("open a file for writing in /tmp", probe.writeBlocked);
    out << "reader: "
        << (sandbox::readerIsolated() ? "a helper process per file, " + sandbox::readerExecutable()
                                      : std::string("in this process (SKOPOS_READER=inprocess)"))
        << '\n';
    out << "limits per file: " << (sandbox::readerMemoryLimit() >> 20) << " MiB of address space, "
        << sandbox::readerTimeoutSeconds() << " s\n";
    try {
        const TrustProfile profile = TrustProfile::resolve(profilePath);
        out << "trust profile: " << profile.source() << ' ' << profile.versionsJson() << '\n';
    } catch (const ReadError& e) {
        out << "trust profile: cannot be read: " << e.what() << '\n';
    }
    out << "python: " << pythonLine(python) << '\n';
    const bool ok = probe.problem.empty() && probe.allBlocked() && sandbox::readerIsolated();
    if (!ok)
        err << "skopos: the reader is not fully confined here\n";
    return ok ? ExitClean : ExitError;
}

} // namespace skopos
