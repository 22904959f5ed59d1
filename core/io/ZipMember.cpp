#include "io/ZipMember.h"

#include "io/Inflate.h"
#include "tree/Error.h"

#include <bzlib.h>
#include <lzma.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace skopos {

namespace {

class FileBytes final : public ZipBytes {
public:
    FileBytes(int fd, const std::string& what) : fd_(fd)
    {
        struct stat st { };
        if (fd_ < 0 || fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
            if (fd_ >= 0)
                ::close(fd_);
            throw ReadError(what + " cannot be read as a file");
        }
        size_ = static_cast<std::uint64_t>(st.st_size);
    }
    ~FileBytes() override
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    std::size_t readAt(char* dst, std::size_t n, std::uint64_t at) const override
    {
        std::size_t done = 0;
        while (done < n) {
            const ssize_t got = ::pread(fd_, dst + done, n - done, static_cast<off_t>(at + done));
            if (got <= 0)
                break;
            done += static_cast<std::size_t>(got);
        }
        return done;
    }
    int fd() const override { return fd_; }

private:
    int fd_;
};

class HandleBytes final : public ZipBytes {
public:
    explicit HandleBytes(FileHandlePtr file) : file_(std::move(file)) { size_ = file_->size(); }
    std::size_t readAt(char* dst, std::size_t n, std::uint64_t at) const override { return file_->readAt(dst, n, at); }
    int fd() const override { return file_->fd(); }

private:
    FileHandlePtr file_;
};

// A device is one position shared by all readers: one at a time.
class DeviceBytes final : public ZipBytes {
public:
    DeviceBytes(QIODevice* device, const std::string& what) : device_(device)
    {
        if (!device_ || (!device_->isOpen() && !device_->open(QIODevice::ReadOnly)) || device_->isSequential())
            throw ReadError(what + " cannot be read");
        size_ = static_cast<std::uint64_t>(std::max<qint64>(device_->size(), 0));
    }
    std::size_t readAt(char* dst, std::size_t n, std::uint64_t at) const override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (at >= size_ || !device_->seek(static_cast<qint64>(at)))
            return 0;
        std::size_t done = 0;
        while (done < n) {
            const qint64 got = device_->read(dst + done, static_cast<qint64>(n - done));
            if (got <= 0)
                break;
            done += static_cast<std::size_t>(got);
        }
        return done;
    }

private:
    QIODevice* device_;
    mutable std::mutex mutex_;
};

constexpr std::size_t kInChunk = 1 << 16;

class MemberStream final : public ByteSource {
public:
    MemberStream(std::shared_ptr<const ZipBytes> bytes, ZipMemberSpec spec)
        : bytes_(std::move(bytes)), spec_(std::move(spec))
    {
        const std::uint64_t avail = spec_.dataStart < bytes_->size() ? bytes_->size() - spec_.dataStart : 0;
        inLimit_ = std::min(spec_.compressedSize, avail);
    }
    ~MemberStream() override
    {
        if (bzInit_)
            BZ2_bzDecompressEnd(&bz_);
        if (lzInit_)
            lzma_end(&lz_);
    }

    std::size_t read(char* dst, std::size_t n) override
    {
        if (finished_)
            return 0;
        if (!started_)
            start();
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(n, spec_.size - produced_));
        std::size_t got = 0;
        while (got < want && !exhausted_)
            got += produce(dst + got, want - got);
        if (got == 0) {
            finish();
            return 0;
        }
        crc_ = crc32_z(crc_, reinterpret_cast<const Bytef*>(dst), got);
        produced_ += got;
        return got;
    }
    std::uint64_t position() const override { return produced_; }
    std::uint64_t inputPosition() const override { return inPos_; }

private:
    [[noreturn]] void fail(const std::string& why) const
    {
        throw ReadError("member \"" + spec_.name.substr(0, 200) + "\" " + why);
    }

    void start()
    {
        started_ = true;
        // zipfile's first read of a member with compressed bytes fails at once
        // when none are there.
        if (spec_.compressedSize > 0 && inLimit_ == 0)
            fail("is truncated (its data lies past the end of the archive)");
        switch (spec_.method) {
        case 0: break;
        case 8: try { inflater_ = makeInflater(InflateFormat::Raw);
            } catch (const InflateError&) {
                fail("cannot be inflated (out of memory)");
            }
            break;
        case 12:
            std::memset(&bz_, 0, sizeof bz_);
            if (BZ2_bzDecompressInit(&bz_, 0, 0) != BZ_OK)
                fail("cannot be decompressed (bzip2 init failed)");
            bzInit_ = true;
            break;
        case 14: startLzma(); break;
        default:
            fail("uses compression method " + std::to_string(spec_.method) + ", which Python's zipfile does not read");
        }
    }

    // zipfile's LZMA member: 2 version bytes, a 2-byte properties size, the
    // properties, then raw LZMA1. zipfile builds the decoder only once it has
    // more bytes than the header: a member no longer than that is empty.
    void startLzma()
    {
        char head[4];
        if (inLimit_ <= 4 || pull(head, 4) != 4) {
            exhausted_ = true;
            return;
        }
        const auto psize = static_cast<std::size_t>(static_cast<unsigned char>(head[2])
                                                    | (static_cast<unsigned char>(head[3]) << 8));
        if (inLimit_ <= 4 + psize) {
            exhausted_ = true;
            return;
        }
        std::string props(psize, '\0');
        if (pull(props.data(), psize) != psize)
            fail("is truncated");
        lzma_filter filters[2] = {{LZMA_FILTER_LZMA1, nullptr}, {LZMA_VLI_UNKNOWN, nullptr}};
        if (lzma_properties_decode(&filters[0], nullptr, reinterpret_cast<const std::uint8_t*>(props.data()), psize)
            != LZMA_OK)
            fail("has invalid LZMA properties");
        const std::uint64_t mem = lzma_raw_decoder_memusage(filters);
        lz_ = LZMA_STREAM_INIT;
        const lzma_ret r = mem > (1ull << 30) ? LZMA_MEMLIMIT_ERROR : lzma_raw_decoder(&lz_, filters);
        free(filters[0].options);
        if (r == LZMA_MEMLIMIT_ERROR)
            fail("asks for an LZMA dictionary larger than 1 GiB (refused)");
        if (r != LZMA_OK)
            fail("has invalid LZMA properties");
        lzInit_ = true;
    }

    // Raw bytes of the compressed data, in order.
    std::size_t pull(char* dst, std::size_t n)
    {
        const auto k = static_cast<std::size_t>(std::min<std::uint64_t>(n, inLimit_ - inPos_));
        const std::size_t got = k ? bytes_->readAt(dst, k, spec_.dataStart + inPos_) : 0;
        if (got != k)
            fail("cannot be read (the archive is shorter than it was)");
        inPos_ += got;
        return got;
    }
    bool refill()
    {
        if (inLen_ > 0)
            return true;
        in_.resize(kInChunk);
        inLen_ = pull(in_.data(), in_.size());
        inCur_ = in_.data();
        return inLen_ > 0;
    }

    // Up to n output bytes; sets exhausted_ once nothing more can come.
    std::size_t produce(char* dst, std::size_t n)
    {
        switch (spec_.method) {
        case 0: {
            const std::size_t got = pull(dst, n);
            if (got == 0)
                exhausted_ = true;
            return got;
        }
        case 8: return inflateSome(dst, n);
        case 12: return bunzipSome(dst, n);
        default: return unlzmaSome(dst, n);
        }
    }

    std::size_t inflateSome(char* dst, std::size_t n)
    {
        auto* out = reinterpret_cast<unsigned char*>(dst);
        n = std::min<std::size_t>(n, 1u << 30);
        std::size_t done = 0;
        while (done < n) {
            const bool more = refill();
            InflateStep s;
            try {
                s = inflater_->run(reinterpret_cast<const unsigned char*>(inCur_), inLen_, out + done, n - done);
            } catch (const InflateRefused&) {
                restartWithZlib(inflated_ + done);
                continue;
            } catch (const InflateError& e) {
                failInflate(e);
            }
            inCur_ += s.in;
            inLen_ -= s.in;
            done += s.out;
            if (s.end) {
                ended_ = exhausted_ = true;
                break;
            }
            if (!more && s.out == 0) { // no input left and nothing came out
                exhausted_ = true;
                break;
            }
        }
        inflated_ += done;
        return done;
    }
    [[noreturn]] void failInflate(const InflateError& e) const
    {
        fail("is corrupt (invalid deflate data: " + (e.detail.empty() ? std::string("error") : e.detail) + ")");
    }
    // ISA-L stopped (io/Inflate.h): zlib inflates the member again from its
    // first byte up to what was already decoded, and goes on from there, so
    // the rest, the errors and the CRC are what zlib alone gives.
    void restartWithZlib(std::uint64_t decoded)
    {
        inflater_ = makeFallbackInflater(InflateFormat::Raw);
        inPos_ = 0;
        inLen_ = 0;
        std::vector<unsigned char> sink(kInChunk);
        std::uint64_t again = 0;
        while (again < decoded) {
            const bool more = refill();
            InflateStep s;
            try {
                s = inflater_->run(reinterpret_cast<const unsigned char*>(inCur_), inLen_, sink.data(),
                                   static_cast<std::size_t>(std::min<std::uint64_t>(sink.size(), decoded - again)));
            } catch (const InflateError& e) {
                failInflate(e);
            }
            inCur_ += s.in;
            inLen_ -= s.in;
            again += s.out;
            if (s.end || (!more && s.out == 0)) {
                ended_ = s.end;
                exhausted_ = true;
                return;
            }
        }
    }

    std::size_t bunzipSome(char* dst, std::size_t n)
    {
        bz_.next_out = dst;
        bz_.avail_out = static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30));
        while (bz_.avail_out > 0) {
            const bool more = refill();
            bz_.next_in = inCur_;
            bz_.avail_in = static_cast<unsigned>(inLen_);
            const unsigned before = bz_.avail_out;
            const int r = BZ2_bzDecompress(&bz_);
            inCur_ = bz_.next_in;
            inLen_ = bz_.avail_in;
            if (r == BZ_STREAM_END) {
                ended_ = exhausted_ = true;
                break;
            }
            if (r != BZ_OK)
                fail("is corrupt (invalid bzip2 data, error " + std::to_string(r) + ")");
            if (!more && bz_.avail_out == before) {
                exhausted_ = true;
                break;
            }
        }
        return n - bz_.avail_out;
    }

    std::size_t unlzmaSome(char* dst, std::size_t n)
    {
        if (!lzInit_) { // a member no longer than its LZMA header
            exhausted_ = true;
            return 0;
        }
        lz_.next_out = reinterpret_cast<std::uint8_t*>(dst);
        lz_.avail_out = n;
        while (lz_.avail_out > 0) {
            const bool more = refill();
            lz_.next_in = reinterpret_cast<const std::uint8_t*>(inCur_);
            lz_.avail_in = inLen_;
            const std::size_t before = lz_.avail_out;
            const lzma_ret r = lzma_code(&lz_, LZMA_RUN);
            inCur_ = const_cast<char*>(reinterpret_cast<const char*>(lz_.next_in));
            inLen_ = lz_.avail_in;
            if (r == LZMA_STREAM_END) {
                ended_ = exhausted_ = true;
                break;
            }
            // No progress: the end of the input (as Python's lzma module
            // takes it), or corrupt data when input is left.
            if (r == LZMA_BUF_ERROR || (r == LZMA_OK && !more && lz_.avail_out == before)) {
                if (inLen_ > 0)
                    fail("is corrupt (invalid LZMA data)");
                exhausted_ = true;
                break;
            }
            if (r != LZMA_OK)
                fail("is corrupt (invalid LZMA data, error " + std::to_string(static_cast<int>(r)) + ")");
        }
        return n - lz_.avail_out;
    }

    // The member ended for this reader: decode what zipfile would still
    // decode (to see its errors), then zipfile's end-of-member checks.
    void finish()
    {
        finished_ = true;
        if (!exhausted_ && spec_.method != 0) {
            std::vector<char> sink(kInChunk);
            std::uint64_t extra = 0;
            while (!exhausted_) {
                extra += produce(sink.data(), sink.size());
                if (extra > kMaxOverrun)
                    fail("decodes to more than its declared " + std::to_string(spec_.size)
                         + " bytes (zipfile would cut it there; refused as forged)");
            }
        }
        const bool whole = inLimit_ == spec_.compressedSize; // every declared compressed byte was there
        const bool truncated = !ended_ && !whole && produced_ < spec_.size;
        // ISA-L may have taken code tables zlib refuses (io/Inflate.h): before
        // blaming the CRC, zlib decodes the member once more and throws its
        // own error if it has one, as it would have reading alone.
        if ((truncated || crc_ != spec_.crc) && inflater_ && inflater_->fast())
            restartWithZlib(UINT64_MAX);
        if (truncated)
            fail("is truncated (the archive ends inside its data)");
        if (crc_ != spec_.crc)
            fail("is corrupt (bad CRC-32)");
    }

    std::shared_ptr<const ZipBytes> bytes_;
    ZipMemberSpec spec_;
    std::uint64_t inLimit_ = 0; // compressed bytes that can be read: declared, cut at the end of the file
    std::uint64_t inPos_ = 0;
    std::vector<char> in_;
    char* inCur_ = nullptr;
    std::size_t inLen_ = 0;
    std::uint64_t produced_ = 0;
    std::uint32_t crc_ = 0;
    bool started_ = false, finished_ = false;
    bool exhausted_ = false; // nothing more can be decoded
    bool ended_ = false;     // the compressed stream's end marker was reached
    std::unique_ptr<Inflater> inflater_;
    std::uint64_t inflated_ = 0; // bytes the inflater gave, handed out or not
    bz_stream bz_{};
    bool bzInit_ = false;
    lzma_stream lz_ = LZMA_STREAM_INIT;
    bool lzInit_ = false;
};

} // namespace

std::shared_ptr<ZipBytes> zipFileBytes(int fd, const std::string& what)
{
    return std::make_shared<FileBytes>(fd, what);
}

std::shared_ptr<ZipBytes> zipHandleBytes(FileHandlePtr file) { return std::make_shared<HandleBytes>(std::move(file)); }

std::shared_ptr<ZipBytes> zipDeviceBytes(QIODevice* device, const std::string& what)
{
    return std::make_shared<DeviceBytes>(device, what);
}

std::unique_ptr<ByteSource> openZipMemberStream(std::shared_ptr<const ZipBytes> bytes, ZipMemberSpec spec)
{
    return std::make_unique<MemberStream>(std::move(bytes), std::move(spec));
}

} // namespace skopos
