#pragma once
// repr(ndarray) as numpy 1.24 prints it with its default print options
// (linewidth 75, threshold 1000, edgeitems 3, precision 8, maxprec floats):
// "array([0.1 , 1.25])", "array(['a', 'b'], dtype='<U1')". Reads the
// array's values (ArrayReader), never more than kMaxReprElements of them.

#include "tree/Document.h"

#include <string>

namespace skopos {

inline constexpr std::int64_t kMaxReprElements = 200000;

// "array(...)" when the values cannot be read or printed.
std::string arrayRepr(const Document& doc, NodeId n);

} // namespace skopos
