#pragma once
// Compact fields of an array record (ArrayInfo in tree/ObjectTree.h).
//
// A million-term vocabulary is 800,000 numpy scalars, each an ArrayInfo: with
// std::string and std::vector fields a record took 136 bytes plus a heap
// string per zip member name. These fields take 8 bytes each and, for the
// common values (a dtype such as '<i8', a shape of at most two modest
// dimensions, a member name kept by the tree's arena), allocate nothing.
// They read like the std::string / std::vector they replace.

#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iosfwd>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace skopos {

class ArrayTextArena;

// Text of 8 bytes. Up to 6 characters sit inline; longer text is a
// length-prefixed block, either owned on the heap or kept by an
// ArrayTextArena (the ObjectTree holding the record). Copies and moves out
// of a record always own their text, so they outlive the tree.
class ArrayText {
public:
    static constexpr std::size_t npos = std::string_view::npos;
    static constexpr std::size_t kInline = 6;

    ArrayText() noexcept { setInline({}); }
    ArrayText(std::string_view s) { assign(s); }
    ArrayText(const std::string& s) { assign(s); }
    ArrayText(const char* s) { assign(s); }
    ArrayText(const ArrayText& o) { assign(o.view()); }
    ArrayText(ArrayText&& o) noexcept;
    ~ArrayText() { release(); }

    ArrayText& operator=(const ArrayText& o);
    ArrayText& operator=(ArrayText&& o) noexcept;
    ArrayText& operator=(std::string_view s) { return assignNew(s); }
    ArrayText& operator=(const std::string& s) { return assignNew(s); }
    ArrayText& operator=(const char* s) { return assignNew(s); }

    std::size_t size() const { return isInline() ? static_cast<std::uint8_t>(raw_[0]) >> 1 : blockSize(); }
    std::size_t length() const { return size(); }
    bool empty() const { return size() == 0; }
    const char* data() const { return isInline() ? raw_ + 1 : block() + kHeader; }
    const char* c_str() const { return data(); } // always NUL-terminated
    const char* begin() const { return data(); }
    const char* end() const { return data() + size(); }
    char operator[](std::size_t i) const { return data()[i]; }
    std::string_view view() const { return {data(), size()}; }
    std::string str() const { return std::string(view()); }
    operator std::string_view() const { return view(); }
    operator std::string() const { return str(); }

    std::size_t find(std::string_view s, std::size_t pos = 0) const { return view().find(s, pos); }
    std::size_t find(char c, std::size_t pos = 0) const { return view().find(c, pos); }
    std::size_t rfind(std::string_view s, std::size_t pos = npos) const { return view().rfind(s, pos); }
    std::size_t rfind(char c, std::size_t pos = npos) const { return view().rfind(c, pos); }
    std::string substr(std::size_t pos = 0, std::size_t n = npos) const { return std::string(view().substr(pos, n)); }
    bool starts_with(std::string_view s) const { return view().starts_with(s); }
    bool ends_with(std::string_view s) const { return view().ends_with(s); }

    // Heap bytes this text owns (0 when inline or kept by an arena).
    std::size_t heapBytes() const { return isInline() || isBorrowed() ? 0 : kHeader + blockSize() + 1; }

    friend bool operator==(const ArrayText& a, const ArrayText& b) { return a.view() == b.view(); }
    friend bool operator==(const ArrayText& a, std::string_view b) { return a.view() == b; }
    friend bool operator==(const ArrayText& a, const char* b) { return a.view() == b; }
    friend bool operator==(const ArrayText& a, const std::string& b) { return a.view() == b; }
    friend std::string operator+(const ArrayText& a, std::string_view b) { return a.str().append(b); }
    friend std::string operator+(std::string_view a, const ArrayText& b) { return std::string(a).append(b.view()); }
    friend std::string operator+(const ArrayText& a, char b) { return a.str() + b; }

private:
    friend class ArrayTextArena;
    // The low bit of raw_[0] tells inline text (1) from a block pointer (0):
    // blocks are 4-aligned. Bit 1 of a pointer marks a block an arena keeps.
    static_assert(std::endian::native == std::endian::little, "raw_[0] must be the pointer's low byte");
    static constexpr std::size_t kHeader = sizeof(std::uint32_t);
    static constexpr std::uintptr_t kBorrowed = 2;

    bool isInline() const { return raw_[0] & 1; }
    std::uintptr_t word() const
    {
        std::uintptr_t w;
        std::memcpy(&w, raw_, sizeof w);
        return w;
    }
    bool isBorrowed() const { return word() & kBorrowed; }
    const char* block() const { return reinterpret_cast<const char*>(word() & ~kBorrowed); }
    std::size_t blockSize() const
    {
        std::uint32_t n;
        std::memcpy(&n, block(), sizeof n);
        return n;
    }
    void setInline(std::string_view s);
    void setBlock(const char* block, bool borrowed);
    void assign(std::string_view s); // on an empty or released text
    ArrayText& assignNew(std::string_view s);
    void release();

    alignas(8) char raw_[8];
};

std::ostream& operator<<(std::ostream& out, const ArrayText& t);

// Shape of 8 bytes: no dimension, one (|d| < 2^61) or two (each < 2^31)
// sit inline; more, or larger ones, are a heap block.
class ArrayShape {
public:
    class const_iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = std::int64_t;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = std::int64_t; // clang-format off
        const_iterator() = default;
        const_iterator(const ArrayShape* s, std::size_t i) : s_(s), i_(i) {} // clang-format on
        std::int64_t operator*() const { return (*s_)[i_]; }
        const_iterator& operator++()
        {
            ++i_;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator old = *this;
            ++i_;
            return old;
        }
        bool operator==(const const_iterator& o) const { return i_ == o.i_; }

    private:
        const ArrayShape* s_ = nullptr;
        std::size_t i_ = 0;
    };

    ArrayShape() = default;
    ArrayShape(std::initializer_list<std::int64_t> dims) { assign(dims.begin(), dims.size()); }
    ArrayShape(const std::vector<std::int64_t>& dims) { assign(dims.data(), dims.size()); }
    ArrayShape(const ArrayShape& o);
    ArrayShape(ArrayShape&& o) noexcept : word_(o.word_) { o.word_ = 0; }
    ~ArrayShape() { release(); }
    ArrayShape& operator=(const ArrayShape& o);
    ArrayShape& operator=(ArrayShape&& o) noexcept;
    ArrayShape& operator=(std::initializer_list<std::int64_t> dims);
    ArrayShape& operator=(const std::vector<std::int64_t>& dims);

    std::size_t size() const;
    bool empty() const { return word_ == 0; }
    std::int64_t operator[](std::size_t i) const;
    std::int64_t front() const { return (*this)[0]; }
    std::int64_t back() const { return (*this)[size() - 1]; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    void push_back(std::int64_t d);
    void clear() { *this = ArrayShape(); }

    std::vector<std::int64_t> vec() const { return {begin(), end()}; }
    operator std::vector<std::int64_t>() const { return vec(); }
    std::size_t heapBytes() const;

    friend bool operator==(const ArrayShape& a, const ArrayShape& b);
    friend bool operator==(const ArrayShape& a, const std::vector<std::int64_t>& b) { return a == ArrayShape(b); }

private:
    // Low two bits: 0 = no dimension (word 0) or a heap block, 1 = one
    // inline dimension, 2 = two inline dimensions.
    struct Block {
        std::uint32_t size, capacity;
        std::int64_t dims[1];
    };
    Block* block() const { return reinterpret_cast<Block*>(word_); }
    bool isBlock() const { return word_ != 0 && (word_ & 3) == 0; }
    void assign(const std::int64_t* dims, std::size_t n, std::size_t room = 0);
    void release();

    std::uint64_t word_ = 0;
};

// Keeps the long texts of the records an ObjectTree holds, packed in
// chunks: a million member names cost their bytes, not a million mallocs.
class ArrayTextArena {
public:
    // Moves a heap-owned text into the arena; inline or kept text stays.
    void keep(ArrayText& t);
    // Sets t to s, keeping long text in the arena directly.
    void set(ArrayText& t, std::string_view s);
    std::size_t bytes() const { return bytes_; }

private:
    char* allocate(std::size_t n);
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t used_ = 0, cap_ = 0, bytes_ = 0;
};

} // namespace skopos
