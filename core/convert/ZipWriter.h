#pragma once
// A minimal streaming zip writer for skops archives: stored members whose
// bytes are written in pieces as they are copied from the input (size known
// up front, CRC-32 patched into the local header afterwards, so the output
// device must be seekable: a QSaveFile is), deflated members (the .npy parts
// of a sparse matrix's .npz) deflated as they are written, and ZIP64 records
// as soon as a size or an offset passes 4 GiB or the member count passes
// 65,535 -- the layout Python's zipfile reads (APPNOTE 4.5).
//
// A deflated member's sizes are known only at its end. Its local header
// always carries a ZIP64 extra field (sizes 0xFFFFFFFF in the 32-bit fields),
// and end() patches CRC-32 and the 64-bit sizes into it: what numpy's
// savez_compressed writes (zipfile's force_zip64). The device is seekable, so
// no data descriptor is needed. The central directory has ZIP64 fields only
// for the values that need them.

#include <QIODevice>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace skopos::convert {

class ZipWriter {
public:
    explicit ZipWriter(QIODevice& out);
    ~ZipWriter();

    // Stored member of exactly `size` bytes, written with write() calls.
    void begin(const std::string& name, std::uint64_t size);
    // Stored member whose size is known only at its end (schema.json as it is
    // emitted): size and CRC-32 are patched into the local header by end().
    // Such a member must stay below 4 GiB (no ZIP64 local record reserved).
    void beginUnsized(const std::string& name);
    void write(const char* data, std::size_t n);
    void end();

    // Deflated member (raw deflate, zlib level 6) of any size, written with
    // write() calls and closed with end().
    void beginDeflated(const std::string& name);

    void addStored(const std::string& name, const std::string& bytes);
    void addDeflated(const std::string& name, const std::string& bytes);

    // Writes the central directory; the device is then complete (nothing
    // else may write to it while this writer is in use: small pieces are
    // buffered here until finish()).
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
    void deflateSome(const char* data, std::size_t n, bool finish);
    void patch(std::uint64_t at, const std::string& bytes);
    void flush(); // the buffered bytes to the device
    void writeOut(const char* p, std::size_t n);

    QIODevice& out_;
    std::vector<Entry> entries_;
    std::uint64_t pos_ = 0;
    std::uint64_t remaining_ = 0;
    bool open_ = false;
    bool unsized_ = false;
    struct Deflater;
    std::unique_ptr<Deflater> deflater_; // set while a deflated member is open
    std::uint16_t dosTime_ = 0, dosDate_ = 0;
    static constexpr std::size_t kBuffered = std::size_t{1} << 20;
    std::string buffer_; // bytes put but not yet written (before pos_)
};

} // namespace skopos::convert
