#include "pickle/Input.h"

#include "tree/Error.h"

#include <algorithm>
#include <cstring>

namespace skopos::pickle {

Input::Input(ByteSource& src, std::size_t bufferSize) : src_(src), buf_(bufferSize) { base_ = src.position(); }

bool Input::fill()
{
    base_ += end_;
    cur_ = end_ = 0;
    end_ = src_.read(buf_.data(), buf_.size());
    return end_ > 0;
}

void Input::read(char* dst, std::size_t n, const char* what)
{
    const std::uint64_t start = pos();
    while (n > 0) {
        if (cur_ == end_ && !fill())
            throw ReadError(std::string("truncated ") + what + " (stream ends)", start);
        const std::size_t k = std::min(n, end_ - cur_);
        std::memcpy(dst, buf_.data() + cur_, k);
        cur_ += k;
        dst += k;
        n -= k;
    }
}

void Input::readInto(std::string& dst, std::uint64_t n, const char* what)
{
    dst.clear();
    const std::uint64_t start = pos();
    // Grow as data arrives, so a huge length field cannot allocate up front.
    while (n > 0) {
        if (cur_ == end_ && !fill())
            throw ReadError(std::string("truncated ") + what + " (stream ends)", start);
        const std::size_t k = static_cast<std::size_t>(std::min<std::uint64_t>(n, end_ - cur_));
        dst.append(buf_.data() + cur_, k);
        cur_ += k;
        n -= k;
    }
}

void Input::readLine(std::string& dst, std::uint64_t maxLen, const char* what)
{
    dst.clear();
    const std::uint64_t start = pos();
    for (;;) {
        if (cur_ == end_ && !fill()) {
            // The pure-Python unpickler (joblib's) takes the last line
            // without its '\n' and drops its last byte as if it were one
            // ("cos\nsystemX" at the end imports os.system there); at the
            // very end it reads an empty line ("csubprocess\n" imports
            // subprocess before failing to find the name '').
            if (!dst.empty())
                dst.pop_back();
            return;
        }
        const char* b = buf_.data() + cur_;
        const void* nl = std::memchr(b, '\n', end_ - cur_);
        const std::size_t k = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - b) : end_ - cur_;
        if (dst.size() + k > maxLen)
            throw ReadError(std::string(what) + " line longer than Limits::maxStringBytes", start);
        dst.append(b, k);
        cur_ += k;
        if (nl) {
            ++cur_;
            return;
        }
    }
}

void Input::skip(std::uint64_t n, const char* what)
{
    const std::uint64_t start = pos();
    const std::uint64_t inBuf = std::min<std::uint64_t>(n, end_ - cur_);
    cur_ += static_cast<std::size_t>(inBuf);
    n -= inBuf;
    if (n == 0)
        return;
    // Drop the buffer and let the source skip the rest.
    base_ += end_;
    cur_ = end_ = 0;
    const std::uint64_t got = src_.skip(n);
    base_ += got;
    if (got < n)
        throw ReadError(std::string("truncated ") + what + " (" + std::to_string(n + inBuf)
                            + " bytes announced, stream ends)",
                        start);
}

} // namespace skopos::pickle
