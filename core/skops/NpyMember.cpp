#include "skops/NpyMember.h"

#include "npy/NpyHeader.h"
#include "tree/Error.h"

namespace skopos {

ArrayInfo npyMemberInfo(ZipArchive& zip, const std::string& member, const Limits& limits)
{
    const ZipEntry* e = zip.find(member);
    if (!e)
        throw ReadError("schema refers to member \"" + member + "\" that the archive does not have");
    NpyHeader h;
    try {
        h = readNpyHeader([&](std::uint64_t n) { return zip.readPrefix(member, n); }, limits);
    } catch (const ReadError& err) {
        throw ReadError("member \"" + member + "\": " + err.what());
    }
    if (!h.hasObject && h.dataLength && h.dataOffset + h.dataLength > e->size)
        throw ReadError("member \"" + member + "\": npy header promises " + std::to_string(h.dataLength)
                        + " data bytes but the member holds "
                        + std::to_string(e->size > h.dataOffset ? e->size - h.dataOffset : 0));
    ArrayInfo a = h.toArrayInfo(Where::ZipMember, member);
    a.compressed = !e->stored;
    return a;
}

} // namespace skopos
