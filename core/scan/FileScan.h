#pragma once
// One file through the same readers and audit as `skopos untrusted`, plus
// what a scan line needs (hash, size, timing, the scikit-learn version the
// file names). Widget-free; used by `skopos scan` and the folder view.

#include "trust/TrustProfile.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace skopos::scan {

enum class ScanVerdict { Clean, Untrusted, Dangerous, Error };

const char* verdictText(ScanVerdict v); // "clean", "untrusted", "dangerous", "error"
int verdictExitCode(ScanVerdict v);     // the CLI exit codes: 0, 1, 4, 2

struct FileScanResult {
    std::string path;
    std::uint64_t size = 0;
    std::string sha256; // hex; empty when the file could not be read
    std::string format; // "skops", "pickle", "joblib+zlib", "npy", "zip" (not skops), ...
    int protocol = -1;
    ScanVerdict verdict = ScanVerdict::Clean;
    std::vector<std::string> untrusted;
    std::vector<std::string> dangerous;
    std::vector<std::string> calls; // trust/Calls.h findings, one line each
    std::string error;              // verdict Error: the reader's message
    std::optional<std::string> sklearnVersion;
    double ms = 0; // wall time spent on this file
};

struct FileScanOptions {
    std::uint64_t maxSize = 0; // 0 = no limit; larger model files get an error line
    const std::atomic<bool>* cancel = nullptr;
};

// Scans one regular file. Returns nullopt when the file is not a model (no
// line) or when cancelled. Never throws for bad input.
std::optional<FileScanResult> scanFile(const std::string& path, const TrustProfile& profile,
                                       const FileScanOptions& options = {});

// A line for a problem the walk met (unreadable directory, missing path).
FileScanResult problemResult(const std::string& path, const std::string& problem);

} // namespace skopos::scan
