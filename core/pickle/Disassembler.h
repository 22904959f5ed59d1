#pragma once
// `skopos dis`: a pickletools.dis-like listing (offset, opcode, argument,
// memo index, indentation by MARK) of a pickle or joblib file; embedded array
// payloads are one line with their size. Streams: fine for 100 MB files.

#include "tree/OpenOptions.h"

#include <ostream>
#include <string>

namespace skopos {

// Throws ReadError (with offset) on malformed input, after printing what it could.
void disassemble(const std::string& path, std::ostream& out, const OpenOptions& options = {});

} // namespace skopos
