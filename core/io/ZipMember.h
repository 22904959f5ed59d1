#pragma once
// A zip member's bytes as CPython 3.11's ZipFile.read returns them, streamed:
// stored, deflated (raw deflate), bzip2 (one stream) or LZMA (zipfile's
// 4-byte header and properties, then raw LZMA1). As zipfile does: the output
// stops at the declared size, at the end of the compressed stream or when the
// compressed bytes run out (not an error when all declared compressed bytes
// were there); corrupt data before the stream's end is an error even past the
// declared size (zipfile decodes the whole chunk); the CRC is checked once the
// member ends. Where zipfile would decode beyond the declared size, at most
// kMaxOverrun bytes are decoded to look for errors; more is refused.

#include "io/ByteSource.h"
#include "tree/Limits.h"

#include <QIODevice>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace skopos {

// Random access to an archive's bytes (a file or a device), shared by the
// archive and the member streams it opens.
class ZipBytes {
public:
    virtual ~ZipBytes() = default;
    // Reads up to n bytes at `at`; returns how many (fewer only at the end).
    virtual std::size_t readAt(char* dst, std::size_t n, std::uint64_t at) const = 0;
    std::uint64_t size() const { return size_; }
    virtual int fd() const { return -1; } // for mmap; -1 for devices

protected:
    std::uint64_t size_ = 0;
};

// Takes ownership of fd. Throws ReadError when it is not a readable regular file.
std::shared_ptr<ZipBytes> zipFileBytes(int fd, const std::string& what);
// Reads through an opened file (kept alive by the result).
std::shared_ptr<ZipBytes> zipHandleBytes(FileHandlePtr file);
// The device must outlive every reader of the result.
std::shared_ptr<ZipBytes> zipDeviceBytes(QIODevice* device, const std::string& what);

struct ZipMemberSpec {
    std::string name; // for messages
    unsigned method = 0;
    std::uint64_t dataStart = 0;
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0; // declared uncompressed size
    std::uint32_t crc = 0;
};

inline constexpr std::uint64_t kMaxOverrun = limits::kMaxZipMemberOverrun; // tree/Limits.h

// The member's method must be 0, 8, 12 or 14 (ZipArchive checks first).
std::unique_ptr<ByteSource> openZipMemberStream(std::shared_ptr<const ZipBytes> bytes, ZipMemberSpec spec);

} // namespace skopos
