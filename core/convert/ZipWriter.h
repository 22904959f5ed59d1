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
//
// A million members (a vocabulary's numpy scalars) cost one 16-byte record
// each (offsets are summed again in finish()), their names packed in one
// buffer, and no seek: a member whose bytes
// are all at hand (addStored) has its CRC-32 computed before its header is
// written, so only members streamed with begin()/write()/end() are patched.

#include <QIODevice>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace skopos::convert {

class ZipWriter {
public:
    explicit ZipWriter(QIODevice& out);
    ~ZipWriter();

    // Room for `members` members whose names total `nameBytes` (optional:
    // spares the directory's growth by doubling).
    void reserve(std::size_t members, std::size_t nameBytes);

    // Stored member of exactly `size` bytes, written with write() calls.
    void begin(std::string_view name, std::uint64_t size);
    // Stored member whose size is known only at its end (schema.json as it is
    // emitted): size and CRC-32 are patched into the local header by end().
    // Such a member must stay below 4 GiB (no ZIP64 local record reserved).
    void beginUnsized(std::string_view name);
    void write(const char* data, std::size_t n);
    void end();

    // Deflated member (raw deflate, zlib level 6) of any size, written with
    // write() calls and closed with end().
    void beginDeflated(std::string_view name);

    // A stored member whose bytes are `head` followed by `body`, all at hand:
    // written without seeking back.
    void addStored(std::string_view name, std::string_view head, std::string_view body = {});
    // The same with head's CRC-32 given (an npy header shared by a million
    // scalars is not summed again for each).
    void addStored(std::string_view name, std::string_view head, std::uint32_t headCrc, std::string_view body);
    static std::uint32_t crc32Of(std::string_view bytes);
    void addDeflated(std::string_view name, std::string_view bytes);

    // Writes the central directory; the device is then complete (nothing
    // else may write to it while this writer is in use: small pieces are
    // buffered here until finish()).
    void finish();

    std::uint64_t bytesWritten() const { return pos_; }

private:
    struct Entry { // the member being written
        std::uint64_t offset = 0;
        std::uint64_t csize = 0, usize = 0;
        std::uint32_t crc = 0;
        std::uint16_t nameLength = 0; // the names follow each other in names_
        std::uint8_t method = 0;
        bool zip64Local = false;
    };
    // A written member as the central directory needs it. Its offset is the
    // sum of the local records before it; sizes of 4 GiB or more are in big_.
    struct Record {
        std::uint32_t crc = 0;
        std::uint32_t csize = 0, usize = 0;
        std::uint16_t nameLength = 0;
        std::uint8_t method = 0;
        std::uint8_t flags = 0; // kZip64Local, kBig
    };
    static constexpr std::uint8_t kZip64Local = 1, kBig = 2;
    static std::uint64_t localSize(const Entry& e) { return 30 + e.nameLength + (e.zip64Local ? 20 : 0) + e.csize; }
    Entry& add(std::string_view name); // a new entry, its name stored
    void seal();                       // the entry is complete: its record
    // The newest entry's name (header() and end() work on that one only).
    std::string_view lastName() const { return std::string_view(names_).substr(names_.size() - cur_.nameLength); }
    void header(Entry& e);
    void put(std::string_view bytes) { put(bytes.data(), bytes.size()); }
    void put(const char* p, std::size_t n);
    void deflateSome(const char* data, std::size_t n, bool finish);
    void patch(std::uint64_t at, std::string_view bytes);
    void flush(); // the buffered bytes to the device
    void writeOut(const char* p, std::size_t n);

    QIODevice& out_;
    Entry cur_;
    bool sealed_ = true;
    std::uint64_t nextOffset_ = 0; // where the next local record starts
    std::vector<Record> records_;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> big_; // (csize, usize) of kBig records, in order
    std::string names_;                                        // every member's name, back to back
    std::uint64_t combineLength_ = 0;                          // crc32_combine_op's operator for bodies of this length
    unsigned long combineOp_ = 0;
    bool haveCombine_ = false;
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
