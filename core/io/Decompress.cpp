#include "io/Decompress.h"

#include "io/Bz2Blocks.h"
#include "io/Inflate.h"
#include "tree/Error.h"
#include "tree/Limits.h"

#include <bzlib.h>
#include <lz4frame.h>
#include <lzma.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <cstring>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <future>
#include <thread>
#include <utility>

namespace skopos {

namespace {

constexpr std::size_t kInputBuffer = 1 << 16; // compressed bytes held at once
constexpr std::size_t kOutputStep = 1 << 20;  // output per decoder call, so limits are checked often
constexpr std::size_t kMagicMax = 6;          // longest prefix we look at
constexpr std::size_t kHeaderPeek = 16;       // covers a zlib header and gzip's fixed 10 bytes
// The ratio limit only applies past this many decompressed bytes: tiny files
// (headers, small pickles) legitimately compress far better than big ones,
// and refusing them would only annoy.
constexpr std::uint64_t kRatioGrace = 8ull << 20;
constexpr std::uint64_t kLzmaMemLimit = limits::kLzmaMemoryLimit; // tree/Limits.h

// Thrown by a codec; the stream adds its name and the offset.
struct CorruptData {
    std::string detail;
};

struct Step {
    std::size_t in = 0;  // compressed bytes consumed
    std::size_t out = 0; // decompressed bytes produced
    bool end = false;    // the member (stream, frame) is complete
};

// What follows the end of a member, the way Python's readers treat it.
enum class AfterEnd {
    Stop,       // zlib/z-file: one stream, anything after it is ignored
    GzipMember, // gzip.GzipFile: zero padding is skipped, anything else must be a new member
    NextStream, // bz2/lzma/xz/lz4 (_compression.DecompressReader): whatever follows is decoded as a
                // new stream; when the first call on it fails, it is ignored (trailing_error),
                // a later failure is an error
};

class Codec {
public:
    virtual ~Codec() = default;
    virtual Step run(const unsigned char* in, std::size_t inLen, unsigned char* out, std::size_t outLen) = 0;
    virtual void restart() = 0;
    virtual AfterEnd afterEnd() const { return AfterEnd::NextStream; }
};

// ---- the four libraries --------------------------------------------------

// zlib and gzip through io/Inflate.h: ISA-L when built with it. Its refusals
// (InflateRefused) pass through: the stream decodes again with zlib.
class InflateCodec final : public Codec {
public:
    InflateCodec(std::unique_ptr<Inflater> inflater, bool gzip) : inflater_(std::move(inflater)), gzip_(gzip) { }
    Step run(const unsigned char* in, std::size_t inLen, unsigned char* out, std::size_t outLen) override
    {
        try {
            const InflateStep s = inflater_->run(in, inLen, out, outLen);
            return Step{s.in, s.out, s.end};
        } catch (const InflateError& e) {
            switch (e.kind) {
            case InflateError::NeedDict: throw CorruptData{"it needs a preset dictionary"};
            case InflateError::Memory: throw ReadError("zlib: out of memory");
            case InflateError::Data: break;
            }
            throw CorruptData{e.detail.empty() ? "invalid data" : e.detail};
        }
    }
    void restart() override { inflater_->reset(); }
    AfterEnd afterEnd() const override { return gzip_ ? AfterEnd::GzipMember : AfterEnd::Stop; }

private:
    std::unique_ptr<Inflater> inflater_;
    bool gzip_;
};

// fallback: zlib taking over from ISA-L.
std::unique_ptr<Codec> inflateCodec(const std::string& container, bool fallback)
{
    const InflateFormat f = container == "gzip" ? InflateFormat::Gzip : InflateFormat::Zlib;
    try {
        return std::make_unique<InflateCodec>(fallback ? makeFallbackInflater(f) : makeInflater(f),
                                              f == InflateFormat::Gzip);
    } catch (const InflateError&) {
        throw ReadError("zlib: cannot initialise the decoder");
    }
}

class Bz2Codec final : public Codec {
public:
    Bz2Codec() { init(); }
    ~Bz2Codec() override { BZ2_bzDecompressEnd(&s_); }
    Step run(const unsigned char* in, std::size_t inLen, unsigned char* out, std::size_t outLen) override
    {
        s_.next_in = const_cast<char*>(reinterpret_cast<const char*>(in));
        s_.avail_in = static_cast<unsigned>(inLen);
        s_.next_out = reinterpret_cast<char*>(out);
        s_.avail_out = static_cast<unsigned>(outLen);
        const int rc = BZ2_bzDecompress(&s_);
        const Step s{inLen - s_.avail_in, outLen - s_.avail_out, rc == BZ_STREAM_END};
        switch (rc) {
        case BZ_OK:
        case BZ_STREAM_END: return s;
        case BZ_DATA_ERROR_MAGIC: throw CorruptData{"bad stream header"};
        case BZ_DATA_ERROR: throw CorruptData{"block checksum or structure is wrong"};
        case BZ_MEM_ERROR: throw ReadError("bz2: out of memory");
        default: throw CorruptData{"decoder error " + std::to_string(rc)};
        }
    }
    void restart() override
    {
        BZ2_bzDecompressEnd(&s_);
        init();
    }

private:
    void init()
    {
        s_ = bz_stream{};
        // small=0: the fast decoder, ~3.6 MB for 900k blocks, fixed.
        if (BZ2_bzDecompressInit(&s_, 0, 0) != BZ_OK)
            throw ReadError("bz2: cannot initialise the decoder");
    }
    bz_stream s_{};
};

class LzmaCodec final : public Codec {
public:
    explicit LzmaCodec(bool alone) : alone_(alone) { init(); }
    ~LzmaCodec() override { lzma_end(&s_); }
    Step run(const unsigned char* in, std::size_t inLen, unsigned char* out, std::size_t outLen) override
    {
        s_.next_in = in;
        s_.avail_in = inLen;
        s_.next_out = out;
        s_.avail_out = outLen;
        const lzma_ret rc = lzma_code(&s_, LZMA_RUN);
        const Step s{inLen - s_.avail_in, outLen - s_.avail_out, rc == LZMA_STREAM_END};
        switch (rc) {
        case LZMA_OK:
        case LZMA_STREAM_END:
        case LZMA_BUF_ERROR: return s;
        case LZMA_FORMAT_ERROR: throw CorruptData{"bad stream header"};
        case LZMA_OPTIONS_ERROR: throw CorruptData{"unsupported compression options"};
        case LZMA_DATA_ERROR: throw CorruptData{"invalid data or checksum"};
        case LZMA_MEM_ERROR: throw ReadError(std::string(alone_ ? "lzma" : "xz") + ": out of memory for the decoder");
        case LZMA_MEMLIMIT_ERROR:
            throw CorruptData{"its header asks for more decoder memory than the limit of "
                              + std::to_string(kLzmaMemLimit >> 20) + " MiB"};
        default: throw CorruptData{"decoder error " + std::to_string(static_cast<int>(rc))};
        }
    }
    void restart() override
    {
        lzma_end(&s_);
        init();
    }

private:
    void init()
    {
        s_ = LZMA_STREAM_INIT;
        // No memory limit, like Python's lzma module. The dictionary (at most
        // 1.5 GiB as declared by the header) is allocated but its pages are only
        // touched as output is produced, so resident memory follows the output.
        // joblib reads both with lzma.LZMAFile (FORMAT_AUTO): every stream,
        // the first and any that follow, may be xz or lzma-alone (with the
        // auto decoder's stricter check of lzma-alone headers).
        const lzma_ret rc = lzma_auto_decoder(&s_, kLzmaMemLimit, 0);
        if (rc != LZMA_OK)
            throw ReadError(std::string(alone_ ? "lzma" : "xz") + ": cannot initialise the decoder");
    }
    lzma_stream s_ = LZMA_STREAM_INIT;
    bool alone_;
};

class Lz4Codec final : public Codec {
public:
    Lz4Codec()
    {
        if (LZ4F_isError(LZ4F_createDecompressionContext(&d_, LZ4F_VERSION)))
            throw ReadError("lz4: cannot initialise the decoder");
    }
    ~Lz4Codec() override { LZ4F_freeDecompressionContext(d_); }
    Step run(const unsigned char* in, std::size_t inLen, unsigned char* out, std::size_t outLen) override
    {
        std::size_t src = inLen;
        std::size_t dst = outLen;
        const std::size_t rc = LZ4F_decompress(d_, out, &dst, in, &src, nullptr);
        if (LZ4F_isError(rc))
            throw CorruptData{LZ4F_getErrorName(rc)};
        return Step{src, dst, rc == 0}; // 0: the frame is complete
    }
    void restart() override { LZ4F_resetDecompressionContext(d_); }

private:
    LZ4F_dctx* d_ = nullptr;
};

// ---- the stream around a codec ----------------------------------------------

// The two limits of every decompressed stream. `judged` is what the ratio
// applies to (bytes handed out, not skipped payloads); `in` the compressed
// bytes consumed so far.
void checkStreamLimits(const std::string& name, std::uint64_t out, std::uint64_t judged, std::uint64_t in,
                       std::uint64_t maxBytes, std::uint64_t maxRatio)
{
    if (out > maxBytes)
        throw ReadError(name + " stream decompresses to more than maxDecompressedBytes (" + std::to_string(maxBytes)
                            + " bytes)",
                        out);
    in = std::max<std::uint64_t>(in, 1);
    if (judged > kRatioGrace && judged / in > maxRatio)
        throw ReadError(name + " stream expands more than maxDecompressionRatio (" + std::to_string(maxRatio)
                            + " times its " + std::to_string(in) + " compressed bytes): a decompression bomb?",
                        out);
}

class DecompressedSource final : public ByteSource {
public:
    DecompressedSource(std::unique_ptr<ByteSource> file, std::unique_ptr<Codec> codec, std::string name,
                       const Limits& limits)
        : file_(std::move(file)), codec_(std::move(codec)), name_(std::move(name)),
          maxBytes_(limits.maxDecompressedBytes), maxRatio_(limits.maxDecompressionRatio),
          buf_(new unsigned char[kInputBuffer])
    {
    }

    // Makes at least n compressed bytes available (fewer only at the end of the file).
    bool fill(std::size_t n)
    {
        if (avail_ >= n)
            return true;
        if (start_ > 0) {
            std::memmove(buf_.get(), buf_.get() + start_, avail_);
            start_ = 0;
        }
        while (avail_ < n && !eof_) {
            const std::size_t got = file_->read(reinterpret_cast<char*>(buf_.get()) + avail_, kInputBuffer - avail_);
            eof_ = got == 0;
            avail_ += got;
            fileRead_ += got;
        }
        return avail_ >= n;
    }
    const unsigned char* head() const { return buf_.get() + start_; }
    std::size_t available() const { return avail_; }
    void drop(std::size_t n)
    {
        start_ += n;
        avail_ -= n;
    }
    // What to do when the codec throws InflateRefused: start again from the
    // file's first byte (past a header of `header` bytes) with a zlib codec.
    using Fallback = std::function<std::pair<std::unique_ptr<ByteSource>, std::unique_ptr<Codec>>()>;
    void setFallback(Fallback f, std::size_t header)
    {
        fallback_ = std::move(f);
        header_ = header;
    }
    // The z-file header states the decompressed size; joblib refuses a mismatch.
    void expectSize(std::uint64_t n)
    {
        expected_ = n;
        hasExpected_ = true;
    }

    std::size_t read(char* dst, std::size_t n) override
    {
        if (pending_)
            throw *pending_;
        std::size_t total = 0;
        try {
            decode(reinterpret_cast<unsigned char*>(dst), n, total);
        } catch (const ReadError& e) {
            // Hand out what was decoded before the damage first: a pickle that
            // ends before a broken trailer is still complete (joblib's zlib and
            // gzip readers never look at the trailer either).
            if (total == 0)
                throw;
            pending_ = std::make_unique<ReadError>(e);
        }
        return total;
    }
    // Skipped bytes (array payloads) are decoded and discarded: they never sit
    // in memory, so only maxDecompressedBytes bounds them. The ratio limit
    // judges what read() hands out, because real bz2/xz files of zero-filled
    // arrays legitimately expand ~7,000 times.
    std::uint64_t skip(std::uint64_t n) override
    {
        const std::uint64_t before = out_;
        skipping_ = true;
        try {
            ByteSource::skip(n);
        } catch (...) {
            skipping_ = false;
            throw;
        }
        skipping_ = false;
        skipped_ += out_ - before;
        return out_ - before;
    }
    std::uint64_t position() const override { return out_; }
    std::uint64_t inputPosition() const override { return fileRead_ - avail_; }

private:
    void decode(unsigned char* out, std::size_t n, std::size_t& total)
    {
        while (total < n && !done_) {
            // A whole stream header at once, for the inflater's checks.
            if (avail_ < kHeaderPeek)
                fill(kHeaderPeek);
            const bool hadInput = avail_ > 0;
            Step s;
            try {
                s = codec_->run(head(), avail_, out + total, std::min(n - total, kOutputStep));
            } catch (const InflateRefused&) {
                restartWithZlib();
                continue;
            } catch (const CorruptData& e) {
                if (probing_) {
                    // Not a stream: Python's readers end the data here.
                    done_ = true;
                    checkExpectedSize();
                    return;
                }
                throw ReadError(name_ + " stream is corrupt (" + e.detail + ")", out_);
            }
            probing_ = false;
            drop(s.in);
            total += s.out;
            out_ += s.out;
            checkLimits();
            if (s.end) {
                done_ = !nextMember();
                if (done_)
                    checkExpectedSize();
            } else if (s.in == 0 && s.out == 0) {
                if (!hadInput)
                    throw ReadError(name_ + " stream is truncated (the file ends inside the compressed data)", out_);
                throw ReadError(name_ + " stream is corrupt (the decoder makes no progress)", out_);
            }
        }
    }
    // ISA-L stopped (io/Inflate.h): zlib decodes the file again from its
    // start and skips what was already handed out, so what follows -- the
    // rest of the data, or the error and its offset -- is zlib's. The limits
    // were checked for those bytes already.
    void restartWithZlib()
    {
        if (!fallback_)
            throw ReadError(name_ + " stream: the fast decoder stopped and no other is at hand", out_);
        auto [file, codec] = fallback_();
        fallback_ = nullptr;
        file_ = std::move(file);
        codec_ = std::move(codec);
        start_ = avail_ = 0;
        fileRead_ = 0;
        eof_ = done_ = probing_ = false;
        fill(header_);
        drop(std::min(header_, avail_));
        const std::uint64_t target = out_;
        out_ = 0;
        replaying_ = true;
        std::unique_ptr<unsigned char[]> sink(new unsigned char[kInputBuffer]);
        while (out_ < target && !done_) {
            std::size_t got = 0;
            decode(sink.get(), static_cast<std::size_t>(std::min<std::uint64_t>(kInputBuffer, target - out_)), got);
        }
        replaying_ = false;
    }
    void checkLimits() const
    {
        if (replaying_)
            return;
        checkStreamLimits(name_, out_, skipping_ ? 0 : out_ - skipped_, inputPosition(), maxBytes_, maxRatio_);
    }
    void checkExpectedSize() const
    {
        if (hasExpected_ && out_ != expected_)
            throw ReadError(name_ + " header declares " + std::to_string(expected_) + " bytes but the stream holds "
                                + std::to_string(out_),
                            out_);
    }
    // After a member ended: true when another one follows and the codec is ready for it.
    bool nextMember()
    {
        switch (codec_->afterEnd()) {
        case AfterEnd::Stop: return false;
        case AfterEnd::GzipMember:
            for (;;) {
                if (!fill(1))
                    return false;
                if (head()[0] != 0)
                    break;
                drop(1);
            }
            if (!fill(2) || detectContainer(reinterpret_cast<const char*>(head()), avail_) != "gzip")
                throw ReadError("gzip: the data after a member is not another gzip member", out_);
            break;
        case AfterEnd::NextStream:
            if (!fill(1))
                return false;
            probing_ = true; // decode() decides on the first call
            break;
        }
        codec_->restart();
        return true;
    }

    std::unique_ptr<ByteSource> file_;
    std::unique_ptr<Codec> codec_;
    std::string name_;
    std::uint64_t maxBytes_;
    std::uint64_t maxRatio_;
    std::uint64_t skipped_ = 0;
    bool skipping_ = false;
    std::unique_ptr<unsigned char[]> buf_;
    std::size_t start_ = 0;
    std::size_t avail_ = 0;
    bool eof_ = false;
    bool done_ = false;
    bool probing_ = false; // the first decoder call on the data after a stream
    Fallback fallback_;
    std::size_t header_ = 0;
    bool replaying_ = false;
    std::uint64_t fileRead_ = 0;
    std::uint64_t out_ = 0;
    std::uint64_t expected_ = 0;
    bool hasExpected_ = false;
    std::unique_ptr<ReadError> pending_; // thrown by the next read()
};

// bz2 decoded several blocks at a time (io/Bz2Blocks.h). libbz2 decodes
// 60-90 MB/s whatever the ratio, so a small file of zero-filled arrays can
// take seconds; its blocks are independent, so every core takes one. At most
// a few blocks are in flight (each at most ~46 MB decoded, bz2's own bound).
// Anything unexpected -- a block that does not decode, a wrong overall CRC,
// a second stream, data after the end, a truncated file -- hands over to the
// plain decoder from the start of the file, which then skips what was
// already delivered: the output and every error are the plain decoder's.
std::atomic<std::uint64_t> gParallelBlocks{0};

// A few threads, each with its own bz2 decoder (tables kept between blocks).
class Bz2Workers {
public:
    explicit Bz2Workers(unsigned n)
    {
        for (unsigned i = 0; i < n; ++i)
            threads_.emplace_back([this] { work(); });
    }
    ~Bz2Workers()
    {
        {
            std::lock_guard<std::mutex> l(m_);
            stop_ = true;
        }
        cv_.notify_all();
        for (auto& t : threads_)
            t.join();
    }
    std::future<bool> submit(std::string stream, std::string* out, std::size_t cap)
    {
        std::packaged_task<bool(bz2blocks::Decoder&)> task(
            [stream = std::move(stream), out, cap](bz2blocks::Decoder& d) { return d.decode(stream, cap, *out); });
        std::future<bool> f = task.get_future();
        {
            std::lock_guard<std::mutex> l(m_);
            queue_.push_back(std::move(task));
        }
        cv_.notify_one();
        return f;
    }

private:
    void work()
    {
        bz2blocks::Decoder decoder;
        for (;;) {
            std::packaged_task<bool(bz2blocks::Decoder&)> task;
            {
                std::unique_lock<std::mutex> l(m_);
                cv_.wait(l, [this] { return stop_ || !queue_.empty(); });
                if (queue_.empty())
                    return;
                task = std::move(queue_.front());
                queue_.pop_front();
            }
            task(decoder);
        }
    }
    std::mutex m_;
    std::condition_variable cv_;
    std::deque<std::packaged_task<bool(bz2blocks::Decoder&)>> queue_;
    std::vector<std::thread> threads_;
    bool stop_ = false;
};

class ParallelBz2Source final : public ByteSource {
public:
    using Sequential = std::function<std::unique_ptr<ByteSource>()>;
    ParallelBz2Source(std::unique_ptr<ByteSource> file, Sequential sequential, const Limits& limits)
        : file_(std::move(file)), splitter_(*file_), sequential_(std::move(sequential)),
          maxBytes_(limits.maxDecompressedBytes), maxRatio_(limits.maxDecompressionRatio),
          inFlight_(std::max(2u, std::thread::hardware_concurrency()) + 1),
          workers_(std::max(2u, std::thread::hardware_concurrency()))
    {
    }
    ~ParallelBz2Source() override
    {
        for (auto& j : jobs_)
            if (j.result.valid())
                j.result.wait();
    }

    std::size_t read(char* dst, std::size_t n) override
    {
        if (pending_)
            throw *pending_;
        if (plain_)
            return plain_->read(dst, n);
        std::size_t total = 0;
        while (total < n) {
            if (at_ == currentSize() && !nextBlock()) {
                if (plain_) {
                    // What was copied in this call comes out first; the
                    // plain decoder's error follows with the next read.
                    try {
                        return total + plain_->read(dst + total, n - total);
                    } catch (const ReadError& e) {
                        if (total == 0)
                            throw;
                        pending_ = std::make_unique<ReadError>(e);
                        return total;
                    }
                }
                break;
            }
            const std::size_t k = std::min(n - total, currentSize() - at_);
            std::memcpy(dst + total, current_->data() + at_, k);
            at_ += k;
            total += k;
            out_ += k;
            checkLimits();
        }
        return total;
    }
    std::uint64_t skip(std::uint64_t n) override
    {
        if (plain_)
            return plain_->skip(n);
        std::uint64_t done = 0;
        while (done < n) {
            if (at_ == currentSize() && !nextBlock()) {
                if (plain_)
                    return done + plain_->skip(n - done);
                break;
            }
            const auto k = static_cast<std::size_t>(std::min<std::uint64_t>(n - done, currentSize() - at_));
            at_ += k;
            done += k;
            out_ += k;
            skipped_ += k;
            checkLimits();
        }
        return done;
    }
    std::uint64_t position() const override { return plain_ ? plain_->position() : out_; }
    std::uint64_t inputPosition() const override { return plain_ ? plain_->inputPosition() : inputAt_; }

private:
    std::size_t currentSize() const { return current_ ? current_->size() : 0; }
    struct Job {
        std::future<bool> result;
        std::unique_ptr<std::string> out; // a recycled buffer
        std::uint64_t inputEnd = 0;
    };
    // Makes the next block current; false at the end, or after handing over
    // to the plain decoder (plain_ set).
    bool nextBlock()
    {
        while (!splitDone_ && jobs_.size() < inFlight_) {
            bz2blocks::Block b;
            if (!splitter_.next(b)) {
                splitDone_ = true;
                break;
            }
            std::unique_ptr<std::string> out;
            if (!spare_.empty()) {
                out = std::move(spare_.back());
                spare_.pop_back();
            } else {
                out = std::make_unique<std::string>();
            }
            Job j;
            j.result = workers_.submit(std::move(b.stream), out.get(), splitter_.maxBlockOutput());
            j.out = std::move(out);
            j.inputEnd = b.inputEnd;
            jobs_.push_back(std::move(j));
        }
        if (jobs_.empty()) {
            if (!splitter_.ok())
                handOver();
            return false;
        }
        const bool ok = jobs_.front().result.get();
        inputAt_ = jobs_.front().inputEnd;
        if (current_)
            spare_.push_back(std::move(current_));
        current_ = std::move(jobs_.front().out);
        jobs_.pop_front();
        at_ = 0;
        if (!ok) {
            handOver();
            return false;
        }
        gParallelBlocks.fetch_add(1, std::memory_order_relaxed);
        return true;
    }
    void handOver()
    {
        for (auto& j : jobs_)
            j.result.wait();
        jobs_.clear();
        current_.reset();
        at_ = 0;
        plain_ = sequential_();
        if (plain_->skip(out_) != out_)
            throw ReadError("bz2 stream reads differently the second time", out_);
    }
    void checkLimits() const { checkStreamLimits("bz2", out_, out_ - skipped_, inputAt_, maxBytes_, maxRatio_); }

    std::unique_ptr<ByteSource> file_;
    bz2blocks::Splitter splitter_;
    Sequential sequential_;
    std::uint64_t maxBytes_, maxRatio_;
    std::size_t inFlight_;
    std::deque<Job> jobs_;
    Bz2Workers workers_; // last: its threads stop before the buffers they write go
    bool splitDone_ = false;
    std::unique_ptr<std::string> current_;
    std::vector<std::unique_ptr<std::string>> spare_;
    std::size_t at_ = 0;
    std::uint64_t out_ = 0, skipped_ = 0, inputAt_ = 0;
    std::unique_ptr<ByteSource> plain_;
    std::unique_ptr<ReadError> pending_;
};

bool startsWith(const char* head, std::size_t n, const char* magic, std::size_t m)
{
    return n >= m && std::memcmp(head, magic, m) == 0;
}

// "ZF" + the decompressed length as Python's hex() (e.g. "0x1a2b"), padded with
// spaces to 19 characters; Python 2 writers may add an 'L' and one more space.
// Returns the header size (21 or 22) and the length.
std::size_t parseZfileHeader(const unsigned char* h, std::size_t n, std::uint64_t& length)
{
    constexpr std::size_t kField = 19;
    if (n < 2 + kField)
        throw ReadError("zfile: the header is truncated");
    std::string f(reinterpret_cast<const char*>(h) + 2, kField);
    while (!f.empty() && f.back() == ' ')
        f.pop_back();
    if (!f.empty() && (f.back() == 'L' || f.back() == 'l'))
        f.pop_back();
    std::size_t i = 0;
    while (i < f.size() && f[i] == ' ')
        ++i;
    if (f.compare(i, 2, "0x") == 0 || f.compare(i, 2, "0X") == 0)
        i += 2;
    if (i == f.size() || f.size() - i > 16)
        throw ReadError("zfile: the header has no hexadecimal length");
    length = 0;
    for (; i < f.size(); ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(f[i])))
            throw ReadError("zfile: the header has no hexadecimal length");
        length = length * 16
            + static_cast<std::uint64_t>(std::isdigit(static_cast<unsigned char>(f[i]))
                                             ? f[i] - '0'
                                             : std::tolower(static_cast<unsigned char>(f[i])) - 'a' + 10);
    }
    // A zlib stream never starts with a space (RFC 6713), so a space here is padding.
    return n > 2 + kField && h[2 + kField] == ' ' ? 2 + kField + 1 : 2 + kField;
}

// Side by side only where it pays: several cores and a big file. Each block's
// output is held whole until it is handed out, and blocks of long runs
// decode to ~46 MB each, so for a small file of zero-filled arrays the
// memory traffic costs more than the second core gives (measured on a real
// 236 KB file decoding to 89 MB: 0.65 s side by side, 0.45 s plainly); for
// a 2.5 MB file of ordinary data it saved ~15%. SKOPOS_BZ2_SEQUENTIAL=1 and
// SKOPOS_BZ2_PARALLEL=1 force one way (tests, benchmarks).
bool parallelWorthIt(std::uint64_t fileSize)
{
    if (std::getenv("SKOPOS_BZ2_SEQUENTIAL") || std::thread::hardware_concurrency() < 2)
        return false;
    const bool forced = std::getenv("SKOPOS_BZ2_PARALLEL") != nullptr;
    return fileSize > (forced ? (64u << 10) : (4u << 20));
}

} // namespace

std::uint64_t bz2ParallelBlocks() { return gParallelBlocks.load(std::memory_order_relaxed); }

std::string detectContainer(const char* head, std::size_t n)
{
    // joblib's order: the z-file first, then its compressors as registered.
    if (startsWith(head, n, "ZF", 2))
        return "zfile";
    if (startsWith(head, n, "\x78", 1))
        return "zlib";
    if (startsWith(head, n, "\x1f\x8b", 2))
        return "gzip";
    if (startsWith(head, n, "BZh", 3))
        return "bz2";
    if (startsWith(head, n, "\x5d\x00", 2))
        return "lzma";
    if (startsWith(head, n, "\xfd\x37\x7a\x58\x5a", 5))
        return "xz";
    if (startsWith(head, n, "\x04\x22\x4d\x18", 4))
        return "lz4";
    return {};
}

std::unique_ptr<ByteSource> openModelStream(const std::string& path, const Limits& limits, std::string& container)
{
    return openModelStream(FileHandle::open(path), limits, container);
}

std::unique_ptr<ByteSource> openModelStream(const FileHandlePtr& file, const Limits& limits, std::string& container)
{
    char head[kMagicMax] = {};
    const std::size_t got = file->readAt(head, sizeof head, 0);
    container = detectContainer(head, got);
    if (container.empty())
        return openFileSource(file);

    const bool deflate = container == "zlib" || container == "zfile" || container == "gzip";
    std::unique_ptr<Codec> codec;
    if (deflate)
        codec = inflateCodec(container, false);
    else if (container == "bz2")
        codec = std::make_unique<Bz2Codec>();
    else if (container == "lzma" || container == "xz")
        codec = std::make_unique<LzmaCodec>(container == "lzma");
    else
        codec = std::make_unique<Lz4Codec>();

    if (container == "bz2" && parallelWorthIt(file->size())) {
        auto plain = [file, limits] {
            return std::unique_ptr<ByteSource>(std::make_unique<DecompressedSource>(
                openFileSource(file), std::make_unique<Bz2Codec>(), "bz2", limits));
        };
        return std::make_unique<ParallelBz2Source>(openFileSource(file), std::move(plain), limits);
    }
    auto s = std::make_unique<DecompressedSource>(openFileSource(file), std::move(codec), container, limits);
    std::size_t header = 0;
    if (container == "zfile") {
        s->fill(22);
        std::uint64_t length = 0;
        header = parseZfileHeader(s->head(), s->available(), length);
        s->drop(header);
        s->expectSize(length);
    }
    if (deflate)
        s->setFallback(
            [file, container] { return std::make_pair(openFileSource(file), inflateCodec(container, true)); }, header);
    return s;
}

} // namespace skopos
