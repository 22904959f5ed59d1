#include "skops/SkopsReader.h"

#include "io/ZipArchive.h"
#include "npy/NpyHeader.h"
#include "skops/SchemaJson.h"
#include "skops/SkopsSchema.h"
#include "tree/Error.h"

#include <QFile>

#include <fstream>

namespace skopos {

namespace {

// Reads npy headers of zip members without touching their payloads.
ArrayInfo npyMemberInfo(ZipArchive& zip, const std::string& member, const Limits& limits)
{
    const ZipEntry* e = zip.find(member);
    if (!e)
        throw ReadError("schema refers to member \"" + member + "\" that the archive does not have");
    std::string prefix = zip.readPrefix(member, 128);
    if (prefix.size() < 10)
        throw ReadError("member \"" + member + "\" is too short to be an npy array");
    NpyHeader h;
    try {
        const std::uint64_t need = npyPrefixSize(prefix, limits);
        if (need > prefix.size())
            prefix = zip.readPrefix(member, need);
        h = parseNpyHeader(prefix, limits);
    } catch (const ReadError& err) {
        throw ReadError("member \"" + member + "\": " + err.what());
    }
    if (!h.hasObject && h.dataLength && h.dataOffset + h.dataLength > e->size)
        throw ReadError("member \"" + member + "\": npy header promises " + std::to_string(h.dataLength)
                        + " data bytes but the member holds " + std::to_string(e->size > h.dataOffset ? e->size - h.dataOffset : 0));
    ArrayInfo a;
    a.descr = h.descr;
    a.shape = h.shape;
    a.fortranOrder = h.fortranOrder;
    a.itemsize = h.itemsize;
    a.where = Where::ZipMember;
    a.source = member;
    a.offset = h.dataOffset;
    a.length = h.dataLength;
    a.compressed = !e->stored;
    return a;
}

// numpy.savez archives: every member is "<key>.npy".
bool isNpz(const ZipArchive& zip)
{
    if (zip.entries().empty())
        return false;
    for (const auto& e : zip.entries())
        if (e.name.size() < 5 || e.name.compare(e.name.size() - 4, 4, ".npy") != 0)
            return false;
    return true;
}

// An .npz opens as a dict of its arrays (headers only), like numpy.load shows it.
Document readNpz(ZipArchive& zip, Document doc, const OpenOptions& options)
{
    doc.format = "npz";
    ObjectTree& t = doc.tree;
    t.root = t.add(Kind::Dict, t.intern("numpy.lib.npyio.NpzFile"));
    for (const auto& e : zip.entries()) {
        ArrayInfo a = npyMemberInfo(zip, e.name, options.limits);
        const bool object = a.descr.find('O') != std::string::npos;
        if (object) {
            a.where = Where::Absent; // object arrays hold a pickle: never read here
            doc.notes.push_back("array " + e.name + " has object dtype (a pickle): its elements are not read");
        }
        t.addChild(t.root, t.addArray(std::move(a), kNoStr, Loader::NdArrayNode),
                   t.addString(e.name.substr(0, e.name.size() - 4)));
    }
    return doc;
}

} // namespace

Document readSkops(const std::string& path, const OpenOptions& options)
{
    Document doc;
    doc.path = path;
    doc.format = "skops";
    ZipArchive zip(path, options.limits);
    if (!zip.find("schema.json")) {
        if (isNpz(zip))
            return readNpz(zip, std::move(doc), options);
        throw ReadError("not a skops file: the archive has no schema.json");
    }
    std::string text = zip.read("schema.json", options.limits.maxSchemaBytes, options.limits.maxSchemaRatio);
    if (options.progress)
        options.progress(text.size() / 3, text.size());
    if (options.cancelled())
        throw Cancelled();
    const SchemaJson schema = SchemaJson::parse(std::move(text), options.limits.maxDepth);
    if (options.cancelled())
        throw Cancelled();

    SchemaContext ctx{schema, doc, zip, options,
                      [&](const std::string& member) { return npyMemberInfo(zip, member, options.limits); }};
    buildSkopsTree(ctx);
    if (options.progress)
        options.progress(1, 1);
    return doc;
}

Document readNpyFile(const std::string& path, const OpenOptions& options)
{
    Document doc;
    doc.path = path;
    doc.format = "npy";
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ReadError("cannot open file");
    std::string prefix(12, '\0');
    in.read(prefix.data(), 12);
    prefix.resize(static_cast<std::size_t>(in.gcount()));
    const std::uint64_t need = npyPrefixSize(prefix, options.limits);
    prefix.resize(static_cast<std::size_t>(need));
    in.seekg(0);
    in.read(prefix.data(), static_cast<std::streamsize>(need));
    if (static_cast<std::uint64_t>(in.gcount()) < need)
        throw ReadError("npy header is truncated");
    const NpyHeader h = parseNpyHeader(prefix, options.limits);
    in.seekg(0, std::ios::end);
    const auto fileSize = static_cast<std::uint64_t>(in.tellg());
    if (!h.hasObject && h.dataOffset + h.dataLength > fileSize)
        throw ReadError("npy header promises " + std::to_string(h.dataLength) + " data bytes but the file is truncated");
    ArrayInfo a;
    a.descr = h.descr;
    a.shape = h.shape;
    a.fortranOrder = h.fortranOrder;
    a.itemsize = h.itemsize;
    a.where = h.hasObject ? Where::Absent : Where::FileRange;
    a.offset = h.dataOffset;
    a.length = h.dataLength;
    doc.protocol = h.major;
    doc.tree.root = doc.tree.addArray(std::move(a), kNoStr, Loader::NdArrayNode);
    if (h.hasObject)
        doc.notes.push_back("object array: its elements are a pickle and are not read");
    return doc;
}

} // namespace skopos
