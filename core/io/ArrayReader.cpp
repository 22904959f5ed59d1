#include "io/ArrayReader.h"
#include "io/ElementBytes.h"

#include "io/Decompress.h"
#include "io/SubRangeDevice.h"
#include "io/ZipArchive.h"
#include "io/ZipReuse.h"
#include "tree/Error.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

namespace skopos {

void previewUnavailable(const std::string& why) { throw ReadError("preview not available: " + why); }

namespace {

std::string decodeUcs4(const char* p, int size, bool bigEndian)
{
    std::string out;
    for (int i = 0; i + 4 <= size; i += 4) {
        std::uint32_t c = loadElement<std::uint32_t>(p + i, bigEndian);
        if (c == 0)
            break; // numpy pads with NULs
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            c = 0xFFFD;
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// Reads `n` bytes at `offset` of a zip member; "outer.npz/inner.npy" names an
// array inside an .npz member, which is opened in place when stored and
// inflated into memory (capped) when deflated.
std::string readZipMember(const std::string& path, const std::string& source, std::uint64_t offset, std::uint64_t n,
                          const Limits& limits)
{
    const std::shared_ptr<ZipArchive> archive = ZipReuse::open(path, limits);
    ZipArchive& zip = *archive;
    std::string bytes;
    if (zip.find(source)) {
        bytes = zip.readPrefix(source, offset + n);
    } else {
        const auto slash = source.rfind('/');
        const std::string outer = slash == std::string::npos ? source : source.substr(0, slash);
        const ZipEntry* e = slash == std::string::npos ? nullptr : zip.find(outer);
        if (!e)
            throw ReadError("the archive has no member \"" + source + "\"");
        const std::string inner = source.substr(slash + 1);
        std::unique_ptr<QIODevice> dev;
        QByteArray inflated;
        if (e->stored) {
            dev = std::make_unique<SubRangeDevice>(
                QString::fromStdString(path), static_cast<qint64>(zip.dataOffset(outer)), static_cast<qint64>(e->size));
        } else {
            const std::string all = zip.read(outer, limits.maxStringBytes);
            inflated = QByteArray(all.data(), static_cast<qsizetype>(all.size()));
            dev = std::make_unique<QBuffer>(&inflated);
        }
        ZipArchive npz(dev.get(), "member " + outer, limits);
        if (!npz.find(inner))
            throw ReadError("member " + outer + " has no array \"" + inner + "\"");
        bytes = npz.readPrefix(inner, offset + n);
    }
    if (bytes.size() < offset)
        throw ReadError("member " + source + " ends before its data");
    return bytes.substr(offset);
}

std::string readFileRange(const QString& path, std::uint64_t offset, std::uint64_t n)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ReadError("cannot open " + path.toStdString() + ": " + f.errorString().toStdString());
    if (!f.seek(static_cast<qint64>(offset)))
        throw ReadError("cannot seek to the array data", offset);
    std::string out(n, '\0');
    const qint64 got = f.read(out.data(), static_cast<qint64>(n));
    out.resize(got < 0 ? 0 : static_cast<std::size_t>(got));
    return out;
}

// A range of a decompressed joblib stream: decompress and discard up to the
// offset (in bounded steps, checking cancel), then read the wanted bytes.
std::string readStreamRange(const std::string& path, std::uint64_t offset, std::uint64_t n, const Limits& limits,
                            const std::atomic<bool>* cancel)
{
    std::string container;
    auto src = openModelStream(path, limits, container);
    std::uint64_t left = offset;
    while (left > 0) {
        if (cancel && cancel->load())
            throw Cancelled();
        const std::uint64_t done = src->skip(std::min<std::uint64_t>(left, 1u << 22));
        if (done == 0)
            throw ReadError("the stream ends before the array data", offset);
        left -= done;
    }
    std::string out(n, '\0');
    std::size_t got = 0;
    while (got < n) {
        const std::size_t r = src->read(out.data() + got, n - got);
        if (r == 0)
            break;
        got += r;
    }
    out.resize(got);
    return out;
}

} // namespace

SimpleDType parseSimpleDType(const std::string& descr)
{
    SimpleDType dt;
    if (descr.size() < 3)
        return {};
    const char order = descr[0];
    if (order != '<' && order != '>' && order != '|' && order != '=')
        return {};
    dt.order = order == '>' ? '>' : '<';
    dt.kind = descr[1];
    int size = 0;
    for (std::size_t i = 2; i < descr.size(); ++i) {
        if (descr[i] < '0' || descr[i] > '9' || size > 100000)
            return {};
        size = size * 10 + (descr[i] - '0');
    }
    switch (dt.kind) {
    case 'b':
        if (size != 1)
            return {};
        break;
    case 'i':
    case 'u':
        if (size != 1 && size != 2 && size != 4 && size != 8)
            return {};
        break;
    case 'f':
        if (size != 2 && size != 4 && size != 8)
            return {};
        break;
    case 'c':
        if (size != 8 && size != 16)
            return {};
        break;
    case 'S':
        if (size < 1)
            return {};
        break;
    case 'U':
        if (size < 1)
            return {};
        size *= 4;
        break; // <U10 is 10 UCS4 characters
    default: return {};
    }
    dt.size = size;
    return dt;
}

void decodeElements(const SimpleDType& dt, const char* p, std::int64_t count, ArrayPreview& out)
{
    const bool be = dt.order == '>';
    const int s = dt.size;
    if (dt.isText()) {
        out.text.reserve(out.text.size() + static_cast<std::size_t>(count));
        for (std::int64_t i = 0; i < count; ++i, p += s) {
            if (dt.kind == 'U') {
                out.text.push_back(decodeUcs4(p, s, be));
            } else {
                const char* end = static_cast<const char*>(std::memchr(p, 0, static_cast<std::size_t>(s)));
                out.text.emplace_back(p, end ? end : p + s);
            }
        }
        return;
    }
    out.values.reserve(out.values.size() + static_cast<std::size_t>(count) * (dt.kind == 'c' ? 2 : 1));
    for (std::int64_t i = 0; i < count; ++i, p += s) {
        switch (dt.kind) {
        case 'b': out.values.push_back(*p ? 1.0 : 0.0); break;
        case 'i':
            switch (s) {
            case 1: out.values.push_back(static_cast<std::int8_t>(*p)); break;
            case 2: out.values.push_back(loadElement<std::int16_t>(p, be)); break;
            case 4: out.values.push_back(loadElement<std::int32_t>(p, be)); break;
            default: out.values.push_back(static_cast<double>(loadElement<std::int64_t>(p, be))); break;
            }
            break;
        case 'u':
            switch (s) {
            case 1: out.values.push_back(static_cast<std::uint8_t>(*p)); break;
            case 2: out.values.push_back(loadElement<std::uint16_t>(p, be)); break;
            case 4: out.values.push_back(loadElement<std::uint32_t>(p, be)); break;
            default: out.values.push_back(static_cast<double>(loadElement<std::uint64_t>(p, be))); break;
            }
            break;
        case 'f':
            switch (s) {
            case 2: out.values.push_back(halfToDouble(loadElement<std::uint16_t>(p, be))); break;
            case 4: out.values.push_back(loadElement<float>(p, be)); break;
            default: out.values.push_back(loadElement<double>(p, be)); break;
            }
            break;
        case 'c':
            if (s == 8) {
                out.values.push_back(loadElement<float>(p, be));
                out.values.push_back(loadElement<float>(p + 4, be));
            } else {
                out.values.push_back(loadElement<double>(p, be));
                out.values.push_back(loadElement<double>(p + 8, be));
            }
            break;
        default: break;
        }
    }
}

ArrayStats computeStats(const ArrayPreview& p)
{
    ArrayStats st;
    if (p.dtype.isText())
        return st;
    // Welford: one pass, stable for large counts.
    double mean = 0, m2 = 0;
    bool first = true;
    for (std::int64_t i = 0; i < p.count; ++i) {
        const double v = p.complex() ? std::hypot(p.values[2 * i], p.values[2 * i + 1]) : p.values[i];
        if (std::isnan(v)) {
            ++st.nanCount;
            continue;
        }
        if (first) {
            st.min = st.max = v;
            first = false;
        }
        st.min = std::min(st.min, v);
        st.max = std::max(st.max, v);
        ++st.count;
        const double d = v - mean;
        mean += d / static_cast<double>(st.count);
        m2 += d * (v - mean);
    }
    st.mean = mean;
    st.std = st.count > 0 ? std::sqrt(m2 / static_cast<double>(st.count)) : 0; // numpy's default ddof=0
    return st;
}

ArrayPreview readArrayPreview(const std::string& documentPath, const ArrayInfo& info, std::int64_t maxElements,
                              const Limits& limits, const std::atomic<bool>* cancel)
{
    ArrayPreview p;
    p.dtype = parseSimpleDType(info.descr);
    if (!p.dtype.valid())
        previewUnavailable("dtype " + (info.descr.empty() ? std::string("(unknown)") : info.descr.str())
                           + " is not a simple numeric or string type");
    p.fortranOrder = info.fortranOrder;
    p.total = info.elementCount();
    if (p.total < 0)
        previewUnavailable("the shape is unknown");
    p.count = std::min<std::int64_t>(p.total, std::max<std::int64_t>(maxElements, 0));
    const std::uint64_t want = static_cast<std::uint64_t>(p.count) * static_cast<std::uint64_t>(p.dtype.size);
    if (info.length && want > info.length)
        throw ReadError("the array is declared larger than its data (" + std::to_string(info.length) + " bytes)");
    if (want > limits.maxStringBytes)
        throw ReadError("the preview would need more than the memory limit allows");
    if (cancel && cancel->load())
        throw Cancelled();

    std::string bytes;
    switch (info.where) {
    case Where::Absent: previewUnavailable("the data is not stored in this file");
    case Where::Children: previewUnavailable("object arrays are shown as their elements in the tree");
    case Where::ZipMember: bytes = readZipMember(documentPath, info.source, info.offset, want, limits); break;
    case Where::FileRange: bytes = readFileRange(QString::fromStdString(documentPath), info.offset, want); break;
    case Where::External: {
        QString companion = QString::fromStdString(info.source);
        if (QFileInfo(companion).isRelative())
            companion = QFileInfo(QString::fromStdString(documentPath)).dir().filePath(companion);
        bytes = readFileRange(companion, info.offset, want);
        break;
    }
    case Where::StreamRange: bytes = readStreamRange(documentPath, info.offset, want, limits, cancel); break;
    }
    if (bytes.size() < want)
        throw ReadError("the data ends after " + std::to_string(bytes.size()) + " of " + std::to_string(want)
                        + " bytes");
    decodeElements(p.dtype, bytes.data(), p.count, p);
    p.stats = computeStats(p);
    return p;
}

std::string describeLocation(const ArrayInfo& a)
{
    const std::string range = std::to_string(a.length) + " bytes at offset " + std::to_string(a.offset);
    switch (a.where) {
    case Where::Absent: return "not stored in this file";
    case Where::ZipMember:
        return "zip member " + a.source + ", " + range + (a.compressed ? " (deflated)" : " (stored)");
    case Where::FileRange: return range + " of the file itself";
    case Where::StreamRange: return range + " of the decompressed stream";
    case Where::External: return "companion file " + a.source + ", " + range;
    case Where::Children: return "object array: elements are the node's children";
    }
    return {};
}

} // namespace skopos
