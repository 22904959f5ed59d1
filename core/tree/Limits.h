#pragma once
// Every limit that protects the readers from hostile input, in one place.
// Defaults never refuse a real model (the largest real files we know of are
// far below them) yet stop abuse: each one, when hit, produces a ReadError
// naming the limit.

#include <cstddef>
#include <cstdint>

namespace skopos {

struct Limits {
    std::uint32_t maxDepth = 10'000;                  // nesting of containers / JSON / MARKs
    std::uint64_t maxNodes = 50'000'000;              // object tree nodes
    std::uint64_t maxMemo = 50'000'000;               // pickle memo entries
    std::uint64_t maxStringBytes = 1ull << 30;        // one str/bytes value held in memory
    std::uint64_t maxSchemaBytes = 2ull << 30;        // inflated schema.json (400k-term vocabulary: 167 MB)
    std::uint64_t maxSchemaRatio = 400;               // inflated/compressed schema.json, checked past 64 MB
    std::uint64_t maxDecompressedBytes = 64ull << 30; // joblib stream, absolute
    std::uint64_t maxDecompressionRatio = 2000;       // joblib stream, relative to the input
    std::uint32_t maxNpyHeaderBytes = 1u << 20;       // npy header (numpy itself refuses > 10000 by default)
    std::uint32_t maxZipEntries = 4'000'000;          // members of a .skops archive
    std::uint32_t maxArrayDims = 64;                  // numpy's own NPY_MAXDIMS is 64

    static const Limits& defaults();
};

// Fixed limits: no caller sets them per file, but they live here with the
// others so every protection against hostile input is in one place.
namespace limits {
// Converter: deeper trees are refused (skops itself recurses in Python and
// would fail far earlier).
inline constexpr std::size_t kMaxConvertDepth = 5000;
// FlatScan's opcode walk keeps at most this many stack values; past it the
// oldest half is dropped (a pathological stream, not a pickle any library writes).
inline constexpr std::size_t kMaxFlatScanStack = std::size_t{1} << 20;
// Pickles read from one stream (joblib and torch write a handful); the rest
// is noted and not read.
inline constexpr std::size_t kMaxPicklesPerStream = 4096;
// `skopos scan`: directories nested deeper are not entered (the walk's
// memory grows with depth only).
inline constexpr int kMaxDirectoryDepth = 256;
// A zip's central directory held in memory (a million members take ~100 MB).
inline constexpr std::uint64_t kMaxZipDirectoryBytes = 1ull << 30;
// Where zipfile would decode a member beyond its declared size, at most this
// much is decoded to look for errors; more is refused (io/ZipMember.h).
inline constexpr std::uint64_t kMaxZipMemberOverrun = 64ull << 20;
// xz/lzma headers choose the dictionary size; xz -9e needs 65 MiB, so 1 GiB
// refuses no real file while a hostile 1.5+ GiB request fails at once.
inline constexpr std::uint64_t kLzmaMemoryLimit = 1ull << 30;
// Nesting of an npy header's descr (tuples and field lists): ReadError past it.
inline constexpr unsigned kMaxDescrDepth = 32;
// Nesting of structured dtypes the array preview lays out; deeper ones show
// "preview unavailable".
inline constexpr unsigned kMaxPreviewDtypeDepth = 8;
} // namespace limits

} // namespace skopos
