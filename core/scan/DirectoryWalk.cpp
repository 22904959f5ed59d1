#include "scan/DirectoryWalk.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <deque>
#include <set>
#include <utility>

namespace skopos::scan {

namespace {
std::string joinPath(const std::string& dir, const char* name)
{
    if (!dir.empty() && dir.back() == '/')
        return dir + name;
    return dir + '/' + name;
}

std::string errnoText(int e) { return std::strerror(e); }
} // namespace

struct DirectoryWalk::Impl {
    struct Open {
        DIR* dir;
        std::string path;
        dev_t dev;
        ino_t ino;
    };
    std::deque<std::string> roots;
    DirectoryWalk::RootSource moreRoots;
    // Offset of the relative path in every path below the current root.
    std::size_t relativeFrom = 0;
    bool follow = false;
    std::vector<Open> stack;
    // Only when following links: every directory entered, so that a loop or
    // a fan-out of links is entered once. Grows with directories, not files.
    std::set<std::pair<dev_t, ino_t>> entered;

    ~Impl()
    {
        for (auto& o : stack)
            closedir(o.dir);
    }

    // Opens a directory for reading. Returns "" or a problem; sets skipped
    // when the directory was already entered (a loop): no line for that.
    std::string enter(const std::string& path, const struct stat& st, bool& skipped, WalkCounts& counts)
    {
        skipped = false;
        if (follow && !entered.insert({st.st_dev, st.st_ino}).second) {
            skipped = true;
            return {};
        }
        if (stack.size() >= static_cast<std::size_t>(kMaxDirectoryDepth))
            return "directories nested deeper than " + std::to_string(kMaxDirectoryDepth) + " levels: not entered";
        const int fd = open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW));
        if (fd < 0)
            return "cannot read directory: " + errnoText(errno);
        DIR* d = fdopendir(fd);
        if (!d) {
            const int e = errno;
            close(fd);
            return "cannot read directory: " + errnoText(e);
        }
        ++counts.directories;
        stack.push_back({d, path, st.st_dev, st.st_ino});
        return {};
    }
};

DirectoryWalk::DirectoryWalk(std::vector<std::string> roots, bool followSymlinks, RootSource moreRoots)
    : d_(std::make_unique<Impl>())
{
    d_->roots.assign(roots.begin(), roots.end());
    d_->moreRoots = std::move(moreRoots);
    d_->follow = followSymlinks;
}

DirectoryWalk::~DirectoryWalk() = default;

bool DirectoryWalk::next(WalkEntry& out)
{
    Impl& d = *d_;
    out = WalkEntry{};
    for (;;) {
        if (d.stack.empty()) {
            std::string root;
            if (!d.roots.empty()) {
                root = std::move(d.roots.front());
                d.roots.pop_front();
            } else if (!d.moreRoots || !d.moreRoots(root)) {
                return false;
            }
            // joinPath adds a '/' unless the root ends with one.
            d.relativeFrom = root.size() + (!root.empty() && root.back() == '/' ? 0 : 1);
            struct stat st { };
            if (stat(root.c_str(), &st) != 0) {
                out = {WalkEntry::Problem, root, 0, "cannot open: " + errnoText(errno)};
                return true;
            }
            if (S_ISDIR(st.st_mode)) {
                // A named directory is entered even when it is a link (find -H).
                const bool follow = d.follow;
                d.follow = true;
                bool skipped = false;
                std::string problem = d.enter(root, st, skipped, counts_);
                d.follow = follow;
                if (!d.follow)
                    d.entered.clear();
                if (!problem.empty()) {
                    out = {WalkEntry::Problem, root, 0, std::move(problem)};
                    return true;
                }
                continue;
            }
            if (S_ISREG(st.st_mode)) {
                ++counts_.files;
                out = {WalkEntry::File, root, static_cast<std::uint64_t>(st.st_size), {}};
                return true;
            }
            out = {WalkEntry::Problem, root, 0, "not a regular file (FIFO, socket or device): not opened"};
            return true;
        }

        Impl::Open& top = d.stack.back();
        errno = 0;
        const dirent* de = readdir(top.dir);
        if (!de) {
            const int e = errno;
            std::string path = std::move(top.path);
            closedir(top.dir);
            d.stack.pop_back();
            if (e != 0) {
                // The root itself when it was the last open directory.
                out = {WalkEntry::Problem, std::move(path), 0, "error while listing the directory: " + errnoText(e),
                       d.stack.empty() ? 0 : d.relativeFrom};
                return true;
            }
            continue;
        }
        const char* name = de->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        std::string path = joinPath(top.path, name);
        struct stat st { };
        if (fstatat(dirfd(top.dir), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            out = {WalkEntry::Problem, std::move(path), 0, "cannot stat: " + errnoText(errno), d.relativeFrom};
            return true;
        }
        if (S_ISLNK(st.st_mode)) {
            if (!d.follow) {
                ++counts_.symlinks;
                continue;
            }
            if (fstatat(dirfd(top.dir), name, &st, 0) != 0) {
                // Dangling link or a loop of links: there is no file to scan.
                ++counts_.symlinks;
                continue;
            }
        }
        if (S_ISDIR(st.st_mode)) {
            bool skipped = false;
            std::string problem = d.enter(path, st, skipped, counts_);
            if (!problem.empty()) {
                out = {WalkEntry::Problem, std::move(path), 0, std::move(problem), d.relativeFrom};
                return true;
            }
            if (skipped)
                ++counts_.symlinks;
            continue;
        }
        if (S_ISREG(st.st_mode)) {
            ++counts_.files;
            out = {WalkEntry::File, std::move(path), static_cast<std::uint64_t>(st.st_size), {}, d.relativeFrom};
            return true;
        }
        ++counts_.special;
    }
}

} // namespace skopos::scan
