#include "npy/NpyFile.h"

#include "npy/NpyHeader.h"
#include "tree/Error.h"

namespace skopos {

Document readNpyFile(const std::string& path, const OpenOptions& options)
{
    return readNpyFile(FileHandle::open(path), options);
}

Document readNpyFile(const FileHandlePtr& file, const OpenOptions& options)
{
    Document doc;
    doc.path = file->path();
    doc.file = file;
    doc.format = "npy";
    const NpyHeader h = readNpyFileHeader(*file, options.limits);
    const std::uint64_t fileSize = file->size();
    if (!h.hasObject && h.dataOffset + h.dataLength > fileSize)
        throw ReadError("npy header promises " + std::to_string(h.dataLength)
                        + " data bytes but the file is truncated");
    ArrayInfo a = h.toArrayInfo(Where::FileRange, {});
    doc.protocol = h.major;
    doc.tree.root = doc.tree.addArray(std::move(a), kNoStr, Loader::NdArrayNode);
    if (h.hasObject)
        doc.notes.push_back("object array: its elements are a pickle");
    return doc;
}

} // namespace skopos
