#pragma once
// joblib's compressed containers, read as a stream.
//
// joblib picks the decompressor from the first bytes of the file, never from
// its name, so we do the same, in joblib's order: the old "ZF" z-file, zlib,
// gzip, bz2, lzma-alone, xz, lz4 frame; anything else is a plain file.
// Decompression runs on fixed buffers: payloads that the pickle machine
// skips are decompressed and discarded, never held.

#include "io/ByteSource.h"
#include "tree/Limits.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace skopos {

// Opens path as a (possibly compressed) model stream. container is set to
// "zlib", "gzip", "bz2", "lzma", "xz", "lz4", "zfile", or "" for a plain
// file. position() of the result counts decompressed bytes,
// inputPosition() compressed bytes consumed. Corrupt or truncated data and
// streams beyond limits.maxDecompressedBytes / maxDecompressionRatio throw
// ReadError (naming the codec or the limit, and the decompressed offset).
std::unique_ptr<ByteSource> openModelStream(const std::string& path, const Limits& limits, std::string& container);
// The same through an opened file.
std::unique_ptr<ByteSource> openModelStream(const FileHandlePtr& file, const Limits& limits, std::string& container);

// bz2 blocks decoded side by side since the program started (io/Bz2Blocks.h):
// lets tests and benchmarks see that the parallel path ran.
std::uint64_t bz2ParallelBlocks();

// The container name for a file starting with head[0..n) ("" = plain).
// n >= 5 is enough to tell every container apart.
std::string detectContainer(const char* head, std::size_t n);

} // namespace skopos
