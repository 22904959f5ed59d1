#pragma once
// `skopos scan --sarif`: the findings of a scan as one SARIF 2.1.0 log
// (OASIS; what GitHub code scanning and other security dashboards read).
//
// One result per file that is not clean, under a stable rule id:
//   SKOPOS001  dangerous   level "error"    loading the file can run code
//   SKOPOS002  untrusted   level "warning"  types skops.io would refuse to load
//   SKOPOS003  unreadable  level "error"    the file could not be read, so it
//                                           was not vetted (a scan never fails open)
// The message names what was found (the dangerous names, the untrusted
// types, or the reader's error). Clean files are not results.
//
// Locations: the path as walked, made absolute against the base directory
// (the working directory of the scan) and cleaned lexically ("." and ".."),
// is written relative to the base with uriBaseId "%SRCROOT%" when it lies
// under it (as GitHub expects: paths relative to the repository checkout),
// and as an absolute file: URI otherwise; bytes outside RFC 3986's
// unreserved set are percent-encoded. Binary files have no lines; the
// region is line 1 because GitHub places an alert on a line.
// Results are sorted by location then rule, so the log of a scan does not
// depend on the order its threads finished in.

#include "scan/FileScan.h"

#include <string>
#include <vector>

namespace skopos::scan {

struct SarifRunInfo {
    std::string toolVersion; // "0.1.0"
    bool interrupted = false;
    bool noModels = false; // the scan found no model file at all
    int exitCode = 0;
};

class SarifLog {
public:
    explicit SarifLog(std::string baseDirectory); // absolute
    // Keeps a result for a dangerous, untrusted or unreadable file.
    void add(const FileScanResult& r);
    std::size_t size() const { return results_.size(); }
    // The whole log, pretty-printed, ending in a newline.
    std::string document(const SarifRunInfo& info) const;

    // The location rule above; `relative` says whether the URI is relative to the base.
    static std::string locationUri(const std::string& path, const std::string& baseDirectory, bool& relative);

private:
    struct Result {
        std::string uri;
        bool relative = false;
        int rule = 0; // index into the rules: 0 dangerous, 1 untrusted, 2 unreadable
        std::string message;
        std::string sha256, format;
    };
    std::string base_;
    std::vector<Result> results_;
};

} // namespace skopos::scan
