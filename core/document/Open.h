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
FileKind sniffFile(const FileHandle& file);
// Throws ReadError (message names the problem) or Cancelled. Opens the file
// once; every reader reads through that descriptor, kept in Document::file.
Document openDocument(const std::string& path, const OpenOptions& options = {});
// The same through a file opened elsewhere (e.g. a descriptor handed to a
// reader process): displayPath names it in messages, its folder is where
// companion files are looked for.
Document openDocument(const FileHandlePtr& file, const OpenOptions& options = {});
// Takes ownership of fd (closed with the document's last user, also on error).
Document openDocument(int fd, const std::string& displayPath, const OpenOptions& options = {});

} // namespace skopos
