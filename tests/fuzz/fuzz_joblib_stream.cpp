// joblib's compressed containers: bytes -> temp file -> openModelStream ->
// drain (alternating read and skip, as the pickle machine does when it
// steps over array payloads). Limits are the defaults: the ratio limit is
// what keeps a small hostile stream from inflating without end.
#include "io/Decompress.h"

#include "FuzzCommon.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string& path = fuzz::writeTemp(data, size, ".joblib");
    fuzz::expectReadErrorOnly([&] {
        std::string container;
        auto src = skopos::openModelStream(path, skopos::Limits::defaults(), container);
        std::vector<char> buf(1 << 16);
        std::uint64_t last = 0;
        for (unsigned i = 0;; ++i) {
            const std::uint64_t got = (i & 1) ? src->skip(100'000) : src->read(buf.data(), buf.size());
            if (got == 0)
                break;
            // position() counts decompressed bytes and must move with them.
            if (src->position() != last + got)
                std::abort();
            last = src->position();
        }
    });
    return 0;
}
