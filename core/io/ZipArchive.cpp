#include "io/ZipArchive.h"

#include "io/ZipMember.h"
#include "io/ZipNames.h"
#include "tree/Error.h"
#include "tree/Limits.h"
#include "tree/Prefetch.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <numeric>
#include <random>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace skopos {

bool isUnsafeMemberName(std::string_view name)
{
    if (name.empty() || name.size() > 4096 || name.front() == '/' || name.find('\\') != std::string_view::npos)
        return true;
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f)
            return true;
    // ".." as a path component
    std::size_t start = 0;
    while (start <= name.size()) {
        const auto slash = name.find('/', start);
        const auto part = name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        if (part == "..")
            return true;
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return name.size() >= 2 && name[1] == ':'; // "C:..."
}

namespace {
std::uint16_t le16(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::uint16_t>(u[0] | (u[1] << 8));
}
std::uint32_t le32(const char* p) { return le16(p) | (static_cast<std::uint32_t>(le16(p + 2)) << 16); }
std::uint64_t le64(const char* p) { return le32(p) | (static_cast<std::uint64_t>(le32(p + 4)) << 32); }

__extension__ typedef __int128
    Wide; // zipfile computes offsets with Python ints: sums of 64-bit fields never overflow it

constexpr std::uint64_t kMaxDirectory = limits::kMaxZipDirectoryBytes; // tree/Limits.h
constexpr char kEnd[] = "PK\x05\x06";
constexpr std::size_t kEndSize = 22, kLocatorSize = 20, kEnd64Size = 56;

// Offsets far outside any file keep their order and sign.
std::int64_t clamp64(Wide v)
{
    constexpr Wide lim = Wide(1) << 62;
    return static_cast<std::int64_t>(std::clamp(v, -lim, lim));
}
} // namespace

// Where one end record says the directory is, as _EndRecData64 and
// _RealGetContents find it (or why zipfile would refuse it).
struct ZipArchive::Location {
    std::string error;
    bool zip64 = false;
    std::uint64_t zip64At = 0;      // where the zip64 record was read (just before the locator)
    std::uint64_t locatorField = 0; // where the locator says it is
    Wide concat = 0;
    std::uint64_t start = 0;  // the directory's first byte
    std::uint64_t cdSize = 0; // its declared size
    std::uint64_t have = 0;   // bytes of it in the file
    std::uint64_t count = 0;  // entries the record declares (a reserve hint only: zipfile ignores it)
    // Two locations that agree here read the same bytes the same way: one parse serves both.
    bool sameAs(const Location& o) const
    {
        return error.empty() && o.error.empty() && start == o.start && cdSize == o.cdSize && have == o.have
            && concat == o.concat;
    }
};

// That directory's entries, as _RealGetContents reads them. The names view
// `directory` (or `decoded`, for names that decode to other bytes); both
// keep their addresses when the reading is moved.
struct ZipArchive::Reading {
    std::string error;
    std::vector<ZipEntry> entries;
    std::vector<Raw> raw;
    std::vector<std::int64_t> ends; // by entry, only when the headers are not ascending (endOf)
    std::int64_t directoryStart = 0;
    std::unique_ptr<char[]> directory;
    std::deque<std::string> decoded;
};

// File bytes [at, at + buf.size()), read at once: the local headers of a run
// of small members (a vocabulary's scalars) come from one pread, and a
// member's first bytes from the read that checked its header.
struct ZipArchive::Window {
    std::string buf;
    std::uint64_t at = UINT64_MAX;
    // Bytes held from file offset `from` on (0 when `from` is outside).
    std::size_t heldFrom(std::uint64_t from) const
    {
        return at != UINT64_MAX && from >= at && from - at < buf.size() ? buf.size() - (from - at) : 0;
    }
    const char* ptr(std::uint64_t from) const { return buf.data() + (from - at); }
};

namespace {
// A member whose local header and data span at most this is "small": its
// header check reads kWindowBytes at once, for the members after it.
constexpr std::uint64_t kSmallMember = 4096;
constexpr std::size_t kWindowBytes = 64 * 1024;
// A header check reads this much of the member with it (npy headers).
constexpr std::size_t kPeekBytes = 512;
// Archives of this many members or more drop their name index after open
// (lookup builds it again if asked out of order), and lookup first looks at
// this many entries after its last answer.
constexpr std::size_t kKeptIndex = 4096;
constexpr std::size_t kScanAhead = 8;

// Names are hashed with a per-process seed: crafted names must not make the
// index quadratic.
std::uint64_t nameSeed()
{
    static const std::uint64_t seed = [] {
        std::random_device rd;
        return (static_cast<std::uint64_t>(rd()) << 32 | rd()) | 1;
    }();
    return seed;
}

std::uint64_t hashName(std::string_view s, std::uint64_t seed)
{
    std::uint64_t h = seed ^ (s.size() * 0x9e3779b97f4a7c15ull);
    const auto mix = [&](std::uint64_t w) {
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
    };
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        mix(w);
    }
    if (i < s.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        mix(w);
    }
    h ^= h >> 29;
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 32);
}
} // namespace

ZipArchive::ZipArchive(const std::string& path, const Limits& limits) : what_("archive"), path_(path), limits_(limits)
{
    const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw ReadError("cannot open " + path_);
    bytes_ = zipFileBytes(fd, what_);
    open();
}

ZipArchive::ZipArchive(FileHandlePtr file, const Limits& limits)
    : what_("archive"), path_(file->path()), limits_(limits)
{
    bytes_ = zipHandleBytes(std::move(file));
    open();
}

ZipArchive::ZipArchive(QIODevice* device, std::string what, const Limits& limits)
    : what_(std::move(what)), limits_(limits)
{
    bytes_ = zipDeviceBytes(device, what_);
    open();
}

ZipArchive::~ZipArchive()
{
    for (const Mapping& m : maps_)
        munmap(m.base, m.length);
}

ZipArchive::Location ZipArchive::locate(std::uint64_t eocd, const std::string& tail, std::uint64_t tailStart,
                                        bool useZip64, bool absolute) const
{
    Location z;
    const auto bytesAt = [&](std::uint64_t at, std::size_t n) {
        std::string b(n, '\0');
        if (at >= tailStart && at - tailStart + n <= tail.size())
            std::memcpy(b.data(), tail.data() + (at - tailStart), n);
        else
            b.resize(bytes_->readAt(b.data(), n, at));
        return b;
    };
    const std::string rec = bytesAt(eocd, kEndSize);
    std::uint64_t cdSize = le32(rec.data() + 12), cdOffset = le32(rec.data() + 16);
    z.count = le16(rec.data() + 10);
    if (useZip64 && eocd >= kLocatorSize) {
        const std::string loc = bytesAt(eocd - kLocatorSize, kLocatorSize);
        if (loc.size() == kLocatorSize && loc.compare(0, 4, "PK\x06\x07") == 0) {
            if (le32(loc.data() + 4) != 0 || le32(loc.data() + 16) > 1) {
                z.error = "it spans multiple disks (zip64 locator), which zipfile refuses";
                return z;
            }
            if (eocd < kLocatorSize + kEnd64Size) {
                z.error = "its zip64 locator has no room for a zip64 end record before it";
                return z;
            }
            // zipfile assumes no extensible data: the record ends where the locator starts.
            const std::uint64_t at = eocd - kLocatorSize - kEnd64Size;
            const std::string r64 = bytesAt(at, kEnd64Size);
            if (r64.size() == kEnd64Size && r64.compare(0, 4, "PK\x06\x06") == 0) {
                z.zip64 = true;
                z.zip64At = at;
                z.locatorField = le64(loc.data() + 8);
                z.count = le64(r64.data() + 32);
                cdSize = le64(r64.data() + 40);
                cdOffset = le64(r64.data() + 48);
            }
        }
    }
    // Bytes before the archive (a shell script, another file) shift every offset.
    z.concat = absolute ? 0 : Wide(eocd) - cdSize - cdOffset - (z.zip64 ? kLocatorSize + kEnd64Size : 0);
    const Wide startDir = Wide(cdOffset) + z.concat;
    if (startDir < 0) {
        z.error = "its central directory would start before the file (bad offset)";
        return z;
    }
    z.start = static_cast<std::uint64_t>(startDir);
    z.cdSize = cdSize;
    z.have = z.start >= fileSize_ ? 0 : std::min<std::uint64_t>(cdSize, fileSize_ - z.start);
    if (z.have > kMaxDirectory)
        throw ReadError(what_ + " has a central directory of " + std::to_string(z.have)
                        + " bytes, more than the limit of " + std::to_string(kMaxDirectory));
    return z;
}

ZipArchive::Reading ZipArchive::readAt(const Location& at) const
{
    Reading z;
    const auto cdLength = static_cast<std::size_t>(at.have);
    z.directory = std::make_unique_for_overwrite<char[]>(std::max<std::size_t>(cdLength, 1));
    if (bytes_->readAt(z.directory.get(), cdLength, at.start) != cdLength) {
        z.error = "its central directory cannot be read";
        return z;
    }
    const std::string_view cd(z.directory.get(), cdLength);
    // The declared count only sizes the vectors (an entry takes 46 bytes at least).
    const std::size_t hint = static_cast<std::size_t>(
        std::min<std::uint64_t>({at.count, cdLength / 46 + 1, std::uint64_t(limits_.maxZipEntries) + 1}));
    z.entries.reserve(hint);
    z.raw.reserve(hint);
    // Entries while the directory's declared size lasts; the entry counts
    // of the end records are not used (zipfile ignores them).
    const std::uint64_t cdSize = at.cdSize;
    std::uint64_t total = 0;
    while (total < cdSize) {
        if (total > cd.size() || cd.size() - total < 46) {
            z.error = "its central directory is truncated";
            return z;
        }
        const char* h = cd.data() + total;
        if (std::memcmp(h, "PK\x01\x02", 4) != 0) {
            z.error = "its central directory has a bad signature at entry " + std::to_string(z.entries.size());
            return z;
        }
        const std::size_t nameLen = le16(h + 28), extraLen = le16(h + 30), commentLen = le16(h + 32);
        const std::size_t room = cd.size() - total - 46; // the last entry's fields may be cut by the directory's end
        const std::string_view name(h + 46, std::min(nameLen, room));
        std::string_view extra(h + 46 + name.size(), std::min(extraLen, room - name.size()));
        if (static_cast<unsigned char>(h[6]) > 63) {
            z.error = "an entry needs zip version " + std::to_string(static_cast<unsigned char>(h[6]) / 10) + "."
                + std::to_string(static_cast<unsigned char>(h[6]) % 10) + ", which zipfile refuses";
            return z;
        }
        ZipEntry e;
        Raw r;
        r.flags = le16(h + 8);
        e.method = le16(h + 10);
        r.crc = le32(h + 16);
        e.compressedSize = le32(h + 20);
        e.size = le32(h + 24);
        std::uint64_t header = le32(h + 42);
        if (isAsciiName(name)) {
            e.name = name; // decodes to itself either way (skops' names)
        } else {
            std::string decoded;
            if (!decodeZipName(name, r.flags & 0x800, decoded)) {
                z.error = "an entry's name is flagged UTF-8 but is not";
                return z;
            }
            e.name = decoded == name ? name : std::string_view(z.decoded.emplace_back(std::move(decoded)));
        }
        // Extra fields; the zip64 one replaces the saturated fields, in order.
        while (extra.size() >= 4) {
            const std::uint16_t id = le16(extra.data()), len = le16(extra.data() + 2);
            if (std::size_t(len) + 4 > extra.size()) {
                z.error = "an entry has a corrupt extra field";
                return z;
            }
            if (id == 0x0001) {
                std::string_view f = extra.substr(4, len);
                for (std::uint64_t* v : {&e.size, &e.compressedSize, &header}) {
                    const bool saturated = *v == 0xFFFFFFFFull || (v == &e.size && *v == UINT64_MAX);
                    if (!saturated)
                        continue;
                    if (f.size() < 8) {
                        z.error = "an entry has a corrupt zip64 extra field";
                        return z;
                    }
                    *v = le64(f.data());
                    f.remove_prefix(8);
                }
            }
            extra.remove_prefix(std::size_t(len) + 4);
        }
        r.header = clamp64(Wide(header) + at.concat);
        e.stored = e.method == 0 && !(r.flags & 1) && e.compressedSize == e.size;
        z.entries.push_back(e);
        z.raw.push_back(r);
        if (z.entries.size() > limits_.maxZipEntries)
            throw ReadError(what_ + " has more than the limit of " + std::to_string(limits_.maxZipEntries)
                            + " members");
        total += 46 + nameLen + extraLen + commentLen;
    }
    // Each member ends where the next local header (or the directory) starts.
    // Writers put the directory in file order: then that is the next entry's.
    // (Ascending, the next entry's header is kept already: no ends then.)
    std::int64_t end = clamp64(Wide(at.start));
    z.directoryStart = end;
    const std::size_t n = z.raw.size();
    bool ascending = true;
    for (std::size_t i = 1; i < n && ascending; ++i)
        ascending = z.raw[i - 1].header < z.raw[i].header;
    if (!ascending) {
        z.ends.resize(n);
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), std::uint32_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return z.raw[a].header > z.raw[b].header; });
        for (const std::uint32_t i : order) {
            z.ends[i] = end;
            end = z.raw[i].header;
        }
    }
    return z;
}

bool ZipArchive::sameListing(const Reading& a, const Reading& b)
{
    if (a.entries.size() != b.entries.size())
        return false;
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        const ZipEntry &x = a.entries[i], &y = b.entries[i];
        if (x.name != y.name || a.raw[i].header != b.raw[i].header || x.method != y.method
            || a.raw[i].crc != b.raw[i].crc || x.compressedSize != y.compressedSize || x.size != y.size)
            return false;
    }
    return true;
}

void ZipArchive::open()
{
    fileSize_ = bytes_->size();
    const auto refuse = [&](const std::string& why) {
        throw ReadError(what_ + " is not a zip file Python can read: " + why);
    };
    if (fileSize_ < kEndSize)
        refuse("it is too short");
    // The end record: the last 22 bytes when they are one with an empty
    // comment, else the last signature in the last 64 KiB + 22 bytes.
    const std::uint64_t tailStart = fileSize_ > 65536 + kEndSize ? fileSize_ - 65536 - kEndSize : 0;
    std::string tail(static_cast<std::size_t>(fileSize_ - tailStart), '\0');
    if (bytes_->readAt(tail.data(), tail.size(), tailStart) != tail.size())
        refuse("it cannot be read");
    // End record signatures in the tail, last first, as far back as the
    // readings below need: the last one, the last with a whole record after
    // it, the last whose comment ends at the end of the file (in an ordinary
    // archive all three are the last 22 bytes: one comparison).
    std::vector<std::uint64_t> sigs;
    bool whole = false, exact = false;
    for (std::size_t p = tail.size() - 3; p-- > 0 && !(whole && exact);) {
        if (tail[p] != 'P' || std::memcmp(tail.data() + p, kEnd, 4) != 0)
            continue;
        sigs.push_back(tailStart + p);
        const std::size_t after = tail.size() - p;
        if (after >= kEndSize) {
            whole = true;
            exact = exact || le16(tail.data() + p + 20) == after - kEndSize;
        }
    }
    const std::size_t last22 = tail.size() - kEndSize;
    std::uint64_t eocd = UINT64_MAX;
    if (std::memcmp(tail.data() + last22, kEnd, 4) == 0 && le16(tail.data() + tail.size() - 2) == 0)
        eocd = fileSize_ - kEndSize;
    else if (!sigs.empty() && fileSize_ - sigs.front() >= kEndSize)
        eocd = sigs.front();
    if (eocd == UINT64_MAX)
        refuse(sigs.empty() ? "it has no end of central directory record"
                            : "its end of central directory record is cut short");
    const Location loc = locate(eocd, tail, tailStart, true, false);
    if (!loc.error.empty())
        refuse(loc.error);
    Reading z = readAt(loc);
    if (!z.error.empty())
        refuse(z.error);
    // Another reading of the same bytes lists other members (a location
    // that agrees with zipfile's reads the same entries: not parsed again).
    const auto otherListing = [&](const Location& other) {
        if (!other.error.empty() || other.sameAs(loc))
            return false;
        const Reading o = readAt(other);
        return o.error.empty() && !sameListing(o, z);
    };

    // Other plausible readings of the same bytes. A zip64 locator pointing
    // at another zip64 record than the one zipfile reads:
    if (loc.zip64) {
        for (const Wide at : {Wide(loc.locatorField), Wide(loc.locatorField) + loc.concat}) {
            char sig[4];
            if (at != Wide(loc.zip64At) && at >= 0 && at + 4 <= Wide(fileSize_)
                && bytes_->readAt(sig, 4, static_cast<std::uint64_t>(at)) == 4
                && std::memcmp(sig, "PK\x06\x06", 4) == 0)
                throw ReadError(what_ + " has two zip64 end records: zipfile reads the one at "
                                + std::to_string(loc.zip64At) + ", its locator points at "
                                + std::to_string(static_cast<std::uint64_t>(at))
                                + "; readers would disagree on the members (refused)");
        }
        // The classic record read alone (by readers that only use the zip64
        // record when the classic fields are saturated), its offsets taken
        // as zipfile corrects them or as written:
        for (const bool absolute : {false, true})
            if (otherListing(locate(eocd, tail, tailStart, false, absolute)))
                throw ReadError(what_
                                + " has a zip64 end record and a classic one that list different members; "
                                  "readers would disagree (refused)");
    }
    // Offsets as written, by readers that do not correct them for bytes
    // before the archive:
    if (loc.concat != 0 && otherListing(locate(eocd, tail, tailStart, true, true)))
        throw ReadError(what_
                        + " lists other members when its offsets are taken as written than when corrected "
                          "for the bytes before it (as zipfile does); readers would disagree (refused)");
    // Another end record: the last one with a whole record after it, or the
    // last one whose comment ends exactly at the end of the file.
    std::vector<std::uint64_t> others;
    for (const std::uint64_t s : sigs)
        if (fileSize_ - s >= kEndSize) {
            others.push_back(s);
            break;
        }
    for (const std::uint64_t s : sigs)
        if (fileSize_ - s >= kEndSize && le16(tail.data() + (s - tailStart) + 20) == fileSize_ - s - kEndSize) {
            others.push_back(s);
            break;
        }
    for (const std::uint64_t s : others) {
        if (s == eocd)
            continue;
        for (const bool absolute : {false, true})
            if (otherListing(locate(s, tail, tailStart, true, absolute)))
                throw ReadError(what_ + " has two end of central directory records (at " + std::to_string(eocd)
                                + " and " + std::to_string(s)
                                + ") that list different members; readers would disagree (refused)");
    }

    // The listing: names as zipfile keys them, the last of duplicates wins.
    // Unsafe names (a NUL, which zipfile cuts names at, among them) are
    // refused, so every name is listed whole.
    for (const ZipEntry& e : z.entries)
        if (isUnsafeMemberName(e.name))
            throw ReadError(what_ + " has a member with an unsafe name: \"" + std::string(e.name.substr(0, 200))
                            + "\"");
    entries_ = std::move(z.entries);
    raw_ = std::move(z.raw);
    ends_ = std::move(z.ends);
    directoryStart_ = z.directoryStart;
    // The names alone, packed: the directory's other 46 bytes and more an
    // entry are not kept (a million members: ~50 MB of directory).
    std::size_t total = 0;
    for (const ZipEntry& e : entries_)
        total += e.name.size();
    names_ = std::make_unique_for_overwrite<char[]>(std::max<std::size_t>(total, 1));
    char* at = names_.get();
    for (ZipEntry& e : entries_) {
        std::memcpy(at, e.name.data(), e.name.size());
        e.name = std::string_view(at, e.name.size());
        at += e.name.size();
    }
    buildIndex();
}

void ZipArchive::buildIndex()
{
    seed_ = nameSeed();
    std::vector<bool> lost; // entries a later one of the same name replaces
    placeAll(&lost);
    if (!lost.empty()) {
        // Keep the winners in directory order, then index them anew. Their
        // ends are kept first: the next winner's header is not the next header.
        if (ends_.empty()) {
            std::vector<std::int64_t> ends(entries_.size());
            for (std::size_t i = 0; i < entries_.size(); ++i)
                ends[i] = endOf(i);
            ends_ = std::move(ends);
        }
        std::size_t kept = 0;
        for (std::size_t i = 0; i < entries_.size(); ++i)
            if (!lost[i]) {
                entries_[kept] = entries_[i];
                ends_[kept] = ends_[i];
                raw_[kept++] = raw_[i];
            }
        entries_.resize(kept);
        raw_.resize(kept);
        ends_.resize(kept);
        placeAll(nullptr);
    }
    if (entries_.size() >= kKeptIndex) {
        std::vector<std::uint32_t>().swap(index_);
        return;
    }
    indexReady_.store(true, std::memory_order_release); // no thread can ask yet: no lock needed
}

std::uint32_t& ZipArchive::slotOf(std::string_view name, std::uint64_t hash) const
{
    const std::size_t mask = index_.size() - 1;
    for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
        std::uint32_t& slot = index_[s];
        if (slot == kEmptySlot || entries_[slot].name == name)
            return slot;
    }
}

void ZipArchive::placeAll(std::vector<bool>* lost) const
{
    // Twice the entries or more: probes stay short.
    std::size_t capacity = 16;
    while (capacity < 2 * entries_.size())
        capacity <<= 1;
    index_.assign(capacity, kEmptySlot);
    const std::size_t mask = capacity - 1;
    // A million members' slots are a cache miss each: the slot of the entry
    // kAhead places on is loaded while this one is placed.
    constexpr std::size_t kAhead = 16;
    std::uint64_t ahead[kAhead];
    const std::size_t n = entries_.size();
    const auto load = [&](std::size_t i) {
        ahead[i % kAhead] = hashName(entries_[i].name, seed_);
        prefetchLine(index_.data() + (ahead[i % kAhead] & mask));
    };
    for (std::size_t i = 0; i < std::min(n, kAhead); ++i)
        load(i);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t hash = ahead[i % kAhead];
        if (i + kAhead < n)
            load(i + kAhead);
        std::uint32_t& slot = slotOf(entries_[i].name, hash);
        if (slot != kEmptySlot && lost) {
            lost->resize(n);
            (*lost)[slot] = true;
        }
        slot = static_cast<std::uint32_t>(i);
    }
}

std::size_t ZipArchive::lookup(std::string_view name) const
{
    // skops names its members in the schema's order, and the builder asks for
    // them in that order, each a few times: the last answer and the entry
    // after it are tried before the hash (no cache miss into the index).
    // A big archive's index is built again only for a name that is not among
    // the few entries after the last answer (wrapping round: schema.json is
    // skops' last member, the arrays it names start at the first).
    const std::size_t n = entries_.size();
    if (n == 0)
        return SIZE_MAX;
    const std::uint32_t hint = lastFound_.load(std::memory_order_relaxed);
    const bool ready = indexReady_.load(std::memory_order_acquire);
    // (Ready: the last answer and the entry after it; else from the entry
    // before it on.)
    const std::size_t from = ready ? hint : hint + n - 1;
    for (std::size_t k = 0; k < (ready ? 2 : kScanAhead); ++k) {
        std::size_t i = from + k;
        while (i >= n)
            i -= n;
        if (entries_[i].name == name) {
            lastFound_.store(static_cast<std::uint32_t>(i), std::memory_order_relaxed);
            return i;
        }
    }
    if (!ready) {
        // Built again once, by whichever thread asks first; the others wait.
        const std::lock_guard<std::mutex> lock(indexMutex_);
        if (!indexReady_.load(std::memory_order_acquire)) {
            placeAll(nullptr);
            indexReady_.store(true, std::memory_order_release);
        }
    }
    const std::uint32_t i = slotOf(name, hashName(name, seed_));
    if (i == kEmptySlot)
        return SIZE_MAX;
    lastFound_.store(i, std::memory_order_relaxed);
    return i;
}

const ZipEntry* ZipArchive::find(std::string_view name) const
{
    const std::size_t i = lookup(name);
    return i == SIZE_MAX ? nullptr : &entries_[i];
}

std::size_t ZipArchive::indexOf(std::string_view name) const
{
    const std::size_t i = lookup(name);
    if (i == SIZE_MAX)
        throw ReadError(what_ + " has no member \"" + std::string(name.substr(0, 200)) + "\"");
    return i;
}

// ZipFile.open's checks, in its order, and one of ours: the local header's
// method must be the directory's (zipfile uses the directory's; a reader
// trusting the local header would decode other bytes).
void ZipArchive::checkLocal(std::size_t i, Window& w)
{
    Raw& r = raw_[i];
    const ZipEntry& e = entries_[i];
    const std::string_view name = e.name; // the directory's name, whole (see open())
    r.state = kBad;
    const auto bad = [&](const std::string& why) {
        errors_.emplace_back(i, "member \"" + std::string(name.substr(0, 200)) + "\" " + why);
    };
    if (r.header < 0)
        return bad("has its local header before the start of the file");
    const auto h = static_cast<std::uint64_t>(r.header);
    if (h >= fileSize_)
        return bad("has its local header past the end of the file");
    const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(fileSize_ - h, 30 + name.size() + kPeekBytes));
    if (w.heldFrom(h) < want) {
        std::size_t length = want;
        if (const std::int64_t end = endOf(i);
            end > r.header && static_cast<std::uint64_t>(end - r.header) <= kSmallMember)
            length = static_cast<std::size_t>(
                std::max<std::uint64_t>(length, std::min<std::uint64_t>(fileSize_ - h, kWindowBytes)));
        w.at = UINT64_MAX;
        w.buf.resize(length);
        w.buf.resize(bytes_->readAt(w.buf.data(), length, h));
        w.at = h;
    }
    const std::size_t held = w.heldFrom(h);
    if (held < 30)
        return bad("has a truncated local header");
    const char* p = w.ptr(h);
    if (std::memcmp(p, "PK\x03\x04", 4) != 0)
        return bad("has no local header where the directory says (bad signature)");
    const std::uint16_t localFlags = le16(p + 6), localMethod = le16(p + 8);
    const std::size_t nameLen = le16(p + 26), extraLen = le16(p + 28);
    std::string readName;
    std::string_view localName;
    if (held >= 30 + nameLen) {
        localName = std::string_view(p + 30, nameLen);
    } else {
        readName.resize(static_cast<std::size_t>(std::min<std::uint64_t>(nameLen, fileSize_ - h - 30)));
        readName.resize(bytes_->readAt(readName.data(), readName.size(), h + 30));
        localName = readName;
    }
    if (r.flags & 0x20)
        return bad("is compressed patched data (flag bit 5), which zipfile does not read");
    if (r.flags & 0x40)
        return bad("uses strong encryption, which zipfile does not read");
    if (!(isAsciiName(localName) && localName == name)) { // ASCII decodes to itself
        std::string decoded;
        if (!decodeZipName(localName, localFlags & 0x800, decoded))
            return bad("has a local header name flagged UTF-8 that is not");
        if (decoded != name)
            return bad("has another name in its local header (\"" + decoded.substr(0, 200)
                       + "\"); readers would disagree");
    }
    const std::uint64_t data = std::min<std::uint64_t>(h + 30 + nameLen + extraLen, fileSize_);
    if (Wide(data) + e.compressedSize > Wide(endOf(i)))
        return bad("overlaps the next member or the directory (possible zip bomb)");
    if (r.flags & 1)
        return bad("is encrypted (zipfile asks for a password)");
    if (e.method != 0 && e.method != 8 && e.method != 12 && e.method != 14)
        return bad("uses compression method " + std::to_string(e.method) + ", which zipfile does not read");
    if (localMethod != e.method)
        return bad("has compression method " + std::to_string(localMethod) + " in its local header but "
                   + std::to_string(e.method) + " in the directory; readers would disagree");
    r.dataDelta = static_cast<std::uint32_t>(data - h); // under 30 + 2 x 65,535
    r.state = kGood;
}

std::uint64_t ZipArchive::directOffset(std::size_t i)
{
    const Raw& r = raw_[i];
    if (r.state == kUnchecked) {
        if (!window_)
            window_ = std::make_unique<Window>();
        checkLocal(i, *window_);
    }
    return r.state == kGood && entries_[i].stored ? dataOf(i) : UINT64_MAX;
}

std::size_t ZipArchive::checked(std::string_view name)
{
    const std::size_t i = indexOf(name);
    directOffset(i);
    if (raw_[i].state != kGood)
        for (const auto& [entry, error] : errors_)
            if (entry == i)
                throw ReadError(error);
    return i;
}

std::unique_ptr<ByteSource> ZipArchive::openMember(std::string_view name)
{
    const std::size_t i = checked(name);
    const ZipEntry& e = entries_[i];
    ZipMemberSpec spec;
    spec.name = std::string(e.name);
    spec.method = e.method;
    spec.dataStart = dataOf(i);
    spec.compressedSize = e.compressedSize;
    spec.size = e.size;
    spec.crc = raw_[i].crc;
    return openZipMemberStream(bytes_, std::move(spec));
}

std::string ZipArchive::read(std::string_view name, std::uint64_t cap, std::uint64_t maxRatio)
{
    const std::size_t i = indexOf(name);
    const ZipEntry& e = entries_[i];
    // A stored member is read whole at once: its size is checked first (zipfile
    // returns no more than the stored bytes). A compressed one is checked as
    // it decodes: a declared size may lie either way.
    if (e.method == 0 && std::min(e.size, e.compressedSize) > cap)
        throw ReadError("member \"" + std::string(name) + "\" declares "
                        + std::to_string(std::min(e.size, e.compressedSize)) + " bytes, more than the limit of "
                        + std::to_string(cap));
    checked(name);
    if (const std::uint64_t at = directOffset(i); at != UINT64_MAX) {
        // Stored (skops' default): the byte range in one read.
        std::string out(static_cast<std::size_t>(e.size), '\0');
        if (bytes_->readAt(out.data(), out.size(), at) != out.size())
            throw ReadError("member \"" + std::string(name) + "\" is truncated");
        if (crc32_z(0, reinterpret_cast<const Bytef*>(out.data()), out.size()) != raw_[i].crc)
            throw ReadError("member \"" + std::string(name) + "\" is corrupt (bad CRC-32)");
        return out;
    }
    auto src = openMember(name);
    std::string out;
    out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(e.size, 64ull << 20))); // declared sizes can lie
    std::string buf(1 << 16, '\0');
    while (const std::size_t n = src->read(buf.data(), buf.size())) {
        if (out.size() + n > cap)
            throw ReadError("member \"" + std::string(name) + "\" inflates past the limit of " + std::to_string(cap)
                            + " bytes (zip bomb?)");
        out.append(buf.data(), n);
        if (maxRatio && out.size() > (64u << 20)
            && out.size() / std::max<std::uint64_t>(e.compressedSize, 1) > maxRatio)
            throw ReadError("member \"" + std::string(name) + "\" inflates more than " + std::to_string(maxRatio)
                            + " times its compressed size (zip bomb?)");
    }
    return out;
}

std::string ZipArchive::readPrefix(std::string_view name, std::uint64_t n)
{
    const std::size_t i = indexOf(name);
    const ZipEntry& e = entries_[i];
    if (const std::uint64_t at = directOffset(i); at != UINT64_MAX) {
        const auto want = static_cast<std::size_t>(std::min(n, e.size));
        if (window_ && window_->heldFrom(at) >= want)
            return std::string(window_->ptr(at), want);
        if (i < prefetched_.size() && prefetched_[i].size() >= want)
            return prefetched_[i].substr(0, want);
        std::string out(want, '\0');
        out.resize(bytes_->readAt(out.data(), out.size(), at));
        return out;
    }
    auto src = openMember(name);
    std::string out(static_cast<std::size_t>(std::min<std::uint64_t>(n, e.size)), '\0');
    std::size_t got = 0;
    while (got < out.size()) {
        const std::size_t r = src->read(out.data() + got, out.size() - got);
        if (r == 0)
            break;
        got += r;
    }
    out.resize(got);
    return out;
}

void ZipArchive::prefetchPrefixes(std::string_view suffix, std::size_t n, std::size_t maxMembers)
{
    // Touches only the entries it reads (their Raw slots), errors_ and its
    // own window, so the caller's thread may meanwhile release views.
    if (bytes_->fd() < 0)
        return; // a device has one position: leave it to the caller's thread
    std::vector<std::string> got;
    Window w;
    std::size_t members = 0;
    for (std::size_t i = 0; i < entries_.size() && members < maxMembers; ++i) {
        const ZipEntry& e = entries_[i];
        if (!e.stored || !e.name.ends_with(suffix))
            continue;
        ++members;
        const Raw& r = raw_[i];
        if (r.state != kUnchecked)
            continue;
        checkLocal(i, w);
        if (r.state != kGood)
            continue;
        if (got.size() <= i)
            got.resize(i + 1);
        const std::size_t held = w.heldFrom(dataOf(i));
        got[i].assign(held ? w.ptr(dataOf(i)) : "",
                      static_cast<std::size_t>(std::min<std::uint64_t>({n, e.size, held})));
    }
    prefetched_ = std::move(got);
}

std::uint64_t ZipArchive::dataOffset(std::string_view name)
{
    const std::size_t i = checked(name);
    if (!entries_[i].stored)
        throw ReadError("member \"" + std::string(name.substr(0, 200)) + "\" is compressed: it has no bytes in place");
    return dataOf(i);
}

std::string_view ZipArchive::storedView(std::string_view name, std::uint64_t cap)
{
    const std::size_t i = indexOf(name);
    const ZipEntry& e = entries_[i];
    const std::uint64_t at = directOffset(i);
    if (at == UINT64_MAX || bytes_->fd() < 0)
        return {};
    if (e.size > cap)
        throw ReadError("member \"" + std::string(name) + "\" declares " + std::to_string(e.size)
                        + " bytes, more than the limit of " + std::to_string(cap));
    if (e.size == 0)
        return {};
    const auto page = static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
    const std::uint64_t start = at & ~(page - 1);
    const auto length = static_cast<std::size_t>(at + e.size - start);
    void* m = mmap(nullptr, length, PROT_READ, MAP_PRIVATE, bytes_->fd(), static_cast<off_t>(start));
    if (m == MAP_FAILED)
        return {};
    madvise(m, length, MADV_SEQUENTIAL);
    const char* data = static_cast<const char*>(m) + (at - start);
    maps_.push_back({m, length, data, static_cast<std::size_t>(e.size), raw_[i].crc, 0, 0});
    return {data, static_cast<std::size_t>(e.size)};
}

namespace {
// The CRC of a mapped view is taken as its pages go by (they are hot then).
void crcUpTo(std::uint32_t& running, std::size_t& done, const char* data, std::size_t upTo)
{
    if (upTo > done) {
        running = static_cast<std::uint32_t>(
            crc32_z(running, reinterpret_cast<const Bytef*>(data + done), upTo - done));
        done = upTo;
    }
}
} // namespace

void ZipArchive::releaseView(std::string_view view, std::size_t upTo)
{
    for (Mapping& m : maps_) {
        if (view.data() != m.data)
            continue;
        crcUpTo(m.running, m.done, m.data, std::min(upTo, m.size));
        if (m.done == m.size && m.running != m.crc)
            throw ReadError(what_ + ": a member is corrupt (bad CRC-32)");
        const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
        const auto from = reinterpret_cast<std::uintptr_t>(m.base);
        const auto to = reinterpret_cast<std::uintptr_t>(m.data + std::min(upTo, m.size)) & ~(page - 1);
        if (to > from)
            madvise(m.base, to - from, MADV_DONTNEED);
        return;
    }
}

void ZipArchive::verifyView(std::string_view view)
{
    for (Mapping& m : maps_) {
        if (view.data() != m.data)
            continue;
        crcUpTo(m.running, m.done, m.data, m.size);
        if (m.running != m.crc)
            throw ReadError(what_ + ": a member is corrupt (bad CRC-32)");
        return;
    }
}

bool isPrefixedZip(const std::string& path, const Limits& limits)
{
    FileHandlePtr file;
    try {
        file = FileHandle::open(path);
    } catch (const ReadError&) {
        return true; // as a refused archive: opening it says why
    }
    return isPrefixedZip(file, limits);
}

bool isPrefixedZip(const FileHandlePtr& file, const Limits& limits)
{
    try {
        return !ZipArchive(file, limits).entries().empty();
    } catch (const ReadError& e) {
        // A zip whose reading is refused (two readings, a limit) is still a
        // zip: opening it as one says why.
        return std::string_view(e.what()).find("not a zip file Python can read") == std::string_view::npos;
    }
}

} // namespace skopos
