#pragma once
// Reading a file in a confined helper process (skopos-reader, ReaderHelper.h)
// so that a reader bug (crash, runaway memory, SIGBUS from a file truncated
// while mapped, endless loop) ends the helper, never the window or the scan.
// The helper's tree comes back through a memfd as flat blocks (TreeImage.h).
//
// readDocument() is openDocument() with that isolation: the same Document,
// the same ReadError / Cancelled, plus ReaderStopped when the helper died.
// SKOPOS_READER=inprocess reads in this process instead (debugging, tests).

#include "tree/Document.h"
#include "tree/Error.h"
#include "tree/OpenOptions.h"

#include <string>

namespace skopos::sandbox {

// The helper ended without an answer: "the reader stopped: crashed with
// signal 11 (SIGSEGV)". A ReadError, so every caller that reports read
// errors reports this one too; reason() is the part after the colon.
class ReaderStopped : public ReadError {
public:
    explicit ReaderStopped(const std::string& reason) : ReadError("the reader stopped: " + reason), reason_(reason) { }
    const std::string& reason() const { return reason_; }

private:
    std::string reason_;
};

// Defaults, each overridable from the environment:
// SKOPOS_READER_MEMORY_MB (address space of the helper, default 8192),
// SKOPOS_READER_TIMEOUT (seconds per file, default 600).
std::uint64_t readerMemoryLimit();
double readerTimeoutSeconds();
// False when SKOPOS_READER=inprocess.
bool readerIsolated();
// The helper executable: $SKOPOS_READER_PATH, else skopos-reader next to this
// program, else in ../libexec/skopos, else the build tree's. Empty when none exists.
std::string readerExecutable();

// openDocument() in the helper (or in-process when !readerIsolated()).
Document readDocument(const std::string& path, const OpenOptions& options = {});
// Always in the helper.
Document readDocumentIsolated(const std::string& path, const OpenOptions& options = {});
// The same for a file the caller already opened: the helper reads through that
// descriptor (never the path again) and the Document keeps the handle.
Document readDocument(const FileHandlePtr& file, const OpenOptions& options = {});

// A helper that reads one file after another (a scan of 10,000 small files
// would otherwise start 10,000 processes). Confined once; a file that makes it
// stop ends only that file's read (ReaderStopped), the next read starts a new
// helper. Files read in one session share that helper's process, so a read
// taken over could tamper with the answers for later files of the same
// session (the window uses readDocument, a process per file). One per thread.
class ReaderSession {
public:
    ReaderSession() = default;
    ReaderSession(const ReaderSession&) = delete;
    ReaderSession& operator=(const ReaderSession&) = delete;
    ~ReaderSession();
    Document read(const std::string& path, const OpenOptions& options = {});

private:
    void stop();
    int pid_ = -1;
    int sock_ = -1;
};

// What `skopos doctor` shows: runs the helper's probe (it confines itself and
// tries each forbidden operation). Lines "sandbox: ...", "exec: blocked", ...
struct ProbeReport {
    std::string sandbox; // Sandbox::status() inside the helper
    bool execBlocked = false;
    bool socketBlocked = false;
    bool writeBlocked = false;
    std::string problem; // the probe could not run
    bool allBlocked() const { return execBlocked && socketBlocked && writeBlocked; }
};
ProbeReport probeSandbox();
// One line for Help › About: "active (seccomp+landlock): exec, network sockets
// and writing files blocked", or what is ALLOWED, or "unavailable: why".
// Probes once per process.
std::string sandboxSummary();

} // namespace skopos::sandbox
