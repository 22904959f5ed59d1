#include "skops/NpyMember.h"

#include "npy/NpyHeader.h"
#include "tree/Error.h"

namespace skopos {

ArrayInfo npyMemberInfo(ZipArchive& zip, const std::string& member, const Limits& limits)
{
    const ZipEntry* e = zip.find(member);
    if (!e)
        throw ReadError("schema refers to member \"" + member + "\" that the archive does not have");
    // A big vocabulary's numpy scalars all have the same header bytes: the
    // last one parsed is taken again after a compare (same limits only: they
    // decide whether a header is refused).
    thread_local struct {
        std::string bytes;
        std::uint64_t maxHeader = 0;
        std::size_t maxDims = 0;
        NpyHeader header;
    } last;
    NpyHeader h;
    try {
        const auto prefix = [&](std::uint64_t n) { return zip.readPrefix(member, n); };
        std::string head = prefix(128); // as readNpyHeader's first read
        std::uint64_t need = 0;
        if (head.size() >= 12) {
            need = npyPrefixSize(head, limits);
            if (need > head.size())
                head = prefix(need);
        }
        if (need && need <= head.size() && last.maxHeader == limits.maxNpyHeaderBytes
            && last.maxDims == limits.maxArrayDims && std::string_view(head).substr(0, need) == last.bytes) {
            h = last.header;
        } else {
            h = readNpyHeader([&](std::uint64_t n) { return n <= head.size() ? head.substr(0, n) : prefix(n); },
                              limits);
            if (need && need <= head.size()) {
                last.bytes = head.substr(0, need);
                last.maxHeader = limits.maxNpyHeaderBytes;
                last.maxDims = limits.maxArrayDims;
                last.header = h;
            }
        }
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
