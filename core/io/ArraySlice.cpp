#include "io/ArraySlice.h"
#include "io/ElementBytes.h"

#include "io/ByteSource.h"
#include "io/Decompress.h"
#include "io/SubRangeDevice.h"
#include "io/ZipArchive.h"
#include "io/ZipReuse.h"
#include "tree/Error.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace skopos {

namespace {

// A member of an .npz held by a device (a stored range of the archive, or
// inflated bytes), read through ZipArchive as zipfile reads it; owns the
// device the stream reads from.
class NpzMemberSource : public ByteSource {
public:
    NpzMemberSource(std::unique_ptr<QIODevice> device, QByteArray keep, const std::string& what,
                    const std::string& name, const Limits& limits)
        : keep_(std::move(keep)), device_(std::move(device))
    {
        ZipArchive npz(device_.get(), what, limits);
        stream_ = npz.openMember(name);
    }
    std::size_t read(char* dst, std::size_t n) override { return stream_->read(dst, n); }
    std::uint64_t position() const override { return stream_->position(); }

private:
    QByteArray keep_;
    std::unique_ptr<QIODevice> device_;
    std::unique_ptr<ByteSource> stream_; // declared last: destroyed before the device
};

void skipExactly(ByteSource& src, std::uint64_t n, const std::atomic<bool>* cancel)
{
    while (n > 0) {
        if (cancel && cancel->load())
            throw Cancelled();
        const std::uint64_t done = src.skip(std::min<std::uint64_t>(n, 1u << 22));
        if (done == 0)
            throw ReadError("the data ends before the array's bytes", src.position());
        n -= done;
    }
}

void readExactly(ByteSource& src, char* dst, std::size_t n)
{
    std::size_t got = 0;
    while (got < n) {
        const std::size_t r = src.read(dst + got, n - got);
        if (r == 0)
            throw ReadError("the array data ends early", src.position());
        got += r;
    }
}

std::unique_ptr<ByteSource> openZipMember(const std::string& path, const std::string& source, const Limits& limits)
{
    const std::shared_ptr<ZipArchive> archive = ZipReuse::open(path, limits);
    ZipArchive& zip = *archive;
    if (const ZipEntry* e = zip.find(source)) {
        if (e->stored) { // read in place: seeks are free
            const std::uint64_t at = zip.dataOffset(source);
            auto src = openFileSource(path);
            skipExactly(*src, at, nullptr);
            return src;
        }
        return zip.openMember(source); // decoded as zipfile does (it keeps the file open itself)
    }
    // "outer.npz/inner.npy": an array inside an .npz member.
    const auto slash = source.rfind('/');
    const ZipEntry* e = slash == std::string::npos ? nullptr : zip.find(source.substr(0, slash));
    if (!e)
        throw ReadError("the archive has no member \"" + source + "\"");
    const std::string outer = source.substr(0, slash);
    const std::string inner = source.substr(slash + 1);
    if (e->stored)
        return std::make_unique<NpzMemberSource>(
            std::make_unique<SubRangeDevice>(QString::fromStdString(path), static_cast<qint64>(zip.dataOffset(outer)),
                                             static_cast<qint64>(e->size)),
            QByteArray(), "member " + outer, inner, limits);
    const std::string all = zip.read(outer, limits.maxStringBytes); // capped, as readArrayPreview does
    QByteArray bytes(all.data(), static_cast<qsizetype>(all.size()));
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    return std::make_unique<NpzMemberSource>(std::move(buffer), QByteArray(), "member " + outer, inner, limits);
}

std::vector<std::int64_t> elementStrides(const ArrayInfo& info)
{
    const std::size_t n = info.shape.size();
    std::vector<std::int64_t> s(n, 1);
    if (info.fortranOrder) {
        for (std::size_t k = 1; k < n; ++k)
            s[k] = s[k - 1] * std::max<std::int64_t>(info.shape[k - 1], 1);
    } else {
        for (std::size_t k = n; k-- > 1;)
            s[k - 1] = s[k] * std::max<std::int64_t>(info.shape[k], 1);
    }
    return s;
}

} // namespace

std::unique_ptr<ByteSource> openArrayData(const std::string& documentPath, const ArrayInfo& info, const Limits& limits,
                                          const std::atomic<bool>* cancel)
{
    std::unique_ptr<ByteSource> src;
    switch (info.where) {
    case Where::Absent: previewUnavailable("the data is not stored in this file");
    case Where::Children: previewUnavailable("object arrays are shown as their elements in the tree");
    case Where::ZipMember: src = openZipMember(documentPath, info.source, limits); break;
    case Where::FileRange: src = openFileSource(documentPath); break;
    case Where::External: {
        QString companion = QString::fromStdString(info.source);
        if (QFileInfo(companion).isRelative())
            companion = QFileInfo(QString::fromStdString(documentPath)).dir().filePath(companion);
        src = openFileSource(companion.toStdString());
        break;
    }
    case Where::StreamRange: {
        std::string container;
        src = openModelStream(documentPath, limits, container);
        break;
    }
    }
    skipExactly(*src, info.offset, cancel);
    return src;
}

SliceRequest normalizeSlice(const ArrayInfo& info, bool structured, SliceRequest r)
{
    const int nd = static_cast<int>(info.shape.size());
    r.index.resize(static_cast<std::size_t>(nd), 0);
    for (int k = 0; k < nd; ++k)
        r.index[k] = std::clamp<std::int64_t>(r.index[k], 0, std::max<std::int64_t>(info.shape[k] - 1, 0));
    if (nd == 0) {
        r.rowAxis = r.colAxis = -1;
    } else {
        if (r.rowAxis < 0 || r.rowAxis >= nd)
            r.rowAxis = nd >= 2 ? nd - 2 : 0;
        if (structured || nd == 1) {
            r.colAxis = -1;
        } else if (r.colAxis < 0 || r.colAxis >= nd || r.colAxis == r.rowAxis) {
            r.colAxis = r.rowAxis == nd - 1 ? nd - 2 : nd - 1;
        }
    }
    const std::int64_t rowsTotal = r.rowAxis < 0 ? 1 : info.shape[r.rowAxis];
    const std::int64_t colsTotal = r.colAxis < 0 ? 1 : info.shape[r.colAxis];
    r.maxCols = std::max<std::int64_t>(1, std::min(r.maxCols, r.maxElements));
    r.colStart = std::clamp<std::int64_t>(r.colStart, 0, std::max<std::int64_t>(colsTotal - 1, 0));
    const std::int64_t cols = std::min(r.maxCols, colsTotal - r.colStart);
    r.maxRows = std::max<std::int64_t>(1, std::min(r.maxRows, r.maxElements / std::max<std::int64_t>(cols, 1)));
    r.rowStart = std::clamp<std::int64_t>(r.rowStart, 0, std::max<std::int64_t>(rowsTotal - 1, 0));
    return r;
}

ArraySlice readArraySlice(const std::string& documentPath, const ArrayInfo& info, SliceRequest request,
                          const Limits& limits, const std::atomic<bool>* cancel)
{
    ArraySlice s;
    s.layout = parseElementLayout(info.descr);
    const std::int64_t itemsize = s.layout.itemsize;
    if (info.itemsize >= 0 && info.itemsize != itemsize)
        previewUnavailable("the dtype's size (" + std::to_string(itemsize) + ") disagrees with the header ("
                           + std::to_string(info.itemsize) + ")");
    const std::int64_t total = info.elementCount();
    if (total < 0)
        previewUnavailable("the shape is unknown");
    if (info.length && static_cast<std::uint64_t>(total) * static_cast<std::uint64_t>(itemsize) > info.length)
        throw ReadError("the array is declared larger than its data (" + std::to_string(info.length) + " bytes)");
    request.maxElements = std::min(request.maxElements, std::max<std::int64_t>(1, request.maxBytes / itemsize));
    const SliceRequest r = normalizeSlice(info, s.layout.structured, std::move(request));
    s.totalRows = r.rowAxis < 0 ? 1 : info.shape[r.rowAxis];
    s.totalCols = r.colAxis < 0 ? 1 : info.shape[r.colAxis];
    s.rowStart = r.rowStart;
    s.colStart = r.colStart;
    s.rows = total == 0 ? 0 : std::min(r.maxRows, s.totalRows - r.rowStart);
    s.cols = total == 0 ? 0 : std::min(r.maxCols, s.totalCols - r.colStart);
    s.values.dtype = s.layout.structured ? SimpleDType{} : s.layout.fields[0].dtype;
    s.values.fortranOrder = false; // the window is row-major, whatever the storage order
    s.values.total = total;
    const std::uint64_t bytes = static_cast<std::uint64_t>(s.rows * s.cols) * static_cast<std::uint64_t>(itemsize);
    if (bytes > limits.maxStringBytes)
        throw ReadError("the preview would need more than the memory limit allows");
    s.raw.assign(static_cast<std::size_t>(bytes), '\0');
    if (s.rows * s.cols == 0)
        return s;

    // Storage index of cell (r, c) = base + (rowStart + r) * sr + (colStart + c) * sc.
    const std::vector<std::int64_t> strides = elementStrides(info);
    std::int64_t base = 0;
    for (std::size_t k = 0; k < info.shape.size(); ++k)
        if (static_cast<int>(k) != r.rowAxis && static_cast<int>(k) != r.colAxis)
            base += r.index[k] * strides[k];
    const std::int64_t sr = r.rowAxis < 0 ? 0 : strides[r.rowAxis];
    const std::int64_t sc = r.colAxis < 0 ? 0 : strides[r.colAxis];
    base += s.rowStart * sr + s.colStart * sc;
    // Walk the axis with the larger stride outside: for a contiguous array
    // that visits storage in ascending order (the larger stride is at least
    // the smaller one times its axis' extent), so the stream only goes forward.
    // A single row or column is one run whichever way round.
    const bool rowsOuter = s.cols == 1 ? false : (s.rows == 1 ? true : sr >= sc);
    const std::int64_t nOuter = rowsOuter ? s.rows : s.cols, nInner = rowsOuter ? s.cols : s.rows;
    const std::int64_t sOuter = rowsOuter ? sr : sc, sInner = rowsOuter ? sc : sr;

    auto src = openArrayData(documentPath, info, limits, cancel);
    std::uint64_t pos = 0; // bytes from the array's first byte
    const auto seek = [&](std::int64_t element) {
        const std::uint64_t at = static_cast<std::uint64_t>(element) * static_cast<std::uint64_t>(itemsize);
        if (at < pos)
            throw ReadError("internal: slice walk went backwards");
        skipExactly(*src, at - pos, cancel);
        pos = at;
    };
    std::string run;
    for (std::int64_t o = 0; o < nOuter; ++o) {
        if (cancel && cancel->load())
            throw Cancelled();
        const std::int64_t first = base + o * sOuter;
        const auto dest = [&](std::int64_t i) {
            const std::int64_t row = rowsOuter ? o : i, col = rowsOuter ? i : o;
            return s.raw.data() + (row * s.cols + col) * itemsize;
        };
        if (sInner == 1 || nInner == 1) { // contiguous run: read in pieces of up to 1 MiB
            seek(first);
            const std::int64_t per = std::max<std::int64_t>(1, (1 << 20) / itemsize);
            for (std::int64_t i0 = 0; i0 < nInner; i0 += per) {
                const std::int64_t n = std::min(per, nInner - i0);
                run.resize(static_cast<std::size_t>(n * itemsize));
                readExactly(*src, run.data(), run.size());
                pos += run.size();
                for (std::int64_t i = 0; i < n; ++i)
                    std::memcpy(dest(i0 + i), run.data() + i * itemsize, static_cast<std::size_t>(itemsize));
            }
        } else {
            for (std::int64_t i = 0; i < nInner; ++i) {
                seek(first + i * sInner);
                readExactly(*src, dest(i), static_cast<std::size_t>(itemsize));
                pos += static_cast<std::uint64_t>(itemsize);
            }
        }
    }
    if (!s.layout.structured) {
        s.values.count = s.rows * s.cols;
        decodeElements(s.values.dtype, s.raw.data(), s.values.count, s.values);
        s.values.stats = computeStats(s.values);
    }
    return s;
}

} // namespace skopos
