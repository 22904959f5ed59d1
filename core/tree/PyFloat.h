#pragma once
// Python's float text, byte for byte: repr(float) for views and `skopos dis`,
// json.dumps(float) for the skops converter. Both are the shortest decimal
// string that reads back to the same double (std::to_chars gives the digits),
// laid out the way CPython's float repr lays them out:
//   fixed notation while -4 < exponent10 < 16 ("0.0001", "100.0", "1e+16"),
//   scientific otherwise with a signed, at least two-digit exponent ("1e-05",
//   "1.5e+300"), and ".0" added to integral fixed values.

#include <string>

namespace skopos {

// repr(x): "0.1", "1e-07", "1e+16", "100.0", "-0.0", "nan", "inf", "-inf".
std::string pyFloatRepr(double x);
// json.dumps(x): the same, except "NaN", "Infinity", "-Infinity".
std::string pyFloatJson(double x);

} // namespace skopos
