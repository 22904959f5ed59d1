// A whole .skops file: bytes -> temp file -> openDocument -> audit -> printers,
// exactly what `skopos inspect --json` and `skopos untrusted` do.
#include "document/Open.h"

#include "FuzzCommon.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::checkResources();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string& path = fuzz::writeTemp(data, size, ".skops");
    fuzz::expectReadErrorOnly([&] {
        skopos::Document doc = skopos::openDocument(path);
        fuzz::auditAndPrint(doc);
    });
    return 0;
}
