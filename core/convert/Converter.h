#pragma once
// Converts a pickle, joblib file (any compression, old split files) or an old
// skops file (protocol 0/1) into a current protocol-2 skops file, from the
// static object tree the readers build. Nothing from the input is executed or
// imported: the schema is written from the tree and array payloads are copied
// byte for byte from where the input keeps them.

#include "trust/Approvals.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace skopos {

struct ConvertOptions {
    std::set<std::string> trusted; // user-approved types (like --trust)
    Approvals approvals;           // approved types by scope (--approvals), matched to the input's bytes
    std::function<void(std::uint64_t done, std::uint64_t total)> progress; // may be empty
    const std::atomic<bool>* cancel = nullptr; // set true from another thread: stop, leave no file
};

struct ConvertResult {
    std::string output;                 // path written
    std::vector<std::string> untrusted; // untrusted types of the RESULT (the trusted=[...] list)
    std::vector<std::string> approved;  // those of them listed in ConvertOptions::trusted or approvals
};

// Thrown when the input holds something skops cannot represent, or something
// dangerous. The message names the global and its tree path.
class ConvertRefused : public std::runtime_error {
public:
    ConvertRefused(const std::string& what, bool dangerous, std::string global = {}, std::string path = {})
        : std::runtime_error(what), dangerous_(dangerous), global_(std::move(global)), path_(std::move(path))
    {
    }
    bool dangerous() const { return dangerous_; }
    const std::string& global() const { return global_; } // the offending global ("" if none)
    const std::string& treePath() const { return path_; } // e.g. "root/steps/0/1"

private:
    bool dangerous_;
    std::string global_;
    std::string path_;
};

// Reads `input` (pickle / joblib any compression / old skops), writes a protocol-2 skops file at
// `output` atomically (QSaveFile; never overwrites `input`). Throws ConvertRefused (message names
// the global and its tree path; .dangerous() true when refused for dangerous names), ReadError, Cancelled.
ConvertResult convertToSkops(const std::string& input, const std::string& output, const ConvertOptions& = {});

} // namespace skopos
