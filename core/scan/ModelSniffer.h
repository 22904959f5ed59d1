#pragma once
// Is this file a model? Decided by content, never by name, for `skopos scan`:
// a folder holds source, data and images next to models, and only models get
// a line. A `.bin`, `.sav` or `.pt` named pickle is still a pickle.
//
//   zip      PK\x03\x04 or PK\x05\x06: a skops file, or a zip that is not one
//            (reported as such by the scan)
//   npy      \x93NUMPY
//   pickle   \x80 + protocol 0..5 (protocols 2-5 always start so), or a
//            protocol 0/1 opcode that can start a stream, checked a little
//            further (INT digits, GLOBAL module line, STRING quote) and a
//            last byte '.' (STOP): text files rarely end in '.' without a
//            newline, pickles always do
//   joblib   a compressed container joblib knows (io/Decompress.h) whose
//            decompressed first bytes start a pickle
// Anything else is not a model (no line). The sniffer reads a few bytes at
// each end and, for compressed files, the first bytes of the stream.

#include <cstdint>
#include <string>

namespace skopos::scan {

enum class Sniffed { NotModel, Zip, Npy, Pickle, Unreadable };

struct SniffResult {
    Sniffed kind = Sniffed::NotModel;
    std::string container; // compressed pickle: "zlib", "gzip", ... (Decompress.h)
    std::string problem;   // Unreadable: why (e.g. "Permission denied")
};

// Opens without blocking (a FIFO swapped in after the walk cannot hang us)
// and refuses anything that is not a regular file.
SniffResult sniffModel(const std::string& path);

// The decision on bytes already read: head = first bytes, last = final byte.
Sniffed classifyHead(const unsigned char* head, std::size_t n, int last);

} // namespace skopos::scan
