#pragma once
// scipy sparse matrices for the preview: where their parts live in the tree
// and the first non-zeros as (row, column, value) triplets.
//
// skops writes a matrix as an .npz member (scipy.sparse.save_npz): arrays
// "format", "shape", "data" and "indices"/"indptr" (csr, csc) or "row"/"col"
// (coo), which the skops reader shows as the node's children. A pickle holds
// the object's __dict__: the same arrays under "state" plus "_shape" (a
// tuple of ints), the format being the class name (csr_matrix, csc_array...).

#include "io/ArraySlice.h"
#include "tree/ObjectTree.h"

#include <optional>

namespace skopos {

struct SparseParts {
    std::string format; // "csr", "csc", "coo", ... ("" until read)
    std::int64_t rows = -1, cols = -1;
    std::optional<ArrayInfo> formatArray, shapeArray; // skops: read to learn format/shape
    std::optional<ArrayInfo> data, indices, indptr, row, col;
};

// Collects what the tree says about sparse node `n` (no reading).
SparseParts findSparseParts(const ObjectTree& t, NodeId n);

struct SparsePreview {
    std::string format;
    std::int64_t rows = 0, cols = 0, nnz = 0; // nnz: stored entries (explicit zeros included, as scipy's nnz)
    SimpleDType dtype;                        // of the values
    std::vector<std::int64_t> row, col;       // the first min(nnz, maxTriplets) entries, in storage order
    std::string values;                       // dtype.size bytes per triplet
    // Dense rendering (duplicates summed, as toarray() does) when rows and
    // cols are both at most maxDense and every entry was read; else empty.
    std::vector<double> dense;
    bool hasDense() const { return !dense.empty(); }
};

// Throws ReadError ("preview not available: ...") for formats other than
// csr/csc/coo, missing parts or indices outside the shape.
SparsePreview readSparsePreview(const std::string& documentPath, const SparseParts& parts, std::int64_t maxTriplets,
                                std::int64_t maxDense = 100, const Limits& limits = Limits::defaults(),
                                const std::atomic<bool>* cancel = nullptr);

// "csr_matrix" / "scipy.sparse._csr.csr_matrix" / "csr_array" -> "csr".
std::string sparseFormatFromType(std::string_view typeName);

} // namespace skopos
