#include "scan/ModelSniffer.h"

#include "io/ByteSource.h"
#include "io/Decompress.h"
#include "io/ZipArchive.h"
#include "pickle/Input.h"
#include "pickle/Opcodes.h"
#include "pickle/PickleMachine.h"
#include "tree/Document.h"
#include "tree/Error.h"
#include "tree/Limits.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <strings.h>
#include <exception>

namespace skopos::scan {

namespace {
constexpr std::size_t kHead = 64;

bool isIdentifier(std::string_view s)
{
    if (s.empty() || (s[0] >= '0' && s[0] <= '9'))
        return false;
    for (const char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

// "a.b.c": every part a Python identifier (ASCII is enough: a name Python
// cannot import is nothing pickle.load could run).
bool isDottedName(std::string_view s)
{
    while (true) {
        const auto dot = s.find('.');
        if (!isIdentifier(s.substr(0, dot)))
            return false;
        if (dot == std::string_view::npos)
            return true;
        s.remove_prefix(dot + 1);
    }
}

// The machine records "module.name"; the module part alone must be importable
// and the name a (possibly dotted) attribute: every part an identifier.
bool anyImportable(const std::set<std::string>& globals)
{
    for (const auto& g : globals)
        if (isDottedName(g))
            return true;
    return false;
}

struct WouldImport { };

std::string dirOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}
} // namespace

Sniffed classifyHead(const unsigned char* head, std::size_t n)
{
    if (n >= 4 && (std::memcmp(head, "PK\x03\x04", 4) == 0 || std::memcmp(head, "PK\x05\x06", 4) == 0))
        return Sniffed::Zip;
    if (n >= 6 && std::memcmp(head, "\x93NUMPY", 6) == 0)
        return Sniffed::Npy;
    if (n >= 2 && head[0] == 0x80 && head[1] <= 5)
        return Sniffed::Pickle;
    if (n >= 1 && pickle::opInfo(head[0]))
        return Sniffed::MaybePickle;
    return Sniffed::NotModel;
}

bool pickleWouldImportOrLoad(const std::string& path, const std::atomic<bool>* cancel)
{
    OpenOptions options;
    options.cancel = cancel;
    Document scratch;
    std::string container;
    try {
        auto src = openModelStream(path, options.limits, container);
        pickle::Input in(*src);
        pickle::Machine m(in, scratch, options, container.empty() ? Where::FileRange : Where::StreamRange, dirOf(path));
        std::size_t seen = 0;
        m.trace = [&](const pickle::TraceEvent& e) {
            if (e.op && (e.op->code == 'c' || e.op->code == 'i') && e.arg && isDottedName(e.arg->s)
                && isDottedName(e.arg->s2))
                throw WouldImport{};
            // STACK_GLOBAL takes its names from the stack: seen once it ran.
            if (m.globals().size() != seen) {
                seen = m.globals().size();
                if (anyImportable(m.globals()))
                    throw WouldImport{};
            }
        };
        try {
            m.run();
            return true; // a complete pickle
        } catch (const ReadError&) {
            return anyImportable(m.globals());
        }
    } catch (const WouldImport&) {
        return true;
    } catch (const std::exception&) {
        return false; // Cancelled, or a stream that cannot even be opened
    }
}

SniffResult sniffModel(const std::string& path, const std::atomic<bool>* cancel)
{
    SniffResult r;
    const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        r.kind = Sniffed::Unreadable;
        r.problem = std::string("cannot open: ") + std::strerror(errno);
        return r;
    }
    struct stat st { };
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return r; // not a regular file (any more): no line
    }
    unsigned char head[kHead];
    const ssize_t got = pread(fd, head, sizeof head, 0);
    const int readErrno = errno;
    close(fd);
    if (got < 0) {
        r.kind = Sniffed::Unreadable;
        r.problem = std::string("cannot read: ") + std::strerror(readErrno);
        return r;
    }
    const auto n = static_cast<std::size_t>(got);
    r.kind = classifyHead(head, n);

    // A compressed container joblib would open: the same test on what it holds.
    r.container = detectContainer(reinterpret_cast<const char*>(head), n);
    if (!r.container.empty() && r.kind != Sniffed::Zip && r.kind != Sniffed::Npy) {
        r.kind = Sniffed::NotModel;
        try {
            std::string container;
            auto src = openModelStream(path, Limits::defaults(), container);
            unsigned char inner[2];
            std::size_t have = 0;
            while (have < sizeof inner) {
                const std::size_t k = src->read(reinterpret_cast<char*>(inner) + have, sizeof inner - have);
                if (k == 0)
                    break;
                have += k;
            }
            r.kind = classifyHead(inner, have);
        } catch (const std::exception&) {
            // Not a stream joblib could read either: not a model.
        }
        if (r.kind == Sniffed::Zip || r.kind == Sniffed::Npy)
            r.kind = Sniffed::NotModel; // a compressed zip is no model file joblib writes
    } else {
        r.container.clear();
    }
    if (r.kind == Sniffed::MaybePickle)
        r.kind = pickleWouldImportOrLoad(path, cancel) ? Sniffed::Pickle : Sniffed::NotModel;
    // A .skops file with bytes before its archive (a shell script): skops
    // loads it (zipfile finds the archive at the end). Looked for in .skops
    // files only, to keep a scan from reading the tail of every file.
    if (r.kind == Sniffed::NotModel && r.container.empty() && path.size() > 6
        && strcasecmp(path.c_str() + path.size() - 6, ".skops") == 0 && isPrefixedZip(path))
        r.kind = Sniffed::Zip;
    if (r.kind == Sniffed::NotModel)
        r.container.clear();
    return r;
}

} // namespace skopos::scan
