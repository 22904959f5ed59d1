#include "io/ZipArchive.h"

#include "tree/Error.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/unzip.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
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
// Names QuaZip need not decode (the rest it decodes as before).
bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}
} // namespace

ZipArchive::ZipArchive(const std::string& path, const Limits& limits)
    : what_("archive"), path_(path), limits_(limits)
{
    // The directory is read here first: for an ordinary archive that is the
    // listing, and QuaZip opens only when a member must be inflated (walking
    // 1,500 entries through QuaZip's QIODevice was a third of `untrusted` on
    // a forest). Anything unusual, and names that need decoding, take
    // QuaZip's listing as before, this reading then only locating stored members.
    std::string directory; // the raw central directory: the entries' names are views into it
    std::vector<RawEntry> raw;
    const bool read = readDirectory(directory, raw);
    const bool ascii = read && std::all_of(raw.begin(), raw.end(), [](const RawEntry& r) { return isAscii(r.name); });
    if (ascii) {
        entries_.reserve(raw.size());
        for (const RawEntry& r : raw)
            addEntry(std::string(r.name), r.compressedSize, r.size, r.method);
    } else {
        load();
    }
    if (read && raw.size() == entries_.size()) {
        direct_.resize(entries_.size());
        for (const RawEntry& r : raw)
            if (const auto it = index_.find(r.name); it != index_.end() && directCandidate(r, entries_[it->second]))
                direct_[it->second].local = r.local;
    }
}

ZipArchive::ZipArchive(QIODevice* device, std::string what, const Limits& limits)
    : what_(std::move(what)), limits_(limits), zip_(std::make_unique<QuaZip>(device))
{
    load();
}

ZipArchive::~ZipArchive()
{
    if (zip_ && zip_->isOpen())
        zip_->close();
    for (const Mapping& m : maps_)
        munmap(m.base, m.length);
}

namespace {
std::uint16_t le16(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::uint16_t>(u[0] | (u[1] << 8));
}
std::uint32_t le32(const char* p) { return le16(p) | (static_cast<std::uint32_t>(le16(p + 2)) << 16); }
std::uint64_t le64(const char* p) { return le32(p) | (static_cast<std::uint64_t>(le32(p + 4)) << 32); }
constexpr std::uint64_t kMaxDirectory = 256ull << 20; // a central directory larger than this keeps the QuaZip path
} // namespace

ZipArchive::FileHandle::~FileHandle()
{
    if (fd >= 0)
        ::close(fd);
}

bool ZipArchive::preadAll(char* dst, std::size_t n, std::uint64_t at) const
{
    while (n > 0) {
        const ssize_t got = ::pread(file_.fd, dst, n, static_cast<off_t>(at));
        if (got <= 0)
            return false;
        dst += got;
        n -= static_cast<std::size_t>(got);
        at += static_cast<std::uint64_t>(got);
    }
    return true;
}

// The central directory as written in the file, without QuaZip: its end
// record (zip64 when the classic fields are saturated), then every entry.
// Returns false at any doubt (a multi-disk archive, a zip64 locator next to
// unsaturated fields, counts or sizes that disagree, a truncated entry): the
// caller then lets QuaZip judge the archive as before.
bool ZipArchive::readDirectory(std::string& cd, std::vector<RawEntry>& out)
{
    file_.fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (file_.fd < 0)
        return false;
    struct stat st {};
    if (fstat(file_.fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 22)
        return false;
    const auto size = static_cast<std::uint64_t>(st.st_size);
    fileSize_ = size;

    // End of central directory record: within the last 64 KiB + 22 bytes.
    const std::uint64_t tailStart = size > 65557 ? size - 65557 : 0;
    std::string tail(static_cast<std::size_t>(size - tailStart), '\0');
    if (!preadAll(tail.data(), tail.size(), tailStart))
        return false;
    std::uint64_t eocd = UINT64_MAX;
    for (std::size_t p = tail.size() - 22 + 1; p-- > 0;)
        if (std::memcmp(tail.data() + p, "PK\x05\x06", 4) == 0) {
            eocd = p;
            break;
        }
    if (eocd == UINT64_MAX)
        return false;
    const char* e = tail.data() + eocd;
    // One disk only, and this disk holds every entry (minizip's own checks).
    if (le16(e + 4) != 0 || le16(e + 6) != 0 || le16(e + 8) != le16(e + 10))
        return false;
    const bool locator = eocd >= 20 && std::memcmp(e - 20, "PK\x06\x07", 4) == 0;
    eocd += tailStart;
    std::uint64_t count = le16(e + 10);
    std::uint64_t cdSize = le32(e + 12);
    std::uint64_t cdOffset = le32(e + 16);
    std::uint64_t cdEnd = eocd; // the directory is followed by its end record
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        // zip64: the locator sits just before the end record.
        char loc[20], rec[56];
        if (eocd < 20 || !preadAll(loc, 20, eocd - 20) || std::memcmp(loc, "PK\x06\x07", 4) != 0)
            return false;
        const std::uint64_t at = le64(loc + 8);
        if (at > size || size - at < 56 || !preadAll(rec, 56, at) || std::memcmp(rec, "PK\x06\x06", 4) != 0)
            return false;
        count = le64(rec + 32);
        cdSize = le64(rec + 40);
        cdOffset = le64(rec + 48);
        cdEnd = at;
    } else if (locator) {
        return false; // minizip would read the zip64 record: let it
    }
    if (count > limits_.maxZipEntries)
        throw ReadError(what_ + " has " + std::to_string(count) + " members, more than the limit of "
                        + std::to_string(limits_.maxZipEntries));
    // Bytes before the archive (a prefixed zip), as minizip and Python allow.
    if (cdOffset > cdEnd || cdSize > cdEnd - cdOffset || cdSize > kMaxDirectory || count > cdSize / 46)
        return false;
    const std::uint64_t before = cdEnd - cdOffset - cdSize;
    cd.assign(static_cast<std::size_t>(cdSize), '\0');
    if (!preadAll(cd.data(), cd.size(), before + cdOffset))
        return false;

    out.clear();
    out.reserve(static_cast<std::size_t>(count));
    std::size_t p = 0;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (cd.size() - p < 46 || std::memcmp(cd.data() + p, "PK\x01\x02", 4) != 0)
            return false;
        const char* h = cd.data() + p;
        RawEntry r;
        r.flags = le16(h + 8);
        r.method = le16(h + 10);
        r.compressedSize = le32(h + 20);
        r.size = le32(h + 24);
        const std::size_t nameLen = le16(h + 28), extraLen = le16(h + 30), commentLen = le16(h + 32);
        r.local = le32(h + 42);
        if (cd.size() - p < 46 + nameLen + extraLen + commentLen)
            return false;
        r.name = std::string_view(h + 46, nameLen);
        // zip64 extra field: the 0xFFFFFFFF fields, in this order.
        const char* x = h + 46 + nameLen;
        const char* xend = x + extraLen;
        while (xend - x >= 4) {
            const std::uint16_t id = le16(x), len = le16(x + 2);
            if (xend - x - 4 < len)
                return false;
            if (id == 0x0001) {
                const char* f = x + 4;
                for (std::uint64_t* v : {&r.size, &r.compressedSize, &r.local}) {
                    if (*v != 0xFFFFFFFF)
                        continue;
                    if (x + 4 + len - f < 8)
                        return false;
                    *v = le64(f);
                    f += 8;
                }
            }
            x += 4 + len;
        }
        p += 46 + nameLen + extraLen + commentLen;
        r.local = r.local > size - before ? UINT64_MAX : before + r.local;
        out.push_back(r);
    }
    return true;
}

// A stored, unencrypted member whose sizes agree may be read directly.
bool ZipArchive::directCandidate(const RawEntry& r, const ZipEntry& z)
{
    return r.method == 0 && !(r.flags & 1) && z.stored && z.size == r.size && z.compressedSize == r.compressedSize
        && r.compressedSize == r.size && r.local != UINT64_MAX;
}

// The local header: its signature, the same name, and the data inside the
// file. Read with the member's first bytes, which is what callers ask for
// next (an npy header): one pread a member, not two. On success `buf` holds
// what was read and the member's bytes start at buf[skip].
void ZipArchive::checkLocal(Direct& d, const std::string& name, std::uint64_t size, std::string& buf, std::size_t& skip) const
{
    d.checked = true;
    const std::size_t header = 30 + name.size();
    if (d.local == UINT64_MAX || fileSize_ - d.local < header)
        return;
    buf.assign(static_cast<std::size_t>(std::min<std::uint64_t>(fileSize_ - d.local, header + kPeekBytes)), '\0');
    if (!preadAll(buf.data(), buf.size(), d.local) || std::memcmp(buf.data(), "PK\x03\x04", 4) != 0
        || le16(buf.data() + 26) != name.size() || std::memcmp(buf.data() + 30, name.data(), name.size()) != 0)
        return;
    const std::uint64_t data = d.local + header + le16(buf.data() + 28);
    if (data <= fileSize_ && fileSize_ - data >= size) {
        d.data = data;
        skip = static_cast<std::size_t>(data - d.local);
    }
}

std::uint64_t ZipArchive::directOffset(std::string_view name, const ZipEntry** entry)
{
    *entry = nullptr;
    const auto it = index_.find(name);
    if (it == index_.end())
        return UINT64_MAX;
    *entry = &entries_[it->second];
    if (it->second >= direct_.size())
        return UINT64_MAX;
    Direct& d = direct_[it->second];
    if (!d.checked) {
        peekAt_ = UINT64_MAX;
        checkLocal(d, (*entry)->name, (*entry)->size, peek_, peekSkip_);
        peekAt_ = d.data; // peek_ now holds this member's first bytes
    }
    return d.data;
}

std::string_view ZipArchive::storedView(std::string_view name, std::uint64_t cap)
{
    const ZipEntry* e = nullptr;
    const std::uint64_t at = directOffset(name, &e);
    if (at == UINT64_MAX)
        return {};
    if (e->size > cap)
        throw ReadError("member \"" + std::string(name) + "\" declares " + std::to_string(e->size)
                        + " bytes, more than the limit of " + std::to_string(cap));
    if (e->size == 0)
        return {};
    const auto page = static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
    const std::uint64_t start = at & ~(page - 1);
    const auto length = static_cast<std::size_t>(at + e->size - start);
    void* m = mmap(nullptr, length, PROT_READ, MAP_PRIVATE, file_.fd, static_cast<off_t>(start));
    if (m == MAP_FAILED)
        return {};
    madvise(m, length, MADV_SEQUENTIAL);
    const char* data = static_cast<const char*>(m) + (at - start);
    maps_.push_back({m, length, data, static_cast<std::size_t>(e->size)});
    return {data, static_cast<std::size_t>(e->size)};
}

void ZipArchive::releaseView(std::string_view view, std::size_t upTo)
{
    for (const Mapping& m : maps_) {
        if (view.data() != m.data)
            continue;
        const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
        const auto from = reinterpret_cast<std::uintptr_t>(m.base);
        const auto to = reinterpret_cast<std::uintptr_t>(m.data + std::min(upTo, m.size)) & ~(page - 1);
        if (to > from)
            madvise(m.base, to - from, MADV_DONTNEED);
        return;
    }
}

QuaZip& ZipArchive::quazip()
{
    if (!zip_)
        zip_ = std::make_unique<QuaZip>(QString::fromStdString(path_));
    if (!zip_->isOpen()) {
        zip_->setFileNameCodec("UTF-8");
        if (!zip_->open(QuaZip::mdUnzip))
            throw ReadError(what_ + " is not a readable zip file (zip error " + std::to_string(zip_->getZipError()) + ")");
    }
    return *zip_;
}

void ZipArchive::addEntry(std::string name, std::uint64_t compressedSize, std::uint64_t size, unsigned method)
{
    if (isUnsafeMemberName(name))
        throw ReadError(what_ + " has a member with an unsafe name: \"" + name.substr(0, 200) + "\"");
    ZipEntry e;
    e.name = std::move(name);
    e.compressedSize = compressedSize;
    e.size = size;
    e.stored = method == 0;
    if (!index_.emplace(e.name, entries_.size()).second)
        throw ReadError(what_ + " has two members named \"" + e.name.substr(0, 200) + "\"");
    entries_.push_back(std::move(e));
    if (entries_.size() > limits_.maxZipEntries)
        throw ReadError(what_ + " has more members than the limit of " + std::to_string(limits_.maxZipEntries));
}

void ZipArchive::load()
{
    QuaZip& zip = quazip();
    const int count = zip.getEntriesCount();
    if (count < 0 || static_cast<std::uint64_t>(count) > limits_.maxZipEntries)
        throw ReadError(what_ + " has " + std::to_string(count) + " members, more than the limit of "
                        + std::to_string(limits_.maxZipEntries));
    entries_.reserve(static_cast<std::size_t>(count));
    std::string raw(65536, '\0'), extra(65536, '\0'), comment(65536, '\0');
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        // minizip's own entry reader: QuaZip's getCurrentFileInfo also decodes
        // dates, extra fields and comments (21,000 instructions an entry).
        // ASCII names need no decoding; any other name is decoded by QuaZip.
        unz_file_info64 fi{};
        if (unzGetCurrentFileInfo64(zip.getUnzFile(), &fi, raw.data(), static_cast<uLong>(raw.size()), extra.data(),
                                    static_cast<uLong>(extra.size()), comment.data(), static_cast<uLong>(comment.size()))
            != UNZ_OK)
            throw ReadError(what_ + " has an unreadable central directory entry");
        std::string name;
        const std::string_view rawName(raw.data(), std::min<std::size_t>(fi.size_filename, raw.size()));
        if (isAscii(rawName)) {
            name.assign(rawName);
        } else {
            QuaZipFileInfo64 info;
            if (!zip.getCurrentFileInfo(&info))
                throw ReadError(what_ + " has an unreadable central directory entry");
            const QByteArray utf8 = info.name.toUtf8();
            name.assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        }
        addEntry(std::move(name), fi.compressed_size, fi.uncompressed_size, fi.compression_method);
    }
    if (zip.getZipError() != UNZ_OK && zip.getZipError() != UNZ_END_OF_LIST_OF_FILE)
        throw ReadError(what_ + " has a corrupt central directory");
}

const ZipEntry* ZipArchive::find(std::string_view name) const
{
    auto it = index_.find(name);
    return it == index_.end() ? nullptr : &entries_[it->second];
}

void ZipArchive::select(std::string_view name)
{
    if (!find(name))
        throw ReadError(what_ + " has no member \"" + std::string(name.substr(0, 200)) + "\"");
    if (!quazip().setCurrentFile(QString::fromUtf8(name.data(), static_cast<int>(name.size())), QuaZip::csSensitive))
        throw ReadError(what_ + ": cannot locate member \"" + std::string(name) + "\"");
}

std::string ZipArchive::read(std::string_view name, std::uint64_t cap, std::uint64_t maxRatio)
{
    select(name);
    const ZipEntry* e = find(name);
    if (e->size > cap)
        throw ReadError("member \"" + std::string(name) + "\" declares " + std::to_string(e->size)
                        + " bytes, more than the limit of " + std::to_string(cap));
    if (e->stored && e->size == e->compressedSize && !path_.empty()) {
        // Stored (skops' default): read the byte range in one go, 3-4x faster
        // than QuaZip's buffered loop; the JSON parser validates the content.
        const std::uint64_t off = dataOffset(name);
        std::FILE* fp = std::fopen(path_.c_str(), "rb");
        if (!fp)
            throw ReadError("cannot reopen the archive");
        // Declared sizes can lie: check them against the file before allocating.
        const bool fits = fseeko(fp, 0, SEEK_END) == 0 && static_cast<std::uint64_t>(ftello(fp)) >= off
            && static_cast<std::uint64_t>(ftello(fp)) - off >= e->size;
        if (!fits) {
            std::fclose(fp);
            throw ReadError("member \"" + std::string(name) + "\" declares " + std::to_string(e->size)
                            + " bytes, more than the archive holds (truncated or forged)");
        }
        std::string out(static_cast<std::size_t>(e->size), '\0');
        const bool ok = fseeko(fp, static_cast<off_t>(off), SEEK_SET) == 0
            && std::fread(out.data(), 1, out.size(), fp) == out.size();
        std::fclose(fp);
        if (!ok)
            throw ReadError("member \"" + std::string(name) + "\" is truncated");
        return out;
    }
    QuaZipFile f(&quazip());
    if (!f.open(QIODevice::ReadOnly))
        throw ReadError("cannot open member \"" + std::string(name) + "\" (zip error " + std::to_string(f.getZipError()) + ")");
    std::string out;
    out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(e->size, 64ull << 20))); // declared sizes can lie
    char buf[1 << 16];
    while (true) {
        const qint64 n = f.read(buf, sizeof buf);
        if (n < 0)
            throw ReadError("member \"" + std::string(name) + "\" is corrupt (cannot inflate)");
        if (n == 0)
            break;
        if (out.size() + static_cast<std::uint64_t>(n) > cap)
            throw ReadError("member \"" + std::string(name) + "\" inflates past the limit of " + std::to_string(cap)
                            + " bytes (zip bomb?)");
        out.append(buf, static_cast<std::size_t>(n));
        if (maxRatio && out.size() > (64u << 20) && out.size() / std::max<std::uint64_t>(e->compressedSize, 1) > maxRatio)
            throw ReadError("member \"" + std::string(name) + "\" inflates more than " + std::to_string(maxRatio)
                            + " times its compressed size (zip bomb?)");
    }
    f.close();
    if (f.getZipError() != UNZ_OK)
        throw ReadError("member \"" + std::string(name) + "\" is corrupt (CRC mismatch)");
    return out;
}

std::string ZipArchive::readPrefix(std::string_view name, std::uint64_t n)
{
    const ZipEntry* e = nullptr;
    if (const std::uint64_t at = directOffset(name, &e); at != UINT64_MAX) {
        const auto want = static_cast<std::size_t>(std::min(n, e->size));
        if (at == peekAt_ && peekSkip_ <= peek_.size() && peek_.size() - peekSkip_ >= want)
            return peek_.substr(peekSkip_, want);
        if (const std::size_t i = static_cast<std::size_t>(e - entries_.data());
            i < prefetched_.size() && prefetched_[i].size() >= want)
            return prefetched_[i].substr(0, want);
        std::string out(want, '\0');
        if (preadAll(out.data(), out.size(), at))
            return out;
    }
    select(name);
    QuaZipFile f(&quazip());
    if (!f.open(QIODevice::ReadOnly))
        throw ReadError("cannot open member \"" + std::string(name) + "\"");
    std::string out(static_cast<std::size_t>(n), '\0');
    qint64 got = 0;
    while (static_cast<std::uint64_t>(got) < n) {
        const qint64 r = f.read(out.data() + got, static_cast<qint64>(n) - got);
        if (r <= 0)
            break;
        got += r;
    }
    out.resize(static_cast<std::size_t>(got));
    return out;
}

void ZipArchive::prefetchPrefixes(std::string_view suffix, std::size_t n, std::size_t maxMembers)
{
    // Touches only the entries it reads (their Direct slots) and its own
    // buffer, so the caller's thread may meanwhile read other members.
    std::vector<std::string> got(std::min(direct_.size(), entries_.size()));
    std::string buf;
    std::size_t members = 0;
    for (std::size_t i = 0; i < got.size() && members < maxMembers; ++i) {
        const ZipEntry& e = entries_[i];
        if (e.name.size() < suffix.size() || e.name.compare(e.name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        ++members;
        Direct& d = direct_[i];
        if (d.checked)
            continue;
        std::size_t skip = 0;
        checkLocal(d, e.name, e.size, buf, skip);
        if (d.data != UINT64_MAX && skip <= buf.size())
            got[i] = buf.substr(skip, static_cast<std::size_t>(std::min<std::uint64_t>({n, e.size, buf.size() - skip})));
    }
    prefetched_ = std::move(got);
}

std::uint64_t ZipArchive::dataOffset(std::string_view name)
{
    const ZipEntry* e = nullptr;
    if (const std::uint64_t at = directOffset(name, &e); at != UINT64_MAX)
        return at;
    select(name);
    QuaZipFile f(&quazip());
    if (!f.open(QIODevice::ReadOnly))
        throw ReadError("cannot open member \"" + std::string(name) + "\"");
    const auto pos = unzGetCurrentFileZStreamPos64(quazip().getUnzFile());
    f.close();
    return pos;
}

} // namespace skopos
