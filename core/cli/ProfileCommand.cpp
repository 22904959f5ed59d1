#include "cli/ProfileCommand.h"

#include "cli/Cli.h"
#include "tree/Error.h"
#include "trust/ProfileGenerator.h"

#include <QSaveFile>
#include <QString>

#include <string>

namespace skopos {

namespace {
const char* kProfileUsage = "usage: skopos profile [--python PYTHON] [-o FILE] [--timeout SECONDS]\n";
}

int runProfileCommand(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    std::string python = "python3";
    std::string output;
    int timeoutSeconds = 120;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if ((arg == "--python" || arg == "-o" || arg == "--output" || arg == "--timeout") && !hasValue) {
            err << "skopos: " << arg << " needs a value\n" << kProfileUsage;
            return ExitError;
        }
        if (arg == "--python") {
            python = argv[++i];
        } else if (arg == "-o" || arg == "--output") {
            output = argv[++i];
        } else if (arg == "--timeout") {
            const std::string v = argv[++i];
            if (v.empty() || v.size() > 5 || v.find_first_not_of("0123456789") != std::string::npos
                || std::stoi(v) == 0) {
                err << "skopos: --timeout takes a number of seconds\n" << kProfileUsage;
                return ExitError;
            }
            timeoutSeconds = std::stoi(v);
        } else {
            err << "skopos: unexpected argument " << arg << "\n" << kProfileUsage;
            return ExitError;
        }
    }
    try {
        const GeneratedProfile g = generateProfile(python, timeoutSeconds * 1000);
        if (output.empty()) {
            out << g.json;
        } else {
            QSaveFile f(QString::fromStdString(output));
            if (!f.open(QIODevice::WriteOnly) || f.write(g.json.data(), static_cast<qint64>(g.json.size())) < 0
                || !f.commit()) {
                err << "skopos: cannot write " << output << ": " << f.errorString().toStdString() << '\n';
                return ExitError;
            }
            err << "skopos: wrote " << output << " (" << g.profile.source() << ")\n";
        }
        return ExitClean;
    } catch (const ReadError& e) {
        err << "skopos: " << e.what() << '\n';
    }
    return ExitError;
}

} // namespace skopos
