#pragma once
// One deflate decoder for every reader of deflate data (joblib zlib/gzip
// streams, deflated zip members): Intel ISA-L's inflate when the build has it
// (2-3x zlib's speed), else zlib.
//
// ISA-L only ever handles the happy path. It is stricter than zlib in a few
// places (preset dictionaries, unusual headers) and its errors and byte counts
// are not zlib's, so whenever it stops on anything but a clean end -- bad
// data, a wrong checksum, input that runs out -- it throws InflateRefused and
// the caller decodes that stream again from its start with a zlib inflater,
// skipping what was already handed out. Messages and offsets are then zlib's,
// as before ISA-L was used.
//
// zlib's header checks (header check value, window size, method, gzip flags,
// FHCRC) are made before ISA-L starts a stream; a stream that fails them goes
// to zlib at once. ISA-L also builds some code tables zlib calls invalid (an
// incomplete Huffman code) and decodes a little past the point where zlib
// stops before failing itself, so it hands out only bytes it has decoded well
// beyond (Inflate.cpp's stage); zlib's replay then reports what zlib alone
// reports (tst_inflate's blockHeaders). For a zip member, which has no
// checksum of its own in the deflate data, zlib decodes the member again
// before a CRC or truncation error is reported, and its error wins.
//
// SKOPOS_INFLATE=zlib in the environment forces zlib (tests, benchmarks).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace skopos {

enum class InflateFormat {
    Raw,  // bare deflate (zip members)
    Zlib, // RFC 1950 (joblib's zlib, the z-file)
    Gzip, // one RFC 1952 member; the caller handles what follows it
};

struct InflateStep {
    std::size_t in = 0;  // compressed bytes consumed
    std::size_t out = 0; // decompressed bytes produced
    bool end = false;    // the stream (gzip member) is complete, trailer checked
};

// zlib's verdict on the data. detail is zlib's own message, or "" when zlib
// gave none.
struct InflateError {
    enum Kind { Data, NeedDict, Memory } kind = Data;
    std::string detail;
};

// The fast decoder stopped: decode the stream again from its start with
// makeZlibInflater().
struct InflateRefused { };

class Inflater {
public:
    virtual ~Inflater() = default;
    // Decodes from in[0..inLen) into out[0..outLen). Throws InflateError
    // (zlib) or InflateRefused (ISA-L). A step with no progress means more
    // input is needed (or, with no input left, the data is truncated); a
    // fast inflater throws InflateRefused instead, so that the truncation is
    // measured by zlib.
    virtual InflateStep run(const unsigned char* in, std::size_t inLen, unsigned char* out, std::size_t outLen) = 0;
    // Ready for a new stream (the next gzip member).
    virtual void reset() = 0;
    // True for ISA-L: its failures must be handed to zlib.
    virtual bool fast() const = 0;
};

// ISA-L when built with it and SKOPOS_INFLATE is not "zlib", else zlib.
std::unique_ptr<Inflater> makeInflater(InflateFormat format);
// Always zlib.
std::unique_ptr<Inflater> makeZlibInflater(InflateFormat format);
// zlib taking over a stream ISA-L refused; counted, so tests can see the
// fallback ran.
std::unique_ptr<Inflater> makeFallbackInflater(InflateFormat format);
std::uint64_t inflateFallbacks();

// "isa-l" or "zlib": what makeInflater() gives now.
const char* inflateEngine();

} // namespace skopos
