#pragma once
// A streaming, depth-first walk over files and directories for `skopos scan`
// and the folder view. It never collects paths: it holds one open directory
// stream per level of the current path, so memory does not grow with the
// number of files, only with the depth (capped by kMaxDirectoryDepth).
//
// What comes out: regular files (to be sniffed) and problems (a directory
// that cannot be read, a symlink loop, nesting too deep, a dangling link,
// a named path that does not exist). FIFOs, sockets and devices are counted
// and skipped without ever being opened (opening a FIFO blocks). Symbolic
// links are skipped unless followSymlinks; then directories are entered at
// most once each (device + inode), which stops loops and link fan-out.
// Paths named on the command line are followed even without the option, as
// `find -H` does.
//
// Roots come from the list given, then from `moreRoots` (one at a time, so
// a listing of millions of paths is never held in memory).

#include "tree/Limits.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace skopos::scan {

using limits::kMaxDirectoryDepth; // tree/Limits.h

struct WalkEntry {
    enum Type { File, Problem } type = File;
    std::string path;
    std::uint64_t size = 0; // File: size from stat
    std::string problem;    // Problem: what went wrong, for an error line
    // Where the path relative to the root it was found under starts in
    // `path` (0: the root itself). scan/Shard.h keys files by it.
    std::size_t relativeFrom = 0;
    std::string_view relativePath() const { return std::string_view(path).substr(relativeFrom); }
};

struct WalkCounts {
    std::uint64_t files = 0; // regular files handed out
    std::uint64_t directories = 0;
    std::uint64_t special = 0;  // FIFOs, sockets, devices: never opened
    std::uint64_t symlinks = 0; // links not followed
};

class DirectoryWalk {
public:
    // Fills `root` with the next root; false when there are no more.
    using RootSource = std::function<bool(std::string& root)>;

    DirectoryWalk(std::vector<std::string> roots, bool followSymlinks, RootSource moreRoots = {});
    ~DirectoryWalk();
    DirectoryWalk(const DirectoryWalk&) = delete;
    DirectoryWalk& operator=(const DirectoryWalk&) = delete;

    // Fills `out` with the next file or problem; false when the walk is over.
    bool next(WalkEntry& out);
    const WalkCounts& counts() const { return counts_; }

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
    WalkCounts counts_;
};

} // namespace skopos::scan
