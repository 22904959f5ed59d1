#pragma once
// Read-only access to a zip archive, read exactly as CPython 3.11's zipfile
// reads it (skops loads with ZipFile(...).read(name), so that reading is the
// truth): the end record found as _EndRecData finds it, the zip64 record
// read just before its locator, the offset correction for bytes prepended to
// the archive, entries parsed while the directory's bytes last (the entry
// count is ignored), names decoded per flag 0x800, the last of duplicate
// names wins, the local header checked as ZipFile.open checks it, members
// stored/deflated/bzip2/LZMA with their CRC (io/ZipMember.h). Where another
// reader could plausibly see other members in the same bytes (a second end
// record, a zip64 locator pointing elsewhere, classic and zip64 records that
// disagree, a local header naming another method), the archive is refused
// with a ReadError saying why.
//
// Speed: one pread of the tail, one of the directory. A stored member whose
// local header checks out is read in place: npy headers with the same pread
// that checks the header, a big schema.json as a read-only memory map of just
// that member, never copied (bench/README.md).

#include "io/ByteSource.h"
#include "tree/Limits.h"

#include <QIODevice>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace skopos {

class ZipBytes;

// One member, as zipfile lists it. A plain record: the name is a view into
// one buffer of all the archive's names, valid while the archive lives. An
// archive of a million members holds no string per member.
struct ZipEntry {
    std::string_view name; // as zipfile lists it: decoded (unsafe names, a NUL among them, are refused)
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0; // uncompressed, as declared
    // Readable in place: stored (method 0), not encrypted, both sizes equal;
    // dataOffset() then gives the bytes' place in the file.
    bool stored = true;
    unsigned method = 0; // 0 stored, 8 deflated, 12 bzip2, 14 LZMA (others are refused on read)
};

class ZipArchive {
public:
    // Opens a file, or a device (kept alive by the caller). `what` names the
    // archive in messages ("archive", "member x.npz"). Throws ReadError.
    explicit ZipArchive(const std::string& path, const Limits& limits = Limits::defaults());
    // An opened file (the archive keeps it alive).
    explicit ZipArchive(FileHandlePtr file, const Limits& limits = Limits::defaults());
    ZipArchive(QIODevice* device, std::string what, const Limits& limits = Limits::defaults());
    ~ZipArchive();

    // One entry a name, the one ZipFile.read returns (the last of duplicates).
    const std::vector<ZipEntry>& entries() const { return entries_; }
    const ZipEntry* find(std::string_view name) const;
    // Whole member, failing once more than `cap` bytes come out, or (when
    // maxRatio > 0) once past 64 MB the output outgrows maxRatio x the
    // compressed size: zip bombs stop early, real deflated JSON never does.
    // The bytes are ZipFile.read's, its errors are errors (CRC included).
    std::string read(std::string_view name, std::uint64_t cap, std::uint64_t maxRatio = 0);
    // The first `n` bytes (or fewer, if the member is shorter). No CRC check.
    std::string readPrefix(std::string_view name, std::uint64_t n);
    // The member as a stream (any method), checked like read() at its end.
    // Keeps what it reads alive itself, but a device archive's device must
    // outlive it.
    std::unique_ptr<ByteSource> openMember(std::string_view name);
    // Reads the local header and first `n` bytes of every stored member whose
    // name ends in `suffix` (at most `maxMembers`), for readPrefix to answer
    // from. Safe to run on another thread while this thread does not call
    // this archive; best effort (a member it cannot read is read later as usual).
    void prefetchPrefixes(std::string_view suffix, std::size_t n, std::size_t maxMembers);
    // Offset of a stored member's first data byte in the archive file.
    // Throws ReadError when the member is not readable in place.
    std::uint64_t dataOffset(std::string_view name);
    // A stored member's bytes in place (the mapped archive), valid while this
    // archive lives; a view with data() == nullptr when the member cannot be
    // read in place (compressed, device archive, mapping refused): use read().
    // Throws ReadError like read() when the member is larger than `cap`.
    // (A file truncated by another process while mapped raises SIGBUS on
    // access, as with any mapped file; the view is read once, right away.)
    // The CRC is checked when the whole view is released, or by verifyView.
    std::string_view storedView(std::string_view name, std::uint64_t cap);
    // The pages of a view from storedView before `upTo` are not needed any
    // more: drop them from this process (the page cache keeps them), after
    // adding them to the view's CRC. Once the whole view is released, throws
    // ReadError when its CRC is wrong (as ZipFile.read would).
    void releaseView(std::string_view view, std::size_t upTo);
    // Throws ReadError when the view's bytes do not match the member's CRC
    // (ZipFile.read would fail on them).
    void verifyView(std::string_view view);

private:
    // What zipfile knows of an entry besides its listing, and what the
    // local header check found (ZipArchive.cpp). By entry, beside entries_:
    // 24 bytes (a million members), so where the member ends is not kept when
    // the next entry's header says it (endOf), nor its data offset in full.
    struct Raw {
        std::int64_t header = 0; // local header offset after the correction for prepended bytes
        std::uint32_t crc = 0;
        std::uint32_t dataDelta = 0; // first data byte - header, once the local header checked out
        std::uint16_t flags = 0;
        std::uint8_t state = 0; // kUnchecked, kGood or kBad (the message is in errors_)
    };
    // Where the next header (or the directory) starts after entry i's.
    std::int64_t endOf(std::size_t i) const
    {
        if (!ends_.empty())
            return ends_[i];
        return i + 1 < raw_.size() ? raw_[i + 1].header : directoryStart_;
    }
    std::uint64_t dataOf(std::size_t i) const { return static_cast<std::uint64_t>(raw_[i].header) + raw_[i].dataDelta; }
    static constexpr std::uint8_t kUnchecked = 0, kGood = 1, kBad = 2;
    struct Reading;  // one end record's reading of the archive
    struct Location; // where that reading finds the directory
    struct Window;   // file bytes read at once for several local headers
    void open();
    // useZip64: read the zip64 record as zipfile does; absolute: take the
    // offsets as written (concat 0), as some other readers do.
    Location locate(std::uint64_t eocd, const std::string& tail, std::uint64_t tailStart, bool useZip64,
                    bool absolute) const;
    Reading readAt(const Location& at) const;
    static bool sameListing(const Reading& a, const Reading& b);
    // ZipFile.open's checks of the local header, from `w` (read again when it
    // does not hold them); on success raw_[i].data is set and `w` holds the
    // member's first bytes that follow the header in the file.
    void checkLocal(std::size_t i, Window& w);
    std::size_t indexOf(std::string_view name) const; // throws when absent
    std::size_t lookup(std::string_view name) const;  // SIZE_MAX when absent
    std::size_t checked(std::string_view name);       // indexOf, local header checked (throws its error)
    // Offset of a stored member's data in the file when it can be read in
    // place (UINT64_MAX otherwise).
    std::uint64_t directOffset(std::size_t i);
    void buildIndex();

    std::string what_;
    std::string path_; // empty when reading from a device
    Limits limits_;
    std::shared_ptr<ZipBytes> bytes_;
    std::uint64_t fileSize_ = 0;
    std::vector<ZipEntry> entries_;
    std::vector<Raw> raw_; // by entry
    // By entry when the headers are not in directory order (else empty: endOf).
    std::vector<std::int64_t> ends_;
    std::int64_t directoryStart_ = 0;
    std::unique_ptr<char[]> names_; // every entry's name, end to end: the names view it
    // Names -> entry: open addressing, entry indices (UINT32_MAX: empty).
    // Built at open to find duplicate names; a big archive's is then dropped
    // (8 MB for a million members) and built again only when a name is asked
    // for out of directory order (lookup), once, whichever thread asks.
    mutable std::vector<std::uint32_t> index_;
    static constexpr std::uint32_t kEmptySlot = UINT32_MAX;
    mutable std::atomic<bool> indexReady_{false}; // index_ holds every entry
    mutable std::mutex indexMutex_;               // held while a dropped index_ is built again
    // index_ sized for entries_ and filled. With `lost`, an entry whose name
    // a later entry repeats is marked there (lost stays empty when none is);
    // without, names are unique.
    void placeAll(std::vector<bool>* lost) const;
    // The slot holding the entry named `name`, or the empty slot where it
    // would go (`hash`: hashName of it).
    std::uint32_t& slotOf(std::string_view name, std::uint64_t hash) const;
    std::uint64_t seed_ = 0;
    mutable std::atomic<std::uint32_t> lastFound_{0};         // lookup()'s last answer: a hint, checked
    std::vector<std::pair<std::size_t, std::string>> errors_; // by entry, for the kBad ones
    std::vector<std::string> prefetched_;                     // by entry (up to the last prefetched): first bytes
    std::unique_ptr<Window> window_;
    struct Mapping {
        void* base;
        std::size_t length;
        const char* data; // first byte of the member inside the mapping
        std::size_t size;
        std::uint32_t crc;     // expected
        std::uint32_t running; // over data[0, done)
        std::size_t done;
    };
    std::vector<Mapping> maps_;
};

// True for names a zip writer should never produce: absolute paths, "..",
// backslashes, control characters (a NUL, which zipfile cuts names at,
// included), absurd lengths. An archive listing one is refused.
bool isUnsafeMemberName(std::string_view name);

// A file zipfile opens as an archive with members, whatever its first bytes
// (data prepended to the archive: a shell script, another file); skops.io.load
// reads such a file. Archives refused for another reason than "not a zip"
// (two readings, a limit) count as archives.
bool isPrefixedZip(const std::string& path, const Limits& limits = Limits::defaults());
bool isPrefixedZip(const FileHandlePtr& file, const Limits& limits = Limits::defaults());

} // namespace skopos
