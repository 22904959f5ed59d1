#pragma once
// Reads pickle protocols 0-5 and joblib files (plain, compressed, old formats
// with companion .npy files) into the object tree by interpreting the opcode
// stream symbolically: nothing is imported or executed.

#include "tree/Document.h"
#include "tree/OpenOptions.h"

#include <string>

namespace skopos {

Document readPickleFile(const std::string& path, const OpenOptions& options = {});
// The same through an opened file (the document keeps it).
Document readPickleFile(const FileHandlePtr& file, const OpenOptions& options = {});

} // namespace skopos
