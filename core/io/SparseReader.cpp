#include "io/SparseReader.h"
#include "io/ElementBytes.h"

#include "io/ByteSource.h"
#include "io/ZipReuse.h"
#include "tree/Error.h"

#include <algorithm>
#include <cmath>

namespace skopos {

namespace {

std::optional<ArrayInfo> arrayChild(const ObjectTree& t, NodeId n, std::string_view label)
{
    const ArrayInfo* a = t.array(t.child(n, label));
    return a ? std::optional<ArrayInfo>(*a) : std::nullopt;
}

// The first `count` elements of a 1-d integer array as int64.
std::vector<std::int64_t> readInts(const std::string& path, const ArrayInfo& a, std::int64_t count,
                                   const Limits& limits, const std::atomic<bool>* cancel, const char* what)
{
    const SimpleDType dt = parseSimpleDType(a.descr);
    if (!dt.valid() || (dt.kind != 'i' && dt.kind != 'u'))
        previewUnavailable(std::string("the sparse matrix's ") + what + " are not integers (" + a.descr + ")");
    SliceRequest r;
    r.maxRows = r.maxElements = std::max<std::int64_t>(count, 1);
    r.maxBytes = count * dt.size + 8;
    ArrayInfo flat = a;
    flat.shape = {a.elementCount()};
    ArraySlice s = readArraySlice(path, flat, r, limits, cancel);
    std::vector<std::int64_t> out;
    out.reserve(static_cast<std::size_t>(s.rows));
    for (std::int64_t i = 0; i < s.rows && i < count; ++i)
        out.push_back(static_cast<std::int64_t>(s.values.values[static_cast<std::size_t>(i)]));
    return out;
}

} // namespace

std::string sparseFormatFromType(std::string_view type)
{
    if (const auto dot = type.rfind('.'); dot != std::string_view::npos)
        type.remove_prefix(dot + 1);
    for (std::string_view suffix : {"_matrix", "_array"})
        if (type.size() > suffix.size() && type.substr(type.size() - suffix.size()) == suffix)
            return std::string(type.substr(0, type.size() - suffix.size()));
    return {};
}

SparseParts findSparseParts(const ObjectTree& t, NodeId n)
{
    SparseParts p;
    NodeId holder = n;
    if (const NodeId state = t.child(n, "state"); state != kNoNode) { // pickle: the __dict__
        holder = state;
        p.format = sparseFormatFromType(t.typeName(n));
        NodeId shape = t.child(state, "_shape");
        if (shape == kNoNode)
            shape = t.child(state, "shape"); // older scipy
        std::vector<std::int64_t> dims;
        for (const auto& [label, c] : t.children(shape))
            if (t.node(c).kind == Kind::Int)
                dims.push_back(t.node(c).value.i);
        if (dims.size() == 2) {
            p.rows = dims[0];
            p.cols = dims[1];
        }
    } else {
        p.formatArray = arrayChild(t, n, "format");
        p.shapeArray = arrayChild(t, n, "shape");
        if (!t.strValue(n).empty())
            p.format = std::string(t.strValue(n));
    }
    p.data = arrayChild(t, holder, "data");
    p.indices = arrayChild(t, holder, "indices");
    p.indptr = arrayChild(t, holder, "indptr");
    p.row = arrayChild(t, holder, "row");
    p.col = arrayChild(t, holder, "col");
    return p;
}

SparsePreview readSparsePreview(const std::string& path, const SparseParts& parts, std::int64_t maxTriplets,
                                std::int64_t maxDense, const Limits& limits, const std::atomic<bool>* cancel)
{
    ZipReuse reuse; // its parts are members of one archive: its directory is read once
    SparsePreview out;
    out.format = parts.format;
    if (out.format.empty() && parts.formatArray) {
        const ArrayPreview f = readArrayPreview(path, *parts.formatArray, 1, limits, cancel);
        if (!f.text.empty())
            out.format = f.text[0];
    }
    out.rows = parts.rows;
    out.cols = parts.cols;
    if ((out.rows < 0 || out.cols < 0) && parts.shapeArray) {
        const std::vector<std::int64_t> s = readInts(path, *parts.shapeArray, 2, limits, cancel, "shape");
        if (s.size() == 2) {
            out.rows = s[0];
            out.cols = s[1];
        }
    }
    if (out.rows < 0 || out.cols < 0)
        previewUnavailable("the sparse matrix's shape is not known");
    if (out.format != "csr" && out.format != "csc" && out.format != "coo")
        previewUnavailable("sparse format \"" + out.format + "\" is not previewed (csr, csc and coo are)");
    if (!parts.data)
        previewUnavailable("the sparse matrix has no data array");
    out.dtype = parseSimpleDType(parts.data->descr);
    if (!out.dtype.valid() || out.dtype.isText())
        previewUnavailable("the sparse values' dtype " + parts.data->descr + " is not numeric");
    out.nnz = parts.data->elementCount();
    if (out.nnz < 0)
        previewUnavailable("the number of stored values is unknown");
    const std::int64_t n = std::min(out.nnz, std::max<std::int64_t>(maxTriplets, 0));

    if (out.format == "coo") {
        if (!parts.row || !parts.col)
            previewUnavailable("the coo matrix lacks its row or col array");
        out.row = readInts(path, *parts.row, n, limits, cancel, "rows");
        out.col = readInts(path, *parts.col, n, limits, cancel, "columns");
    } else {
        if (!parts.indices || !parts.indptr)
            previewUnavailable("the " + out.format + " matrix lacks its indices or indptr array");
        const bool csr = out.format == "csr";
        const std::int64_t major = csr ? out.rows : out.cols;
        std::vector<std::int64_t> minor = readInts(path, *parts.indices, n, limits, cancel, "indices");
        // indptr: one entry per row (csr) or column (csc) plus one; read the
        // prefix that covers the first n entries (capped at the same count).
        const std::int64_t ptrCount = std::min<std::int64_t>({parts.indptr->elementCount(), major + 1, 2'000'001});
        const std::vector<std::int64_t> ptr = readInts(path, *parts.indptr, ptrCount, limits, cancel, "indptr");
        std::vector<std::int64_t> majorOf;
        majorOf.reserve(minor.size());
        std::int64_t m = 0;
        for (std::int64_t k = 0; k < static_cast<std::int64_t>(minor.size()); ++k) {
            while (m + 1 < static_cast<std::int64_t>(ptr.size()) && ptr[static_cast<std::size_t>(m + 1)] <= k)
                ++m;
            if (m + 1 >= static_cast<std::int64_t>(ptr.size()))
                break; // indptr read does not reach this entry
            majorOf.push_back(m);
        }
        minor.resize(majorOf.size());
        out.row = csr ? majorOf : minor;
        out.col = csr ? minor : majorOf;
    }
    const std::int64_t got = std::min<std::int64_t>(
        {n, static_cast<std::int64_t>(out.row.size()), static_cast<std::int64_t>(out.col.size())});
    out.row.resize(static_cast<std::size_t>(got));
    out.col.resize(static_cast<std::size_t>(got));
    for (std::int64_t k = 0; k < got; ++k)
        if (out.row[k] < 0 || out.row[k] >= out.rows || out.col[k] < 0 || out.col[k] >= out.cols)
            throw ReadError("sparse entry " + std::to_string(k) + " at (" + std::to_string(out.row[k]) + ", "
                            + std::to_string(out.col[k]) + ") lies outside the shape");
    {
        SliceRequest r;
        r.maxRows = r.maxElements = std::max<std::int64_t>(got, 1);
        r.maxBytes = std::max<std::int64_t>(got, 1) * out.dtype.size;
        ArrayInfo flat = *parts.data;
        flat.shape = {out.nnz};
        ArraySlice s = readArraySlice(path, flat, r, limits, cancel);
        out.values = s.raw.substr(0, static_cast<std::size_t>(got * out.dtype.size));
        if (got == out.nnz && out.rows <= maxDense && out.cols <= maxDense && out.rows * out.cols > 0
            && !out.dtype.isText() && out.dtype.kind != 'c') {
            out.dense.assign(static_cast<std::size_t>(out.rows * out.cols), 0.0);
            for (std::int64_t k = 0; k < got; ++k)
                out.dense[static_cast<std::size_t>(out.row[k] * out.cols + out.col[k])] +=
                    s.values.values[static_cast<std::size_t>(k)];
        }
    }
    return out;
}

} // namespace skopos
