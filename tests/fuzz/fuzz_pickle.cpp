// A pickle / joblib file: bytes -> temp file -> readPickleFile -> audit ->
// printers, then the disassembler (`skopos dis`) into a null stream.
#include "pickle/Disassembler.h"
#include "pickle/PickleReader.h"

#include "FuzzCommon.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::checkResources();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string& path = fuzz::writeTemp(data, size, ".pkl");
    fuzz::expectReadErrorOnly([&] {
        skopos::Document doc = skopos::readPickleFile(path);
        fuzz::auditAndPrint(doc);
    });
    fuzz::expectReadErrorOnly([&] { skopos::disassemble(path, fuzz::nullOut()); });
    return 0;
}
