#pragma once
// Buffered forward reader over a ByteSource with exact offsets, used by the
// pickle machine and the disassembler. skip() consumes what is buffered and
// hands the rest to ByteSource::skip (a seek for files), so array payloads are
// never copied.

#include "io/ByteSource.h"

#include <cstdint>
#include <string>
#include <vector>

namespace skopos::pickle {

class Input {
public:
    explicit Input(ByteSource& src, std::size_t bufferSize = 1 << 16);

    std::uint64_t pos() const { return base_ + cur_; }
    // Next byte, or -1 at the end of the data.
    int get()
    {
        if (cur_ == end_ && !fill())
            return -1;
        return static_cast<unsigned char>(buf_[cur_++]);
    }
    int peek()
    {
        if (cur_ == end_ && !fill())
            return -1;
        return static_cast<unsigned char>(buf_[cur_]);
    }
    // Exactly n bytes or ReadError "truncated <what>".
    void read(char* dst, std::size_t n, const char* what);
    void readInto(std::string& dst, std::uint64_t n, const char* what);
    // Up to (not including) '\n'; ReadError when longer than maxLen. A last
    // line without '\n' is read as pickle._Unpickler reads it: its last byte
    // dropped (at the very end: an empty line).
    void readLine(std::string& dst, std::uint64_t maxLen, const char* what);
    // Exactly n bytes skipped or ReadError "truncated <what>".
    void skip(std::uint64_t n, const char* what);
    bool atEnd() { return peek() < 0; }
    ByteSource& source() { return src_; }

private:
    bool fill();
    ByteSource& src_;
    std::vector<char> buf_;
    std::size_t cur_ = 0, end_ = 0;
    std::uint64_t base_ = 0; // stream offset of buf_[0]
};

} // namespace skopos::pickle
