#pragma once
// One opened model file: the descriptor every reader of a Document reads
// through, so the bytes parsed, the bytes previewed and converted, and the
// SHA-256 an approval is bound to all come from the same file, even when the
// path is replaced after opening. Shared (shared_ptr) by the Document, zip
// archives and byte sources opened from it; closed with the last of them.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace skopos {

class FileHandle {
public:
    // Opens path read-only. Throws ReadError when it cannot be opened or is no regular file.
    static std::shared_ptr<const FileHandle> open(const std::string& path);
    // Takes ownership of fd (closed with the handle, also when this throws).
    // displayPath names the file in messages; companion files (joblib's
    // split arrays) are looked for in its folder.
    static std::shared_ptr<const FileHandle> adopt(int fd, std::string displayPath);

    ~FileHandle();
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;

    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    // Size when opened.
    std::uint64_t size() const { return size_; }
    // Reads up to n bytes at `at` (pread: no shared position); fewer only at the end.
    std::size_t readAt(char* dst, std::size_t n, std::uint64_t at) const;

    // SHA-256 (lowercase hex) of the file's bytes, read through this
    // descriptor on first use and kept. Throws ReadError when the file was
    // changed in place since it was opened (its size or modification time
    // differ): the
    // bytes then are not the ones the readers parsed.
    // `cancel` set true from another thread stops it (throws Cancelled).
    std::string sha256(const std::atomic<bool>* cancel = nullptr) const;
    // True when the file's size or modification time differ from when it was opened.
    bool changedSinceOpen() const;

private:
    FileHandle(int fd, std::string path);

    int fd_;
    std::string path_;
    std::uint64_t size_ = 0;
    std::int64_t mtimeNs_ = 0; // not ctime: unlinking or renaming the path changes it, not the bytes
    mutable std::mutex hashMutex_;
    mutable std::string sha256_;
};

using FileHandlePtr = std::shared_ptr<const FileHandle>;

} // namespace skopos
