#include "convert/ZipWriter.h"

#include "tree/Error.h"

#include <QDateTime>

#include <zlib.h>

#include <limits>

namespace skopos::convert {

namespace {

constexpr std::uint64_t k32 = 0xffffffffu;

void le(std::string& s, std::uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        s += static_cast<char>((v >> (8 * i)) & 0xff);
}

bool ascii(const std::string& s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// zlib takes uInt lengths: larger pieces go in slices of this size.
constexpr std::size_t kSlice = std::size_t{1} << 30;

} // namespace

struct ZipWriter::Deflater {
    z_stream z{};
    std::string out = std::string(std::size_t{1} << 18, '\0');
    ~Deflater() { deflateEnd(&z); }
};

ZipWriter::~ZipWriter() = default;

ZipWriter::ZipWriter(QIODevice& out) : out_(out)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDate d = now.date();
    const QTime t = now.time();
    dosDate_ = static_cast<std::uint16_t>(((std::max(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    dosTime_ = static_cast<std::uint16_t>((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

// Small pieces (a member's header, an 8-byte scalar, a directory entry) are
// gathered here and written 1 MiB at a time: a million-member archive was a
// few million write() calls.
void ZipWriter::put(const char* p, std::size_t n)
{
    if (n < kBuffered) {
        if (buffer_.size() + n > kBuffered)
            flush();
        buffer_.append(p, n);
        pos_ += n;
        return;
    }
    flush();
    writeOut(p, n);
    pos_ += n;
}

void ZipWriter::flush()
{
    if (!buffer_.empty())
        writeOut(buffer_.data(), buffer_.size());
    buffer_.clear();
}

void ZipWriter::writeOut(const char* p, std::size_t n)
{
    std::size_t done = 0;
    while (done < n) {
        const qint64 w = out_.write(p + done, static_cast<qint64>(n - done));
        if (w <= 0)
            throw ReadError("cannot write the output: " + out_.errorString().toStdString());
        done += static_cast<std::size_t>(w);
    }
}

void ZipWriter::put(const std::string& bytes) { put(bytes.data(), bytes.size()); }

void ZipWriter::header(Entry& e)
{
    e.offset = pos_;
    e.zip64Local = e.zip64Local || e.usize >= k32 || e.csize >= k32;
    std::string h;
    le(h, 0x04034b50, 4);
    le(h, e.zip64Local ? 45 : 20, 2);
    le(h, ascii(e.name) ? 0 : 0x800, 2); // bit 11: UTF-8 name (sizes follow, no data descriptor)
    le(h, e.method, 2);
    le(h, dosTime_, 2);
    le(h, dosDate_, 2);
    le(h, e.crc, 4);
    le(h, e.zip64Local ? k32 : e.csize, 4);
    le(h, e.zip64Local ? k32 : e.usize, 4);
    le(h, e.name.size(), 2);
    le(h, e.zip64Local ? 20 : 0, 2);
    h += e.name;
    if (e.zip64Local) {
        le(h, 0x0001, 2);
        le(h, 16, 2);
        le(h, e.usize, 8);
        le(h, e.csize, 8);
    }
    put(h);
}

void ZipWriter::begin(const std::string& name, std::uint64_t size)
{
    if (open_)
        throw std::logic_error("ZipWriter::begin while a member is open");
    Entry e;
    e.name = name;
    e.usize = e.csize = size;
    header(e);
    entries_.push_back(std::move(e));
    remaining_ = size;
    open_ = true;
}

void ZipWriter::beginUnsized(const std::string& name)
{
    begin(name, 0);
    unsized_ = true;
}

void ZipWriter::beginDeflated(const std::string& name)
{
    if (open_)
        throw std::logic_error("ZipWriter::beginDeflated while a member is open");
    auto d = std::make_unique<Deflater>();
    if (deflateInit2(&d->z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw ReadError("zlib: cannot start deflate");
    Entry e;
    e.name = name;
    e.method = 8;
    e.zip64Local = true; // sizes unknown until end(): room for 64-bit ones
    header(e);
    entries_.push_back(std::move(e));
    deflater_ = std::move(d);
    open_ = true;
}

void ZipWriter::deflateSome(const char* data, std::size_t n, bool finish)
{
    Entry& e = entries_.back();
    z_stream& z = deflater_->z;
    std::size_t done = 0;
    do {
        const std::size_t k = std::min(n - done, kSlice);
        if (k > 0) // crc32(crc, NULL, 0) would answer the initial value, 0
            e.crc = static_cast<std::uint32_t>(
                crc32(e.crc, reinterpret_cast<const Bytef*>(data + done), static_cast<uInt>(k)));
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data + done));
        z.avail_in = static_cast<uInt>(k);
        done += k;
        const int flush = finish && done == n ? Z_FINISH : Z_NO_FLUSH;
        int rc = Z_OK;
        do {
            z.next_out = reinterpret_cast<Bytef*>(deflater_->out.data());
            z.avail_out = static_cast<uInt>(deflater_->out.size());
            rc = deflate(&z, flush);
            if (rc == Z_STREAM_ERROR)
                throw ReadError("zlib: deflate failed");
            const std::size_t produced = deflater_->out.size() - z.avail_out;
            put(deflater_->out.data(), produced);
            e.csize += produced;
        } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    } while (done < n);
    e.usize += n;
}

void ZipWriter::patch(std::uint64_t at, const std::string& bytes)
{
    flush();
    const qint64 here = out_.pos();
    const qint64 n = static_cast<qint64>(bytes.size());
    if (!out_.seek(static_cast<qint64>(at)) || out_.write(bytes.data(), n) != n || !out_.seek(here))
        throw ReadError("cannot write the output: " + out_.errorString().toStdString());
}

void ZipWriter::write(const char* data, std::size_t n)
{
    if (open_ && deflater_) {
        if (n > 0)
            deflateSome(data, n, false);
        return;
    }
    if (!open_ || (!unsized_ && n > remaining_))
        throw std::logic_error("ZipWriter::write past the declared member size");
    Entry& e = entries_.back();
    if (unsized_) {
        e.usize = e.csize = e.usize + n;
        if (e.usize >= k32)
            throw ReadError(e.name + " would pass 4 GiB, more than this writer stores in one member");
        remaining_ += n;
    }
    // zlib's crc32 takes uInt lengths: feed large pieces in slices.
    std::size_t done = 0;
    while (done < n) {
        const std::size_t k = std::min<std::size_t>(n - done, 1u << 30);
        e.crc = static_cast<std::uint32_t>(
            crc32(e.crc, reinterpret_cast<const Bytef*>(data + done), static_cast<uInt>(k)));
        done += k;
    }
    put(data, n);
    remaining_ -= n;
}

void ZipWriter::end()
{
    if (open_ && deflater_) {
        deflateSome(nullptr, 0, true);
        deflater_.reset();
        open_ = false;
        const Entry& e = entries_.back();
        // CRC-32 at offset 14; the ZIP64 extra's sizes after the name and its 4-byte tag/length.
        std::string crc;
        le(crc, e.crc, 4);
        patch(e.offset + 14, crc);
        std::string sizes;
        le(sizes, e.usize, 8);
        le(sizes, e.csize, 8);
        patch(e.offset + 30 + e.name.size() + 4, sizes);
        return;
    }
    if (!open_ || remaining_ != 0)
        throw std::logic_error("ZipWriter::end before the member's declared size was written");
    open_ = false;
    const Entry& e = entries_.back();
    // Patch the CRC-32 (offset 14) and, for an unsized member, both sizes
    // (offsets 18 and 22) into the local header.
    std::string fields;
    le(fields, e.crc, 4);
    if (unsized_) {
        le(fields, e.csize, 4);
        le(fields, e.usize, 4);
    }
    unsized_ = false;
    patch(e.offset + 14, fields);
}

void ZipWriter::addStored(const std::string& name, const std::string& bytes)
{
    begin(name, bytes.size());
    write(bytes.data(), bytes.size());
    end();
}

void ZipWriter::addDeflated(const std::string& name, const std::string& bytes)
{
    beginDeflated(name);
    write(bytes.data(), bytes.size());
    end();
}

void ZipWriter::finish()
{
    if (open_)
        throw std::logic_error("ZipWriter::finish while a member is open");
    const std::uint64_t cdStart = pos_;
    for (const Entry& e : entries_) {
        std::string x; // zip64 extra: only the fields that overflow, in this order
        if (e.usize >= k32)
            le(x, e.usize, 8);
        if (e.csize >= k32)
            le(x, e.csize, 8);
        if (e.offset >= k32)
            le(x, e.offset, 8);
        const bool z64 = !x.empty();
        std::string h;
        le(h, 0x02014b50, 4);
        le(h, (3 << 8) | 45, 2); // made by: Unix, spec 4.5
        le(h, z64 || e.zip64Local ? 45 : 20, 2);
        le(h, ascii(e.name) ? 0 : 0x800, 2);
        le(h, e.method, 2);
        le(h, dosTime_, 2);
        le(h, dosDate_, 2);
        le(h, e.crc, 4);
        le(h, e.csize >= k32 ? k32 : e.csize, 4);
        le(h, e.usize >= k32 ? k32 : e.usize, 4);
        le(h, e.name.size(), 2);
        le(h, z64 ? x.size() + 4 : 0, 2);
        le(h, 0, 2);           // comment
        le(h, 0, 2);           // disk
        le(h, 0, 2);           // internal attributes
        le(h, 0600u << 16, 4); // external: -rw-------
        le(h, e.offset >= k32 ? k32 : e.offset, 4);
        h += e.name;
        if (z64) {
            le(h, 0x0001, 2);
            le(h, x.size(), 2);
            h += x;
        }
        put(h);
    }
    const std::uint64_t cdSize = pos_ - cdStart;
    const std::uint64_t n = entries_.size();
    if (n >= 0xffff || cdSize >= k32 || cdStart >= k32) {
        const std::uint64_t z64end = pos_;
        std::string r;
        le(r, 0x06064b50, 4);
        le(r, 44, 8);
        le(r, (3 << 8) | 45, 2);
        le(r, 45, 2);
        le(r, 0, 4);
        le(r, 0, 4);
        le(r, n, 8);
        le(r, n, 8);
        le(r, cdSize, 8);
        le(r, cdStart, 8);
        le(r, 0x07064b50, 4); // locator
        le(r, 0, 4);
        le(r, z64end, 8);
        le(r, 1, 4);
        put(r);
    }
    std::string r;
    le(r, 0x06054b50, 4);
    le(r, 0, 2);
    le(r, 0, 2);
    le(r, n >= 0xffff ? 0xffff : n, 2);
    le(r, n >= 0xffff ? 0xffff : n, 2);
    le(r, cdSize >= k32 ? k32 : cdSize, 4);
    le(r, cdStart >= k32 ? k32 : cdStart, 4);
    le(r, 0, 2);
    put(r);
    flush();
}

} // namespace skopos::convert
