#pragma once
// Opens any supported model file, choosing the reader by content:
// zip (PK\x03\x04) -> skops, \x93NUMPY -> npy, anything else -> pickle /
// joblib (compressed streams recognised by their magic bytes). The one place
// a name decides: a zip of .npy members without schema.json opens as an npz
// archive only when named *.npz (otherwise it is a skops file missing its
// schema, and the error says so).

#include "tree/Document.h"
#include "tree/OpenOptions.h"

#include <string>

namespace skopos {

enum class FileKind { Missing, Zip, Npy, PickleLike };

FileKind sniffFile(const std::string& path);
// Throws ReadError (message names the problem) or Cancelled.
Document openDocument(const std::string& path, const OpenOptions& options = {});

} // namespace skopos
