#include "cli/Cli.h"

#include "cli/ApprovalsOption.h"
#include "cli/ConvertCommand.h"
#include "cli/DescribeCommand.h"
#include "cli/DiffCommand.h"
#include "cli/DoctorCommand.h"
#include "cli/OpenFailure.h"
#include "cli/ProfileCommand.h"
#include "cli/ScanCommand.h"
#include "cli/TreePrinter.h"
#include "document/Open.h"
#include "pickle/Disassembler.h"
#include "tree/Error.h"
#include "trust/Audit.h"
#include "trust/VersionNote.h"

#include <cstring>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace skopos {

namespace {

const char* kUsage =
    "usage: skopos [FILE]                      open FILE (or the bundled example) in the GUI\n"
    "       skopos inspect FILE [--json] [--show all|untrusted|trusted] [--trust TYPE]... [--approvals FILE]\n"
    "       skopos untrusted FILE [--json] [--trust TYPE]... [--approvals FILE]\n"
    "       skopos dis FILE [--approvals FILE]\n"
    "       skopos describe FILE [--json] [--profile FILE]   the estimator as scikit-learn's repr shows it\n"
    "       skopos convert INPUT [-o OUTPUT] [--trust TYPE]... [--approvals FILE] [-v] [--json]\n"
    "       skopos diff A B [--json] [--profile FILE]   what changed (0 same, 1 differ, 4 dangerous)\n"
    "       skopos scan [PATH...] [--files-from FILE|-] [--shard I/N] [--jsonl] [--sarif [-o FILE]]\n"
    "                   [--jobs N] [--follow-symlinks] [--max-size BYTES]\n"
    "       skopos profile [--python PYTHON] [-o FILE] [--timeout SECONDS]\n"
    "       skopos doctor [--python PYTHON] [--profile FILE]   is the reader sandbox active?\n"
    "       skopos --help | --version\n"
    "\n"
    "Reads skops, pickle and joblib files without executing or importing anything.\n"
    "Exit codes: 0 clean, 1 untrusted types present (or an untrusted type or function called at load),\n"
    "2 error, 4 dangerous names present, or a call Python never writes (a trusted reconstruction\n"
    "target given odd arguments, a string that reads as code passed to a call; docs/CALLS.md);\n"
    "scan: 3 no model file found at all (nothing was vetted).\n"
    "Trust profile: --profile FILE, else $SKOPOS_PROFILE, else the bundled one (scikit-learn 1.2.1).\n"
    "Approvals: --approvals FILE, else $SKOPOS_APPROVALS: the GUI's Trusted Types export; approved types\n"
    "count as trusted (for all files, or only for the file whose SHA-256 was approved); dangerous\n"
    "names stay dangerous.\n"
    "Note: this is an inspection aid, not a security guarantee.\n";

struct Args {
    std::string command;
    std::string file;
    bool json = false;
    Show show = Show::All;
    std::set<std::string> trusted;
    std::string trustProfile;
    std::string approvals; // --approvals FILE
};

// Returns an error message, or "" when the arguments are fine.
std::string parseArgs(int argc, char** argv, Args& a)
{
    a.command = argv[1];
    static const std::set<std::string> kCommands = {"inspect", "untrusted", "dis"};
    if (!kCommands.count(a.command))
        return "unknown command '" + a.command + "'";
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&](const char* opt) -> std::string {
            if (i + 1 >= argc)
                throw std::string(opt) + " needs a value";
            return argv[++i];
        };
        try {
            if (arg == "--json") {
                a.json = true;
            } else if (arg == "--trust") {
                a.trusted.insert(value("--trust"));
            } else if (arg.rfind("--trust=", 0) == 0) {
                a.trusted.insert(arg.substr(8));
            } else if (arg == "--approvals") {
                a.approvals = value("--approvals");
            } else if (arg.rfind("--approvals=", 0) == 0) {
                a.approvals = arg.substr(12);
            } else if (arg == "--profile") {
                a.trustProfile = value("--profile");
            } else if (arg == "--show" || arg.rfind("--show=", 0) == 0) {
                const std::string v = arg == "--show" ? value("--show") : arg.substr(7);
                if (v == "all")
                    a.show = Show::All;
                else if (v == "untrusted")
                    a.show = Show::Untrusted;
                else if (v == "trusted")
                    a.show = Show::Trusted;
                else
                    return "--show takes all, untrusted or trusted, not '" + v + "'";
            } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
                return "unknown option " + arg;
            } else if (a.file.empty()) {
                a.file = arg;
            } else {
                return "unexpected argument " + arg;
            }
        } catch (const std::string& msg) {
            return msg;
        }
    }
    if (a.file.empty())
        return a.command + " needs a FILE";
    if (a.json && a.command == "dis")
        return "dis has no --json";
    return {};
}

// One line per call finding, after the notes (stderr: stdout keeps the list).
void printCalls(const std::string& file, const AuditResult& r, std::ostream& err)
{
    for (const CallReport& c : r.calls.reports)
        err << "skopos: " << file << ": " << (c.finding == CallFinding::Untrusted ? "call: " : "dangerous call: ")
            << c.message() << '\n';
}

void printUntrustedJson(const Document& doc, const AuditResult& r, const TrustProfile& profile, std::ostream& out)
{
    const auto list = [&](const std::vector<std::string>& v) {
        out << '[';
        for (std::size_t i = 0; i < v.size(); ++i)
            out << (i ? ", " : "") << jsonQuote(v[i]);
        out << ']';
    };
    out << "{\"file\": " << jsonQuote(doc.path) << ", \"format\": " << jsonQuote(doc.format)
        << ", \"protocol\": " << doc.protocol << ", \"untrusted\": ";
    list(r.untrusted);
    out << ", \"dangerous\": ";
    list(r.dangerous);
    out << ", \"calls\": ";
    writeCallsJson(out, r.calls);
    if (!doc.globals.empty() || doc.format != "skops") {
        out << ", \"globals\": ";
        list(doc.globals);
    }
    if (!r.approved.empty()) {
        out << ", \"approved\": ";
        list(r.approved);
    }
    if (!doc.notes.empty()) {
        out << ", \"notes\": ";
        list(doc.notes);
    }
    if (!doc.skopsAuditFailure.empty())
        out << ", \"skops_audit_failure\": " << jsonQuote(doc.skopsAuditFailure);
    const auto saved = savedSklearnVersion(doc);
    out << ", \"sklearn_version\": " << (saved ? jsonQuote(*saved) : std::string("null"));
    out << ", \"profile\": " << profile.versionsJson();
    out << "}\n";
}

} // namespace

int verdictExit(const AuditResult& r)
{
    // A trusted reconstruction target given arguments Python never writes,
    // or a string that reads as code passed to a call, is an attack
    // signature: dangerous. An untrusted callee stays "untrusted" (the
    // corpus figures in docs/calls.md: most real pickles holding an
    // untrusted type also call it).
    if (!r.dangerous.empty() || r.calls.suspiciousCalls())
        return ExitDangerous;
    return r.untrusted.empty() && !r.calls.untrustedCalls() ? ExitClean : ExitUntrusted;
}

bool isCliInvocation(int argc, char** argv)
{
    if (argc < 2)
        return false;
    static const char* commands[] = {"inspect", "untrusted", "dis",  "convert", "scan", "profile",  "doctor",
                                     "diff",    "describe",  "help", "--help",  "-h",   "--version"};
    for (const char* c : commands)
        if (std::strcmp(argv[1], c) == 0)
            return true;
    return false;
}

int runCli(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    if (argc < 2)
        return ExitError;
    const std::string cmd = argv[1];
    if (cmd == "help" || cmd == "--help" || cmd == "-h") {
        out << kUsage;
        return ExitClean;
    }
    if (cmd == "--version") {
        out << "skopos 0.1.0\n";
        return ExitClean;
    }
    if (cmd == "convert")
        return runConvertCommand(argc, argv, out, err);
    if (cmd == "scan")
        return runScanCommand(argc, argv, out, err);
    if (cmd == "diff")
        return runDiffCommand(argc, argv, out, err);
    if (cmd == "profile")
        return runProfileCommand(argc, argv, out, err);
    if (cmd == "doctor")
        return runDoctorCommand(argc, argv, out, err);
    if (cmd == "describe")
        return runDescribeCommand(argc, argv, out, err);
    Args a;
    if (const std::string e = parseArgs(argc, argv, a); !e.empty()) {
        // One line, like every other error: scripts read stderr line by line.
        err << "skopos: " << e << " (see skopos --help)\n";
        return ExitError;
    }
    if (const std::string folder = folderRefusal(a.file); !folder.empty()) {
        err << folder;
        return ExitError;
    }
    // The profile's own errors name the profile, not the model file.
    TrustProfile profile;
    try {
        profile = TrustProfile::resolve(a.trustProfile);
    } catch (const std::exception& e) {
        err << "skopos: " << a.file << ": " << e.what() << '\n';
        return ExitError;
    }
    try {
        std::optional<Approvals> approvals;
        try {
            approvals = resolveApprovals(a.approvals);
        } catch (const ApprovalsError& e) {
            err << "skopos: approvals: " << e.what() << '\n';
            return ExitError;
        }
        // --trust names plus what the approvals allow for this file's bytes.
        const auto trustedFor = [&](const Document& doc) {
            std::set<std::string> t = a.trusted;
            if (approvals) {
                const std::set<std::string> approved = approvals->approvedFor(doc);
                t.insert(approved.begin(), approved.end());
            }
            return t;
        };
        if (a.command == "dis") {
            // The listing, then the same verdict as `untrusted`: exit codes
            // hold for every subcommand, so a script can gate on `dis` too.
            disassemble(a.file, out);
            out.flush();
            Document doc = openDocument(a.file);
            return verdictExit(audit(doc.tree, profile, trustedFor(doc)));
        }
        OpenOptions options;
        options.scalarValues = a.command != "untrusted"; // names and types answer it
        Document doc = openDocument(a.file, options);
        const AuditResult r = audit(doc.tree, profile, trustedFor(doc));
        // Verdicts follow the profile's scikit-learn and skops; say so when the file names others.
        if (const std::string note = versionMismatchNote(doc, profile); !note.empty())
            doc.notes.push_back(note);
        if (a.command == "untrusted") {
            if (a.json) {
                printUntrustedJson(doc, r, profile, out);
            } else {
                for (const auto& name : r.untrusted)
                    out << name << '\n';
                for (const auto& note : doc.notes)
                    err << "skopos: " << a.file << ": note: " << note << '\n';
                for (const auto& name : r.approved)
                    err << "skopos: " << a.file << ": approved: " << name << '\n';
                for (const auto& name : r.dangerous)
                    err << "skopos: " << a.file << ": dangerous: " << name << '\n';
                printCalls(a.file, r, err);
            }
        } else {
            if (a.json) {
                printTreeJson(doc, r, out, &profile);
            } else {
                printTreeText(doc, r, out, a.show);
                for (const auto& note : doc.notes)
                    err << "skopos: " << a.file << ": note: " << note << '\n';
                printCalls(a.file, r, err);
            }
        }
        return verdictExit(r);
    } catch (...) {
        out.flush();
        err << openFailureLine(a.file, std::current_exception());
    }
    return ExitError;
}

} // namespace skopos
