#pragma once
// JSON string literals for Skopos' own reports (CLI --json, scan lines):
// well-formed UTF-8 passes through, control characters are escaped, a lone
// surrogate (ED A0..BF xx, as the readers keep a Python str's) becomes its
// \udXXX escape, and every byte of anything else that is not UTF-8 --
// overlong forms, code points above U+10FFFF, truncated sequences, stray
// bytes -- is escaped as \u00XX (read as latin-1): the report stays valid
// UTF-8 and is still written for a file full of such bytes. The converter
// writes Python's json.dumps form instead (convert/JsonText.h: ASCII escapes,
// and it refuses such bytes).

#include <string>
#include <string_view>

namespace skopos {

std::string jsonQuote(std::string_view s);

} // namespace skopos
