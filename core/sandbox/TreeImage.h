#pragma once
// A Document as flat blocks, for handing a tree from the reader helper to
// the window or scan without parsing anything again: the arena vectors
// (nodes, edges, raw offsets, calls) are written as they lie in memory and
// read back with one copy each; all strings travel as one block that becomes
// the tree's single string chunk. The reading side checks every index
// (a reader process that was taken over must not take the reader of its
// image with it): a malformed image is a ReadError, never a crash.

#include "tree/Document.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace skopos {

// Appends bytes to a file descriptor at increasing offsets (pwrite), small
// pieces gathered in a buffer. Throws std::runtime_error when writing fails.
class ImageWriter {
public:
    ImageWriter(int fd, std::uint64_t offset) : fd_(fd), offset_(offset) { }
    ~ImageWriter();
    void put(const void* data, std::size_t n);
    void u32(std::uint32_t v) { put(&v, sizeof v); }
    void u64(std::uint64_t v) { put(&v, sizeof v); }
    void text(std::string_view s);
    void align8(); // pads to the next multiple of 8 (of the file offset)
    void flush();
    std::uint64_t offset() const { return offset_ + buffer_.size(); }

private:
    void raw(const void* data, std::size_t n);
    int fd_;
    std::uint64_t offset_;
    std::string buffer_;
};

// Reads what ImageWriter wrote; every read is bounds-checked (ReadError).
class ImageReader {
public:
    ImageReader(const char* data, std::size_t size) : p_(data), end_(data + size) { }
    const char* take(std::size_t n);
    std::uint32_t u32();
    std::uint64_t u64();
    std::string_view text();
    void align8(); // skips to the next 8-byte aligned address (the image is mapped page-aligned)

private:
    const char* p_;
    const char* end_;
};

struct TreeImage {
    static void write(ImageWriter& w, const Document& doc);
    static Document read(ImageReader& r);

private:
    static void writeTree(ImageWriter& w, const ObjectTree& t);
    static void readTree(ImageReader& r, ObjectTree& t);
    static void check(const ObjectTree& t);
};

} // namespace skopos
