#pragma once
// Readers report bad input with ReadError: one message that names the problem
// (and the byte offset, where there is one). Callers prefix the file name.

#include <cstdint>
#include <stdexcept>
#include <string>

namespace skopos {

class ReadError : public std::runtime_error {
public:
    explicit ReadError(const std::string& what) : std::runtime_error(what) { }
    ReadError(const std::string& what, std::uint64_t offset)
        : std::runtime_error(what + " at offset " + std::to_string(offset)), offset_(offset), hasOffset_(true)
    {
    }
    bool hasOffset() const { return hasOffset_; }
    std::uint64_t offset() const { return offset_; }

private:
    std::uint64_t offset_ = 0;
    bool hasOffset_ = false;
};

// Thrown when the user cancels long work (OpenOptions::cancel, tree/OpenOptions.h).
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") { }
};

} // namespace skopos
