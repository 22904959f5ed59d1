#pragma once
// Read-only access to a zip archive (QuaZip) with the checks a hostile file
// needs: member names are validated, reads are capped, and only the bytes
// asked for are read (a member's data offset is located, never its payload).
//
// Speed: for an archive opened from a file, the central directory is read
// here (one pread of the tail, one of the directory) and is the listing when
// it is ordinary: one disk, counts and sizes that agree, ASCII names. QuaZip
// then opens only when a member must be inflated. Otherwise QuaZip lists the
// archive as it always did and this reading only locates stored members. A
// stored member whose local header checks out is read directly: npy headers
// with the same pread that checks the header, a big schema.json as a read-only
// memory map of just that member, never copied (bench/README.md).

#include "tree/Limits.h"

#include <QIODevice>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class QuaZip;

namespace skopos {

struct ZipEntry {
    std::string name;
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0;  // uncompressed, as declared
    bool stored = true;      // method 0 (no compression)
};

class ZipArchive {
public:
    // Opens a file, or a device (kept alive by the caller). `what` names the
    // archive in messages ("archive", "member x.npz"). Throws ReadError.
    explicit ZipArchive(const std::string& path, const Limits& limits = Limits::defaults());
    ZipArchive(QIODevice* device, std::string what, const Limits& limits = Limits::defaults());
    ~ZipArchive();

    const std::vector<ZipEntry>& entries() const { return entries_; }
    const ZipEntry* find(std::string_view name) const;
    // Whole member, failing once more than `cap` bytes come out, or (when
    // maxRatio > 0) once past 64 MB the output outgrows maxRatio x the
    // compressed size: zip bombs stop early, real deflated JSON never does.
    std::string read(std::string_view name, std::uint64_t cap, std::uint64_t maxRatio = 0);
    // The first `n` bytes (or fewer, if the member is shorter).
    std::string readPrefix(std::string_view name, std::uint64_t n);
    // Reads the local header and first `n` bytes of every stored member whose
    // name ends in `suffix` (at most `maxMembers`), for readPrefix to answer
    // from. Safe to run on another thread while this thread does not call
    // this archive; best effort (a member it cannot read is read later as usual).
    void prefetchPrefixes(std::string_view suffix, std::size_t n, std::size_t maxMembers);
    // Offset of a stored member's first data byte in the archive file.
    std::uint64_t dataOffset(std::string_view name);
    // A stored member's bytes in place (the mapped archive), valid while this
    // archive lives; a view with data() == nullptr when the member cannot be
    // read in place (compressed, device archive, mapping refused): use read().
    // Throws ReadError like read() when the member is larger than `cap`.
    // (A file truncated by another process while mapped raises SIGBUS on
    // access, as with any mapped file; the view is read once, right away.)
    std::string_view storedView(std::string_view name, std::uint64_t cap);
    // The pages of a view from storedView before `upTo` are not needed any
    // more: drop them from this process (the page cache keeps them).
    void releaseView(std::string_view view, std::size_t upTo);

private:
    // One central directory entry as the file states it (its name is a view
    // into the directory bytes readDirectory read).
    struct RawEntry {
        std::string_view name;
        std::uint16_t flags = 0;
        std::uint16_t method = 0;
        std::uint64_t compressedSize = 0;
        std::uint64_t size = 0;
        std::uint64_t local = UINT64_MAX; // local header offset in the file; UINT64_MAX: outside it
    };
    // cd receives the directory's bytes, which the entries' names view.
    bool readDirectory(std::string& cd, std::vector<RawEntry>& out);
    static bool directCandidate(const RawEntry& r, const ZipEntry& z);
    void addEntry(std::string name, std::uint64_t compressedSize, std::uint64_t size, unsigned method);
    QuaZip& quazip(); // opened on first use
    void load();
    void select(std::string_view name);
    // Offset of a stored member's data in the file when it can be read
    // directly (UINT64_MAX otherwise); *entry is the member (nullptr if unknown).
    std::uint64_t directOffset(std::string_view name, const ZipEntry** entry);
    bool preadAll(char* dst, std::size_t n, std::uint64_t at) const;
    struct Direct;
    void checkLocal(Direct& d, const std::string& name, std::uint64_t size, std::string& buf, std::size_t& skip) const;

    std::string what_;
    std::string path_; // empty when reading from a device
    Limits limits_;
    std::unique_ptr<QuaZip> zip_;
    std::vector<ZipEntry> entries_;
    struct NameHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> index_;
    // Direct reads: the file, its size, and by entry the local header offset
    // (kUnknown: QuaZip path) and, once looked at, the data offset.
    // Closed by its own destructor: the constructor may throw after opening
    // it (an unsafe member name), and then ~ZipArchive does not run.
    struct FileHandle {
        int fd = -1;
        FileHandle() = default;
        FileHandle(const FileHandle&) = delete;
        FileHandle& operator=(const FileHandle&) = delete;
        ~FileHandle();
    };
    FileHandle file_;
    std::uint64_t fileSize_ = 0;
    struct Direct {
        std::uint64_t local = UINT64_MAX;
        std::uint64_t data = UINT64_MAX;
        bool checked = false;
    };
    std::vector<Direct> direct_;
    std::vector<std::string> prefetched_; // by entry: first bytes from prefetchPrefixes
    // What the last local header check read (the header, then up to
    // kPeekBytes more): the member's first bytes from peek_[peekSkip_] on,
    // at file offset peekAt_.
    static constexpr std::size_t kPeekBytes = 512;
    std::string peek_;
    std::uint64_t peekAt_ = UINT64_MAX;
    std::size_t peekSkip_ = 0;
    struct Mapping {
        void* base;
        std::size_t length;
        const char* data; // first byte of the member inside the mapping
        std::size_t size;
    };
    std::vector<Mapping> maps_;
};

// True for names a zip writer should never produce: absolute paths, "..",
// backslashes, control characters, absurd lengths.
bool isUnsafeMemberName(std::string_view name);

} // namespace skopos
