#include "document/Open.h"

#include "npy/NpyFile.h"
#include "pickle/ObjectArrays.h"
#include "pickle/PickleReader.h"
#include "pickle/PickleZip.h"
#include "io/ZipArchive.h"
#include "skops/SkopsReader.h"
#include "tree/Error.h"

#include <cstring>
#include <optional>
#include <fstream>

namespace skopos {

namespace {
FileKind sniffHead(const char* head, std::size_t got);
}

FileKind sniffFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return FileKind::Missing;
    char head[6] = {};
    in.read(head, sizeof head);
    return sniffHead(head, static_cast<std::size_t>(in.gcount()));
}

FileKind sniffFile(const FileHandle& file)
{
    char head[6] = {};
    return sniffHead(head, file.readAt(head, sizeof head, 0));
}

namespace {
FileKind sniffHead(const char* head, std::size_t got)
{
    if (got >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0)
        return FileKind::Zip;
    if (got >= 4 && std::memcmp(head, "PK\x05\x06", 4) == 0)
        return FileKind::Zip; // empty archive: the skops reader explains what is missing
    if (got == 6 && std::memcmp(head, "\x93NUMPY", 6) == 0)
        return FileKind::Npy;
    return FileKind::PickleLike;
}

Document readZip(const FileHandlePtr& file, const OpenOptions& options);

Document readByKind(const FileHandlePtr& file, const OpenOptions& options)
{
    switch (sniffFile(*file)) {
    case FileKind::Missing: throw ReadError("cannot open file (missing or unreadable)");
    case FileKind::PickleLike: {
        // A zip archive after other bytes: zipfile (skops.io.load) reads the
        // archive, pickle.load the first bytes. Read as a zip when the first
        // bytes are no pickle. When they are (a pickle holding a zip as its
        // last value reads so too), a skops archive there means two loaders
        // would see two different files: refused; any other zip is data.
        if (!isPrefixedZip(file, options.limits))
            return readPickleFile(file, options);
        std::optional<Document> pickled;
        try {
            pickled = readPickleFile(file, options);
        } catch (const ReadError&) {
        }
        if (!pickled)
            return readZip(file, options);
        bool skops = true; // an archive refused as such: no telling
        try {
            skops = ZipArchive(file, options.limits).find("schema.json") != nullptr;
        } catch (const ReadError&) {
        }
        if (skops)
            throw ReadError("the file is a pickle and also a skops archive (after the pickle's bytes): pickle.load "
                            "and skops.io.load would read different objects (refused)");
        return std::move(*pickled);
    }
    case FileKind::Npy: return readNpyFile(file, options);
    case FileKind::Zip: return readZip(file, options);
    }
    throw ReadError("unknown file kind");
}

Document readZip(const FileHandlePtr& file, const OpenOptions& options)
{
    try {
        return readSkops(file, options);
    } catch (const ReadError&) {
        // No schema.json: PyTorch archives and zipped pickles are read
        // member by member; anything else keeps the skops error.
        if (auto doc = readPickleMembers(file, options))
            return std::move(*doc);
        throw;
    }
}
} // namespace

Document openDocument(const std::string& path, const OpenOptions& options)
{
    return openDocument(FileHandle::open(path), options);
}

Document openDocument(int fd, const std::string& displayPath, const OpenOptions& options)
{
    return openDocument(FileHandle::adopt(fd, displayPath), options);
}

Document openDocument(const FileHandlePtr& file, const OpenOptions& options)
{
    Document doc = readByKind(file, options);
    scanObjectArrays(doc, options); // object-dtype arrays hold pickles, whatever the container
    return doc;
}

} // namespace skopos
