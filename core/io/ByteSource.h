#pragma once
// A forward-only stream of bytes: a file, or a decompressed joblib stream.
// The pickle machine reads opcodes through it and skips array payloads with
// skip(), which seeks in files and decompresses-and-discards in streams, so
// payloads are never held in memory.

#include "tree/FileHandle.h"
#include "tree/Limits.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace skopos {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to n bytes into dst; returns how many (0 only at the end).
    // Throws ReadError when the underlying data is corrupt.
    virtual std::size_t read(char* dst, std::size_t n) = 0;
    // Skips up to n bytes; returns how many were skipped (fewer only at the end).
    virtual std::uint64_t skip(std::uint64_t n);
    // Bytes consumed so far (offsets in the decompressed stream for streams).
    virtual std::uint64_t position() const = 0;
    // Total size when known without reading (plain files), else 0.
    virtual std::uint64_t sizeHint() const { return 0; }
    // Bytes of the underlying file consumed so far (for progress), when known.
    virtual std::uint64_t inputPosition() const { return position(); }
};

// A plain file. Throws ReadError when it cannot be opened.
std::unique_ptr<ByteSource> openFileSource(const std::string& path);
// The same over an opened file, from its start (its own position: several
// sources may read one handle).
std::unique_ptr<ByteSource> openFileSource(FileHandlePtr file);
// Bytes already in memory (an inflated zip member, object-array data): the
// source owns them.
std::unique_ptr<ByteSource> openMemorySource(std::string bytes);
// The same over bytes someone else keeps alive for the source's lifetime
// (a member read once and parsed more than once).
std::unique_ptr<ByteSource> openMemoryView(std::string_view bytes);

} // namespace skopos
