#pragma once
// Read-only access to a zip archive (QuaZip) with the checks a hostile file
// needs: member names are validated, reads are capped, and only the bytes
// asked for are read (a member's data offset is located, never its payload).

#include "tree/Limits.h"

#include <QIODevice>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class QuaZip;

namespace skopos {

struct ZipEntry {
    std::string name;
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0;  // uncompressed, as declared
    bool stored = true;      // method 0 (no compression)
};

class ZipArchive {
public:
    // Opens a file, or a device (kept alive by the caller). `what` names the
    // archive in messages ("archive", "member x.npz"). Throws ReadError.
    explicit ZipArchive(const std::string& path, const Limits& limits = Limits::defaults());
    ZipArchive(QIODevice* device, std::string what, const Limits& limits = Limits::defaults());
    ~ZipArchive();

    const std::vector<ZipEntry>& entries() const { return entries_; }
    const ZipEntry* find(std::string_view name) const;
    // Whole member, failing once more than `cap` bytes come out, or (when
    // maxRatio > 0) once past 64 MB the output outgrows maxRatio x the
    // compressed size: zip bombs stop early, real deflated JSON never does.
    std::string read(std::string_view name, std::uint64_t cap, std::uint64_t maxRatio = 0);
    // The first `n` bytes (or fewer, if the member is shorter).
    std::string readPrefix(std::string_view name, std::uint64_t n);
    // Offset of a stored member's first data byte in the archive file.
    std::uint64_t dataOffset(std::string_view name);

private:
    void load();
    void select(std::string_view name);

    std::string what_;
    std::string path_; // empty when reading from a device
    Limits limits_;
    std::unique_ptr<QuaZip> zip_;
    std::vector<ZipEntry> entries_;
    std::unordered_map<std::string, std::size_t> index_;
};

// True for names a zip writer should never produce: absolute paths, "..",
// backslashes, control characters, absurd lengths.
bool isUnsafeMemberName(std::string_view name);

} // namespace skopos
