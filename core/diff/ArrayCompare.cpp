#include "diff/ArrayCompare.h"

#include "io/ArrayReader.h"
#include "io/ElementBytes.h"
#include "tree/Error.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstring>
#include <limits>
#include <type_traits>

namespace skopos {

namespace {

// Each side's window: two of them stay far below the 64 MB the diff may use.
constexpr std::size_t kWindow = 16u << 20;

// Running figures of one array pair.
struct Tally {
    std::uint64_t differing = 0;
    bool any = false;
    double maxAbs = 0;
    bool nan = false;
    void diff(double d)
    {
        ++differing;
        if (std::isnan(d))
            nan = true;
        else if (!any || d > maxAbs)
            maxAbs = d;
        any = true;
    }
};

// Floats: equal when ==, or both NaN; the difference in the dtype (T).
template <typename T>
void compareFloats(const char* a, const char* b, std::size_t n, bool bigA, bool bigB, Tally& t)
{
    for (std::size_t i = 0; i < n; ++i) {
        const T x = loadElement<T>(a + i * sizeof(T), bigA), y = loadElement<T>(b + i * sizeof(T), bigB);
        if (x == y || (std::isnan(x) && std::isnan(y)))
            continue;
        const T d = x - y;
        t.diff(static_cast<double>(d < 0 ? -d : d));
    }
}

void compareHalves(const char* a, const char* b, std::size_t n, bool bigA, bool bigB, Tally& t)
{
    for (std::size_t i = 0; i < n; ++i) {
        const float x = static_cast<float>(halfToDouble(loadElement<std::uint16_t>(a + i * 2, bigA)));
        const float y = static_cast<float>(halfToDouble(loadElement<std::uint16_t>(b + i * 2, bigB)));
        if (x == y || (std::isnan(x) && std::isnan(y)))
            continue;
        t.diff(std::fabs(static_cast<double>(x) - static_cast<double>(y)));
    }
}

template <typename T>
void compareComplex(const char* a, const char* b, std::size_t n, bool bigA, bool bigB, Tally& t)
{
    for (std::size_t i = 0; i < n; ++i) {
        const char* pa = a + i * 2 * sizeof(T);
        const char* pb = b + i * 2 * sizeof(T);
        const std::complex<T> x(loadElement<T>(pa, bigA), loadElement<T>(pa + sizeof(T), bigA));
        const std::complex<T> y(loadElement<T>(pb, bigB), loadElement<T>(pb + sizeof(T), bigB));
        const bool nanX = std::isnan(x.real()) || std::isnan(x.imag());
        const bool nanY = std::isnan(y.real()) || std::isnan(y.imag());
        if (x == y || (nanX && nanY))
            continue;
        t.diff(static_cast<double>(std::abs(x - y)));
    }
}

// Integers: numpy's a - b and abs() wrap around in the dtype.
template <typename T>
void compareInts(const char* a, const char* b, std::size_t n, bool bigA, bool bigB, Tally& t)
{
    using U = std::make_unsigned_t<T>;
    for (std::size_t i = 0; i < n; ++i) {
        const T x = loadElement<T>(a + i * sizeof(T), bigA), y = loadElement<T>(b + i * sizeof(T), bigB);
        if (x == y)
            continue;
        const T d = static_cast<T>(static_cast<U>(static_cast<U>(x) - static_cast<U>(y)));
        T m = d;
        if constexpr (std::is_signed_v<T>)
            m = d < 0 ? static_cast<T>(static_cast<U>(U{0} - static_cast<U>(d))) : d;
        t.diff(static_cast<double>(m));
    }
}

// Anything else: element bytes (bool, strings, structured records).
void compareBytes(const char* a, const char* b, std::size_t n, std::size_t itemsize, Tally& t)
{
    for (std::size_t i = 0; i < n; ++i)
        if (std::memcmp(a + i * itemsize, b + i * itemsize, itemsize) != 0)
            ++t.differing;
}

std::int64_t itemsizeOf(const ArrayInfo& info)
{
    if (info.itemsize > 0)
        return info.itemsize;
    const std::int64_t n = info.elementCount();
    return n > 0 ? static_cast<std::int64_t>(info.length / static_cast<std::uint64_t>(n)) : 0;
}

// One window of one side into `buf`, from the tree's bytes or the file's.
void read(PayloadReader& reader, const ArrayInfo& info, std::string_view inlineBytes, std::uint64_t off, std::size_t n,
          std::vector<char>& buf)
{
    if (!inlineBytes.empty()) {
        std::memcpy(buf.data(), inlineBytes.data() + off, n);
        return;
    }
    std::size_t fill = 0;
    reader.copyRange(info, off, n, [&](const char* d, std::size_t k) {
        if (k > n - fill)
            throw ReadError("the array's data runs past its length");
        std::memcpy(buf.data() + fill, d, k);
        fill += k;
    });
    if (fill != n)
        throw ReadError("the array's data ends early");
}

} // namespace

ArrayComparer::ArrayComparer(const Document& a, const Document& b, const std::atomic<bool>* cancel)
    : readA_(a, Limits::defaults(), cancel), readB_(b, Limits::defaults(), cancel)
{
}

std::string ArrayComparer::dtypeName(const std::string& descr)
{
    const SimpleDType dt = parseSimpleDType(descr);
    if (!dt.valid() || dt.isText() || (descr[0] == '>' && dt.size > 1))
        return descr;
    switch (dt.kind) {
    case 'b': return "bool";
    case 'i': return "int" + std::to_string(dt.size * 8);
    case 'u': return "uint" + std::to_string(dt.size * 8);
    case 'f': return "float" + std::to_string(dt.size * 8);
    case 'c': return "complex" + std::to_string(dt.size * 8);
    default: return descr;
    }
}

void ArrayComparer::compare(const ArrayInfo& a, std::string_view inlineA, const ArrayInfo& b, std::string_view inlineB,
                            ArrayDelta& delta, const std::function<void(std::uint64_t)>& progress)
{
    const std::int64_t count = a.elementCount();
    const std::int64_t itemsize = itemsizeOf(a);
    delta.elements = count > 0 ? static_cast<std::uint64_t>(count) : 0;
    if (count <= 0 || itemsize <= 0)
        return;
    const std::uint64_t bytes = static_cast<std::uint64_t>(count) * static_cast<std::uint64_t>(itemsize);
    const bool inA = a.where == Where::Absent && inlineA.size() == bytes;
    const bool inB = b.where == Where::Absent && inlineB.size() == bytes;
    if ((!inA && a.length < bytes) || (!inB && b.length < bytes))
        throw ReadError("an array's data is shorter than its shape says (" + std::to_string(bytes)
                        + " bytes expected)");
    const SimpleDType dt = parseSimpleDType(a.descr);
    const bool bigA = dt.order == '>';
    const bool bigB = parseSimpleDType(b.descr).order == '>';
    const std::size_t perWindow = std::max<std::size_t>(1, kWindow / static_cast<std::size_t>(itemsize));
    const std::size_t windowBytes = perWindow * static_cast<std::size_t>(itemsize);
    const std::size_t need = static_cast<std::size_t>(std::min<std::uint64_t>(windowBytes, bytes));
    if (bufA_.size() < need) {
        bufA_.resize(need);
        bufB_.resize(need);
    }
    Tally t;
    for (std::uint64_t off = 0; off < bytes; off += windowBytes) {
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(windowBytes, bytes - off));
        read(readA_, a, inA ? inlineA : std::string_view{}, off, n, bufA_);
        read(readB_, b, inB ? inlineB : std::string_view{}, off, n, bufB_);
        if (progress)
            progress(n);
        // Equal bytes are equal values (NaN payloads included): the common case costs a memcmp.
        if (std::memcmp(bufA_.data(), bufB_.data(), n) == 0)
            continue;
        const char* pa = bufA_.data();
        const char* pb = bufB_.data();
        const std::size_t elems = n / static_cast<std::size_t>(itemsize);
        switch (dt.valid() ? dt.kind : 0) {
        case 'f':
            if (dt.size == 8)
                compareFloats<double>(pa, pb, elems, bigA, bigB, t);
            else if (dt.size == 4)
                compareFloats<float>(pa, pb, elems, bigA, bigB, t);
            else
                compareHalves(pa, pb, elems, bigA, bigB, t);
            break;
        case 'c':
            if (dt.size == 16)
                compareComplex<double>(pa, pb, elems, bigA, bigB, t);
            else
                compareComplex<float>(pa, pb, elems, bigA, bigB, t);
            break;
        case 'i':
            switch (dt.size) {
            case 1: compareInts<std::int8_t>(pa, pb, elems, bigA, bigB, t); break;
            case 2: compareInts<std::int16_t>(pa, pb, elems, bigA, bigB, t); break;
            case 4: compareInts<std::int32_t>(pa, pb, elems, bigA, bigB, t); break;
            default: compareInts<std::int64_t>(pa, pb, elems, bigA, bigB, t); break;
            }
            break;
        case 'u':
            switch (dt.size) {
            case 1: compareInts<std::uint8_t>(pa, pb, elems, bigA, bigB, t); break;
            case 2: compareInts<std::uint16_t>(pa, pb, elems, bigA, bigB, t); break;
            case 4: compareInts<std::uint32_t>(pa, pb, elems, bigA, bigB, t); break;
            default: compareInts<std::uint64_t>(pa, pb, elems, bigA, bigB, t); break;
            }
            break;
        default: compareBytes(pa, pb, elems, static_cast<std::size_t>(itemsize), t); break;
        }
    }
    delta.differing = t.differing;
    if (t.any)
        delta.maxAbsDiff = t.nan ? std::numeric_limits<double>::quiet_NaN() : t.maxAbs;
}

} // namespace skopos
