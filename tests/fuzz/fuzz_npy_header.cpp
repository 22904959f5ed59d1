// parseNpyHeader (and the Python-literal parser under it) on raw bytes: the
// npy headers inside .skops members, .npz members and joblib payloads.
#include "npy/NpyHeader.h"
#include "npy/PyLiteral.h"

#include "FuzzCommon.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    fuzz::expectReadErrorOnly([&] {
        const skopos::NpyHeader h = skopos::parseNpyHeader(in);
        // Invariants the skops reader relies on when it compares with member sizes.
        if (h.dataOffset < 10 || h.dataOffset > in.size() || h.shape.size() > skopos::Limits::defaults().maxArrayDims)
            std::abort();
    });
    // The literal parser alone, on whatever follows a 10-byte prefix.
    fuzz::expectReadErrorOnly([&] {
        const skopos::PyValue v = skopos::parsePyLiteral(in.size() > 10 ? in.substr(10) : in);
        (void)v.repr();
    });
    return 0;
}
