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

// ISA-L decodes into a stage of its own and hands out only what lies more
// than kHold bytes behind the point it has decoded to without error (all of
// it once the stream has ended, checksum checked). ISA-L takes some code
// tables zlib refuses and decodes a few bytes of garbage before it fails (on
// real files under 1,000: tst_inflate's blockHeaders); held back, that
// garbage never reaches a reader, whatever sizes the reader asks for, and
// zlib's replay gives what zlib alone gives.
constexpr std::size_t kStage = 256u << 10;
constexpr std::size_t kHold = 64u << 10;

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
        InflateStep s;
        for (;;) {
            if (const std::size_t ready = deliverable(); ready > 0 || finished_) {
                const std::size_t k = std::min(ready, outLen);
                std::memcpy(out, stage_.get() + head_, k);
                head_ += k;
                s.out = k;
                s.end = finished_ && head_ == tail_;
                return s;
            }
            if (!stage_)
                stage_.reset(new unsigned char[kStage]);
            if (head_ > 0) {
                std::memmove(stage_.get(), stage_.get() + head_, tail_ - head_);
                tail_ -= head_;
                head_ = 0;
            }
            const std::size_t chunk = std::min(inLen - s.in, kMaxCall);
            st_->next_in = const_cast<std::uint8_t*>(in + s.in);
            st_->avail_in = static_cast<std::uint32_t>(chunk);
            st_->next_out = stage_.get() + tail_;
            st_->avail_out = static_cast<std::uint32_t>(kStage - tail_);
            // Anything but "fine so far" (errors, a dictionary request, a wrong
            // Adler-32 or CRC-32/length, which ISA-L checks) is zlib's to report.
            if (isal_inflate(st_.get()) != ISAL_DECOMP_OK)
                throw InflateRefused{};
            const std::size_t used = chunk - st_->avail_in;
            const std::size_t made = kStage - tail_ - st_->avail_out;
            s.in += used;
            tail_ += made;
            finished_ = st_->block_state == ISAL_BLOCK_FINISH;
            if (used == 0 && made == 0 && !finished_) {
                if (s.in > 0)
                    return s; // this input is used up: the caller brings more
                // Nothing more comes without input: the data is truncated
                // (or the caller gave no room); zlib measures it as before.
                throw InflateRefused{};
            }
        }
    }
    void reset() override
    {
        isal_inflate_init(st_.get());
        st_->crc_flag = format_ == InflateFormat::Zlib ? ISAL_ZLIB
            : format_ == InflateFormat::Gzip           ? ISAL_GZIP
                                                       : ISAL_DEFLATE;
        st_->hist_bits = 0; // the full 32 KiB window
        headerSeen_ = format_ == InflateFormat::Raw;
        head_ = tail_ = 0;
        finished_ = false;
    }
    bool fast() const override { return true; }

private:
    std::size_t deliverable() const
    {
        const std::size_t staged = tail_ - head_;
        return finished_ ? staged : staged > kHold ? staged - kHold : 0;
    }
    InflateFormat format_;
    std::unique_ptr<inflate_state> st_; // ~40 KB of tables
    bool headerSeen_ = false;
    std::unique_ptr<unsigned char[]> stage_; // decoded, [head_, tail_) not handed out yet
    std::size_t head_ = 0, tail_ = 0;
    bool finished_ = false;
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
