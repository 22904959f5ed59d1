#include "cli/DiffCommand.h"

#include "cli/Cli.h"
#include "cli/OpenFailure.h"
#include "diff/TreeDiff.h"
#include "document/Open.h"
#include "tree/Error.h"

#include <string>

namespace skopos {

namespace {

struct DiffArgs {
    std::string a, b, profile;
    bool json = false;
};

std::string parse(int argc, char** argv, DiffArgs& d)
{
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--json") {
            d.json = true;
        } else if (arg == "--profile") {
            if (i + 1 >= argc)
                return "--profile needs a value";
            d.profile = argv[++i];
        } else if (arg.rfind("--profile=", 0) == 0) {
            d.profile = arg.substr(10);
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            return "unknown option " + arg;
        } else if (d.a.empty()) {
            d.a = arg;
        } else if (d.b.empty()) {
            d.b = arg;
        } else {
            return "unexpected argument " + arg;
        }
    }
    if (d.b.empty())
        return "diff needs two files, A and B";
    return {};
}

// Opens one side; prints why not and returns false on failure.
bool open(const std::string& path, Document& doc, std::ostream& err)
{
    if (const std::string folder = folderRefusal(path); !folder.empty()) {
        err << folder;
        return false;
    }
    try {
        doc = openDocument(path);
        return true;
    } catch (...) {
        err << openFailureLine(path, std::current_exception());
    }
    return false;
}

} // namespace

int runDiffCommand(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    DiffArgs d;
    if (const std::string e = parse(argc, argv, d); !e.empty()) {
        err << "skopos: " << e << " (see skopos --help)\n";
        return ExitError;
    }
    TrustProfile profile;
    try {
        profile = TrustProfile::resolve(d.profile);
    } catch (const std::exception& e) {
        err << "skopos: " << e.what() << '\n';
        return ExitError;
    }
    Document a, b;
    if (!open(d.a, a, err) || !open(d.b, b, err))
        return ExitError;
    TreeDiffResult r;
    try {
        DiffOptions options;
        options.profile = &profile;
        r = diffDocuments(a, b, options);
    } catch (const std::bad_alloc&) {
        err << "skopos: diff: out of memory\n";
        return ExitError;
    } catch (const std::exception& e) {
        err << "skopos: diff: " << e.what() << '\n';
        return ExitError;
    }
    if (d.json) {
        out << diffJson(r) << '\n';
    } else {
        for (const TreeChange& c : r.changes)
            out << changeLine(c) << '\n';
        const std::vector<std::string> trust = trustLines(r.trust);
        out << (trust.empty() ? "trust: unchanged\n" : "trust:\n");
        for (const std::string& line : trust)
            out << "  " << line << '\n';
        if (r.trust.dangerousA)
            err << "skopos: " << d.a << ": names a dangerous global\n";
        if (r.trust.dangerousB)
            err << "skopos: " << d.b << ": names a dangerous global\n";
        if (r.same)
            err << "skopos: same model\n";
    }
    if (r.trust.dangerousA || r.trust.dangerousB)
        return ExitDangerous;
    return r.same ? ExitClean : ExitUntrusted;
}

} // namespace skopos
