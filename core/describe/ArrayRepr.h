#pragma once
// repr(ndarray) as numpy 1.24 prints it with its default print options
// (linewidth 75, threshold 1000, edgeitems 3, precision 8, maxprec floats):
// "array([0.1 , 1.25])", "array(['a', 'b'], dtype='<U1')". Reads the
// array's values (ArrayReader), never more than kMaxReprElements of them.

#include "io/ArrayReader.h"
#include "tree/Document.h"

#include <string>
#include <vector>

namespace skopos {

inline constexpr std::int64_t kMaxReprElements = 200000;

// The first `max` values of a numeric or text array node, wherever the reader
// located them (also the escaped bytes protocols 0-2 keep in the tree); false
// when they cannot be read.
bool readArrayValues(const Document& doc, NodeId n, std::int64_t max, ArrayPreview& out);

// numpy's layout of element texts (C order, already formatted) with
// `suffix` (", dtype=object") before the closing parenthesis.
std::string layoutArray(const std::vector<std::string>& words, const std::vector<std::int64_t>& shape, bool summarised,
                        const std::string& suffix);
// Which elements (C-order indices) numpy shows of an array of this shape.
std::vector<std::int64_t> shownElements(const std::vector<std::int64_t>& shape);

// "array(...)" when the values cannot be read or printed.
std::string arrayRepr(const Document& doc, NodeId n);

} // namespace skopos
