#pragma once
// Confinement of the process that reads untrusted files (the reader helper,
// ReaderHelper.h). One small interface; Linux implements it with seccomp-bpf
// (libseccomp) and Landlock, other systems report "unavailable" and still run.
//
// After confine() the process can neither start programs, create sockets nor
// open anything for writing: those calls fail with EPERM (a clean error, not a
// kill). Reading files stays allowed (the readers open companion files and
// zip members by path). A memory limit (RLIMIT_AS) turns a runaway allocation
// into std::bad_alloc.

#include <cstdint>
#include <string>

namespace skopos::sandbox {

struct Policy {
    // Address-space limit in bytes; 0 = none. Reserved but untouched memory
    // counts too, so this is generous (ReaderProcess.h: readerMemoryLimit()).
    std::uint64_t memoryBytes = 0;
};

struct Confinement {
    bool seccomp = false;  // exec, sockets and writing opens fail with EPERM
    bool landlock = false; // the file system is read-only, exec denied (kernel 5.13+)
    std::string problem;   // why a mechanism is missing, when one is
    bool active() const { return seccomp || landlock; }
};

class Sandbox {
public:
    // Confines the calling process for good (every thread started later
    // inherits it; call it before starting threads). Never throws.
    static Confinement confine(const Policy& policy);
    // What confine() did in this process, worded for people:
    // "active (seccomp+landlock)", "active (seccomp; landlock: not supported by this kernel)",
    // "unavailable: built without libseccomp".
    static std::string status();
    // Whether this build can confine at all (libseccomp compiled in).
    static bool compiledIn();
};

// The status line for a Confinement (what status() prints).
std::string describe(const Confinement& c);

} // namespace skopos::sandbox
