#pragma once
// Shared by the libFuzzer targets. Readers take file paths, so each input is
// written to a per-process file in /dev/shm (RAM, no disk wear). A ReadError
// (or Cancelled) is the expected answer to bad input; anything else escaping a
// reader breaks the contract in DEVELOPERS.md and is reported as a crash.

#include "cli/TreePrinter.h"
#include "tree/Error.h"
#include "trust/Audit.h"
#include "trust/TrustProfile.h"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <ostream>
#include <streambuf>
#include <string>

namespace fuzz {

// An ostream that discards everything (the printers still do all their work).
struct NullBuf : std::streambuf {
    int overflow(int c) override { return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};
inline std::ostream& nullOut()
{
    static NullBuf buf;
    static std::ostream out(&buf);
    return out;
}

inline const std::string& tempPath(const char* suffix = ".bin")
{
    static const std::string p = [&] {
        const char* dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
        return std::string(dir) + "/skopos-fuzz-" + std::to_string(getpid()) + suffix;
    }();
    return p;
}

inline const std::string& writeTemp(const std::uint8_t* data, std::size_t size, const char* suffix = ".bin")
{
    const std::string& p = tempPath(suffix);
    FILE* f = std::fopen(p.c_str(), "wb");
    if (!f)
        std::abort();
    if (size && std::fwrite(data, 1, size, f) != size)
        std::abort();
    std::fclose(f);
    return p;
}

// The bundled trust profile comes from a Qt resource linked into skopos_core:
// if the fuzz binary lost it, every audit would throw and hide real findings.
inline void checkResources()
{
    if (skopos::TrustProfile::bundled().size() == 0) {
        std::fprintf(stderr, "bundled trust profile is empty: Qt resource not linked\n");
        std::abort();
    }
}

// What the CLI does after opening: audit, then both printers.
inline void auditAndPrint(skopos::Document& doc)
{
    const skopos::AuditResult r = skopos::audit(doc.tree);
    skopos::printTreeJson(doc, r, nullOut());
    skopos::printTreeText(doc, nullOut(), skopos::Show::All);
}

// Runs f; ReadError/Cancelled are fine, any other exception aborts (a finding).
template <class F>
void expectReadErrorOnly(F&& f)
{
    try {
        f();
    } catch (const skopos::ReadError&) {
    } catch (const skopos::Cancelled&) {
    } catch (const std::exception& e) {
        std::fprintf(stderr, "non-ReadError exception escaped: %s\n", e.what());
        std::abort();
    }
}

} // namespace fuzz
