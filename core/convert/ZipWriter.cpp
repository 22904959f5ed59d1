#include "convert/ZipWriter.h"

#include "tree/Error.h"

#include <QDateTime>

#include <zlib.h>

#include <limits>
#include <tuple>

namespace skopos::convert {

namespace {

constexpr std::uint64_t k32 = 0xffffffffu;

void le(std::string& s, std::uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        s += static_cast<char>((v >> (8 * i)) & 0xff);
}

// A record's fixed fields, built on the stack: no allocation per member.
struct Fields {
    char b[64];
    std::size_t n = 0;
    Fields& le(std::uint64_t v, int bytes)
    {
        for (int i = 0; i < bytes; ++i)
            b[n++] = static_cast<char>((v >> (8 * i)) & 0xff);
        return *this;
    }
    std::string_view view() const { return {b, n}; }
};

bool ascii(std::string_view s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

std::uint32_t crcOf(std::uint32_t crc, std::string_view s)
{
    // zlib's crc32 takes uInt lengths: large pieces go in slices.
    for (std::size_t done = 0; done < s.size();) {
        const std::size_t k = std::min<std::size_t>(s.size() - done, 1u << 30);
        crc = static_cast<std::uint32_t>(
            crc32(crc, reinterpret_cast<const Bytef*>(s.data() + done), static_cast<uInt>(k)));
        done += k;
    }
    return crc;
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

ZipWriter::Entry& ZipWriter::add(std::string_view name)
{
    if (name.size() > 0xffff)
        throw ReadError("a member name longer than a zip file can hold");
    if (!sealed_)
        throw std::logic_error("ZipWriter: a member begun before the last one ended");
    sealed_ = false;
    cur_ = Entry{};
    cur_.nameLength = static_cast<std::uint16_t>(name.size());
    names_.append(name);
    return cur_;
}

void ZipWriter::seal()
{
    Record r;
    r.crc = cur_.crc;
    r.nameLength = cur_.nameLength;
    r.method = cur_.method;
    r.flags = cur_.zip64Local ? kZip64Local : 0;
    if (cur_.csize >= k32 || cur_.usize >= k32) {
        r.flags |= kBig;
        big_.emplace_back(cur_.csize, cur_.usize);
    } else {
        r.csize = static_cast<std::uint32_t>(cur_.csize);
        r.usize = static_cast<std::uint32_t>(cur_.usize);
    }
    records_.push_back(r);
    nextOffset_ = cur_.offset + localSize(cur_);
    sealed_ = true;
}

void ZipWriter::reserve(std::size_t members, std::size_t nameBytes)
{
    records_.reserve(records_.size() + members);
    names_.reserve(names_.size() + nameBytes);
}

void ZipWriter::header(Entry& e)
{
    // finish() sums the local records for the offsets: nothing may come between them.
    if (pos_ != nextOffset_)
        throw std::logic_error("ZipWriter: bytes between two members");
    e.offset = pos_;
    e.zip64Local = e.zip64Local || e.usize >= k32 || e.csize >= k32;
    const std::string_view n = lastName();
    Fields h;
    h.le(0x04034b50, 4);
    h.le(e.zip64Local ? 45 : 20, 2);
    h.le(ascii(n) ? 0 : 0x800, 2); // bit 11: UTF-8 name (sizes follow, no data descriptor)
    h.le(e.method, 2);
    h.le(dosTime_, 2);
    h.le(dosDate_, 2);
    h.le(e.crc, 4);
    h.le(e.zip64Local ? k32 : e.csize, 4);
    h.le(e.zip64Local ? k32 : e.usize, 4);
    h.le(n.size(), 2);
    h.le(e.zip64Local ? 20 : 0, 2);
    put(h.view());
    put(n);
    if (e.zip64Local) {
        Fields x;
        x.le(0x0001, 2).le(16, 2).le(e.usize, 8).le(e.csize, 8);
        put(x.view());
    }
}

void ZipWriter::begin(std::string_view name, std::uint64_t size)
{
    if (open_)
        throw std::logic_error("ZipWriter::begin while a member is open");
    Entry& e = add(name);
    e.usize = e.csize = size;
    header(e);
    remaining_ = size;
    open_ = true;
}

void ZipWriter::beginUnsized(std::string_view name)
{
    begin(name, 0);
    unsized_ = true;
}

void ZipWriter::beginDeflated(std::string_view name)
{
    if (open_)
        throw std::logic_error("ZipWriter::beginDeflated while a member is open");
    auto d = std::make_unique<Deflater>();
    if (deflateInit2(&d->z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw ReadError("zlib: cannot start deflate");
    Entry& e = add(name);
    e.method = 8;
    e.zip64Local = true; // sizes unknown until end(): room for 64-bit ones
    header(e);
    deflater_ = std::move(d);
    open_ = true;
}

void ZipWriter::deflateSome(const char* data, std::size_t n, bool finish)
{
    Entry& e = cur_;
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

void ZipWriter::patch(std::uint64_t at, std::string_view bytes)
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
    Entry& e = cur_;
    if (unsized_) {
        e.usize = e.csize = e.usize + n;
        if (e.usize >= k32)
            throw ReadError(std::string(lastName()) + " would pass 4 GiB, more than this writer stores in one member");
        remaining_ += n;
    }
    e.crc = crcOf(e.crc, {data, n});
    put(data, n);
    remaining_ -= n;
}

void ZipWriter::end()
{
    if (open_ && deflater_) {
        deflateSome(nullptr, 0, true);
        deflater_.reset();
        open_ = false;
        const Entry& e = cur_;
        // CRC-32 at offset 14; the ZIP64 extra's sizes after the name and its 4-byte tag/length.
        std::string crc;
        le(crc, e.crc, 4);
        patch(e.offset + 14, crc);
        std::string sizes;
        le(sizes, e.usize, 8);
        le(sizes, e.csize, 8);
        patch(e.offset + 30 + e.nameLength + 4, sizes);
        seal();
        return;
    }
    if (!open_ || remaining_ != 0)
        throw std::logic_error("ZipWriter::end before the member's declared size was written");
    open_ = false;
    const Entry& e = cur_;
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
    seal();
}

void ZipWriter::addStored(std::string_view name, std::string_view head, std::string_view body)
{
    if (open_)
        throw std::logic_error("ZipWriter::addStored while a member is open");
    Entry& e = add(name);
    e.usize = e.csize = head.size() + body.size();
    e.crc = crcOf(crcOf(0, head), body);
    header(e);
    put(head);
    put(body);
    seal();
}

void ZipWriter::addStored(std::string_view name, std::string_view head, std::uint32_t headCrc, std::string_view body)
{
    if (open_)
        throw std::logic_error("ZipWriter::addStored while a member is open");
    if (!haveCombine_ || combineLength_ != body.size()) {
        combineOp_ = crc32_combine_gen(static_cast<z_off_t>(body.size()));
        combineLength_ = body.size();
        haveCombine_ = true;
    }
    Entry& e = add(name);
    e.usize = e.csize = head.size() + body.size();
    e.crc = static_cast<std::uint32_t>(crc32_combine_op(headCrc, crcOf(0, body), combineOp_));
    header(e);
    put(head);
    put(body);
    seal();
}

std::uint32_t ZipWriter::crc32Of(std::string_view bytes) { return crcOf(0, bytes); }

void ZipWriter::addDeflated(std::string_view name, std::string_view bytes)
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
    std::size_t nameAt = 0, bigAt = 0;
    Entry e; // each record again; header() saw that each began where the last one ended
    std::uint64_t offset = 0;
    for (const Record& r : records_) {
        e.crc = r.crc;
        e.nameLength = r.nameLength;
        e.method = r.method;
        e.zip64Local = (r.flags & kZip64Local) != 0;
        if (r.flags & kBig) {
            std::tie(e.csize, e.usize) = big_[bigAt++];
        } else {
            e.csize = r.csize;
            e.usize = r.usize;
        }
        e.offset = offset;
        offset += localSize(e);
        Fields x; // zip64 extra: only the fields that overflow, in this order
        if (e.usize >= k32)
            x.le(e.usize, 8);
        if (e.csize >= k32)
            x.le(e.csize, 8);
        if (e.offset >= k32)
            x.le(e.offset, 8);
        const bool z64 = x.n > 0;
        const std::string_view n = std::string_view(names_).substr(nameAt, e.nameLength);
        nameAt += e.nameLength;
        Fields h;
        h.le(0x02014b50, 4);
        h.le((3 << 8) | 45, 2); // made by: Unix, spec 4.5
        h.le(z64 || e.zip64Local ? 45 : 20, 2);
        h.le(ascii(n) ? 0 : 0x800, 2);
        h.le(e.method, 2);
        h.le(dosTime_, 2);
        h.le(dosDate_, 2);
        h.le(e.crc, 4);
        h.le(e.csize >= k32 ? k32 : e.csize, 4);
        h.le(e.usize >= k32 ? k32 : e.usize, 4);
        h.le(n.size(), 2);
        h.le(z64 ? x.n + 4 : 0, 2);
        h.le(0, 2);           // comment
        h.le(0, 2);           // disk
        h.le(0, 2);           // internal attributes
        h.le(0600u << 16, 4); // external: -rw-------
        h.le(e.offset >= k32 ? k32 : e.offset, 4);
        put(h.view());
        put(n);
        if (z64) {
            Fields t;
            t.le(0x0001, 2).le(x.n, 2);
            put(t.view());
            put(x.view());
        }
    }
    if (offset != cdStart)
        throw std::logic_error("ZipWriter: the local records do not add up to the directory's offset");
    const std::uint64_t cdSize = pos_ - cdStart;
    const std::uint64_t n = records_.size();
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
