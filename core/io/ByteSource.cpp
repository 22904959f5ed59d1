#include "io/ByteSource.h"

#include "tree/Error.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace skopos {

std::uint64_t ByteSource::skip(std::uint64_t n)
{
    char buf[1 << 16];
    std::uint64_t done = 0;
    while (done < n) {
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(sizeof buf, n - done));
        const std::size_t got = read(buf, want);
        if (got == 0)
            break;
        done += got;
    }
    return done;
}

namespace {
class FileSource : public ByteSource {
public:
    explicit FileSource(const std::string& path) : f_(std::fopen(path.c_str(), "rb"))
    {
        if (!f_)
            throw ReadError("cannot open file");
        std::setvbuf(f_, nullptr, _IOFBF, 1 << 16);
        if (std::fseek(f_, 0, SEEK_END) == 0) {
            const long end = std::ftell(f_);
            size_ = end > 0 ? static_cast<std::uint64_t>(end) : 0;
        }
        std::fseek(f_, 0, SEEK_SET);
    }
    ~FileSource() override { std::fclose(f_); }
    std::size_t read(char* dst, std::size_t n) override
    {
        const std::size_t got = std::fread(dst, 1, n, f_);
        if (got < n && std::ferror(f_))
            throw ReadError("read error", pos_ + got);
        pos_ += got;
        return got;
    }
    std::uint64_t skip(std::uint64_t n) override
    {
        const std::uint64_t left = size_ > pos_ ? size_ - pos_ : 0;
        const std::uint64_t k = std::min(n, left);
        if (fseeko(f_, static_cast<off_t>(pos_ + k), SEEK_SET) != 0)
            throw ReadError("seek failed", pos_);
        pos_ += k;
        return k;
    }
    std::uint64_t position() const override { return pos_; }
    std::uint64_t sizeHint() const override { return size_; }

private:
    std::FILE* f_;
    std::uint64_t pos_ = 0;
    std::uint64_t size_ = 0;
};
} // namespace

std::unique_ptr<ByteSource> openFileSource(const std::string& path) { return std::make_unique<FileSource>(path); }

namespace {
// pread through the shared handle, buffered for small reads.
class HandleSource : public ByteSource {
public:
    explicit HandleSource(FileHandlePtr file) : file_(std::move(file)), buf_(1 << 16) { }
    std::size_t read(char* dst, std::size_t n) override
    {
        std::size_t done = 0;
        if (bufPos_ < bufLen_) {
            done = std::min(n, bufLen_ - bufPos_);
            std::memcpy(dst, buf_.data() + bufPos_, done);
            bufPos_ += done;
        }
        if (done < n && n - done >= buf_.size()) {
            done += file_->readAt(dst + done, n - done, pos_ + done);
        } else if (done < n) {
            bufLen_ = file_->readAt(buf_.data(), buf_.size(), pos_ + done);
            bufPos_ = std::min(n - done, bufLen_);
            std::memcpy(dst + done, buf_.data(), bufPos_);
            done += bufPos_;
        }
        pos_ += done;
        return done;
    }
    std::uint64_t skip(std::uint64_t n) override
    {
        const std::uint64_t size = file_->size();
        const std::uint64_t k = std::min(n, size > pos_ ? size - pos_ : 0);
        const std::uint64_t buffered = bufLen_ - bufPos_;
        if (k <= buffered)
            bufPos_ += static_cast<std::size_t>(k);
        else
            bufPos_ = bufLen_ = 0;
        pos_ += k;
        return k;
    }
    std::uint64_t position() const override { return pos_; }
    std::uint64_t sizeHint() const override { return file_->size(); }

private:
    FileHandlePtr file_;
    std::vector<char> buf_;
    std::size_t bufPos_ = 0, bufLen_ = 0;
    std::uint64_t pos_ = 0;
};
} // namespace

std::unique_ptr<ByteSource> openFileSource(FileHandlePtr file)
{
    return std::make_unique<HandleSource>(std::move(file));
}

namespace {
class MemorySource : public ByteSource {
public:
    explicit MemorySource(std::string owned) : owned_(std::move(owned)), view_(owned_) { }
    explicit MemorySource(std::string_view view) : view_(view) { }
    std::size_t read(char* dst, std::size_t n) override
    {
        const std::size_t k = std::min(n, view_.size() - pos_);
        std::memcpy(dst, view_.data() + pos_, k);
        pos_ += k;
        return k;
    }
    std::uint64_t position() const override { return pos_; }
    std::uint64_t sizeHint() const override { return view_.size(); }

private:
    std::string owned_; // before view_: view_ may point into it
    std::string_view view_;
    std::size_t pos_ = 0;
};
} // namespace

std::unique_ptr<ByteSource> openMemorySource(std::string bytes)
{
    return std::make_unique<MemorySource>(std::move(bytes));
}
std::unique_ptr<ByteSource> openMemoryView(std::string_view bytes) { return std::make_unique<MemorySource>(bytes); }

} // namespace skopos
