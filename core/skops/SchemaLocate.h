#pragma once
// Where a skops archive's schema.json lies, found the quick way for the
// outline (SchemaOutline.h) while the full read opens the archive properly:
// the end records, then one walk over the central directory comparing names,
// then the member's local header. No per-entry allocation, no index, no
// checks beyond what keeps the walk inside the file: an archive the full read
// refuses may still be located (its outline is replaced by the full read's
// error), and anything unexpected (no schema.json, two of them, a compressed
// or encrypted one, sizes past the file or the limits) locates nothing.

#include "tree/FileHandle.h"
#include "tree/Limits.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace skopos {

struct StoredMember {
    std::uint64_t offset = 0; // first data byte in the file
    std::uint64_t size = 0;
};

// The stored schema.json of the archive whose bytes are `file` (mapped whole).
std::optional<StoredMember> locateStoredSchema(std::string_view file, const Limits& limits);

} // namespace skopos
