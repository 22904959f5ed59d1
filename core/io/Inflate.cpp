#include "io/Inflate.h"

#include <zlib.h>

#ifdef SKOPOS_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace skopos {

namespace {

// Both libraries count in 32 bits per call.
constexpr std::size_t kMaxCall = 1u << 30;

int windowBits(InflateFormat f)
{
    switch (f) {
    case InflateFormat::Raw: return -15;
    case InflateFormat::Zlib: return 15;
    case InflateFormat::Gzip: return 31;
    }
    return 15;
}

class ZlibInflater final : public Inflater {
public:
    explicit ZlibInflater(InflateFormat f)
    {
        if (inflateInit2(&z_, windowBits(f)) != Z_OK)
            throw InflateError{InflateError::Memory, "cannot initialise the decoder"};
    }
    ~ZlibInflater() override { inflateEnd(&z_); }
    InflateStep run(const unsigned char* in, std::size_t inLen, unsigned char* out, std::size_t outLen) override
    {
        inLen = std::min(inLen, kMaxCall);
        outLen = std::min(outLen, kMaxCall);
        z_.next_in = const_cast<Bytef*>(in);
        z_.avail_in = static_cast<uInt>(inLen);
        z_.next_out = out;
        z_.avail_out = static_cast<uInt>(outLen);
        const int rc = ::inflate(&z_, Z_NO_FLUSH);
        const InflateStep s{inLen - z_.avail_in, outLen - z_.avail_out, rc == Z_STREAM_END};
        switch (rc) {
        case Z_NEED_DICT: throw InflateError{InflateError::NeedDict, z_.msg ? z_.msg : ""};
        case Z_DATA_ERROR:
        case Z_STREAM_ERROR: throw InflateError{InflateError::Data, z_.msg ? z_.msg : ""};
        case Z_MEM_ERROR: throw InflateError{InflateError::Memory, z_.msg ? z_.msg : ""};
        default: return s; // Z_OK, Z_STREAM_END, or Z_BUF_ERROR (no progress: the caller decides)
        }
    }
    void reset() override { inflateReset(&z_); }
    bool fast() const override { return false; }

private:
    z_stream z_{};
};

#ifdef SKOPOS_HAVE_ISAL

// zlib's header checks that ISA-L does not make the same way: a header zlib
// would refuse (or that asks for a dictionary, or carries a header CRC) goes
// to zlib, which then says what is wrong. false also when the header is not
// all there yet.
bool plainHeader(InflateFormat f, const unsigned char* h, std::size_t n)
{
    if (f == InflateFormat::Zlib) {
        if (n < 2)
            return false;
        const unsigned cmf = h[0], flg = h[1];
        return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0 && !(flg & 0x20);
    }
    if (f == InflateFormat::Gzip) {
        constexpr unsigned kFhcrc = 0x02, kReserved = 0xe0;
        return n >= 10 && h[0] == 0x1f && h[1] == 0x8b && h[2] == 8 && !(h[3] & (kFhcrc | kReserved));
    }
    return true;
}

class IsalInflater final : public Inflater {
public:
    explicit IsalInflater(InflateFormat f) : format_(f), st_(std::make_unique<inflate_state>()) { reset(); }
    InflateStep run(const unsigned char* in, std::size_t inLen, unsigned char* out, std::size_t outLen) override
    {
        if (!headerSeen_) {
            if (!plainHeader(format_, in, inLen))
                throw InflateRefused{};
            headerSeen_ = true;
        }
        inLen = std::min(inLen, kMaxCall);
        outLen = std::min(outLen, kMaxCall);
        st_->next_in = const_cast<std::uint8_t*>(in);
        st_->avail_in = static_cast<std::uint32_t>(inLen);
        st_->next_out = out;
        st_->avail_out = static_cast<std::uint32_t>(outLen);
        // Anything but "fine so far" (errors, a dictionary request, a wrong
        // Adler-32 or CRC-32/length, which ISA-L checks) is zlib's to report.
        if (isal_inflate(st_.get()) != ISAL_DECOMP_OK)
            throw InflateRefused{};
        const InflateStep s{inLen - st_->avail_in, outLen - st_->avail_out, st_->block_state == ISAL_BLOCK_FINISH};
        // No progress: the data is truncated, or the caller gave no room;
        // zlib measures either the same way as before.
        if (!s.end && s.in == 0 && s.out == 0)
            throw InflateRefused{};
        return s;
    }
    void reset() override
    {
        isal_inflate_init(st_.get());
        st_->crc_flag = format_ == InflateFormat::Zlib ? ISAL_ZLIB
            : format_ == InflateFormat::Gzip           ? ISAL_GZIP
                                                       : ISAL_DEFLATE;
        st_->hist_bits = 0; // the full 32 KiB window
        headerSeen_ = format_ == InflateFormat::Raw;
    }
    bool fast() const override { return true; }

private:
    InflateFormat format_;
    std::unique_ptr<inflate_state> st_; // ~40 KB of tables
    bool headerSeen_ = false;
};

#endif

bool zlibForced()
{
    const char* v = std::getenv("SKOPOS_INFLATE");
    return v && std::strcmp(v, "zlib") == 0;
}

} // namespace

std::unique_ptr<Inflater> makeZlibInflater(InflateFormat format) { return std::make_unique<ZlibInflater>(format); }

std::atomic<std::uint64_t> gFallbacks{0};

std::unique_ptr<Inflater> makeFallbackInflater(InflateFormat format)
{
    gFallbacks.fetch_add(1, std::memory_order_relaxed);
    return makeZlibInflater(format);
}

std::uint64_t inflateFallbacks() { return gFallbacks.load(std::memory_order_relaxed); }

std::unique_ptr<Inflater> makeInflater(InflateFormat format)
{
#ifdef SKOPOS_HAVE_ISAL
    if (!zlibForced())
        return std::make_unique<IsalInflater>(format);
#endif
    return makeZlibInflater(format);
}

const char* inflateEngine()
{
#ifdef SKOPOS_HAVE_ISAL
    if (!zlibForced())
        return "isa-l";
#endif
    return "zlib";
}

} // namespace skopos
