#pragma once
// Every limit that protects the readers from hostile input, in one place.
// Defaults never refuse a real model (the largest real files we know of are
// far below them) yet stop abuse: each one, when hit, produces a ReadError
// naming the limit.

#include <cstdint>

namespace skopos {

struct Limits {
    std::uint32_t maxDepth = 10'000;                // nesting of containers / JSON / MARKs
    std::uint64_t maxNodes = 50'000'000;            // object tree nodes
    std::uint64_t maxMemo = 50'000'000;             // pickle memo entries
    std::uint64_t maxStringBytes = 1ull << 30;      // one str/bytes value held in memory
    std::uint64_t maxSchemaBytes = 2ull << 30;      // inflated schema.json (400k-term vocabulary: 167 MB)
    std::uint64_t maxSchemaRatio = 400;             // inflated/compressed schema.json, checked past 64 MB
    std::uint64_t maxDecompressedBytes = 64ull << 30; // joblib stream, absolute
    std::uint64_t maxDecompressionRatio = 2000;     // joblib stream, relative to the input
    std::uint32_t maxNpyHeaderBytes = 1u << 20;     // npy header (numpy itself refuses > 10000 by default)
    std::uint32_t maxZipEntries = 1'000'000;        // members of a .skops archive
    std::uint32_t maxArrayDims = 64;                // numpy's own NPY_MAXDIMS is 64

    static const Limits& defaults();
};

} // namespace skopos
