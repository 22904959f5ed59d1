// The converter (issue 9): fuzzed pickle -> Skopos' tree -> convertToSkops ->
// re-read the written skops file with Skopos' own skops reader. Refusals
// (ConvertRefused) and ReadError are fine; when a file is written it must
// open, and list the same untrusted types as the input's own audit (the
// pickle reader assigns each node the loader skops would use, so both trees
// must agree). Anything else aborts: a finding.
#include "convert/Converter.h"
#include "document/Open.h"

#include "FuzzCommon.h"

#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::checkResources();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string& in = fuzz::writeTemp(data, size, ".pkl");
    const std::string out = in + ".out.skops"; // tempPath() keeps its first suffix: derive ours

    std::remove(out.c_str());
    std::vector<std::string> before;
    try {
        skopos::Document doc = skopos::openDocument(in);
        before = skopos::audit(doc.tree).untrusted;
    } catch (const skopos::ReadError&) {
        return 0;
    }
    skopos::ConvertResult r;
    try {
        r = skopos::convertToSkops(in, out);
    } catch (const skopos::ConvertRefused&) {
        if (std::FILE* f = std::fopen(out.c_str(), "rb")) {
            std::fclose(f);
            std::fprintf(stderr, "refused but left %s behind\n", out.c_str());
            std::abort();
        }
        return 0;
    } catch (const skopos::ReadError&) {
        return 0; // e.g. an array whose bytes the fuzzer cut off
    } catch (const std::exception& e) {
        std::fprintf(stderr, "convertToSkops threw %s\n", e.what());
        std::abort();
    }
    std::vector<std::string> after;
    try {
        skopos::Document written = skopos::openDocument(out);
        after = skopos::audit(written.tree).untrusted;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "the converted file does not read back: %s\n", e.what());
        std::abort();
    }
    if (after != r.untrusted || after != before) {
        std::fprintf(stderr, "untrusted types differ: input %zu, result %zu, reported %zu\n", before.size(),
                     after.size(), r.untrusted.size());
        for (const auto& s : before)
            std::fprintf(stderr, "  in:  %s\n", s.c_str());
        for (const auto& s : after)
            std::fprintf(stderr, "  out: %s\n", s.c_str());
        std::abort();
    }
    std::remove(out.c_str());
    return 0;
}
