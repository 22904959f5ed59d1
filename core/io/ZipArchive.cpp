#include "io/ZipArchive.h"

#include "tree/Error.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/unzip.h>

#include <algorithm>
#include <cstdio>

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

ZipArchive::ZipArchive(const std::string& path, const Limits& limits)
    : what_("archive"), path_(path), limits_(limits), zip_(std::make_unique<QuaZip>(QString::fromStdString(path)))
{
    load();
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
}

void ZipArchive::load()
{
    zip_->setFileNameCodec("UTF-8");
    if (!zip_->open(QuaZip::mdUnzip))
        throw ReadError(what_ + " is not a readable zip file (zip error " + std::to_string(zip_->getZipError()) + ")");
    const int count = zip_->getEntriesCount();
    if (count < 0 || static_cast<std::uint64_t>(count) > limits_.maxZipEntries)
        throw ReadError(what_ + " has " + std::to_string(count) + " members, more than the limit of "
                        + std::to_string(limits_.maxZipEntries));
    entries_.reserve(static_cast<std::size_t>(count));
    for (bool more = zip_->goToFirstFile(); more; more = zip_->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip_->getCurrentFileInfo(&info))
            throw ReadError(what_ + " has an unreadable central directory entry");
        ZipEntry e;
        const QByteArray utf8 = info.name.toUtf8();
        e.name.assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        if (isUnsafeMemberName(e.name))
            throw ReadError(what_ + " has a member with an unsafe name: \"" + e.name.substr(0, 200) + "\"");
        e.compressedSize = info.compressedSize;
        e.size = info.uncompressedSize;
        e.stored = info.method == 0;
        if (info.method != 0 && info.method != Z_DEFLATED)
            e.stored = false;
        if (!index_.emplace(e.name, entries_.size()).second)
            throw ReadError(what_ + " has two members named \"" + e.name.substr(0, 200) + "\"");
        entries_.push_back(std::move(e));
        if (entries_.size() > limits_.maxZipEntries)
            throw ReadError(what_ + " has more members than the limit of " + std::to_string(limits_.maxZipEntries));
    }
    if (zip_->getZipError() != UNZ_OK && zip_->getZipError() != UNZ_END_OF_LIST_OF_FILE)
        throw ReadError(what_ + " has a corrupt central directory");
}

const ZipEntry* ZipArchive::find(std::string_view name) const
{
    auto it = index_.find(std::string(name));
    return it == index_.end() ? nullptr : &entries_[it->second];
}

void ZipArchive::select(std::string_view name)
{
    if (!find(name))
        throw ReadError(what_ + " has no member \"" + std::string(name.substr(0, 200)) + "\"");
    if (!zip_->setCurrentFile(QString::fromUtf8(name.data(), static_cast<int>(name.size())), QuaZip::csSensitive))
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
    QuaZipFile f(zip_.get());
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
    select(name);
    QuaZipFile f(zip_.get());
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

std::uint64_t ZipArchive::dataOffset(std::string_view name)
{
    select(name);
    QuaZipFile f(zip_.get());
    if (!f.open(QIODevice::ReadOnly))
        throw ReadError("cannot open member \"" + std::string(name) + "\"");
    const auto pos = unzGetCurrentFileZStreamPos64(zip_->getUnzFile());
    f.close();
    return pos;
}

} // namespace skopos
