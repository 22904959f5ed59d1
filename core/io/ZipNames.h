#pragma once
// Member names decoded as CPython's zipfile decodes them: UTF-8 (strict, as
// bytes.decode('utf-8') is) when the entry's flag 0x800 is set, else code
// page 437, which maps every byte. The result is UTF-8 in both cases, so two
// names compare equal exactly when zipfile's decoded strings do.

#include <string>
#include <string_view>

namespace skopos {

// Appends the decoded name to `out`; false when the flag asks for UTF-8 and
// the bytes are not valid UTF-8 (zipfile then fails to open the archive).
bool decodeZipName(std::string_view raw, bool utf8Flag, std::string& out);
// True when every byte is ASCII: such a name decodes to itself either way.
bool isAsciiName(std::string_view raw);

} // namespace skopos
