#pragma once
// Reads one 2-D window of an array for the preview table: for an N-D array
// the caller fixes an index on every other axis and picks which two axes are
// rows and columns; for wide or long arrays a window (rowStart, colStart,
// capped extents) of that slice. Only the bytes of the window are read,
// walking the stored bytes once in ascending order (seeking in files and
// stored zip members, decompress-and-discard in streams), so a slice of an
// 800 MB array costs the slice, not the array.

#include "io/ArrayReader.h"
#include "io/ElementLayout.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace skopos {

class ByteSource;

struct SliceRequest {
    std::vector<std::int64_t> index; // a position on every axis; the row/column axes' entries are ignored
    int rowAxis = 0;                 // -1 for a 0-d array
    int colAxis = 1;                 // -1: one column (1-d arrays, structured arrays: fields are the columns)
    std::int64_t rowStart = 0, colStart = 0;
    std::int64_t maxRows = 1'000'000, maxCols = 1'000;
    std::int64_t maxElements = 1'000'000; // rows * cols never exceeds this,
    std::int64_t maxBytes = 16 << 20;     // nor rows * cols * itemsize this
};

struct ArraySlice {
    ElementLayout layout;
    std::string raw;                 // layout.itemsize bytes per cell, row-major over the window
    std::int64_t rows = 0, cols = 0; // the window read
    std::int64_t rowStart = 0, colStart = 0;
    std::int64_t totalRows = 0, totalCols = 0; // extents of the row/column axes
    ArrayPreview values;                       // simple dtypes: the same cells decoded (for statistics and pictures)

    const char* cell(std::int64_t r, std::int64_t c) const { return raw.data() + (r * cols + c) * layout.itemsize; }
};

// The request clamped to the array: valid axes, indices inside the shape,
// starts inside the extents. Structured arrays always get colAxis -1.
SliceRequest normalizeSlice(const ArrayInfo& info, bool structured, SliceRequest r);

// Throws ReadError ("preview not available: ...") like readArrayPreview.
ArraySlice readArraySlice(const std::string& documentPath, const ArrayInfo& info, SliceRequest request,
                          const Limits& limits = Limits::defaults(), const std::atomic<bool>* cancel = nullptr);

// A forward-only stream of the array's stored bytes, positioned at its first
// data byte (exposed for the sparse preview, which reads parts of arrays).
std::unique_ptr<ByteSource> openArrayData(const std::string& documentPath, const ArrayInfo& info, const Limits& limits,
                                          const std::atomic<bool>* cancel);

} // namespace skopos
