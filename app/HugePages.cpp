#include "HugePages.h"

#include "io/ZipArchive.h"

#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace skopos::app {

namespace {
constexpr const char* kTunables = "GLIBC_TUNABLES";
constexpr const char* kHugetlb = "glibc.malloc.hugetlb=1";
// Set across the re-execution: what GLIBC_TUNABLES was before ("-" = unset).
constexpr const char* kSaved = "SKOPOS_SAVED_GLIBC_TUNABLES";
} // namespace

namespace {
std::uint64_t le(const unsigned char* p, int n)
{
    std::uint64_t v = 0;
    for (int i = n; i-- > 0;)
        v = v << 8 | p[i];
    return v;
}

// The central directory size an archive's end record declares (its zip64
// record's, when it has one), from the last 98 bytes alone; 0 when the file
// does not end in an end record without a comment (the ZipArchive look below
// then decides).
std::uint64_t declaredDirectorySize(std::FILE* f, long long fileSize)
{
    constexpr long kTail = 22 + 20 + 56; // end record, zip64 locator, zip64 end record
    if (fileSize < kTail || std::fseek(f, -kTail, SEEK_END) != 0)
        return 0;
    unsigned char t[kTail];
    if (std::fread(t, 1, kTail, f) != kTail)
        return 0;
    const unsigned char* end = t + 56 + 20;
    if (std::memcmp(end, "PK\x05\x06", 4) != 0 || le(end + 20, 2) != 0)
        return 0;
    if (std::memcmp(t + 56, "PK\x06\x07", 4) == 0 && std::memcmp(t, "PK\x06\x06", 4) == 0)
        return le(t + 40, 8);
    return le(end + 12, 4);
}

// What reading a file builds a tree from: for a skops archive its
// schema.json (array members are not read), else the file itself.
long long parsedSize(const char* path, long long fileSize)
{
    // A directory of a megabyte or more is ~15,000 members or more: a big
    // read whatever schema.json holds. Decided from the end record, so the
    // directory is read once, after the re-execution (a million members
    // took as long to list as to read the rest).
    constexpr std::uint64_t kBigDirectory = 1u << 20;
    char head[4] = {};
    std::uint64_t directory = 0;
    bool zip = false;
    if (std::FILE* f = std::fopen(path, "rb")) {
        const std::size_t got = std::fread(head, 1, sizeof head, f);
        zip = got == sizeof head && std::memcmp(head, "PK\x03\x04", 4) == 0;
        if (zip)
            directory = declaredDirectorySize(f, fileSize);
        std::fclose(f);
    }
    if (!zip)
        return fileSize;
    if (directory >= kBigDirectory)
        return fileSize;
    try {
        ZipArchive archive(path);
        if (const ZipEntry* e = archive.find("schema.json"))
            return static_cast<long long>(e->size);
    } catch (...) {
        // Not a readable archive: the reader will say so.
    }
    return fileSize;
}
} // namespace

bool bigInputs(int argc, char** argv)
{
    constexpr long long kBig = 8ll << 20;
    long long total = 0;
    for (int i = 1; i < argc; ++i) {
        struct stat st { };
        if (!argv[i] || argv[i][0] == '-' || ::stat(argv[i], &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            return true;
        // A file below the bound cannot hold a bigger schema: no archive read.
        if (S_ISREG(st.st_mode))
            total += st.st_size >= kBig ? parsedSize(argv[i], st.st_size) : st.st_size;
    }
    return total >= kBig;
}

namespace {
// Puts the tunable into the environment of the next exec, keeping the
// previous GLIBC_TUNABLES under kSaved; false when off or the user chose.
bool addTunable()
{
    const char* off = std::getenv("SKOPOS_HUGEPAGES");
    if (off && std::strcmp(off, "0") == 0)
        return false;
    const char* before = std::getenv(kTunables);
    if (before && std::strstr(before, "glibc.malloc.hugetlb"))
        return false; // the user chose a setting
    const std::string value = before && *before ? std::string(before) + ":" + kHugetlb : std::string(kHugetlb);
    ::setenv(kSaved, before ? before : "-", 1);
    ::setenv(kTunables, value.c_str(), 1);
    return true;
}

// Gives back the GLIBC_TUNABLES that addTunable found (child processes,
// such as Load in Python, must not inherit ours).
void restoreTunables()
{
    const char* saved = std::getenv(kSaved);
    if (!saved)
        return;
    if (std::strcmp(saved, "-") == 0)
        ::unsetenv(kTunables);
    else
        ::setenv(kTunables, saved, 1);
    ::unsetenv(kSaved);
}
} // namespace

void useHugePages(char** argv, bool worthIt)
{
    if (std::getenv(kSaved)) {
        // The second start (or started by the launcher): give child
        // processes the environment we were given.
        restoreTunables();
        return;
    }
    if (!worthIt || !addTunable())
        return;
    ::execv("/proc/self/exe", argv);
    // Could not re-execute (no /proc): carry on with normal pages.
    restoreTunables();
}

void useHugePagesInExec() { addTunable(); }

void oneMallocArena() { mallopt(M_ARENA_MAX, 1); }

} // namespace skopos::app
