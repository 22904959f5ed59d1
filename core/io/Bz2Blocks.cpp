#include "io/Bz2Blocks.h"

#include <bzlib.h>

#include <algorithm>
#include <cstdlib>

namespace skopos::bz2blocks {

namespace {
constexpr std::uint64_t kBlockMagic = 0x314159265359ull;
constexpr std::uint64_t kEndMagic = 0x177245385090ull;
constexpr std::uint64_t kMask48 = (1ull << 48) - 1;
constexpr std::size_t kReadPiece = 1 << 20;

// Appends bits to a byte string, most significant bit first (bz2's order).
class BitWriter {
public:
    explicit BitWriter(std::string& out) : out_(out) { }
    void put(std::uint64_t v, int n) // n <= 57
    {
        acc_ = (acc_ << n) | (v & ((1ull << n) - 1));
        fill_ += n;
        while (fill_ >= 8) {
            fill_ -= 8;
            out_.push_back(static_cast<char>((acc_ >> fill_) & 0xffu));
        }
    }
    void flush()
    {
        if (fill_)
            out_.push_back(static_cast<char>((acc_ << (8 - fill_)) & 0xffu));
        acc_ = 0;
        fill_ = 0;
    }

private:
    std::string& out_;
    std::uint64_t acc_ = 0;
    int fill_ = 0;
};
} // namespace

bool Splitter::ensure(std::uint64_t bit)
{
    const std::uint64_t byte = bit / 8;
    while (byte >= base_ + buf_.size()) {
        if (eof_)
            return false;
        const std::size_t old = buf_.size();
        buf_.resize(old + kReadPiece);
        const std::size_t got = file_.read(buf_.data() + old, kReadPiece);
        buf_.resize(old + got);
        eof_ = got == 0;
    }
    return true;
}

std::uint64_t Splitter::bits(std::uint64_t at, int n)
{
    // The (at % 8 + n + 7) / 8 <= 8 bytes holding the bits, big-endian.
    const auto first = static_cast<std::size_t>(at / 8 - base_);
    const int off = static_cast<int>(at % 8);
    const int k = (off + n + 7) / 8;
    std::uint64_t v = 0;
    for (int i = 0; i < k; ++i)
        v = (v << 8) | static_cast<unsigned char>(buf_[first + static_cast<std::size_t>(i)]);
    return (v >> (8 * k - off - n)) & ((1ull << n) - 1);
}

std::uint64_t Splitter::maxBlockBits(int level)
{
    // A block, field by field (bzip2's format, as libbz2's decoder reads it):
    const std::uint64_t header = 48 + 32 + 1 + 24; // magic, CRC, randomised, origPtr
    const std::uint64_t symbolMap = 16 + 16 * 16;  // which byte values occur
    const std::uint64_t counts = 3 + 15;           // nGroups, nSelectors
    // nSelectors is a 15-bit field; an encoder needs 2 + block/50 of them, some
    // round up, so the field's maximum; each is unary below nGroups (<= 6): <= 6 bits.
    const std::uint64_t selectors = 32767ull * 6;
    // Up to 6 coding tables of <= 258 code lengths (1..20), each written as a
    // change from the previous one: <= 19 steps of 2 bits and a stop bit.
    const std::uint64_t tables = 6 * (5 + 258ull * (19 * 2 + 1));
    // The coded symbols: at most one per byte of the block (runs take fewer),
    // plus the end-of-block symbol, in groups of 50; each code <= 20 bits.
    const std::uint64_t symbols = (static_cast<std::uint64_t>(level) * 100000 / 50 + 2) * 50 * 20;
    return header + symbolMap + counts + selectors + tables + symbols; // level 9: ~2.3 MB
}

std::uint64_t Splitter::findMagic(std::uint64_t from, std::uint64_t limit)
{
    // A window of the last 64 bits read; after byte i it ends at bit 8(i+1).
    std::uint64_t byte = from / 8;
    std::uint64_t acc = 0;
    int valid = 0;
    for (;; ++byte) {
        if (byte * 8 >= limit + 48 || !ensure(byte * 8))
            return UINT64_MAX;
        acc = (acc << 8) | static_cast<unsigned char>(buf_[static_cast<std::size_t>(byte - base_)]);
        valid = std::min(valid + 8, 64);
        if (valid < 48)
            continue;
        // Windows that end inside this byte, earliest start first.
        for (int j = 7; j >= 0; --j) {
            if (valid - j < 48)
                continue;
            const std::uint64_t w = (acc >> j) & kMask48;
            if (w != kBlockMagic && w != kEndMagic)
                continue;
            const std::uint64_t start = (byte + 1) * 8 - static_cast<std::uint64_t>(j) - 48;
            if (start >= from)
                return start < limit ? start : UINT64_MAX;
        }
    }
}

bool Splitter::start()
{
    started_ = true;
    if (!ensure(31))
        return fail();
    if (buf_.compare(0, 3, "BZh") != 0 || buf_[3] < '1' || buf_[3] > '9')
        return fail();
    level_ = buf_[3] - '0';
    at_ = 32;
    return true;
}

bool Splitter::next(Block& out)
{
    if (anomaly_ || ended_ || (!started_ && !start()))
        return false;
    if (!ensure(at_ + 80))
        return fail();
    const std::uint64_t magic = bits(at_, 48);
    const auto crc = static_cast<std::uint32_t>(bits(at_ + 48, 32));
    if (magic == kEndMagic) {
        // The stream's end: the stored CRC must be the blocks' combined CRC,
        // and nothing may follow (another stream is left to the plain decoder).
        const std::uint64_t endByte = (at_ + 80 + 7) / 8;
        if (crc != combined_ || ensure(endByte * 8))
            return fail();
        ended_ = true;
        return false;
    }
    if (magic != kBlockMagic)
        return fail();
    const std::uint64_t end = findMagic(at_ + 80, at_ + maxBlockBits(level_));
    if (end == UINT64_MAX)
        return fail(); // truncated, or longer than a block: the plain decoder says what it is
    // header + the block's bits + an end marker carrying the block's CRC
    out.stream.clear();
    out.stream.reserve(static_cast<std::size_t>((end - at_) / 8 + 16));
    out.stream.append("BZh");
    out.stream.push_back(static_cast<char>('0' + level_));
    BitWriter w(out.stream);
    std::uint64_t b = at_;
    for (; b + 56 <= end; b += 56)
        w.put(bits(b, 56), 56);
    if (b < end)
        w.put(bits(b, static_cast<int>(end - b)), static_cast<int>(end - b));
    w.put(kEndMagic, 48);
    w.put(crc, 32);
    w.flush();
    out.crc = crc;
    out.inputEnd = (end + 7) / 8;
    combined_ = ((combined_ << 1) | (combined_ >> 31)) ^ crc;
    at_ = end;
    // Drop what lies before this block's end: the buffer holds about one block.
    const std::uint64_t keep = at_ / 8;
    if (keep > base_) {
        buf_.erase(0, static_cast<std::size_t>(keep - base_));
        base_ = keep;
    }
    return true;
}

Decoder::~Decoder()
{
    for (Kept& k : kept_)
        std::free(k.p);
}

void* Decoder::alloc(void* self, int n, int m)
{
    auto* d = static_cast<Decoder*>(self);
    const std::size_t size = static_cast<std::size_t>(n) * static_cast<std::size_t>(m);
    for (Kept& k : d->kept_)
        if (k.p && !k.used && k.size == size) {
            k.used = true;
            return k.p;
        }
    void* p = std::malloc(size);
    for (Kept& k : d->kept_)
        if (!k.p) {
            k = {p, size, true};
            break;
        }
    return p;
}

void Decoder::release(void* self, void* p)
{
    auto* d = static_cast<Decoder*>(self);
    for (Kept& k : d->kept_)
        if (k.p == p) {
            k.used = false; // kept for the next block
            return;
        }
    std::free(p);
}

bool Decoder::decode(const std::string& stream, std::size_t maxOutput, std::string& out)
{
    bz_stream s{};
    s.bzalloc = &Decoder::alloc;
    s.bzfree = &Decoder::release;
    s.opaque = this;
    if (BZ2_bzDecompressInit(&s, 0, 0) != BZ_OK)
        return false;
    out.resize(std::min(maxOutput, std::max<std::size_t>(out.capacity(), 1 << 20)));
    s.next_in = const_cast<char*>(stream.data());
    s.avail_in = static_cast<unsigned>(stream.size());
    std::size_t done = 0;
    int rc = BZ_OK;
    for (;;) {
        if (done == out.size()) {
            if (out.size() >= maxOutput)
                break;
            out.resize(std::min(maxOutput, out.size() * 2));
        }
        s.next_out = out.data() + done;
        s.avail_out = static_cast<unsigned>(out.size() - done);
        rc = BZ2_bzDecompress(&s);
        done = out.size() - s.avail_out;
        if (rc != BZ_OK)
            break;
        if (s.avail_in == 0 && s.avail_out > 0)
            break; // no end marker: cannot happen for a stream we built whole
    }
    BZ2_bzDecompressEnd(&s);
    out.resize(done);
    return rc == BZ_STREAM_END;
}

} // namespace skopos::bz2blocks
