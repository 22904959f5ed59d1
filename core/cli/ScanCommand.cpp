#include "cli/ScanCommand.h"

#include "cli/Cli.h"
#include "scan/Sarif.h"
#include "scan/ScanLine.h"
#include "scan/Scanner.h"
#include "tree/DecimalText.h"
#include "tree/Error.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

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
    "usage: skopos scan [PATH...] [--files-from FILE|-] [--shard I/N] [--jsonl] [--sarif [-o FILE]]\n"
    "                   [--jobs N] [--follow-symlinks] [--max-size BYTES] [--profile FILE]\n"
    "exit: worst verdict (0 clean, 1 untrusted, 2 error, 4 dangerous); 3 no model file found; 130 interrupted\n";

// --files-from: one path per line, handed to the walk one at a time (a
// listing of millions of object keys is never held whole). A trailing '\r'
// (CRLF listings) is dropped and empty lines are skipped; a path with a
// newline in its name cannot be listed.
class PathList {
public:
    // "" when it opened; else why not.
    std::string open(const std::string& file)
    {
        if (file == "-") {
            in_ = &std::cin;
            return {};
        }
        owned_ = std::make_unique<std::ifstream>(file, std::ios::binary);
        if (!*owned_)
            return "cannot read --files-from " + file + ": " + std::strerror(errno);
        in_ = owned_.get();
        name_ = file;
        return {};
    }
    bool next(std::string& path)
    {
        while (in_ && std::getline(*in_, path)) {
            if (!path.empty() && path.back() == '\r')
                path.pop_back();
            if (!path.empty())
                return true;
        }
        if (in_ && in_->bad())
            failed_ = true;
        in_ = nullptr;
        return false;
    }
    bool failed() const { return failed_; }
    const std::string& name() const { return name_; }

private:
    std::unique_ptr<std::ifstream> owned_;
    std::istream* in_ = nullptr;
    std::string name_ = "standard input";
    bool failed_ = false;
};

std::string workingDirectory()
{
    std::vector<char> buf(4096);
    while (!getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE || buf.size() > (1u << 20))
            return "/";
        buf.resize(buf.size() * 2);
    }
    return buf.data();
}

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
    bool jsonl = false, sarif = false;
    std::string profilePath, filesFrom, sarifFile;
    bool haveFilesFrom = false, haveOutput = false;
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
        } else if (arg == "--sarif") {
            sarif = true;
        } else if (arg == "-o" || arg == "--output") {
            if (!value(sarifFile) || sarifFile.empty()) {
                err << "skopos: " << arg << " needs a file name\n" << kScanUsage;
                return ExitError;
            }
            haveOutput = true;
        } else if (arg == "--files-from") {
            if (haveFilesFrom || !value(filesFrom) || filesFrom.empty()) {
                err << "skopos: --files-from takes one FILE (or - for standard input), once\n" << kScanUsage;
                return ExitError;
            }
            haveFilesFrom = true;
        } else if (arg == "--shard") {
            std::string why;
            if (!value(v) || !scan::parseShard(v, config.shard, why)) {
                err << "skopos: " << (why.empty() ? "--shard needs I/N" : why) << '\n' << kScanUsage;
                return ExitError;
            }
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
    if (config.roots.empty() && !haveFilesFrom) {
        err << "skopos: scan needs at least one PATH or --files-from FILE\n" << kScanUsage;
        return ExitError;
    }
    if (haveOutput && !sarif) {
        err << "skopos: -o FILE is where --sarif writes; the lines go to standard output\n" << kScanUsage;
        return ExitError;
    }
    if (sarif && jsonl && (!haveOutput || sarifFile == "-")) {
        err << "skopos: --sarif without -o FILE writes SARIF to standard output; add -o FILE to keep the --jsonl "
               "lines\n"
            << kScanUsage;
        return ExitError;
    }
    PathList list;
    if (haveFilesFrom) {
        if (const std::string why = list.open(filesFrom); !why.empty()) {
            err << "skopos: " << why << '\n';
            return ExitError;
        }
        config.moreRoots = [&list](std::string& root) { return list.next(root); };
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

    // SARIF to standard output replaces the lines; with -o the lines stay.
    const bool lines = !sarif || (haveOutput && sarifFile != "-");
    scan::SarifLog log(workingDirectory());
    InterruptGuard guard;
    config.stop = &g_interrupted;
    const scan::ScanSummary s = scan::runScan(config, [&](const scan::FileScanResult& r) {
        if (sarif)
            log.add(r);
        if (!lines)
            return;
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
    if (s.otherShards)
        err << ", " << s.otherShards << " paths in other shards";
    err << " skipped\n";

    int exitCode = s.exitCode;
    if (list.failed()) {
        err << "skopos: error while reading --files-from " << list.name() << ": the paths after it were not scanned\n";
        exitCode = std::max(exitCode, int(ExitError));
    }
    const bool noModels = !s.interrupted && s.models == 0;
    if (noModels) {
        // Fail closed: finding nothing to vet is not a clean result.
        err << "skopos: no model file found";
        if (config.shard.active())
            err << " in shard " << config.shard.index << "/" << config.shard.count;
        err << ": nothing was vetted (exit code 3)\n";
        exitCode = ExitNoModels;
    }
    if (s.interrupted) {
        if (lines)
            err << "skopos: interrupted: the " << s.models << " lines above are complete; the rest was not scanned\n";
        else
            err << "skopos: interrupted after " << s.models << " model files; the rest was not scanned\n";
        exitCode = 130;
    }
    if (sarif) {
        scan::SarifRunInfo info;
        info.toolVersion = SKOPOS_VERSION_TEXT;
        info.interrupted = s.interrupted;
        info.noModels = noModels;
        info.exitCode = exitCode;
        const std::string doc = log.document(info);
        if (!haveOutput || sarifFile == "-") {
            out << doc;
            out.flush();
        } else {
            std::ofstream f(sarifFile, std::ios::binary | std::ios::trunc);
            f << doc;
            f.close();
            if (!f) {
                err << "skopos: cannot write " << sarifFile << '\n';
                return ExitError;
            }
        }
    }
    return exitCode;
}

} // namespace skopos
