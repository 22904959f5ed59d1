#pragma once
// A minimal streaming zip writer for skops archives: stored members whose
// bytes are written in pieces as they are copied from the input (size known
// up front, CRC-32 patched into the local header afterwards, so the output
// device must be seekable: a QSaveFile is), deflated members given whole
// (the small .npz of a sparse matrix), and ZIP64 records as soon as a size or
// an offset passes 4 GiB or the member count passes 65,535 -- the layout
// Python's zipfile reads (APPNOTE 4.5).

#include <QIODevice>

#include <cstdint>
#include <string>
#include <vector>

namespace skopos::convert {

class ZipWriter {
public:
    explicit ZipWriter(QIODevice& out);

    // Stored member of exactly `size` bytes, written with write() calls.
    void begin(const std::string& name, std::uint64_t size);
    // Stored member whose size is known only at its end (schema.json as it is
    // emitted): size and CRC-32 are patched into the local header by end().
    // Such a member must stay below 4 GiB (no ZIP64 local record reserved).
    void beginUnsized(const std::string& name);
    void write(const char* data, std::size_t n);
    void end();

    void addStored(const std::string& name, const std::string& bytes);
    // Deflates `bytes` (raw deflate, zlib level 6) and adds them.
    void addDeflated(const std::string& name, const std::string& bytes);

    // Writes the central directory; the device is then complete.
    void finish();

    std::uint64_t bytesWritten() const { return pos_; }

private:
    struct Entry {
        std::string name;
        std::uint64_t offset = 0;
        std::uint64_t csize = 0, usize = 0;
        std::uint32_t crc = 0;
        std::uint16_t method = 0;
        bool zip64Local = false;
    };
    void header(Entry& e);
    void put(const std::string& bytes);
    void put(const char* p, std::size_t n);

    QIODevice& out_;
    std::vector<Entry> entries_;
    std::uint64_t pos_ = 0;
    std::uint64_t remaining_ = 0;
    bool open_ = false;
    bool unsized_ = false;
    std::uint16_t dosTime_ = 0, dosDate_ = 0;
};

} // namespace skopos::convert
