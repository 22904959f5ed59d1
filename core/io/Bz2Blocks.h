#pragma once
// bz2 blocks decoded side by side.
//
// A bz2 stream is a header ("BZh" and the block size digit), blocks that each
// begin with a 48-bit magic and their own CRC, and an end marker with the
// CRC of all blocks. Blocks do not depend on each other and are not
// byte-aligned. The splitter finds each block's bits, and re-wraps them as a
// stream of one block (header, block, end marker whose CRC is the block's
// own), which libbz2 decodes and checks like any other stream; the caller
// decodes several at once and hands the output out in order.
//
// The magic can also occur by chance (or by design) inside a block's coded
// bits. A block cut at such a false start fails to decode, and so does a
// stream whose overall CRC disagrees: the caller then falls back to decoding
// the file from its start in one piece, which gives the exact error (or
// output) a plain decoder gives. Nothing here trusts the split blindly.

#include "io/ByteSource.h"

#include <cstdint>
#include <string>

namespace skopos::bz2blocks {

struct Block {
    std::string stream;         // a complete single-block bz2 stream
    std::uint32_t crc = 0;      // the block's stored CRC
    std::uint64_t inputEnd = 0; // compressed bytes of the file up to this block's end
};

class Splitter {
public:
    explicit Splitter(ByteSource& file) : file_(file) { }
    // The next block; false at the end of the stream or on anything
    // unexpected (see ok()).
    bool next(Block& out);
    // True when the stream ended with its end marker, the stored overall CRC
    // equals the one computed from the blocks, and nothing follows it.
    bool ok() const { return ended_ && !anomaly_; }
    // Largest output one block of this stream may decode to.
    std::size_t maxBlockOutput() const { return static_cast<std::size_t>(level_) * 100000u * 52u; }
    // Most coded bits a block of this level holds as a bz2 encoder writes it
    // (Bz2Blocks.cpp adds it up). The search for the next block's magic stops
    // there: random bytes after a block magic would otherwise be buffered
    // whole (300 MB of them held ~830 MB). A longer block is not refused: the
    // plain decoder, which needs no split, takes the file over.
    static std::uint64_t maxBlockBits(int level);

private:
    bool ensure(std::uint64_t bit);              // the byte holding `bit` is buffered
    std::uint64_t bits(std::uint64_t at, int n); // n <= 57 bits starting at absolute bit `at`
    // First block/end magic starting in [from, limit), or UINT64_MAX.
    std::uint64_t findMagic(std::uint64_t from, std::uint64_t limit);
    bool start();
    bool fail()
    {
        anomaly_ = true;
        return false;
    }

    ByteSource& file_;
    std::string buf_; // compressed bytes from file offset base_
    std::uint64_t base_ = 0;
    bool eof_ = false;
    bool started_ = false, ended_ = false, anomaly_ = false;
    int level_ = 9;
    std::uint64_t at_ = 0; // absolute bit where the next block or the end marker starts
    std::uint32_t combined_ = 0;
};

// Decodes single-block streams, one at a time, on one thread. It keeps the
// decoder's big tables (3.6 MB for 900k blocks) from one block to the next:
// allocating them afresh for every block made the kernel zero-fill and fault
// in as much memory as the output itself.
class Decoder {
public:
    Decoder() = default;
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;
    ~Decoder();
    // Decodes into `out` (its capacity is reused); false when libbz2 rejects
    // the stream or it would decode to more than maxOutput bytes.
    bool decode(const std::string& stream, std::size_t maxOutput, std::string& out);

private:
    static void* alloc(void* self, int n, int m);
    static void release(void* self, void* p);
    struct Kept {
        void* p;
        std::size_t size;
        bool used;
    };
    Kept kept_[4] = {};
};

} // namespace skopos::bz2blocks
