#pragma once
// A zip archive that is neither a skops file nor an .npz, but holds pickles:
// PyTorch's format (archive/data.pkl) and zipped pickles. Loaders unpickle
// those members, so each one is read as a pickle stream and audited.

#include "tree/Document.h"
#include "tree/OpenOptions.h"

#include <optional>
#include <string>

namespace skopos {

// The archive as a dict of its pickle members, or nothing when the archive
// has a schema.json (a skops file) or no member that is a pickle.
std::optional<Document> readPickleMembers(const std::string& path, const OpenOptions& options = {});
// The same through an opened file (the document keeps it).
std::optional<Document> readPickleMembers(const FileHandlePtr& file, const OpenOptions& options = {});

} // namespace skopos
