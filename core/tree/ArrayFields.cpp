#include "tree/ArrayFields.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <limits>
#include <new>
#include <ostream>
#include <stdexcept>

namespace skopos {

// --- ArrayText -----------------------------------------------------------

void ArrayText::setInline(std::string_view s)
{
    std::memset(raw_, 0, sizeof raw_);
    raw_[0] = static_cast<char>((s.size() << 1) | 1);
    std::memcpy(raw_ + 1, s.data(), s.size());
}

void ArrayText::setBlock(const char* block, bool borrowed)
{
    const std::uintptr_t w = reinterpret_cast<std::uintptr_t>(block) | (borrowed ? kBorrowed : 0);
    std::memcpy(raw_, &w, sizeof w);
}

void ArrayText::assign(std::string_view s)
{
    if (s.size() <= kInline) {
        setInline(s);
        return;
    }
    if (s.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("array text too long");
    // operator new aligns to at least 8, leaving the pointer's low bits free.
    char* b = static_cast<char*>(::operator new(kHeader + s.size() + 1));
    const auto n = static_cast<std::uint32_t>(s.size());
    std::memcpy(b, &n, sizeof n);
    std::memcpy(b + kHeader, s.data(), s.size());
    b[kHeader + s.size()] = '\0';
    setBlock(b, false);
}

ArrayText& ArrayText::assignNew(std::string_view s)
{
    const std::less_equal<const char*> le; // total order, even for unrelated pointers
    if (le(data(), s.data()) && le(s.data(), data() + size())) {
        // s points into this text, which release() clears or frees.
        const std::string copy(s);
        release();
        assign(copy);
        return *this;
    }
    release();
    assign(s);
    return *this;
}

void ArrayText::release()
{
    if (!isInline() && !isBorrowed())
        ::operator delete(const_cast<char*>(block()));
    setInline({});
}

ArrayText::ArrayText(ArrayText&& o) noexcept
{
    if (o.isInline() || !o.isBorrowed()) {
        std::memcpy(raw_, o.raw_, sizeof raw_);
        o.setInline({});
    } else {
        assign(o.view()); // kept by an arena: own a copy
    }
}

ArrayText& ArrayText::operator=(const ArrayText& o)
{
    if (this != &o)
        assignNew(o.view());
    return *this;
}

ArrayText& ArrayText::operator=(ArrayText&& o) noexcept
{
    if (this == &o)
        return *this;
    if (o.isInline() || !o.isBorrowed()) {
        release();
        std::memcpy(raw_, o.raw_, sizeof raw_);
        o.setInline({});
    } else {
        assignNew(o.view());
    }
    return *this;
}

std::ostream& operator<<(std::ostream& out, const ArrayText& t) { return out << t.view(); }

// --- ArrayTextArena --------------------------------------------------------

char* ArrayTextArena::allocate(std::size_t n)
{
    constexpr std::size_t kChunk = 1 << 20;
    used_ = (used_ + 3) & ~std::size_t(3); // blocks are 4-aligned: see ArrayText
    if (chunks_.empty() || used_ + n > cap_) {
        // Small at first (most trees hold few arrays), growing to 1 MB.
        const std::size_t cap = std::max({std::size_t(256), std::min(kChunk, cap_ * 2), n});
        chunks_.push_back(std::make_unique_for_overwrite<char[]>(cap));
        used_ = 0;
        cap_ = cap;
        bytes_ += cap;
    }
    char* at = chunks_.back().get() + used_;
    used_ += n;
    return at;
}

void ArrayTextArena::set(ArrayText& t, std::string_view s)
{
    if (s.size() <= ArrayText::kInline || s.size() > std::numeric_limits<std::uint32_t>::max()) {
        t = s;
        return;
    }
    char* b = allocate(ArrayText::kHeader + s.size() + 1);
    const auto n = static_cast<std::uint32_t>(s.size());
    std::memcpy(b, &n, sizeof n);
    std::memcpy(b + ArrayText::kHeader, s.data(), s.size());
    b[ArrayText::kHeader + s.size()] = '\0';
    t.release();
    t.setBlock(b, true);
}

void ArrayTextArena::keep(ArrayText& t)
{
    if (t.isInline() || t.isBorrowed())
        return;
    char* b = allocate(ArrayText::kHeader + t.size() + 1);
    std::memcpy(b, t.block(), ArrayText::kHeader + t.size() + 1);
    t.release();
    t.setBlock(b, true);
}

// --- ArrayShape --------------------------------------------------------------

namespace {
constexpr std::int64_t kOneLimit = std::int64_t(1) << 61;
constexpr std::int64_t kTwoLimit = std::int64_t(1) << 31;
constexpr std::uint64_t kTwoMask = (std::uint64_t(1) << 31) - 1;
} // namespace

void ArrayShape::assign(const std::int64_t* dims, std::size_t n, std::size_t room)
{
    if (n == 0) {
        word_ = 0;
    } else if (n == 1 && dims[0] >= -kOneLimit && dims[0] < kOneLimit) {
        word_ = (static_cast<std::uint64_t>(dims[0]) << 2) | 1;
    } else if (n == 2 && dims[0] >= 0 && dims[0] < kTwoLimit && dims[1] >= 0 && dims[1] < kTwoLimit) {
        word_ = (static_cast<std::uint64_t>(dims[0]) << 2) | (static_cast<std::uint64_t>(dims[1]) << 33) | 2;
    } else {
        const std::size_t cap = std::max<std::size_t>({n, room, 4});
        if (cap > std::numeric_limits<std::uint32_t>::max())
            throw std::length_error("array shape too long");
        auto* b = static_cast<Block*>(::operator new(offsetof(Block, dims) + cap * sizeof(std::int64_t)));
        b->size = static_cast<std::uint32_t>(n);
        b->capacity = static_cast<std::uint32_t>(cap);
        std::memcpy(b->dims, dims, n * sizeof(std::int64_t));
        word_ = reinterpret_cast<std::uint64_t>(b);
    }
}

void ArrayShape::release()
{
    if (isBlock())
        ::operator delete(block());
    word_ = 0;
}

ArrayShape::ArrayShape(const ArrayShape& o)
{
    if (o.isBlock())
        assign(o.block()->dims, o.block()->size);
    else
        word_ = o.word_;
}

ArrayShape& ArrayShape::operator=(const ArrayShape& o)
{
    if (this != &o) {
        ArrayShape copy(o);
        *this = std::move(copy);
    }
    return *this;
}

ArrayShape& ArrayShape::operator=(ArrayShape&& o) noexcept
{
    if (this != &o) {
        release();
        word_ = o.word_;
        o.word_ = 0;
    }
    return *this;
}

ArrayShape& ArrayShape::operator=(std::initializer_list<std::int64_t> dims)
{
    release();
    assign(dims.begin(), dims.size());
    return *this;
}

ArrayShape& ArrayShape::operator=(const std::vector<std::int64_t>& dims)
{
    release();
    assign(dims.data(), dims.size());
    return *this;
}

std::size_t ArrayShape::size() const
{
    if (word_ == 0)
        return 0;
    switch (word_ & 3) {
    case 1: return 1;
    case 2: return 2;
    default: return block()->size;
    }
}

std::int64_t ArrayShape::operator[](std::size_t i) const
{
    switch (word_ & 3) {
    case 1: return static_cast<std::int64_t>(word_) >> 2;
    case 2: return static_cast<std::int64_t>((word_ >> (i ? 33 : 2)) & kTwoMask);
    default: return block()->dims[i];
    }
}

void ArrayShape::push_back(std::int64_t d)
{
    if (isBlock() && block()->size < block()->capacity) {
        block()->dims[block()->size++] = d;
        return;
    }
    std::vector<std::int64_t> dims = vec();
    dims.push_back(d);
    release();
    // A block doubles: a shape read one dimension at a time stays linear.
    assign(dims.data(), dims.size(), dims.size() * 2);
}

std::size_t ArrayShape::heapBytes() const
{
    return isBlock() ? offsetof(Block, dims) + block()->capacity * sizeof(std::int64_t) : 0;
}

bool operator==(const ArrayShape& a, const ArrayShape& b)
{
    if (!a.isBlock() && !b.isBlock())
        return a.word_ == b.word_; // inline encodings are canonical
    const std::size_t n = a.size();
    if (n != b.size())
        return false;
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

} // namespace skopos
