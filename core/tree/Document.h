#pragma once
// What opening one model file gives: the object tree plus what the reader
// learned about the container. Readers fill it; the audit, views, converter
// and CLI read it.

#include "tree/FileHandle.h"
#include "tree/ObjectTree.h"

#include <string>
#include <vector>

namespace skopos {

struct Document {
    std::string path;
    // The descriptor the reader read through (null for documents built
    // elsewhere): previews, conversion and the SHA-256 read the same file.
    FileHandlePtr file;
    std::string format;   // "skops", "pickle", "joblib", "joblib+zlib", ...
    int protocol = -1;    // skops schema protocol or pickle protocol
    std::string producer; // e.g. "skops 0.9.0" (from _skops_version) when known
    ObjectTree tree;
    std::vector<std::string> notes;   // things a user should know (old loaders, missing companions)
    std::vector<std::string> globals; // pickle: every global the stream names, sorted, unique
    // What real skops' get_untrusted_types does with this file, when it would
    // not simply return the list (e.g. raises on a protocol-0 generator).
    std::string skopsAuditFailure;
    // A partial document: the first rows of a file still being read
    // (OpenOptions::onOutline, skops/SchemaOutline.h). Never audited, never
    // trusted, never converted: it only shows rows until the full one comes.
    bool outline = false;
};

} // namespace skopos
