#include "cli/ScanCommand.h"

#include "cli/Cli.h"
#include "scan/ScanLine.h"
#include "scan/Scanner.h"
#include "tree/DecimalText.h"
#include "tree/Error.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

namespace skopos {

namespace {
// Set by SIGINT. std::atomic<bool> is lock-free here, so the handler may store to it.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    // A second Ctrl+C ends the process at once (default action).
    std::signal(SIGINT, SIG_DFL);
}

// Installs the handler for the duration of a scan; restores the previous one.
class InterruptGuard {
public:
    InterruptGuard()
    {
        g_interrupted.store(false);
        struct sigaction sa { };
        sa.sa_handler = onInterrupt;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, &old_);
    }
    ~InterruptGuard() { sigaction(SIGINT, &old_, nullptr); }

private:
    struct sigaction old_ { };
};

const char* kScanUsage =
    "usage: skopos scan PATH... [--jsonl] [--jobs N] [--follow-symlinks] [--max-size BYTES] [--profile FILE]\n";

bool parseCount(const std::string& s, std::uint64_t& v)
{
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 18)
        return false;
    v = std::stoull(s);
    return true;
}
} // namespace

int runScanCommand(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    scan::ScanConfig config;
    bool jsonl = false;
    std::string profilePath;
    bool endOfOptions = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&](std::string& v) {
            if (i + 1 >= argc)
                return false;
            v = argv[++i];
            return true;
        };
        std::string v;
        std::uint64_t n = 0;
        if (endOfOptions || arg.empty() || arg[0] != '-' || arg == "-") {
            config.roots.push_back(arg);
        } else if (arg == "--") {
            endOfOptions = true;
        } else if (arg == "--jsonl") {
            jsonl = true;
        } else if (arg == "--follow-symlinks") {
            config.followSymlinks = true;
        } else if (arg == "--jobs" || arg == "-j") {
            if (!value(v) || !parseCount(v, n) || n == 0 || n > 1024) {
                err << "skopos: --jobs takes a number of threads from 1 to 1024\n" << kScanUsage;
                return ExitError;
            }
            config.jobs = static_cast<unsigned>(n);
        } else if (arg == "--max-size") {
            if (!value(v) || !parseCount(v, n) || n == 0) {
                err << "skopos: --max-size takes a positive number of bytes\n" << kScanUsage;
                return ExitError;
            }
            config.maxSize = n;
        } else if (arg == "--profile") {
            if (!value(profilePath)) {
                err << "skopos: --profile needs a value\n" << kScanUsage;
                return ExitError;
            }
        } else {
            err << "skopos: unknown option " << arg << "\n" << kScanUsage;
            return ExitError;
        }
    }
    if (config.roots.empty()) {
        err << "skopos: scan needs at least one PATH\n" << kScanUsage;
        return ExitError;
    }
    TrustProfile profile;
    try {
        profile = TrustProfile::resolve(profilePath);
    } catch (const ReadError& e) {
        err << "skopos: " << e.what() << '\n';
        return ExitError;
    }
    config.profile = &profile;
    const std::string profileJson = profile.versionsJson();

    InterruptGuard guard;
    config.stop = &g_interrupted;
    const scan::ScanSummary s = scan::runScan(config, [&](const scan::FileScanResult& r) {
        // Whole lines, flushed one by one: what is printed stays valid if we are stopped.
        out << (jsonl ? scan::jsonLine(r, profileJson) : scan::textLine(r));
        out.flush();
    });

    const std::string seconds = fixedDecimal(s.seconds, 2);
    err << "skopos: " << s.models << " model file" << (s.models == 1 ? "" : "s") << " in " << seconds << " s ("
        << s.byVerdict[0] << " clean, " << s.byVerdict[1] << " untrusted, " << s.byVerdict[2] << " dangerous, "
        << s.byVerdict[3] << " errors; " << s.jobs << " threads); " << s.notModels << " other files";
    if (s.walk.special)
        err << ", " << s.walk.special << " FIFOs/sockets/devices";
    if (s.walk.symlinks)
        err << ", " << s.walk.symlinks << " symbolic links"
            << (config.followSymlinks ? " (dangling or seen before)" : "");
    err << " skipped\n";
    if (s.interrupted) {
        err << "skopos: interrupted: the " << s.models << " lines above are complete; the rest was not scanned\n";
        return 130;
    }
    return s.exitCode;
}

} // namespace skopos
