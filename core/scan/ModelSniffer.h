#pragma once
// Is this file a model? Decided by content, never by name, for `skopos scan`:
// a folder holds source, data and images next to models, and only models get
// a line. A `.bin`, `.sav` or `.pt` named pickle is still a pickle.
//
//   zip      PK\x03\x04 or PK\x05\x06: a skops file, or a zip that is not one
//            (reported as such by the scan)
//   npy      \x93NUMPY
//   pickle   \x80 + protocol 0..5 (how protocols 2-5 start), or, for any
//            other first byte that is a pickle opcode, when pickle.load
//            would import something from the stream or load it completely.
//            That is decided by running the symbolic pickle machine until
//            it names a global with a valid dotted module and name (GLOBAL,
//            INST, STACK_GLOBAL), reaches STOP, or fails. A stream that
//            fails before naming a global cannot run anything when loaded,
//            so text and binary files that merely start with an opcode
//            letter are not models, while a hand-made protocol 0 stream with
//            prose in front or garbage after STOP still is.
//   joblib   a compressed container joblib knows (io/Decompress.h) whose
//            decompressed stream passes the pickle test above
// Anything else is not a model (no line).

#include <atomic>
#include <cstdint>
#include <string>

namespace skopos::scan {

enum class Sniffed {
    NotModel,
    Zip,
    Npy,
    Pickle,
    MaybePickle, // classifyHead only: the first byte is an opcode, run the probe
    Unreadable,
};

struct SniffResult {
    Sniffed kind = Sniffed::NotModel;
    std::string container; // compressed pickle: "zlib", "gzip", ... (Decompress.h)
    std::string problem;   // Unreadable: why (e.g. "Permission denied")
};

// Opens without blocking (a FIFO swapped in after the walk cannot hang us)
// and refuses anything that is not a regular file.
SniffResult sniffModel(const std::string& path, const std::atomic<bool>* cancel = nullptr);

// The decision on the first bytes alone (no probe).
Sniffed classifyHead(const unsigned char* head, std::size_t n);

// The probe: would pickle.load import something from this (possibly
// compressed) stream, or load it completely?
bool pickleWouldImportOrLoad(const std::string& path, const std::atomic<bool>* cancel = nullptr);

} // namespace skopos::scan
