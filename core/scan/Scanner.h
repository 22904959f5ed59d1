#pragma once
// `skopos scan` without the printing: walks the roots (DirectoryWalk),
// hands files to a pool of worker threads (each file is read by one worker;
// readers share nothing) through a small bounded queue, and reports each
// model file's result through a callback that is never called concurrently.
// Memory stays bounded whatever the folder size: the walk streams and the
// queue holds at most a few paths per worker.
//
// Stopping: set *stop (from a signal handler or the GUI). The walk stops,
// queued paths are dropped, readers in progress abandon their file (no
// result for it), and runScan returns with summary.interrupted set. Every
// result already reported is complete.

#include "scan/DirectoryWalk.h"
#include "scan/FileScan.h"
#include "scan/Shard.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace skopos::scan {

struct ScanConfig {
    std::vector<std::string> roots;
    DirectoryWalk::RootSource moreRoots; // after `roots` (--files-from), may be empty
    ShardSpec shard;                     // only files of this shard get a line (scan/Shard.h)
    bool followSymlinks = false;
    unsigned jobs = 0;                     // worker threads; 0 = one per core
    std::uint64_t maxSize = 0;             // see FileScanOptions
    const TrustProfile* profile = nullptr; // nullptr = bundled
    const std::atomic<bool>* stop = nullptr;
};

struct ScanSummary {
    std::uint64_t models = 0;        // results reported (lines)
    std::uint64_t byVerdict[4] = {}; // indexed by ScanVerdict
    std::uint64_t notModels = 0;     // regular files that are not model files (no line)
    std::uint64_t otherShards = 0;   // files and problems left to other shards (never opened)
    WalkCounts walk;
    bool interrupted = false;
    int exitCode = 0; // worst verdict: 4 dangerous > 2 error > 1 untrusted > 0
    double seconds = 0;
    unsigned jobs = 0;
};

unsigned defaultJobs();

ScanSummary runScan(const ScanConfig& config, const std::function<void(const FileScanResult&)>& onResult);

} // namespace skopos::scan
