#include "document/Open.h"

#include "npy/NpyFile.h"
#include "pickle/ObjectArrays.h"
#include "pickle/PickleReader.h"
#include "pickle/PickleZip.h"
#include "skops/SkopsReader.h"
#include "tree/Error.h"

#include <cstring>
#include <fstream>

namespace skopos {

FileKind sniffFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return FileKind::Missing;
    char head[6] = {};
    in.read(head, sizeof head);
    const auto got = in.gcount();
    if (got >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0)
        return FileKind::Zip;
    if (got >= 4 && std::memcmp(head, "PK\x05\x06", 4) == 0)
        return FileKind::Zip; // empty archive: the skops reader explains what is missing
    if (got == 6 && std::memcmp(head, "\x93NUMPY", 6) == 0)
        return FileKind::Npy;
    return FileKind::PickleLike;
}

namespace {
Document readByKind(const std::string& path, const OpenOptions& options)
{
    switch (sniffFile(path)) {
    case FileKind::Missing:
        throw ReadError("cannot open file (missing or unreadable)");
    case FileKind::Zip:
        try {
            return readSkops(path, options);
        } catch (const ReadError&) {
            // No schema.json: PyTorch archives and zipped pickles are read
            // member by member; anything else keeps the skops error.
            if (auto doc = readPickleMembers(path, options))
                return std::move(*doc);
            throw;
        }
    case FileKind::Npy:
        return readNpyFile(path, options);
    case FileKind::PickleLike:
        return readPickleFile(path, options);
    }
    throw ReadError("unknown file kind");
}
} // namespace

Document openDocument(const std::string& path, const OpenOptions& options)
{
    Document doc = readByKind(path, options);
    scanObjectArrays(doc, options); // object-dtype arrays hold pickles, whatever the container
    return doc;
}

} // namespace skopos
