#pragma once
// Reads the first elements of an array node's data for previews (the GUI's
// array pane). Inspecting never reads payloads; this is the one place that
// does, on demand, and never more than the caller asks for.
//
// Knows every place ArrayInfo can point to: a (possibly deflated) zip member,
// an array inside an .npz member ("outer.npz/inner.npy"), a range of the file
// itself, a companion file, and a
// range of a decompressed joblib stream (core/io/Decompress.h).

#include "tree/Limits.h"
#include "tree/ObjectTree.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace skopos {

// A numpy descr we can decode: "<f8", "|b1", ">i4", "<U10", "|S5", "<c16".
struct SimpleDType {
    char order = '<'; // '<' little, '>' big ('|' and '=' become little)
    char kind = 0;    // b i u f c S U
    int size = 0;     // bytes per element
    bool valid() const { return kind != 0 && size > 0; }
    bool isText() const { return kind == 'S' || kind == 'U'; }
};
// Returns an invalid SimpleDType for anything else (structured, object, datetime).
SimpleDType parseSimpleDType(const std::string& descr);

struct ArrayStats {
    std::int64_t count = 0; // finite or infinite values that went in (NaN excluded)
    std::int64_t nanCount = 0;
    double min = 0, max = 0, mean = 0, std = 0;
};

struct ArrayPreview {
    SimpleDType dtype;
    std::int64_t total = 0; // elements in the whole array
    std::int64_t count = 0; // elements read (first `count` in storage order)
    bool fortranOrder = false;
    std::vector<double> values;    // real: one per element; complex: re, im pairs
    std::vector<std::string> text; // S/U arrays
    ArrayStats stats;              // real: values; complex: absolute values; none for text
    bool complex() const { return dtype.kind == 'c'; }
    double real(std::int64_t i) const { return complex() ? values[2 * i] : values[i]; }
};

// Reads at most `maxElements` elements. `documentPath` is the opened model
// file (companion paths are resolved against its folder). Throws ReadError
// with a message a user can read ("preview not available: ...") when the
// bytes cannot be reached or the dtype is not a simple numeric/string one.
ArrayPreview readArrayPreview(const std::string& documentPath, const ArrayInfo& info, std::int64_t maxElements,
                              const Limits& limits = Limits::defaults(), const std::atomic<bool>* cancel = nullptr);

// Decodes `count` elements from raw bytes (exposed for tests of byte orders).
void decodeElements(const SimpleDType& dt, const char* bytes, std::int64_t count, ArrayPreview& out);
ArrayStats computeStats(const ArrayPreview& p);

// "zip member 1234.npy at byte 128 (deflated)", "bytes 50..850 of the file", ...
std::string describeLocation(const ArrayInfo& info);

} // namespace skopos
