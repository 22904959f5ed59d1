#pragma once
// Opens each zip archive once for a group of array reads on one thread.
// A sparse matrix's preview reads three to five arrays of the same archive,
// and opening the archive reads its whole directory: for a million-member
// skops file that was a fraction of a second each time, on every preview.
// While a ZipReuse lives on a thread, ZipReuse::open hands the reads on that
// thread the archive already opened for a path; otherwise a fresh one.

#include "tree/Limits.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace skopos {

class ZipArchive;

class ZipReuse {
public:
    ZipReuse();  // this thread's, unless an outer one is already active
    ~ZipReuse(); // closes what it kept
    ZipReuse(const ZipReuse&) = delete;
    ZipReuse& operator=(const ZipReuse&) = delete;

    // The archive at `path` (opened with `limits` the first time). Throws ReadError like ZipArchive.
    static std::shared_ptr<ZipArchive> open(const std::string& path, const Limits& limits);

private:
    bool active_ = false;
    std::vector<std::pair<std::string, std::shared_ptr<ZipArchive>>> open_;
};

} // namespace skopos
