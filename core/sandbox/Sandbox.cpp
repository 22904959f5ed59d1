#include "sandbox/Sandbox.h"

#include <cerrno>
#include <cstring>

#ifdef __linux__
#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#ifdef SKOPOS_HAVE_SECCOMP
#include <seccomp.h>
#endif

namespace skopos::sandbox {

namespace {
Confinement g_done;
bool g_confined = false;

#ifdef __linux__
// Landlock ABI versions newer than Debian 12's header: the struct grows and
// gains net and scope fields; older kernels take the shorter struct.
struct RulesetAttr {
    std::uint64_t handledAccessFs = 0;
    std::uint64_t handledAccessNet = 0;
    std::uint64_t scoped = 0;
};
constexpr std::uint64_t kAccessFsRefer = 1ull << 13;    // ABI 2
constexpr std::uint64_t kAccessFsTruncate = 1ull << 14; // ABI 3
constexpr std::uint64_t kAccessNetBindTcp = 1ull << 0;  // ABI 4
constexpr std::uint64_t kAccessNetConnectTcp = 1ull << 1;
constexpr std::uint64_t kScopeAbstractUnix = 1ull << 0; // ABI 6
constexpr std::uint64_t kScopeSignal = 1ull << 1;

#ifndef __NR_landlock_create_ruleset
#define __NR_landlock_create_ruleset 444
#define __NR_landlock_restrict_self 446
#endif

// Read-only file system, no exec, no TCP: every write-like right is
// "handled" and no rule grants any, so the kernel refuses them everywhere.
// Reading is not handled, hence allowed.
bool landlock(std::string& problem)
{
    const long abi = ::syscall(__NR_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    if (abi < 1) {
        problem = errno == ENOSYS || errno == EOPNOTSUPP ? "landlock: not supported by this kernel"
                                                         : std::string("landlock: ") + std::strerror(errno);
        return false;
    }
    RulesetAttr attr;
    attr.handledAccessFs = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR
        | LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR | LANDLOCK_ACCESS_FS_MAKE_DIR
        | LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO
        | LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM;
    std::size_t size = sizeof attr.handledAccessFs;
    if (abi >= 2)
        attr.handledAccessFs |= kAccessFsRefer;
    if (abi >= 3)
        attr.handledAccessFs |= kAccessFsTruncate;
    if (abi >= 4) {
        attr.handledAccessNet = kAccessNetBindTcp | kAccessNetConnectTcp;
        size = 2 * sizeof(std::uint64_t);
    }
    if (abi >= 6) {
        attr.scoped = kScopeAbstractUnix | kScopeSignal;
        size = sizeof attr;
    }
    const int fd = static_cast<int>(::syscall(__NR_landlock_create_ruleset, &attr, size, 0));
    if (fd < 0) {
        problem = std::string("landlock: ") + std::strerror(errno);
        return false;
    }
    const bool ok = ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 && ::syscall(__NR_landlock_restrict_self, fd, 0) == 0;
    if (!ok)
        problem = std::string("landlock: ") + std::strerror(errno);
    ::close(fd);
    return ok;
}
#endif

#ifdef SKOPOS_HAVE_SECCOMP
bool seccomp(std::string& problem)
{
    scmp_filter_ctx ctx = ::seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx) {
        problem = "seccomp: cannot create a filter";
        return false;
    }
    const auto deny = SCMP_ACT_ERRNO(EPERM);
    int rc = 0;
    // Syscalls that are never needed to read a file. Names unknown to this
    // libseccomp (or architecture) resolve negative and are skipped.
    const char* never[] = {"execve",
                           "execveat",
                           "socket",
                           "connect",
                           "bind",
                           "listen",
                           "accept",
                           "accept4",
                           "ptrace",
                           "process_vm_writev",
                           "openat2",
                           "creat",
                           "open_by_handle_at",
                           "io_uring_setup",
                           "io_uring_enter",
                           "io_uring_register",
                           "unlink",
                           "unlinkat",
                           "rename",
                           "renameat",
                           "renameat2",
                           "mkdir",
                           "mkdirat",
                           "rmdir",
                           "link",
                           "linkat",
                           "symlink",
                           "symlinkat",
                           "truncate",
                           "chmod",
                           "fchmodat",
                           "chown",
                           "lchown",
                           "fchownat",
                           "mknod",
                           "mknodat",
                           "setxattr",
                           "lsetxattr",
                           "removexattr",
                           "lremovexattr",
                           "kill",
                           "tkill"};
    for (const char* name : never) {
        const int nr = ::seccomp_syscall_resolve_name(name);
        if (nr >= 0)
            rc |= ::seccomp_rule_add(ctx, deny, nr, 0);
    }
    // open/openat for writing: any of these flags refuses the call.
    for (const unsigned flag : {unsigned(O_WRONLY), unsigned(O_RDWR), unsigned(O_CREAT), unsigned(O_TRUNC)}) {
        const int open = ::seccomp_syscall_resolve_name("open");
        if (open >= 0)
            rc |= ::seccomp_rule_add(ctx, deny, open, 1, SCMP_A1(SCMP_CMP_MASKED_EQ, flag, flag));
        rc |= ::seccomp_rule_add(ctx, deny, SCMP_SYS(openat), 1, SCMP_A2(SCMP_CMP_MASKED_EQ, flag, flag));
    }
    if (rc != 0) {
        problem = "seccomp: a rule was refused";
        ::seccomp_release(ctx);
        return false;
    }
    rc = ::seccomp_load(ctx);
    ::seccomp_release(ctx);
    if (rc != 0) {
        problem = std::string("seccomp: ") + std::strerror(-rc);
        return false;
    }
    return true;
}
#endif
} // namespace

bool Sandbox::compiledIn()
{
#ifdef SKOPOS_HAVE_SECCOMP
    return true;
#else
    return false;
#endif
}

Confinement Sandbox::confine(const Policy& policy)
{
    Confinement c;
    std::string problems;
    const auto note = [&](const std::string& p) {
        if (!p.empty())
            problems += (problems.empty() ? "" : "; ") + p;
    };
#ifdef __linux__
    if (policy.memoryBytes) {
        const rlimit lim{policy.memoryBytes, policy.memoryBytes};
        if (::setrlimit(RLIMIT_AS, &lim) != 0)
            note(std::string("memory limit: ") + std::strerror(errno));
    }
    // Landlock first: seccomp below also denies what Landlock's setup needs
    // nothing of, but keeping the order makes either one optional.
    std::string p;
    c.landlock = landlock(p);
    note(p);
#ifdef SKOPOS_HAVE_SECCOMP
    p.clear();
    c.seccomp = seccomp(p);
    note(p);
#else
    note("seccomp: built without libseccomp");
#endif
#else
    (void)policy;
    note("no confinement on this system yet");
#endif
    c.problem = problems;
    g_done = c;
    g_confined = true;
    return c;
}

std::string describe(const Confinement& c)
{
    if (!c.active())
        return "unavailable: " + (c.problem.empty() ? std::string("not confined") : c.problem);
    std::string s = "active (";
    s += c.seccomp && c.landlock ? "seccomp+landlock" : c.seccomp ? "seccomp" : "landlock";
    if (!c.problem.empty())
        s += "; " + c.problem;
    return s + ")";
}

std::string Sandbox::status()
{
    if (!g_confined)
        return "unavailable: this process is not confined";
    return describe(g_done);
}

} // namespace skopos::sandbox
