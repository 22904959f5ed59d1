#pragma once
// The two line formats of `skopos scan`. One line per model file, written
// whole, so output cut short by Ctrl+C is still valid line by line.
//
// JSON Lines: one object per line with these fields, always present, in
// this order (documented in README.md and docs/SCALE.md):
//   path            string   as walked (root argument + relative path)
//   size            integer  bytes
//   sha256          string   hex digest of the file's bytes; "" when unread
//   format          string   "skops", "pickle", "joblib", "joblib+zlib", "npy",
//                            "zip" (a zip that is not a skops file), ...;
//                            "" for a path that could not be opened
//   protocol        integer  skops schema protocol / pickle protocol; -1 unknown
//   verdict         string   "clean" | "untrusted" | "dangerous" | "error"
//   untrusted       [string] as `skopos untrusted --json` (sorted)
//   dangerous       [string] as `skopos untrusted --json` (sorted)
//   error           string or null: why the file could not be read
//   sklearn_version string or null: `_sklearn_version` the file records
//   profile         object   {"skops", "sklearn", "numpy", "scipy"} of the trust profile
//   ms              number   milliseconds spent on the file (sniff, hash, read, audit)
//
// Text: "VERDICT  PATH  (FORMAT)  NAMES" with dangerous names marked "!".

#include "scan/FileScan.h"

#include <string>

namespace skopos::scan {

std::string jsonLine(const FileScanResult& r, const std::string& profileJson);
std::string textLine(const FileScanResult& r);

} // namespace skopos::scan
