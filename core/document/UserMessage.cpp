#include "document/UserMessage.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace skopos {

FileFacts fileFacts(const std::string& path)
{
    FileFacts f;
    struct stat st { };
    if (::stat(path.c_str(), &st) != 0) {
        f.openErrno = errno;
        f.exists = errno != ENOENT && errno != ENOTDIR;
        return f;
    }
    f.exists = true;
    f.isFolder = S_ISDIR(st.st_mode);
    f.size = static_cast<std::uint64_t>(st.st_size);
    if (f.isFolder)
        return f;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        f.openErrno = errno;
        return f;
    }
    std::array<char, 16> buf{};
    const ssize_t n = ::read(fd, buf.data(), buf.size());
    if (n > 0)
        f.head.assign(buf.data(), static_cast<std::size_t>(n));
    ::close(fd);
    return f;
}

bool mentionsTruncation(const std::string& error)
{
    // The readers' wordings for "the bytes stop before the format is complete"
    // (core/**: ReadError messages).
    static constexpr std::string_view markers[] = {
        "truncated",
        "ends before",
        "ends after",
        "ends inside",
        "ends early",
        "file ends",
        "no end of central directory",
        "cut short",
        "too short",
        "unexpected end",
    };
    for (std::string_view m : markers)
        if (error.find(m) != std::string::npos)
            return true;
    return false;
}

bool startsLikeModel(const std::string& head)
{
    const std::string_view h(head);
    const auto starts = [&](std::string_view magic) { return h.substr(0, magic.size()) == magic; };
    if (starts("PK\x03\x04") || starts("PK\x05\x06") || starts("\x93NUMPY"))
        return true;
    if (h.size() >= 2 && h[0] == '\x80' && h[1] >= 2 && h[1] <= 5) // pickle protocols 2-5
        return true;
    if (starts("\x1f\x8b") || starts("BZh")
        || starts(std::string_view("\xfd"
                                   "7zXZ\0",
                                   6))
        || starts(std::string_view("\x5d\0\0", 3)) || starts("ZF"))
        return true;
    if (h.size() >= 2 && h[0] == '\x78' && (h[1] == '\x01' || h[1] == '\x5e' || h[1] == '\x9c' || h[1] == '\xda'))
        return true; // zlib (joblib)
    // Protocol 0/1 pickles are text; they open with a mark, a global or an empty container.
    return !h.empty() && std::string_view("(c]})").find(h[0]) != std::string_view::npos;
}

std::string failureSummary(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Missing: return "The file does not exist.";
    case FailureKind::Folder: return "This is a folder, not a file.";
    case FailureKind::PermissionDenied: return "Permission denied.";
    case FailureKind::Empty: return "The file is empty.";
    case FailureKind::NotAModel: return "Not a pickle or model file.";
    case FailureKind::Incomplete: return "Incomplete: the file ends early; was the download interrupted?";
    case FailureKind::Damaged: return "The file is damaged or in a form Skopos does not read.";
    case FailureKind::OutOfMemory: return "Not enough memory to read this file.";
    }
    return {};
}

UserMessage classifyFailure(const FileFacts& facts, const std::string& error)
{
    UserMessage m;
    m.detail = error;
    const auto systemDetail = [&](int e) {
        if (m.detail.empty())
            m.detail = std::strerror(e);
    };
    if (!facts.exists)
        m.kind = FailureKind::Missing;
    else if (facts.isFolder)
        m.kind = FailureKind::Folder;
    else if (facts.openErrno == EACCES || facts.openErrno == EPERM)
        m.kind = FailureKind::PermissionDenied;
    else if (error.find("out of memory") != std::string::npos)
        m.kind = FailureKind::OutOfMemory;
    else if (facts.openErrno == 0 && facts.size == 0)
        m.kind = FailureKind::Empty;
    else if (facts.openErrno == 0 && !startsLikeModel(facts.head))
        m.kind = FailureKind::NotAModel;
    else if (mentionsTruncation(error))
        m.kind = FailureKind::Incomplete;
    else
        m.kind = FailureKind::Damaged;
    if (facts.openErrno != 0)
        systemDetail(facts.openErrno);
    m.summary = failureSummary(m.kind);
    return m;
}

} // namespace skopos
