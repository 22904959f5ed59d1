#pragma once
// Opens any supported model file, choosing the reader by content, never by
// extension: zip (PK\x03\x04) -> skops, \x93NUMPY -> npy, anything else ->
// pickle / joblib (compressed streams recognised by their magic bytes).

#include "tree/Document.h"
#include "tree/OpenOptions.h"

#include <string>

namespace skopos {

enum class FileKind { Missing, Zip, Npy, PickleLike };

FileKind sniffFile(const std::string& path);
// Throws ReadError (message names the problem) or Cancelled.
Document openDocument(const std::string& path, const OpenOptions& options = {});

} // namespace skopos
