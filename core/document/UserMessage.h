#pragma once
// Why a file did not open, in the user's words: a short summary ("The file is
// empty.") and the technical detail (the reader's ReadError message, the
// errno text) for those who want it. The GUI shows the summary with the
// detail one click away; the CLI prints both. Widget-free, so both share it.
//
// The decision rests on facts about the file (exists, folder, readable, size,
// first bytes) and on the reader's message: a message naming a truncation on
// a file that starts like a model means an interrupted download; a file that
// starts like no model format is "not a pickle or model file".

#include <cstdint>
#include <string>

namespace skopos {

enum class FailureKind {
    Missing,          // no such file
    Folder,           // a directory (callers offer a folder scan)
    PermissionDenied, // open() refused (EACCES/EPERM)
    Empty,            // zero bytes
    NotAModel,        // starts like no pickle, zip, npy or compressed stream
    Incomplete,       // starts like a model, ends early
    Damaged,          // starts like a model, something else is wrong
    OutOfMemory,
};

// What can be known about a path without parsing it.
struct FileFacts {
    bool exists = false;
    bool isFolder = false;
    int openErrno = 0; // errno of open(O_RDONLY), 0 when it opened
    std::uint64_t size = 0;
    std::string head; // up to the first 16 bytes
};

struct UserMessage {
    FailureKind kind = FailureKind::Damaged;
    std::string summary; // one sentence, English (the GUI has translated ones per kind)
    std::string detail;  // the reader's message or the system's, as is
};

FileFacts fileFacts(const std::string& path);
// `error` is what the reader reported (ReadError::what(), or empty when the
// failure came before reading, e.g. a folder).
UserMessage classifyFailure(const FileFacts& facts, const std::string& error);
inline UserMessage describeFailure(const std::string& path, const std::string& error)
{
    return classifyFailure(fileFacts(path), error);
}
// True when the reader's message names a file that stops early.
bool mentionsTruncation(const std::string& error);
// True when the first bytes are a format Skopos reads (zip, npy, a binary
// pickle protocol, gzip/bz2/xz/lzma/zlib, or a text pickle's usual start).
bool startsLikeModel(const std::string& head);
// The English summary for a kind (the CLI's words).
std::string failureSummary(FailureKind kind);

} // namespace skopos
