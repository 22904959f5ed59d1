#pragma once
// Reads a whole pickle stream as Python's loaders meet it, for every reader
// that finds pickles (plain and joblib files, object-array data, zip
// members):
// - each pickle is interpreted by the machine; the first one is the value;
// - pickles after the first STOP are read too (a loader calling pickle.load
//   again runs them), and trailing bytes that are no pickle are reported;
// - on an error, what was decoded before it is kept (pickle.load has already
//   run those calls) and a flat opcode walk lists every global of the stream,
//   so that nothing after the error or a limit stays hidden.

#include "io/ByteSource.h"
#include "tree/Document.h"
#include "tree/OpenOptions.h"

#include <functional>
#include <memory>
#include <set>
#include <string>

namespace skopos::pickle {

struct StreamResult {
    NodeId root = kNoNode;           // the first pickle's value (or what it decoded), wrapped with
                                     // later pickles when there are some
    std::set<std::string> dangerous; // dangerous names met anywhere in the stream
    std::set<std::string> globals;   // every global named (also by the flat walk)
    int protocol = -1;
    bool joblib = false;
    std::string failure;      // the first error met ("" when none)
    bool firstFailed = false; // the error stopped the first pickle, or made the stream
                              // ambiguous (Machine::ambiguous): the stream is refused
                              // unless it names something dangerous
};

// `open` opens the stream at the pickle's first byte (it is called again for
// the flat walk); `inStream` is appended to messages (" (in the zlib-decompressed stream)").
StreamResult readPickleStream(const std::function<std::unique_ptr<ByteSource>()>& open, Document& doc,
                              const OpenOptions& options, Where where, const std::string& dir,
                              const std::string& inStream = {});

// Hangs the dangerous names under `parent` as hidden globals, so the audit
// flags them even where the tree does not reach the value that named them.
void attachDangerousNames(ObjectTree& t, NodeId parent, const std::set<std::string>& names);

} // namespace skopos::pickle
