#include "cli/DescribeCommand.h"

#include "cli/Cli.h"
#include "cli/OpenFailure.h"
#include "describe/Description.h"
#include "document/Open.h"
#include "tree/Error.h"
#include "trust/Audit.h"

#include <set>
#include <string>

namespace skopos {

namespace {
const char* kDescribeUsage = "usage: skopos describe FILE [--json] [--profile FILE] [--trust TYPE]...\n";
}

int runDescribeCommand(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    std::string file, profilePath;
    bool json = false;
    std::set<std::string> trusted;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--json") {
            json = true;
        } else if ((arg == "--profile" || arg == "--trust") && i + 1 < argc) {
            (arg == "--profile" ? profilePath = argv[++i] : *trusted.insert(argv[++i]).first);
        } else if (arg.rfind("--profile=", 0) == 0) {
            profilePath = arg.substr(10);
        } else if (arg.rfind("--trust=", 0) == 0) {
            trusted.insert(arg.substr(8));
        } else if ((!arg.empty() && arg[0] == '-' && arg != "-") || !file.empty()) {
            err << "skopos: describe: " << (file.empty() || arg[0] == '-' ? "unknown option " : "unexpected argument ")
                << arg << '\n'
                << kDescribeUsage;
            return ExitError;
        } else {
            file = arg;
        }
    }
    if (file.empty()) {
        err << "skopos: describe needs a FILE\n" << kDescribeUsage;
        return ExitError;
    }
    if (const std::string folder = folderRefusal(file); !folder.empty()) {
        err << folder;
        return ExitError;
    }
    TrustProfile profile;
    try {
        profile = TrustProfile::resolve(profilePath);
    } catch (const std::exception& e) {
        err << "skopos: " << file << ": " << e.what() << '\n';
        return ExitError;
    }
    try {
        const Document doc = openDocument(file);
        const AuditResult r = audit(doc.tree, profile, trusted);
        const Description d = describeModel(doc, profile);
        if (json) {
            out << descriptionJson(d) << '\n';
        } else {
            out << describeText(d);
            for (const auto& name : r.dangerous)
                err << "skopos: " << file << ": dangerous: " << name << '\n';
        }
        // The verdict of `untrusted`: a description never hides what the file holds.
        return verdictExit(r);
    } catch (...) {
        out.flush();
        err << openFailureLine(file, std::current_exception());
    }
    return ExitError;
}

} // namespace skopos
