#pragma once
// `skopos scan [PATH...] [--files-from FILE] [--shard I/N] [--jsonl]
//              [--sarif [-o FILE]] [--jobs N] [--follow-symlinks]
//              [--max-size BYTES] [--profile FILE]`
// One line per model file found by content under the paths (scan/ScanLine.h
// documents both formats); --files-from adds one path per line of FILE ("-":
// standard input), read as the walk goes; --shard keeps the files of one
// shard (scan/Shard.h); --sarif writes the findings as SARIF 2.1.0
// (scan/Sarif.h) to standard output instead of the lines, or to FILE with
// -o while the lines still go to standard output.
// Exit code: the worst verdict of all files (0 clean, 1 untrusted, 2 error,
// 4 dangerous); 3 when no model file was found at all (nothing was vetted:
// a scan never passes by finding nothing); 130 when interrupted by SIGINT
// (the lines written until then are complete); 2 on usage errors.

#include <ostream>

namespace skopos {

int runScanCommand(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace skopos
