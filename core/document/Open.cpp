#include "document/Open.h"

#include "npy/NpyFile.h"
#include "pickle/ObjectArrays.h"
#include "pickle/PickleReader.h"
#include "pickle/PickleZip.h"
#include "io/ZipArchive.h"
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
Document readZip(const std::string& path, const OpenOptions& options);

Document readByKind(const std::string& path, const OpenOptions& options)
{
    switch (sniffFile(path)) {
    case FileKind::Missing:
        throw ReadError("cannot open file (missing or unreadable)");
    case FileKind::PickleLike:
        // A zip archive after other bytes: zipfile (skops.io.load) reads the
        // archive, pickle.load the first bytes. Read as skops when the first
        // bytes are no pickle; when they are, the two loaders would see two
        // different files: refused.
        if (isPrefixedZip(path, options.limits)) {
            bool pickled = false;
            try {
                readPickleFile(path, options);
                pickled = true;
            } catch (const ReadError&) {
            }
            if (pickled)
                throw ReadError("the file is a pickle and also a zip archive (after the pickle's bytes): pickle.load "
                                "and skops.io.load would read different objects (refused)");
            return readZip(path, options);
        }
        return readPickleFile(path, options);
    case FileKind::Npy:
        return readNpyFile(path, options);
    case FileKind::Zip:
        return readZip(path, options);
    }
    throw ReadError("unknown file kind");
}

Document readZip(const std::string& path, const OpenOptions& options)
{
    try {
        return readSkops(path, options);
    } catch (const ReadError&) {
        // No schema.json: PyTorch archives and zipped pickles are read
        // member by member; anything else keeps the skops error.
        if (auto doc = readPickleMembers(path, options))
            return std::move(*doc);
        throw;
    }
}
} // namespace

Document openDocument(const std::string& path, const OpenOptions& options)
{
    Document doc = readByKind(path, options);
    scanObjectArrays(doc, options); // object-dtype arrays hold pickles, whatever the container
    return doc;
}

} // namespace skopos
