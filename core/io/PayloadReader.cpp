#include "io/PayloadReader.h"

#include "io/ByteSource.h"
#include "io/Decompress.h"
#include "io/SubRangeDevice.h"
#include "io/ZipArchive.h"
#include "tree/Error.h"

#include <QBuffer>
#include <QFile>

#include <algorithm>
#include <vector>

namespace skopos {

namespace {
constexpr std::size_t kChunk = 1u << 20;
}

struct PayloadReader::Nested {
    std::string source;
    std::unique_ptr<QIODevice> device;
    QByteArray inflated; // the outer member, when it is deflated (capped)
    std::unique_ptr<ZipArchive> npz;
    std::unique_ptr<ByteSource> src;
    std::uint64_t pos = 0;
};

PayloadReader::PayloadReader(const Document& doc, const Limits& limits, const std::atomic<bool>* cancel)
    : doc_(doc), limits_(limits), cancel_(cancel)
{
}

PayloadReader::~PayloadReader() = default;

void PayloadReader::checkCancel() const
{
    if (cancel_ && cancel_->load(std::memory_order_relaxed))
        throw Cancelled();
}

void PayloadReader::copyRange(const ArrayInfo& info, std::uint64_t from, std::uint64_t length, const PayloadSink& sink)
{
    switch (info.where) {
    case Where::FileRange: fileRange(doc_.path, info.offset + from, length, sink); return;
    case Where::StreamRange: streamRange(info.offset + from, length, sink); return;
    case Where::External:
        if (info.compressed)
            throw ReadError("the array's companion file " + info.source
                            + " is zlib-compressed (joblib < 0.10): converting it is not supported");
        fileRange(info.source, info.offset + from, length, sink);
        return;
    case Where::ZipMember: zipMember(info.source, info.offset + from, length, sink); return;
    case Where::Absent:
    case Where::Children: break;
    }
    throw ReadError("the array's bytes are not in this file");
}

void PayloadReader::fileRange(const std::string& path, std::uint64_t offset, std::uint64_t length,
                              const PayloadSink& sink)
{
    if (doc_.file && path == doc_.path) {
        // The input itself: through the descriptor its tree was read from.
        if (doc_.file->size() < offset + length)
            throw ReadError(path + " ends before the array data", offset);
        std::vector<char> buf(std::min<std::uint64_t>(kChunk, std::max<std::uint64_t>(length, 1)));
        std::uint64_t done = 0;
        while (done < length) {
            checkCancel();
            const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(length - done, buf.size()));
            const std::size_t got = doc_.file->readAt(buf.data(), want, offset + done);
            if (got == 0)
                throw ReadError(path + ": cannot read the array data", offset + done);
            sink(buf.data(), got);
            done += got;
        }
        return;
    }
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        throw ReadError("cannot open " + path + ": " + f.errorString().toStdString());
    if (static_cast<std::uint64_t>(f.size()) < offset + length || !f.seek(static_cast<qint64>(offset)))
        throw ReadError(path + " ends before the array data", offset);
    std::vector<char> buf(std::min<std::uint64_t>(kChunk, std::max<std::uint64_t>(length, 1)));
    std::uint64_t left = length;
    while (left > 0) {
        checkCancel();
        const qint64 want = static_cast<qint64>(std::min<std::uint64_t>(left, buf.size()));
        const qint64 got = f.read(buf.data(), want);
        if (got <= 0)
            throw ReadError(path + ": cannot read the array data", offset + (length - left));
        sink(buf.data(), static_cast<std::size_t>(got));
        left -= static_cast<std::uint64_t>(got);
    }
}

void PayloadReader::streamRange(std::uint64_t offset, std::uint64_t length, const PayloadSink& sink)
{
    if (!stream_ || stream_->position() > offset) {
        std::string container;
        stream_ = doc_.file ? openModelStream(doc_.file, limits_, container)
                            : openModelStream(doc_.path, limits_, container);
    }
    while (stream_->position() < offset) {
        checkCancel();
        const std::uint64_t want = std::min<std::uint64_t>(offset - stream_->position(), 1u << 22);
        if (stream_->skip(want) == 0)
            throw ReadError("the stream ends before the array data", offset);
    }
    std::vector<char> buf(std::min<std::uint64_t>(kChunk, std::max<std::uint64_t>(length, 1)));
    std::uint64_t left = length;
    while (left > 0) {
        checkCancel();
        const std::size_t got = stream_->read(buf.data(),
                                              static_cast<std::size_t>(std::min<std::uint64_t>(left, buf.size())));
        if (got == 0)
            throw ReadError("the stream ends inside the array data", stream_->position());
        sink(buf.data(), got);
        left -= got;
    }
}

void PayloadReader::zipMember(const std::string& member, std::uint64_t offset, std::uint64_t length,
                              const PayloadSink& sink)
{
    if (!zip_)
        zip_ = doc_.file ? std::make_unique<ZipArchive>(doc_.file, limits_)
                         : std::make_unique<ZipArchive>(doc_.path, limits_);
    const ZipEntry* e = zip_->find(member);
    if (!e) {
        nestedMember(member, offset, length, sink);
        return;
    }
    if (offset + length > e->size)
        throw ReadError("member " + member + " ends before its array data");
    if (e->stored) {
        fileRange(doc_.path, zip_->dataOffset(member) + offset, length, sink);
        return;
    }
    // Compressed: decode forwards in pieces (as zipfile does), dropping the
    // bytes before the offset; the member stays open for the next range.
    if (!member_ || memberName_ != member || memberPos_ > offset) {
        member_ = zip_->openMember(member);
        memberName_ = member;
        memberPos_ = 0;
    }
    try {
        forward(*member_, memberPos_, offset, length, "member " + member, sink);
    } catch (const ReadError&) {
        member_.reset();
        throw;
    }
}

void PayloadReader::nestedMember(const std::string& source, std::uint64_t offset, std::uint64_t length,
                                 const PayloadSink& sink)
{
    if (!nested_ || nested_->source != source || nested_->pos > offset) {
        nested_.reset();
        const auto slash = source.rfind('/');
        const std::string outer = slash == std::string::npos ? source : source.substr(0, slash);
        const ZipEntry* e = slash == std::string::npos ? nullptr : zip_->find(outer);
        if (!e)
            throw ReadError("the archive has no member \"" + source + "\"");
        auto n = std::make_unique<Nested>();
        n->source = source;
        if (e->stored) {
            n->device = std::make_unique<SubRangeDevice>(QString::fromStdString(doc_.path),
                                                         static_cast<qint64>(zip_->dataOffset(outer)),
                                                         static_cast<qint64>(e->size));
        } else {
            const std::string all = zip_->read(outer, limits_.maxStringBytes);
            n->inflated = QByteArray(all.data(), static_cast<qsizetype>(all.size()));
            n->device = std::make_unique<QBuffer>(&n->inflated);
        }
        n->npz = std::make_unique<ZipArchive>(n->device.get(), "member " + outer, limits_);
        const std::string inner = source.substr(slash + 1);
        if (!n->npz->find(inner))
            throw ReadError("member " + outer + " has no array \"" + inner + "\"");
        n->src = n->npz->openMember(inner);
        nested_ = std::move(n);
    }
    try {
        forward(*nested_->src, nested_->pos, offset, length, "member " + source, sink);
    } catch (const ReadError&) {
        nested_.reset();
        throw;
    }
}

// Reads src forwards from `pos` (its position) to offset + length, passing on
// [offset, offset + length) in pieces.
void PayloadReader::forward(ByteSource& src, std::uint64_t& pos, std::uint64_t offset, std::uint64_t length,
                            const std::string& what, const PayloadSink& sink)
{
    std::vector<char> buf(kChunk);
    std::uint64_t left = length;
    while (left > 0) {
        checkCancel();
        const std::uint64_t skip = pos < offset ? offset - pos : 0;
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(skip + left, buf.size()));
        const std::size_t got = src.read(buf.data(), want);
        if (got == 0)
            throw ReadError(what + ": corrupt or truncated compressed data");
        const std::uint64_t from = std::min<std::uint64_t>(skip, got);
        pos += got;
        const std::uint64_t n = std::min<std::uint64_t>(got - from, left);
        if (n > 0) {
            sink(buf.data() + from, static_cast<std::size_t>(n));
            left -= n;
        }
    }
}

std::uint64_t PayloadReader::memberSize(const std::string& member)
{
    if (!zip_)
        zip_ = doc_.file ? std::make_unique<ZipArchive>(doc_.file, limits_)
                         : std::make_unique<ZipArchive>(doc_.path, limits_);
    const ZipEntry* e = zip_->find(member);
    if (!e)
        throw ReadError("the archive has no member \"" + member + "\"");
    return e->size;
}

void PayloadReader::copyMember(const std::string& member, const PayloadSink& sink)
{
    zipMember(member, 0, memberSize(member), sink);
}

} // namespace skopos
