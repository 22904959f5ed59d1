#pragma once
// The header numpy's np.save writes (format 1.0, or 2.0 when the header
// outgrows 64 KiB, 3.0 when field names are not latin-1): the dict literal
// with sorted keys, the spare spaces numpy leaves for growing the first
// (C order) or last (Fortran order) axis, padded with spaces and a newline so
// that the data starts on a 64-byte boundary. Same bytes as numpy 1.24.

#include <cstdint>
#include <string>
#include <vector>

namespace skopos::convert {

// `descr` is the Python repr body of the dtype descr as ArrayInfo holds it:
// "<f8" (written quoted) or a structured list "[('a', '<i4'), ...]" (as is).
std::string npyHeader(const std::string& descr, bool fortranOrder, const std::vector<std::int64_t>& shape);

} // namespace skopos::convert
