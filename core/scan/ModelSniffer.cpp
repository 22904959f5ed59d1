#include "scan/ModelSniffer.h"

#include "io/ByteSource.h"
#include "io/Decompress.h"
#include "tree/Limits.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>

namespace skopos::scan {

namespace {
constexpr std::size_t kHead = 64;

bool isIdentChar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

// Protocol 0/1 streams begin with an opcode that pushes a value or a mark.
// Text-like opcodes are checked a little further so prose does not pass.
bool plausibleOldPickleStart(const unsigned char* h, std::size_t n)
{
    if (n < 2)
        return false;
    switch (h[0]) {
    case 'I': case 'L': case 'F': { // INT / LONG / FLOAT: a number, then a newline
        std::size_t i = 1;
        if (i < n && (h[i] == '-' || h[i] == '+'))
            ++i;
        const std::size_t digits = i;
        while (i < n && ((h[i] >= '0' && h[i] <= '9') || h[i] == '.' || h[i] == 'e' || h[i] == 'E' || h[i] == 'L'))
            ++i;
        return i > digits && i < n && h[i] == '\n';
    }
    case 'c': case 'i': { // GLOBAL / INST: "module\nname\n"
        std::size_t i = 1;
        while (i < n && isIdentChar(h[i]))
            ++i;
        return i > 1 && i < n && h[i] == '\n';
    }
    case 'S': // STRING: a quoted repr
        return h[1] == '\'' || h[1] == '"';
    case '(': case ']': case '}': case ')': case 'N': case 'V': case 'P':
    case 'K': case 'J': case 'M': case 'G': case 'T': case 'U': case 'X':
        return true;
    default:
        return false;
    }
}

bool pickleStart(const unsigned char* h, std::size_t n)
{
    if (n >= 2 && h[0] == 0x80 && h[1] <= 5)
        return true;
    return plausibleOldPickleStart(h, n);
}
} // namespace

Sniffed classifyHead(const unsigned char* head, std::size_t n, int last)
{
    if (n >= 4 && (std::memcmp(head, "PK\x03\x04", 4) == 0 || std::memcmp(head, "PK\x05\x06", 4) == 0))
        return Sniffed::Zip;
    if (n >= 6 && std::memcmp(head, "\x93NUMPY", 6) == 0)
        return Sniffed::Npy;
    if (n >= 2 && head[0] == 0x80 && head[1] <= 5)
        return Sniffed::Pickle;
    if (last == '.' && plausibleOldPickleStart(head, n))
        return Sniffed::Pickle;
    return Sniffed::NotModel;
}

SniffResult sniffModel(const std::string& path)
{
    SniffResult r;
    const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        r.kind = Sniffed::Unreadable;
        r.problem = std::string("cannot open: ") + std::strerror(errno);
        return r;
    }
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return r; // not a regular file (any more): no line
    }
    unsigned char head[kHead];
    const ssize_t got = pread(fd, head, sizeof head, 0);
    int last = -1;
    if (got > 0 && st.st_size > 0) {
        unsigned char c = 0;
        if (pread(fd, &c, 1, st.st_size - 1) == 1)
            last = c;
    }
    const int readErrno = errno;
    close(fd);
    if (got < 0) {
        r.kind = Sniffed::Unreadable;
        r.problem = std::string("cannot read: ") + std::strerror(readErrno);
        return r;
    }
    const auto n = static_cast<std::size_t>(got);
    r.kind = classifyHead(head, n, last);
    if (r.kind != Sniffed::NotModel)
        return r;

    // A compressed container joblib would open: look at what it holds.
    r.container = detectContainer(reinterpret_cast<const char*>(head), n);
    if (r.container.empty())
        return r;
    try {
        std::string container;
        auto src = openModelStream(path, Limits::defaults(), container);
        unsigned char inner[kHead];
        std::size_t have = 0;
        while (have < sizeof inner) {
            const std::size_t k = src->read(reinterpret_cast<char*>(inner) + have, sizeof inner - have);
            if (k == 0)
                break;
            have += k;
        }
        if (pickleStart(inner, have))
            r.kind = Sniffed::Pickle;
    } catch (const std::exception&) {
        // Not a stream joblib could read either: not a model.
    }
    if (r.kind == Sniffed::NotModel)
        r.container.clear();
    return r;
}

} // namespace skopos::scan
