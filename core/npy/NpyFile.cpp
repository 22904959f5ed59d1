#include "npy/NpyFile.h"

#include "npy/NpyHeader.h"
#include "tree/Error.h"

#include <fstream>

namespace skopos {

Document readNpyFile(const std::string& path, const OpenOptions& options)
{
    Document doc;
    doc.path = path;
    doc.format = "npy";
    const NpyHeader h = readNpyFileHeader(path, options.limits);
    std::ifstream in(path, std::ios::binary);
    in.seekg(0, std::ios::end);
    const auto fileSize = static_cast<std::uint64_t>(in.tellg());
    if (!h.hasObject && h.dataOffset + h.dataLength > fileSize)
        throw ReadError("npy header promises " + std::to_string(h.dataLength) + " data bytes but the file is truncated");
    ArrayInfo a = h.toArrayInfo(Where::FileRange, {});
    doc.protocol = h.major;
    doc.tree.root = doc.tree.addArray(std::move(a), kNoStr, Loader::NdArrayNode);
    if (h.hasObject)
        doc.notes.push_back("object array: its elements are a pickle");
    return doc;
}

} // namespace skopos
