#include "sandbox/TreeImage.h"

#include "tree/Error.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace skopos {

static_assert(
    std::is_trivially_copyable_v<Node> && std::is_trivially_copyable_v<Edge> && std::is_trivially_copyable_v<CallSite>);

namespace {
constexpr std::size_t kBuffer = 1 << 16;

// Fresh memory the handover fills at once, asked for as huge pages and
// faulted in with one call. The window reads the image in a worker thread,
// whose malloc arena glibc does not back with huge pages (only the main
// heap and big mappings), and on a virtual machine a 4 KiB page fault costs
// microseconds: at 800,000 terms the faults were most of the handover
// (bench/handover_phases). Advice only: any failure leaves ordinary faults.
void prefault(const void* p, std::size_t n)
{
    constexpr std::uintptr_t kHuge = 2u << 20;
    if (n < kHuge)
        return;
    static const bool huge = [] {
        const char* e = std::getenv("SKOPOS_HUGEPAGES");
        return !(e && std::strcmp(e, "0") == 0);
    }();
    static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto at = reinterpret_cast<std::uintptr_t>(p), end = at + n;
    if (huge) {
        const std::uintptr_t from = (at + kHuge - 1) & ~(kHuge - 1), to = end & ~(kHuge - 1);
        if (to > from)
            ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
    }
#ifdef MADV_POPULATE_WRITE
    // Every page of [at, end) is the caller's allocation, so populating it
    // (the pages are made present, their bytes unchanged) touches nothing else.
    const std::uintptr_t from = at & ~(page - 1), to = (end + page - 1) & ~(page - 1);
    ::madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
#endif
}

// Blocks start 8-byte aligned in the image, so the reader copies them
// straight into a vector (no zero-filled resize first).
template <class T>
void putVector(ImageWriter& w, const std::vector<T>& v)
{
    w.u64(v.size());
    w.align8();
    w.put(v.data(), v.size() * sizeof(T));
}

template <class T>
void takeVector(ImageReader& r, std::vector<T>& v, std::uint64_t max)
{
    const std::uint64_t n = r.u64();
    if (n > max)
        throw ReadError("reader image: a block is larger than the image");
    r.align8();
    const char* bytes = r.take(n * sizeof(T)); // checked before allocating
    static_assert(alignof(T) <= 8);
    const T* first = reinterpret_cast<const T*>(bytes);
    std::vector<T> fresh;
    fresh.reserve(n);
    prefault(fresh.data(), n * sizeof(T));
    fresh.assign(first, first + n);
    v.swap(fresh);
}

[[noreturn]] void bad(const char* what) { throw ReadError(std::string("reader image: ") + what); }
} // namespace

ImageWriter::~ImageWriter() = default;

void ImageWriter::raw(const void* data, std::size_t n)
{
    const char* p = static_cast<const char*>(data);
    while (n) {
        const ssize_t k = ::pwrite(fd_, p, n, static_cast<off_t>(offset_));
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            throw std::runtime_error(std::string("cannot write the reader image: ") + std::strerror(errno));
        p += k;
        n -= static_cast<std::size_t>(k);
        offset_ += static_cast<std::uint64_t>(k);
    }
}

void ImageWriter::put(const void* data, std::size_t n)
{
    if (buffer_.size() + n <= kBuffer) {
        buffer_.append(static_cast<const char*>(data), n);
        return;
    }
    flush();
    if (n < kBuffer)
        buffer_.append(static_cast<const char*>(data), n);
    else
        raw(data, n); // big blocks go straight to the file
}

void ImageWriter::text(std::string_view s)
{
    u64(s.size());
    put(s.data(), s.size());
}

void ImageWriter::flush()
{
    if (buffer_.empty())
        return;
    std::string b;
    b.swap(buffer_);
    raw(b.data(), b.size());
    b.clear();
    buffer_.swap(b);
}

void ImageWriter::align8()
{
    static const char zeros[8] = {};
    if (const std::uint64_t rest = offset() % 8)
        put(zeros, 8 - rest);
}

void ImageReader::align8()
{
    const auto rest = reinterpret_cast<std::uintptr_t>(p_) % 8;
    if (rest)
        take(8 - rest);
}

const char* ImageReader::take(std::size_t n)
{
    if (n > static_cast<std::size_t>(end_ - p_))
        bad("truncated");
    const char* at = p_;
    p_ += n;
    return at;
}

std::uint32_t ImageReader::u32()
{
    std::uint32_t v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
}

std::uint64_t ImageReader::u64()
{
    std::uint64_t v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
}

std::string_view ImageReader::text()
{
    const std::uint64_t n = u64();
    if (n > static_cast<std::uint64_t>(end_ - p_))
        bad("truncated text");
    return {take(n), n};
}

void TreeImage::writeTree(ImageWriter& w, const ObjectTree& t)
{
    w.u32(t.root);
    putVector(w, t.nodes_);
    putVector(w, t.edges_);
    putVector(w, t.rawOffsets_);
    putVector(w, t.calls_);
    for (StrId b : t.builtins_)
        w.u32(b);
    // Strings: their lengths, then all their bytes as one block.
    w.u64(t.strings_.size());
    std::uint64_t total = 0;
    for (const auto& s : t.strings_) {
        w.u32(s.second);
        total += s.second;
    }
    w.u64(total);
    for (const auto& s : t.strings_)
        w.put(s.first, s.second);
    // Interned ids: those of the map, and those handed over that the map
    // has not taken in yet (the tree was itself read from an image).
    std::vector<StrId> interned(t.internLater_);
    interned.reserve(t.interned_.size() + t.internLater_.size());
    for (const auto& kv : t.interned_)
        interned.push_back(kv.second);
    putVector(w, interned);
    const std::vector<std::pair<NodeId, StrId>> scalars = t.scalarText_.items();
    putVector(w, scalars);
    w.u64(t.arrays_.size());
    for (const ArrayInfo& a : t.arrays_) {
        // Small fields packed in one word; texts and dimensions with 32-bit counts.
        w.u32(static_cast<std::uint32_t>(a.fortranOrder) | static_cast<std::uint32_t>(a.where) << 8
              | static_cast<std::uint32_t>(a.compressed) << 16 | static_cast<std::uint32_t>(a.pickled) << 24);
        w.u32(static_cast<std::uint32_t>(a.shape.size()));
        for (const std::int64_t d : a.shape)
            w.u64(static_cast<std::uint64_t>(d));
        w.u64(static_cast<std::uint64_t>(a.itemsize));
        w.u64(a.offset);
        w.u64(a.length);
        w.u32(static_cast<std::uint32_t>(a.descr.size()));
        w.put(a.descr.data(), a.descr.size());
        w.u32(static_cast<std::uint32_t>(a.source.size()));
        w.put(a.source.data(), a.source.size());
    }
}

void TreeImage::readTree(ImageReader& r, ObjectTree& t)
{
    constexpr std::uint64_t kMax = UINT32_MAX; // ids are 32-bit
    t.root = r.u32();
    takeVector(r, t.nodes_, kMax);
    takeVector(r, t.edges_, kMax);
    takeVector(r, t.rawOffsets_, kMax);
    takeVector(r, t.calls_, kMax);
    for (StrId& b : t.builtins_)
        b = r.u32();
    const std::uint64_t count = r.u64();
    if (count > kMax)
        bad("too many strings");
    const char* lengths = r.take(count * sizeof(std::uint32_t));
    const std::uint64_t total = r.u64();
    const char* bytes = r.take(total);
    // One chunk holds every string; later addString calls start a new one.
    auto chunk = std::make_unique_for_overwrite<char[]>(total ? total : 1);
    prefault(chunk.get(), total);
    std::memcpy(chunk.get(), bytes, total);
    std::vector<std::pair<const char*, std::uint32_t>> strings;
    strings.reserve(count);
    prefault(strings.data(), count * sizeof strings[0]);
    std::uint64_t at = 0;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::uint32_t n;
        std::memcpy(&n, lengths + i * sizeof n, sizeof n);
        if (n > total - at)
            bad("string lengths exceed the string block");
        strings.emplace_back(chunk.get() + at, n);
        at += n;
    }
    t.strings_.swap(strings);
    t.chunks_.clear();
    t.chunks_.push_back(std::move(chunk));
    t.chunkUsed_ = t.chunkCap_ = total;
    t.chunkBytes_ = total;
    // The interned ids are kept as a list: the map of their texts is built
    // by the first intern() (the window never interns; a million dict keys
    // took a hash map insert each here).
    takeVector(r, t.internLater_, count);
    t.interned_.clear();
    for (StrId id : t.internLater_)
        if (id >= count)
            bad("interned string out of range");
    std::vector<std::pair<NodeId, StrId>> scalars;
    takeVector(r, scalars, t.nodes_.size());
    t.scalarText_.clear();
    t.scalarText_.reserve(scalars.size());
    for (const auto& [n, s] : scalars) {
        if (n >= t.nodes_.size() || s >= count)
            bad("scalar text out of range");
        t.scalarText_.emplace(n, s);
    }
    const std::uint64_t arrays = r.u64();
    if (arrays > t.nodes_.size())
        bad("more arrays than nodes");
    t.arrays_.resize(arrays);
    const auto text = [&r]() {
        const std::uint32_t n = r.u32();
        return std::string_view(r.take(n), n);
    };
    for (ArrayInfo& a : t.arrays_) {
        const std::uint32_t small = r.u32();
        const std::uint32_t where = (small >> 8) & 0xff, pickled = small >> 24;
        if (where > static_cast<std::uint32_t>(Where::Children)
            || pickled > static_cast<std::uint32_t>(Where::Children))
            bad("array location out of range");
        a.fortranOrder = (small & 0xff) != 0;
        a.where = static_cast<Where>(where);
        a.compressed = ((small >> 16) & 0xff) != 0;
        a.pickled = static_cast<Where>(pickled);
        const std::uint32_t dims = r.u32();
        if (dims > 64)
            bad("too many array dimensions");
        for (std::uint32_t i = 0; i < dims; ++i)
            a.shape.push_back(static_cast<std::int64_t>(r.u64()));
        a.itemsize = static_cast<std::int64_t>(r.u64());
        a.offset = r.u64();
        a.length = r.u64();
        t.arrayTexts_.set(a.descr, text());
        t.arrayTexts_.set(a.source, text());
    }
    check(t);
}

// Every index the tree's readers follow without checking is checked here,
// and every child list is a chain that ends (each edge in one list once).
void TreeImage::check(const ObjectTree& t)
{
    const std::size_t nodes = t.nodes_.size(), edges = t.edges_.size(), strings = t.strings_.size();
    const auto strOk = [&](StrId s) { return s == kNoStr || s < strings; };
    const auto nodeOk = [&](NodeId n) { return n == kNoNode || n < nodes; };
    if (!nodeOk(t.root))
        bad("root out of range");
    for (StrId b : t.builtins_)
        if (!strOk(b))
            bad("builtin name out of range");
    std::vector<bool> seen(edges);
    for (const Node& n : t.nodes_) {
        if (!strOk(n.type) || static_cast<unsigned>(n.kind) > static_cast<unsigned>(Kind::Opaque))
            bad("node out of range");
        if ((n.flags & FlagStrValue) && n.value.u >= strings)
            bad("node string out of range");
        if ((n.flags & FlagArrayValue) && n.value.u >= t.arrays_.size())
            bad("node array out of range");
        std::uint32_t count = 0, last = ObjectTree::kEnd;
        for (std::uint32_t e = n.firstEdge; e != ObjectTree::kEnd; e = t.edges_[e].next) {
            if (e >= edges || seen[e])
                bad("broken child list");
            seen[e] = true;
            const Edge& edge = t.edges_[e];
            if (!strOk(edge.label) || edge.child >= nodes)
                bad("child out of range");
            last = e;
            ++count;
        }
        if (count != n.childCount || (count && n.lastEdge != last))
            bad("child count does not match");
    }
    for (const CallSite& c : t.calls_)
        if (!nodeOk(c.callable) || !nodeOk(c.args) || !nodeOk(c.result))
            bad("call out of range");
}

void TreeImage::write(ImageWriter& w, const Document& doc)
{
    w.text(doc.path);
    w.text(doc.format);
    w.u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(doc.protocol)));
    w.text(doc.producer);
    w.text(doc.skopsAuditFailure);
    for (const auto* list : {&doc.notes, &doc.globals}) {
        w.u64(list->size());
        for (const std::string& s : *list)
            w.text(s);
    }
    writeTree(w, doc.tree);
    w.flush();
}

Document TreeImage::read(ImageReader& r)
{
    Document doc;
    doc.path = r.text();
    doc.format = r.text();
    doc.protocol = static_cast<int>(static_cast<std::int64_t>(r.u64()));
    doc.producer = r.text();
    doc.skopsAuditFailure = r.text();
    for (auto* list : {&doc.notes, &doc.globals}) {
        const std::uint64_t n = r.u64();
        for (std::uint64_t i = 0; i < n; ++i)
            list->emplace_back(r.text());
    }
    readTree(r, doc.tree);
    return doc;
}

} // namespace skopos
