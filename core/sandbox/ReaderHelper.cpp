#include "sandbox/ReaderHelper.h"

#include "document/Open.h"
#include "sandbox/ReaderChannel.h"
#include "sandbox/Sandbox.h"
#include "sandbox/TreeImage.h"
#include "tree/Error.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

namespace skopos::sandbox {

namespace {
#ifdef SKOPOS_FAULT_INJECTION
// Fails the way a reader bug would, for the tests of the parent's handling.
void injectFault(const char* path)
{
    const char* fault = std::getenv("SKOPOS_FAULT");
    if (!fault || !*fault)
        return;
    // SKOPOS_FAULT_FILE: only files whose path contains this text fail.
    if (const char* only = std::getenv("SKOPOS_FAULT_FILE"); only && *only && !std::strstr(path, only))
        return;
    const std::string f = fault;
    if (f == "crash") {
        std::raise(SIGSEGV);
    } else if (f == "oom") {
        std::vector<std::unique_ptr<char[]>> hog; // address space only: untouched pages
        for (;;)
            hog.emplace_back(new char[64u << 20]);
    } else if (f == "hang") {
        for (;;)
            ::pause();
    } else if (f == "sigbus") {
        // A page of the mapping past the end of the file: what reading a
        // mapped file that was truncated meanwhile does.
        const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
        struct stat st { };
        if (fd >= 0 && ::fstat(fd, &st) == 0) {
            const long page = ::sysconf(_SC_PAGESIZE);
            const std::size_t end = (static_cast<std::size_t>(st.st_size) + page - 1) / page * page;
            auto* p = static_cast<volatile char*>(::mmap(nullptr, end + page, PROT_READ, MAP_SHARED, fd, 0));
            if (p != MAP_FAILED)
                (void)p[end];
        }
        std::raise(SIGBUS); // an empty or unmappable file: the same ending
    }
}
#endif

int probe()
{
    const Confinement c = Sandbox::confine(Policy{1ull << 30});
    std::printf("sandbox: %s\n", describe(c).c_str());
    // exec: in a child, so an allowed exec does not replace the probe.
    bool execBlocked = false;
    const pid_t pid = ::fork();
    if (pid == 0) {
        char* const argv[] = {const_cast<char*>("/bin/true"), nullptr};
        ::execve("/bin/true", argv, environ);
        ::_exit(100); // refused
    }
    int status = 0;
    if (pid > 0 && ::waitpid(pid, &status, 0) == pid)
        execBlocked = WIFEXITED(status) && WEXITSTATUS(status) == 100;
    std::printf("exec: %s\n", execBlocked ? "blocked" : "ALLOWED");
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    std::printf("socket: %s\n", s < 0 ? "blocked" : "ALLOWED");
    if (s >= 0)
        ::close(s);
    char name[] = "/tmp/skopos-doctor-XXXXXX";
    const int w = ::mkstemp(name); // open(O_RDWR | O_CREAT | O_EXCL)
    std::printf("write: %s\n", w < 0 ? "blocked" : "ALLOWED");
    if (w >= 0) {
        ::close(w);
        ::unlink(name);
    }
    std::fflush(stdout);
    return 0;
}

// Reads `path` into the result image of memfd `fd` (its shared page already
// mapped at `page`). Returns normally after writing the image.
void readOne(int fd, SharedPage* page, const char* path, int file = -1)
{
#ifdef SKOPOS_FAULT_INJECTION
    injectFault(path);
#endif
    OpenOptions options;
    options.limits = page->limits;
    options.scalarValues = page->scalarValues != 0;
    options.progress = [page](std::uint64_t done, std::uint64_t total) {
        page->total.store(total, std::memory_order_relaxed);
        page->done.store(done, std::memory_order_relaxed);
    };
    // The result goes after an outline written first (ReaderChannel.h).
    std::uint64_t answerAt = kImageOffset;
    if (page->outline) {
        options.outlineMinBytes = page->outlineMinBytes;
        options.onOutline = [&](Document&& outline) {
            try {
                ImageWriter w(fd, kImageOffset);
                w.u32(static_cast<std::uint32_t>(ImageStatus::Ok));
                TreeImage::write(w, outline);
                const std::uint64_t end = w.offset();
                answerAt = (end + 4095) / 4096 * 4096; // a new page (8-aligned, as the blocks need)
                page->outlineEnd.store(end, std::memory_order_release);
            } catch (const std::exception&) { // no outline then; the result follows as usual
            }
#ifdef SKOPOS_FAULT_INJECTION
            // The tests' proof that the outline arrives while the helper still reads.
            if (const char* fault = std::getenv("SKOPOS_FAULT"); fault && std::strcmp(fault, "hang-after-outline") == 0)
                for (;;)
                    ::pause();
#endif
        };
    }
    const auto fail = [&](ImageStatus status, const char* message) {
        page->answerOffset.store(answerAt, std::memory_order_release);
        ImageWriter w(fd, answerAt);
        w.u32(static_cast<std::uint32_t>(status));
        w.text(message);
        w.flush();
    };
    try {
        const Document doc = file >= 0 ? openDocument(file, path, options) : openDocument(path, options);
        page->answerOffset.store(answerAt, std::memory_order_release);
        ImageWriter w(fd, answerAt);
        w.u32(static_cast<std::uint32_t>(ImageStatus::Ok));
        TreeImage::write(w, doc);
    } catch (const Cancelled&) {
        fail(ImageStatus::Cancelled, "cancelled");
    } catch (const std::exception& e) {
        fail(ImageStatus::ReadError, e.what());
    }
}

SharedPage* mapPage(int fd)
{
    void* shared = ::mmap(nullptr, kImageOffset, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (shared == MAP_FAILED)
        return nullptr;
    auto* page = static_cast<SharedPage*>(shared);
    if (page->magic != kChannelMagic || page->size != sizeof(SharedPage)) {
        ::munmap(shared, kImageOffset);
        return nullptr;
    }
    return page;
}

void confine(std::uint64_t memoryBytes)
{
    Sandbox::confine(Policy{memoryBytes});
    // Past the memory limit any allocation, in any thread (a bad_alloc in a
    // worker or a noexcept path would abort), ends the helper with the one
    // exit code the parent words as "out of memory".
    std::set_new_handler([] { ::_exit(kExitOutOfMemory); });
}

int read(int fd, const char* path, int file)
{
    SharedPage* page = mapPage(fd);
    if (!page)
        return kExitUsage;
    confine(page->memoryBytes);
    readOne(fd, page, path, file);
    ::_exit(0); // without freeing the tree: the process ends anyway
}

// One file after another for a scan (ReaderSession): each request is a path
// with a memfd (SCM_RIGHTS) on the socket `sock`; the answer, one byte, says
// its image is written. Ends when the socket closes.
int serve(int sock, std::uint64_t memoryBytes)
{
    confine(memoryBytes);
    for (;;) {
        char path[8192];
        char control[CMSG_SPACE(sizeof(int))] = {};
        iovec iov{path, sizeof path - 1};
        msghdr msg{};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
        if (n <= 0)
            return 0;
        path[n] = 0;
        int fd = -1;
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
                std::memcpy(&fd, CMSG_DATA(c), sizeof fd);
        SharedPage* page = fd >= 0 ? mapPage(fd) : nullptr;
        if (!page)
            return kExitUsage;
        readOne(fd, page, path);
        ::munmap(page, kImageOffset);
        ::close(fd);
        const char done = 1;
        if (::send(sock, &done, 1, MSG_NOSIGNAL) != 1)
            return 0;
    }
}
} // namespace

int runReaderHelper(int argc, char** argv)
{
    if (argc == 2 && std::strcmp(argv[1], "probe") == 0)
        return probe();
    // read CHANNEL PATH [FILEFD]: with FILEFD the file is read through the
    // descriptor the parent handed over, PATH only names it in messages.
    if ((argc == 4 || argc == 5) && std::strcmp(argv[1], "read") == 0)
        return read(std::atoi(argv[2]), argv[3], argc == 5 ? std::atoi(argv[4]) : -1);
    if (argc == 4 && std::strcmp(argv[1], "serve") == 0)
        return serve(std::atoi(argv[2]), std::strtoull(argv[3], nullptr, 10));
    std::fprintf(stderr, "skopos-reader is started by Skopos (read FD PATH | probe)\n");
    return kExitUsage;
}

} // namespace skopos::sandbox
