#pragma once
// Reads a .skops file (zip + schema.json) into the object tree without
// importing or constructing anything, for every schema protocol skops has
// written (0, 1, 2). Array payloads are never read: only npy headers.

#include "tree/Document.h"
#include "tree/OpenOptions.h"

#include <string>

namespace skopos {

Document readSkops(const std::string& path, const OpenOptions& options = {});
// The same through an opened file (the document keeps it).
Document readSkops(const FileHandlePtr& file, const OpenOptions& options = {});

} // namespace skopos
