#pragma once
// A standalone .npy file opened as a document: one array node, header only.

#include "tree/Document.h"
#include "tree/OpenOptions.h"

#include <string>

namespace skopos {

Document readNpyFile(const std::string& path, const OpenOptions& options = {});
// The same through an opened file (the document keeps it).
Document readNpyFile(const FileHandlePtr& file, const OpenOptions& options = {});

} // namespace skopos
