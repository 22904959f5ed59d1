#include "sandbox/ReaderProcess.h"

#include "document/Open.h"
#include "sandbox/ReaderChannel.h"
#include "sandbox/TreeImage.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <new>
#include <sstream>
#include <vector>

extern char** environ;

namespace skopos::sandbox {

namespace {
// Closes a descriptor when it goes.
struct Fd {
    int fd = -1;
    explicit Fd(int f = -1) : fd(f) { }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

struct Mapping {
    void* p = MAP_FAILED;
    std::size_t n = 0;
    // MAP_POPULATE: the answer is read whole, and one populate costs less than a fault per page.
    Mapping(int fd, std::size_t size, int prot, int flags = 0) : n(size)
    {
        p = ::mmap(nullptr, size, prot, MAP_SHARED | flags, fd, 0);
    }
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    ~Mapping()
    {
        if (p != MAP_FAILED)
            ::munmap(p, n);
    }
    bool ok() const { return p != MAP_FAILED; }
};

std::string errnoText(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

const char* signalName(int sig)
{
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGSYS: return "SIGSYS";
    case SIGTERM: return "SIGTERM";
    default: return nullptr;
    }
}

// The helper's environment: ours, plus huge pages for malloc (HugePages.h in
// app/: half the CPU of a big tree was page faults) unless turned off.
std::vector<char*> childEnvironment(std::string& tunable)
{
    std::vector<char*> env;
    bool hasTunables = false;
    for (char** e = environ; e && *e; ++e) {
        hasTunables |= std::strncmp(*e, "GLIBC_TUNABLES=", 15) == 0;
        env.push_back(*e);
    }
    const char* huge = std::getenv("SKOPOS_HUGEPAGES");
    if (!hasTunables && !(huge && std::strcmp(huge, "0") == 0)) {
        tunable = "GLIBC_TUNABLES=glibc.malloc.hugetlb=1";
        env.push_back(tunable.data());
    }
    env.push_back(nullptr);
    return env;
}

// Starts the helper with `channel` as its descriptor kChannelFd and `out`
// (if >= 0) as its standard output.
pid_t spawnHelper(const std::vector<std::string>& args, int channel, int out, int file = -1)
{
    const std::string exe = readerExecutable();
    if (exe.empty())
        throw ReadError("the reader helper skopos-reader is not installed (SKOPOS_READER=inprocess reads without it)");
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>("skopos-reader"));
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // dup2 onto itself would keep close-on-exec: move it out of the way first.
    Fd moved;
    if (channel == kChannelFd) {
        moved.fd = ::fcntl(channel, F_DUPFD_CLOEXEC, 10);
        channel = moved.fd;
    }
    if (channel >= 0)
        posix_spawn_file_actions_adddup2(&actions, channel, kChannelFd);
    if (out >= 0)
        posix_spawn_file_actions_adddup2(&actions, out, STDOUT_FILENO);
    // The model file as descriptor kFileFd (dup2 clears close-on-exec; a
    // descriptor already there is duplicated out of the way first).
    Fd movedFile;
    if (file == kFileFd) {
        movedFile.fd = ::fcntl(file, F_DUPFD_CLOEXEC, 10);
        file = movedFile.fd;
    }
    if (file >= 0)
        posix_spawn_file_actions_adddup2(&actions, file, kFileFd);
    std::string tunable;
    std::vector<char*> env = childEnvironment(tunable);
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, exe.c_str(), &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw ReadError("cannot start the reader helper " + exe + ": " + std::strerror(rc));
    return pid;
}

// The outline the helper published in `channel` (ReaderChannel.h), handed
// to options.onOutline once. Read with pread into memory of our own, never
// mapped: the helper still runs and could shrink the memfd under a mapping.
// A malformed one is dropped (the full answer says what went wrong).
struct OutlineForward {
    const OpenOptions& options;
    int channel;
    const std::string& path;
    bool done = false;
    static constexpr std::uint64_t kMaxOutlineBytes = 256ull << 20;

    void poll(const SharedPage* page)
    {
        if (done || !page || !options.onOutline || options.cancelled())
            return;
        const std::uint64_t end = page->outlineEnd.load(std::memory_order_acquire);
        if (end == 0)
            return;
        done = true;
        if (end <= kImageOffset || end - kImageOffset > kMaxOutlineBytes)
            return;
        // Words, so the blocks keep the 8-byte alignment they have in the image.
        const auto size = static_cast<std::size_t>(end - kImageOffset);
        std::vector<std::uint64_t> words((size + 7) / 8);
        char* bytes = reinterpret_cast<char*>(words.data());
        std::size_t got = 0;
        while (got < size) {
            const ssize_t k = ::pread(channel, bytes + got, size - got, static_cast<off_t>(kImageOffset + got));
            if (k < 0 && errno == EINTR)
                continue;
            if (k <= 0)
                return;
            got += static_cast<std::size_t>(k);
        }
        try {
            ImageReader r(bytes, size);
            if (static_cast<ImageStatus>(r.u32()) != ImageStatus::Ok)
                return;
            Document doc = TreeImage::read(r);
            doc.path = path;
            doc.outline = true;
            options.onOutline(std::move(doc));
        } catch (const std::exception&) {
        }
    }
};

// Waits for the helper: forwards progress and an outline, honours cancel and
// the time limit. Returns the waitpid status; throws Cancelled / ReaderStopped (timeout).
int waitHelper(pid_t pid, const OpenOptions& options, const SharedPage* page, OutlineForward* outline = nullptr)
{
    const auto start = std::chrono::steady_clock::now();
    const double limit = readerTimeoutSeconds();
    Fd pidfd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
    std::uint64_t lastDone = UINT64_MAX;
    for (;;) {
        int status = 0;
        const pid_t got = ::waitpid(pid, &status, WNOHANG);
        if (got == pid) {
            // An outline written just before the end still comes first.
            if (outline && WIFEXITED(status) && WEXITSTATUS(status) == 0)
                outline->poll(page);
            return status;
        }
        if (outline)
            outline->poll(page);
        if (got < 0 && errno != EINTR)
            throw ReadError(errnoText("cannot wait for the reader helper"));
        if (page && options.progress) {
            const std::uint64_t d = page->done.load(std::memory_order_relaxed);
            if (d != lastDone) {
                lastDone = d;
                options.progress(d, page->total.load(std::memory_order_relaxed));
            }
        }
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const bool cancelled = options.cancelled();
        if (cancelled || elapsed > limit) {
            ::kill(pid, SIGKILL);
            while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
            if (cancelled)
                throw Cancelled();
            std::ostringstream s;
            s << "timed out after " << limit << " s";
            throw ReaderStopped(s.str());
        }
        // Woken when the helper exits (pidfd), else every 20 ms for progress and cancel.
        if (pidfd.fd >= 0) {
            pollfd p{pidfd.fd, POLLIN, 0};
            ::poll(&p, 1, 20);
        } else {
            ::usleep(5000);
        }
    }
}

std::string stopReason(int status)
{
    std::ostringstream s;
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        if (sig == SIGBUS)
            return "SIGBUS (file changed while read)";
        s << "crashed with signal " << sig;
        if (const char* name = signalName(sig))
            s << " (" << name << ')';
        return s.str();
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == kExitOutOfMemory) {
        s << "out of memory (limit " << (readerMemoryLimit() >> 20) << " MiB)";
        return s.str();
    }
    s << "exited with code " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << " without an answer";
    return s.str();
}
} // namespace

std::uint64_t readerMemoryLimit()
{
    if (const char* e = std::getenv("SKOPOS_READER_MEMORY_MB"); e && *e)
        if (const unsigned long long mb = std::strtoull(e, nullptr, 10))
            return static_cast<std::uint64_t>(mb) << 20;
    return 8ull << 30;
}

double readerTimeoutSeconds()
{
    if (const char* e = std::getenv("SKOPOS_READER_TIMEOUT"); e && *e)
        if (const double s = std::strtod(e, nullptr); s > 0)
            return s;
    return 600;
}

bool readerIsolated()
{
    const char* e = std::getenv("SKOPOS_READER");
    return !(e && std::strcmp(e, "inprocess") == 0);
}

std::string readerExecutable()
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (const char* e = std::getenv("SKOPOS_READER_PATH"); e && *e)
        return e;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    std::vector<fs::path> candidates;
    if (!ec) {
        candidates.push_back(self.parent_path() / "skopos-reader");
        candidates.push_back((self.parent_path() / SKOPOS_READER_RELATIVE_DIR / "skopos-reader").lexically_normal());
    }
#ifdef SKOPOS_READER_BUILD_PATH
    candidates.emplace_back(SKOPOS_READER_BUILD_PATH); // tests run from the build tree
#endif
    for (const fs::path& p : candidates)
        if (::access(p.c_str(), X_OK) == 0)
            return p.string();
    return {};
}

Document readDocument(const std::string& path, const OpenOptions& options)
{
    return readerIsolated() ? readDocumentIsolated(path, options) : openDocument(path, options);
}

namespace {
// A memfd for one file: the shared page with the limits, room for the answer.
int makeChannel(const OpenOptions& options, bool outline)
{
    const int fd = ::memfd_create("skopos-reader", MFD_CLOEXEC);
    if (fd < 0 || ::ftruncate(fd, kImageOffset) != 0) {
        if (fd >= 0)
            ::close(fd);
        throw ReadError(errnoText("cannot create the reader's shared memory"));
    }
    Mapping shared(fd, kImageOffset, PROT_READ | PROT_WRITE);
    if (!shared.ok()) {
        ::close(fd);
        throw ReadError(errnoText("cannot map the reader's shared memory"));
    }
    auto* page = new (shared.p) SharedPage;
    page->limits = options.limits;
    page->memoryBytes = readerMemoryLimit();
    page->scalarValues = options.scalarValues ? 1 : 0;
    page->outline = outline && options.onOutline ? 1 : 0;
    page->outlineMinBytes = options.outlineMinBytes;
    return fd;
}

// The helper's answer in the channel, its image at `offset` (answerOffset):
// the Document, or its error rethrown.
Document answer(int channel, const std::string& path, std::uint64_t offset = kImageOffset)
{
    struct stat st { };
    if (offset < kImageOffset || offset % 8 != 0)
        throw ReaderStopped("answered at a bad offset");
    if (::fstat(channel, &st) != 0 || static_cast<std::uint64_t>(st.st_size) <= offset)
        throw ReaderStopped("ended without an answer");
    const auto size = static_cast<std::size_t>(st.st_size);
    Mapping image(channel, size, PROT_READ, MAP_POPULATE);
    if (!image.ok())
        throw ReadError(errnoText("cannot map the reader's answer"));
    ImageReader r(static_cast<const char*>(image.p) + offset, size - offset);
    switch (static_cast<ImageStatus>(r.u32())) {
    case ImageStatus::Ok: {
        Document doc = TreeImage::read(r);
        doc.path = path;
        return doc;
    }
    case ImageStatus::ReadError: throw ReadError(std::string(r.text()));
    case ImageStatus::Cancelled: throw Cancelled();
    }
    throw ReaderStopped("answered with an unknown status");
}

// Forwards the helper's progress from the shared page of `channel`.
struct ProgressPage {
    Mapping map;
    const SharedPage* page() const { return map.ok() ? static_cast<const SharedPage*>(map.p) : nullptr; }
    explicit ProgressPage(int channel) : map(channel, kImageOffset, PROT_READ) { }
};
} // namespace

namespace {
Document readIsolated(const std::string& path, int file, const OpenOptions& options)
{
    if (options.cancelled())
        throw Cancelled();
    Fd channel(makeChannel(options, true));
    int wstatus = 0;
    std::uint64_t answerAt = kImageOffset;
    {
        ProgressPage progress(channel.fd);
        std::vector<std::string> args{"read", std::to_string(kChannelFd), path};
        if (file >= 0)
            args.push_back(std::to_string(kFileFd));
        const pid_t pid = spawnHelper(args, channel.fd, -1, file);
        OutlineForward outline{options, channel.fd, path};
        wstatus = waitHelper(pid, options, progress.page(), &outline);
        if (const SharedPage* page = progress.page())
            answerAt = page->answerOffset.load(std::memory_order_acquire);
    }
    if (!(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0))
        throw ReaderStopped(stopReason(wstatus));
    return answer(channel.fd, path, answerAt);
}
} // namespace

Document readDocumentIsolated(const std::string& path, const OpenOptions& options)
{
    return readIsolated(path, -1, options);
}

Document readDocument(const FileHandlePtr& file, const OpenOptions& options)
{
    if (!readerIsolated())
        return openDocument(file, options);
    Document doc = readIsolated(file->path(), file->fd(), options);
    doc.file = file;
    return doc;
}

ReaderSession::~ReaderSession() { stop(); }

void ReaderSession::stop()
{
    if (sock_ >= 0)
        ::close(sock_); // the helper reads EOF and ends
    sock_ = -1;
    if (pid_ > 0)
        while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) { }
    pid_ = -1;
}

Document ReaderSession::read(const std::string& path, const OpenOptions& options)
{
    if (options.cancelled())
        throw Cancelled();
    if (path.size() >= 8000)
        return readDocumentIsolated(path, options); // longer than a request holds
    Fd channel(makeChannel(options, false));        // scans never ask for an outline
    if (pid_ < 0) {
        int pair[2];
        if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0)
            throw ReadError(errnoText("cannot create the reader's socket"));
        Fd theirs(pair[1]);
        sock_ = pair[0];
        try {
            pid_ = spawnHelper({"serve", std::to_string(kChannelFd), std::to_string(readerMemoryLimit())}, theirs.fd,
                               -1);
        } catch (...) {
            ::close(sock_);
            sock_ = -1;
            throw;
        }
    }
    // The request: the path, and the channel as SCM_RIGHTS.
    char control[CMSG_SPACE(sizeof(int))] = {};
    iovec iov{const_cast<char*>(path.data()), path.size()};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    cmsghdr* c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(c), &channel.fd, sizeof(int));
    const bool sent = ::sendmsg(sock_, &msg, MSG_NOSIGNAL) == static_cast<ssize_t>(path.size());
    ProgressPage progress(channel.fd);
    const auto start = std::chrono::steady_clock::now();
    const double limit = readerTimeoutSeconds();
    std::uint64_t lastDone = UINT64_MAX;
    const auto died = [&](int status) {
        pid_ = -1;
        ::close(sock_);
        sock_ = -1;
        return ReaderStopped(stopReason(status));
    };
    while (sent) {
        pollfd p{sock_, POLLIN, 0};
        const int ready = ::poll(&p, 1, 20);
        if (ready > 0 && (p.revents & POLLIN)) {
            char done = 0;
            if (::recv(sock_, &done, 1, 0) == 1)
                return answer(channel.fd, path);
        }
        if (ready > 0) { // the helper is gone: its socket closed
            int status = 0;
            while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) { }
            throw died(status);
        }
        if (const SharedPage* page = progress.page(); page && options.progress) {
            const std::uint64_t d = page->done.load(std::memory_order_relaxed);
            if (d != lastDone) {
                lastDone = d;
                options.progress(d, page->total.load(std::memory_order_relaxed));
            }
        }
        const bool cancelled = options.cancelled();
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (cancelled || elapsed > limit) {
            ::kill(pid_, SIGKILL);
            int status = 0;
            while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) { }
            died(status);
            if (cancelled)
                throw Cancelled();
            std::ostringstream s;
            s << "timed out after " << limit << " s";
            throw ReaderStopped(s.str());
        }
    }
    int status = 0;
    ::kill(pid_, SIGKILL);
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) { }
    throw died(status);
}

ProbeReport probeSandbox()
{
    ProbeReport report;
    int pipefd[2];
    if (::pipe2(pipefd, O_CLOEXEC) != 0) {
        report.problem = errnoText("pipe");
        return report;
    }
    Fd readEnd(pipefd[0]);
    pid_t pid = -1;
    {
        Fd writeEnd(pipefd[1]);
        try {
            pid = spawnHelper({"probe"}, -1, writeEnd.fd);
        } catch (const std::exception& e) {
            report.problem = e.what();
            return report;
        }
    }
    std::string out;
    char buf[4096];
    for (;;) {
        pollfd p{readEnd.fd, POLLIN, 0};
        if (::poll(&p, 1, 10000) <= 0) {
            ::kill(pid, SIGKILL);
            report.problem = "the probe did not answer";
            break;
        }
        const ssize_t k = ::read(readEnd.fd, buf, sizeof buf);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        out.append(buf, static_cast<std::size_t>(k));
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    if (report.problem.empty() && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
        report.problem = "the probe stopped: " + stopReason(status);
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        const auto colon = line.find(": ");
        if (colon == std::string::npos)
            continue;
        const std::string key = line.substr(0, colon), value = line.substr(colon + 2);
        if (key == "sandbox")
            report.sandbox = value;
        else if (key == "exec")
            report.execBlocked = value == "blocked";
        else if (key == "socket")
            report.socketBlocked = value == "blocked";
        else if (key == "write")
            report.writeBlocked = value == "blocked";
    }
    return report;
}

std::string sandboxSummary()
{
    static const std::string line = [] {
        if (!readerIsolated())
            return std::string("unavailable: files are read in this process (SKOPOS_READER=inprocess)");
        const ProbeReport p = probeSandbox();
        if (!p.problem.empty())
            return "unavailable: " + p.problem;
        if (p.allBlocked())
            return p.sandbox + ": exec, network sockets and writing files blocked";
        std::string allowed;
        for (const auto& [blocked, what] : {std::pair{p.execBlocked, "exec"}, std::pair{p.socketBlocked, "sockets"},
                                            std::pair{p.writeBlocked, "writing files"}})
            if (!blocked)
                allowed += (allowed.empty() ? "" : ", ") + std::string(what);
        return p.sandbox + ": ALLOWED: " + allowed;
    }();
    return line;
}

} // namespace skopos::sandbox
