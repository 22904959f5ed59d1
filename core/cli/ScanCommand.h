#pragma once
// `skopos scan PATH... [--jsonl] [--jobs N] [--follow-symlinks]
//                      [--max-size BYTES] [--profile FILE]`
// One line per model file found by content under the paths (scan/ScanLine.h
// documents both formats). Exit code: the worst verdict of all files
// (0 clean, 1 untrusted, 2 error, 4 dangerous), 130 when interrupted by
// SIGINT (the lines written until then are complete), 2 on usage errors.

#include <ostream>

namespace skopos {

int runScanCommand(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace skopos
