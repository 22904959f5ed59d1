#pragma once
// Copies the bytes an ArrayInfo points at (a range of a pickle file, a range
// of a decompressed joblib stream, a companion .npy, a member of an old skops
// archive) to a sink in fixed 1 MiB pieces: an 800 MB array never sits in
// memory. Decompressed streams are kept open between calls and only ever
// read forwards, so callers should ask for ranges in increasing offset order
// (one pass over a compressed joblib file); a range behind the current
// position reopens the stream. A deflated zip member is likewise kept open
// between calls, so reading an array in consecutive windows (copyRange, as
// the diff does) decodes it once. "outer.npz/inner.npy" names an array in an
// npz member (skops' sparse matrices), read the same way. Lives in io so that both the converter and
// the diff layer read payloads through one reader.

#include "tree/Document.h"
#include "tree/Limits.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace skopos {
class ByteSource;
class ZipArchive;

using PayloadSink = std::function<void(const char* data, std::size_t n)>;

class PayloadReader {
public:
    PayloadReader(const Document& doc, const Limits& limits, const std::atomic<bool>* cancel);
    ~PayloadReader();

    // Exactly `length` bytes from info's location, or ReadError naming why not.
    void copy(const ArrayInfo& info, std::uint64_t length, const PayloadSink& sink)
    {
        copyRange(info, 0, length, sink);
    }
    // Bytes [from, from + length) of info's payload.
    void copyRange(const ArrayInfo& info, std::uint64_t from, std::uint64_t length, const PayloadSink& sink);
    // A whole zip member of the (old skops) input, as stored (decompressed).
    void copyMember(const std::string& member, const PayloadSink& sink);
    std::uint64_t memberSize(const std::string& member);

private:
    void fileRange(const std::string& path, std::uint64_t offset, std::uint64_t length, const PayloadSink& sink);
    void streamRange(std::uint64_t offset, std::uint64_t length, const PayloadSink& sink);
    void zipMember(const std::string& member, std::uint64_t offset, std::uint64_t length, const PayloadSink& sink);
    void checkCancel() const;

    const Document& doc_;
    Limits limits_;
    const std::atomic<bool>* cancel_;
    std::unique_ptr<ByteSource> stream_;
    std::unique_ptr<ZipArchive> zip_;
    void nestedMember(const std::string& source, std::uint64_t offset, std::uint64_t length, const PayloadSink& sink);
    void forward(ByteSource& src, std::uint64_t& pos, std::uint64_t offset, std::uint64_t length,
                 const std::string& what, const PayloadSink& sink);

    // The deflated member being read forwards, and how far.
    std::unique_ptr<ByteSource> member_;
    std::string memberName_;
    std::uint64_t memberPos_ = 0;
    // "outer.npz/inner.npy" (skops' sparse matrices): the array inside an
    // npz member, read forwards likewise.
    struct Nested;
    std::unique_ptr<Nested> nested_;
};

} // namespace skopos
