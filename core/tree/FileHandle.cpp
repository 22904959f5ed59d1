#include "tree/FileHandle.h"

#include "tree/Error.h"

#include <QCryptographicHash>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

namespace skopos {

namespace {
std::int64_t ns(const struct timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec; }
} // namespace

FileHandle::FileHandle(int fd, std::string path) : fd_(fd), path_(std::move(path))
{
    struct stat st { };
    if (fd_ < 0 || fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = -1;
        throw ReadError("cannot open file (not a regular file)");
    }
    size_ = static_cast<std::uint64_t>(st.st_size);
    mtimeNs_ = ns(st.st_mtim);
}

FileHandle::~FileHandle()
{
    if (fd_ >= 0)
        ::close(fd_);
}

std::shared_ptr<const FileHandle> FileHandle::open(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw ReadError("cannot open file (missing or unreadable)");
    return adopt(fd, path);
}

std::shared_ptr<const FileHandle> FileHandle::adopt(int fd, std::string displayPath)
{
    return std::shared_ptr<const FileHandle>(new FileHandle(fd, std::move(displayPath)));
}

std::size_t FileHandle::readAt(char* dst, std::size_t n, std::uint64_t at) const
{
    std::size_t done = 0;
    while (done < n) {
        const ssize_t got = ::pread(fd_, dst + done, n - done, static_cast<off_t>(at + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            throw ReadError("read error", at + done);
        if (got == 0)
            break;
        done += static_cast<std::size_t>(got);
    }
    return done;
}

bool FileHandle::changedSinceOpen() const
{
    struct stat st { };
    if (fstat(fd_, &st) != 0)
        return true;
    return static_cast<std::uint64_t>(st.st_size) != size_ || ns(st.st_mtim) != mtimeNs_;
}

std::string FileHandle::sha256(const std::atomic<bool>* cancel) const
{
    const std::lock_guard lock(hashMutex_);
    if (!sha256_.empty())
        return sha256_;
    if (changedSinceOpen())
        throw ReadError("the file was changed after it was read: reopen it");
    QCryptographicHash h(QCryptographicHash::Sha256);
    std::vector<char> buf(1 << 20);
    std::uint64_t at = 0;
    while (at < size_) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            throw Cancelled();
        const std::size_t got = readAt(buf.data(), buf.size(), at);
        if (got == 0)
            break;
        h.addData(QByteArrayView(buf.data(), static_cast<qsizetype>(got)));
        at += got;
    }
    // A write during the read changes the size or time: the digest would mix two versions.
    if (at != size_ || changedSinceOpen())
        throw ReadError("the file was changed after it was read: reopen it");
    sha256_ = h.result().toHex().toStdString();
    return sha256_;
}

} // namespace skopos
