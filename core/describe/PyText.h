#pragma once
// Python's repr of strings and bytes, and numpy's names of dtypes.

#include <string>
#include <string_view>

namespace skopos {

// repr(str) for UTF-8 text: quotes chosen as Python chooses them, escapes of
// control and non-printable characters.
std::string pyStrRepr(std::string_view utf8);
// repr(bytes): b'...'.
std::string pyBytesRepr(std::string_view bytes);
// numpy's name of a simple descr ('<f8' -> "float64", '<U2' -> "<U2"), as
// dtype(...).__str__ prints it; "" when not a simple descr.
std::string numpyDtypeName(std::string_view descr);

} // namespace skopos
