#include "convert/PayloadReader.h"

#include "io/ByteSource.h"
#include "io/Decompress.h"
#include "io/ZipArchive.h"
#include "tree/Error.h"

#include <QFile>

#include <algorithm>
#include <vector>

namespace skopos::convert {

namespace {
constexpr std::size_t kChunk = 1u << 20;
constexpr std::uint64_t kSmallPayload = 4096; // read through the window
constexpr std::size_t kWindow = 256 * 1024;
} // namespace

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

void PayloadReader::copy(const ArrayInfo& info, std::uint64_t length, const Sink& sink)
{
    switch (info.where) {
    case Where::FileRange: fileRange(doc_.path, info.offset, length, sink); return;
    case Where::StreamRange: streamRange(info.offset, length, sink); return;
    case Where::External:
        if (info.compressed)
            throw ReadError("the array's companion file " + info.source
                            + " is zlib-compressed (joblib < 0.10): converting it is not supported");
        fileRange(info.source, info.offset, length, sink);
        return;
    case Where::ZipMember: zipMember(info.source, info.offset, length, sink); return;
    case Where::Absent:
    case Where::Children: break;
    }
    throw ReadError("the array's bytes are not in this file");
}

void PayloadReader::fileRange(const std::string& path, std::uint64_t offset, std::uint64_t length, const Sink& sink)
{
    if (doc_.file && path == doc_.path) {
        // The input itself: through the descriptor its tree was read from.
        if (doc_.file->size() < offset + length)
            throw ReadError(path + " ends before the array data", offset);
        if (length <= kSmallPayload) {
            if (length == 0)
                return;
            if (offset < windowAt_ || offset + length > windowAt_ + window_.size()) {
                window_.resize(static_cast<std::size_t>(std::min<std::uint64_t>(kWindow, doc_.file->size() - offset)));
                window_.resize(doc_.file->readAt(window_.data(), window_.size(), offset));
                windowAt_ = offset;
                if (window_.size() < length)
                    throw ReadError(path + ": cannot read the array data", offset);
            }
            sink(window_.data() + (offset - windowAt_), static_cast<std::size_t>(length));
            return;
        }
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

void PayloadReader::streamRange(std::uint64_t offset, std::uint64_t length, const Sink& sink)
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

void PayloadReader::zipMember(const std::string& member, std::uint64_t offset, std::uint64_t length, const Sink& sink)
{
    if (!zip_)
        zip_ = doc_.file ? std::make_unique<ZipArchive>(doc_.file, limits_)
                         : std::make_unique<ZipArchive>(doc_.path, limits_);
    const ZipEntry* e = zip_->find(member);
    if (!e)
        throw ReadError("the archive has no member \"" + member + "\"");
    if (offset + length > e->size)
        throw ReadError("member " + member + " ends before its array data");
    if (e->stored) {
        fileRange(doc_.path, zip_->dataOffset(member) + offset, length, sink);
        return;
    }
    // Compressed: decode forwards in pieces (as zipfile does), dropping the
    // bytes before the offset.
    auto src = zip_->openMember(member);
    std::vector<char> buf(kChunk);
    std::uint64_t pos = 0;
    std::uint64_t left = length;
    while (left > 0) {
        checkCancel();
        const std::size_t got = src->read(buf.data(), buf.size());
        if (got == 0)
            throw ReadError("member " + member + ": corrupt or truncated compressed data");
        std::uint64_t from = 0;
        if (pos < offset)
            from = std::min<std::uint64_t>(offset - pos, got);
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

void PayloadReader::copyMember(const std::string& member, const Sink& sink)
{
    zipMember(member, 0, memberSize(member), sink);
}

} // namespace skopos::convert
