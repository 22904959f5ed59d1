#pragma once
// JSON string literals for Skopos' own reports (CLI --json, scan lines):
// UTF-8 passes through, control characters and invalid bytes are escaped
// (invalid bytes as \u00XX, i.e. read as latin-1). The converter writes
// Python's json.dumps form instead (convert/JsonText.h: ASCII escapes).

#include <string>
#include <string_view>

namespace skopos {

std::string jsonQuote(std::string_view s);

} // namespace skopos
