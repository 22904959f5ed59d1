#include "skops/SchemaLocate.h"

#include <cstring>

namespace skopos {

namespace {

// Little-endian fields at `at` of `s` (the caller keeps at + width inside).
std::uint64_t le(std::string_view s, std::uint64_t at, int width)
{
    std::uint64_t v = 0;
    for (int i = width - 1; i >= 0; --i)
        v = v << 8 | static_cast<unsigned char>(s[at + static_cast<std::uint64_t>(i)]);
    return v;
}

bool has(std::string_view s, std::uint64_t at, std::uint64_t n) { return at <= s.size() && n <= s.size() - at; }

constexpr std::uint32_t kEnd = 0x06054b50, kEnd64 = 0x06064b50, kLocator64 = 0x07064b50;
constexpr std::uint32_t kCentral = 0x02014b50, kLocal = 0x04034b50;
constexpr std::uint64_t kEndSize = 22, kEnd64Size = 56, kLocatorSize = 20, kCentralSize = 46, kLocalSize = 30;
constexpr std::string_view kSchema = "schema.json";

} // namespace

std::optional<StoredMember> locateStoredSchema(std::string_view f, const Limits& limits)
{
    if (f.size() < kEndSize)
        return std::nullopt;
    // The end record: the last signature within a comment's reach of the end.
    std::uint64_t end = f.size() - kEndSize;
    const std::uint64_t lowest = end > 0xFFFF ? end - 0xFFFF : 0;
    while (le(f, end, 4) != kEnd) {
        if (end == lowest)
            return std::nullopt;
        --end;
    }
    std::uint64_t entries = le(f, end + 10, 2), cdSize = le(f, end + 12, 4), cdOffset = le(f, end + 16, 4);
    std::uint64_t cdEnd = end; // the directory ends where the end records start
    // ZIP64: the locator just before the end record, the ZIP64 end record just before it.
    if (end >= kLocatorSize + kEnd64Size && le(f, end - kLocatorSize, 4) == kLocator64) {
        const std::uint64_t end64 = end - kLocatorSize - kEnd64Size;
        if (le(f, end64, 4) != kEnd64)
            return std::nullopt;
        entries = le(f, end64 + 32, 8);
        cdSize = le(f, end64 + 40, 8);
        cdOffset = le(f, end64 + 48, 8);
        cdEnd = end64;
    }
    if (cdSize > cdEnd || cdSize > limits::kMaxZipDirectoryBytes || entries > limits.maxZipEntries)
        return std::nullopt;
    const std::uint64_t cdStart = cdEnd - cdSize;
    if (cdOffset > cdStart)
        return std::nullopt;
    const std::uint64_t shift = cdStart - cdOffset; // bytes before the archive (zipfile's "concat")

    std::optional<std::uint64_t> header;
    std::uint64_t method = 0, flags = 0, csize = 0, usize = 0;
    for (std::uint64_t at = cdStart, i = 0; i < entries; ++i) {
        if (!has(f, at, kCentralSize) || at + kCentralSize > cdEnd || le(f, at, 4) != kCentral)
            return std::nullopt;
        const std::uint64_t nameLen = le(f, at + 28, 2), extraLen = le(f, at + 30, 2), commentLen = le(f, at + 32, 2);
        const std::uint64_t next = at + kCentralSize + nameLen + extraLen + commentLen;
        if (next > cdEnd)
            return std::nullopt;
        if (nameLen == kSchema.size() && f.substr(at + kCentralSize, nameLen) == kSchema) {
            if (header)
                return std::nullopt; // two of them: which one counts is the full read's question
            flags = le(f, at + 8, 2);
            method = le(f, at + 10, 2);
            csize = le(f, at + 20, 4);
            usize = le(f, at + 24, 4);
            std::uint64_t offset = le(f, at + 42, 4);
            // ZIP64 extra field: the 64-bit values of the fields set to all ones, in order.
            for (std::uint64_t e = at + kCentralSize + nameLen; e + 4 <= at + kCentralSize + nameLen + extraLen;) {
                const std::uint64_t id = le(f, e, 2), len = le(f, e + 2, 2);
                if (e + 4 + len > at + kCentralSize + nameLen + extraLen)
                    break;
                if (id == 1) {
                    std::uint64_t p = e + 4;
                    for (std::uint64_t* v : {&usize, &csize, &offset})
                        if (*v == 0xFFFFFFFF && p + 8 <= e + 4 + len) {
                            *v = le(f, p, 8);
                            p += 8;
                        }
                }
                e += 4 + len;
            }
            header = offset + shift;
        }
        at = next;
    }
    if (!header || method != 0 || (flags & 1) || csize != usize || usize > limits.maxSchemaBytes)
        return std::nullopt;
    const std::uint64_t lh = *header;
    if (!has(f, lh, kLocalSize) || le(f, lh, 4) != kLocal)
        return std::nullopt;
    const std::uint64_t data = lh + kLocalSize + le(f, lh + 26, 2) + le(f, lh + 28, 2);
    if (!has(f, data, usize))
        return std::nullopt;
    return StoredMember{data, usize};
}

} // namespace skopos
