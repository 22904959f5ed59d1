#include "cli/ConvertCommand.h"

#include "cli/ApprovalsOption.h"
#include "cli/Cli.h"
#include "cli/OpenFailure.h"
#include "cli/TreePrinter.h"
#include "convert/Converter.h"
#include "tree/Error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <string>

namespace skopos {

namespace {

// Ctrl-C / kill: stop copying, let QSaveFile remove its temporary file.
std::atomic<bool> gInterrupted{false};
extern "C" void onSignal(int) { gInterrupted.store(true); }

struct ConvertArgs {
    std::string input, output;
    std::set<std::string> trusted;
    std::string approvals; // --approvals FILE
    bool verbose = false, json = false;
};

std::string parse(int argc, char** argv, ConvertArgs& a)
{
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&](const char* opt) -> std::string {
            if (i + 1 >= argc)
                throw std::string(opt) + " needs a value";
            return argv[++i];
        };
        try {
            if (arg == "-o" || arg == "--output")
                a.output = value("-o");
            else if (arg.rfind("--output=", 0) == 0)
                a.output = arg.substr(9);
            else if (arg == "--trust" || arg == "-t")
                a.trusted.insert(value("--trust"));
            else if (arg.rfind("--trust=", 0) == 0)
                a.trusted.insert(arg.substr(8));
            else if (arg == "--approvals")
                a.approvals = value("--approvals");
            else if (arg.rfind("--approvals=", 0) == 0)
                a.approvals = arg.substr(12);
            else if (arg == "-v" || arg == "--verbose")
                a.verbose = true;
            else if (arg == "--json")
                a.json = true;
            else if (!arg.empty() && arg[0] == '-' && arg != "-")
                return "unknown option " + arg;
            else if (a.input.empty())
                a.input = arg;
            else
                return "unexpected argument " + arg;
        } catch (const std::string& msg) {
            return msg;
        }
    }
    if (a.input.empty())
        return "convert needs an INPUT file";
    return {};
}

} // namespace

int runConvertCommand(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    ConvertArgs a;
    if (const std::string e = parse(argc, argv, a); !e.empty()) {
        err << "skopos: " << e << "\n"
            << "usage: skopos convert INPUT [-o OUTPUT] [--trust TYPE]... [--approvals FILE] [-v] [--json]\n";
        return ExitError;
    }
    if (const std::string folder = folderRefusal(a.input); !folder.empty()) {
        err << folder;
        return ExitError;
    }
    if (a.output.empty()) {
        // Like `skops convert`: the input's stem + .skops, in the current directory.
        a.output = QDir::current()
                       .filePath(QFileInfo(QString::fromStdString(a.input)).completeBaseName() + ".skops")
                       .toStdString();
    }
    gInterrupted.store(false);
    auto oldInt = std::signal(SIGINT, onSignal);
    auto oldTerm = std::signal(SIGTERM, onSignal);
    const auto restore = [&] {
        std::signal(SIGINT, oldInt);
        std::signal(SIGTERM, oldTerm);
    };
    ConvertOptions o;
    o.trusted = a.trusted;
    try {
        if (auto approvals = resolveApprovals(a.approvals))
            o.approvals = std::move(*approvals);
    } catch (const ApprovalsError& e) {
        err << "skopos: approvals: " << e.what() << "\n";
        return ExitError;
    }
    o.cancel = &gInterrupted;
    QElapsedTimer timer;
    timer.start();
    int rc = ExitError;
    try {
        const ConvertResult r = convertToSkops(a.input, a.output, o);
        if (a.json) {
            out << "{\"output\": " << jsonQuote(r.output) << ", \"untrusted\": [";
            for (std::size_t i = 0; i < r.untrusted.size(); ++i)
                out << (i ? ", " : "") << jsonQuote(r.untrusted[i]);
            out << "], \"approved\": [";
            for (std::size_t i = 0; i < r.approved.size(); ++i)
                out << (i ? ", " : "") << jsonQuote(r.approved[i]);
            out << "]}\n";
        } else {
            // stdout: the untrusted types of the result, one per line (the
            // list to pass as trusted=[...]); the rest goes to stderr.
            for (const auto& t : r.untrusted)
                out << t << '\n';
            err << "skopos: wrote " << r.output;
            if (a.verbose)
                err << " in " << timer.elapsed() << " ms";
            err << '\n';
            if (!r.untrusted.empty()) {
                err << "skopos: load it with skops.io.load(" << jsonQuote(r.output) << ", trusted=[";
                for (std::size_t i = 0; i < r.untrusted.size(); ++i)
                    err << (i ? ", " : "") << jsonQuote(r.untrusted[i]);
                err << "]) after checking these types\n";
                for (const auto& t : r.approved)
                    if (a.verbose)
                        err << "skopos: " << t << ": approved (" << (o.trusted.count(t) ? "--trust" : "approvals file")
                            << ")\n";
            }
        }
        rc = ExitClean;
    } catch (const ConvertRefused& e) {
        err << "skopos: " << a.input << ": " << e.what() << "\nskopos: nothing written\n";
        rc = e.dangerous() ? ExitDangerous : ExitError;
    } catch (const Cancelled&) {
        err << "skopos: " << a.input << ": interrupted; nothing written\n";
        rc = ExitError;
    } catch (const std::bad_alloc&) {
        err << "skopos: " << a.input << ": out of memory; nothing written\n";
    } catch (const std::exception& e) {
        err << "skopos: " << a.input << ": " << e.what() << "\nskopos: nothing written\n";
    }
    restore();
    return rc;
}

} // namespace skopos
