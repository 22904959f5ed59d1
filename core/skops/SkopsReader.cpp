#include "skops/SkopsReader.h"

#include "io/ZipArchive.h"
#include "npy/NpyHeader.h"
#include "skops/SchemaJson.h"
#include "skops/NpyMember.h"
#include "skops/SchemaOutline.h"
#include "skops/SkopsSchema.h"
#include "tree/Error.h"
#include "tree/LargeStack.h"

#include <QFile>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <fstream>
#include <system_error>
#include <thread>

namespace skopos {

namespace {

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
    for (const auto& entry : zip.entries()) {
        const std::string name(entry.name);
        ArrayInfo a = npyMemberInfo(zip, name, options.limits);
        if (a.where == Where::Absent) // object dtype
            doc.notes.push_back("array " + name + " has object dtype (a pickle)");
        t.addChild(t.root, t.addArray(std::move(a), kNoStr, Loader::NdArrayNode),
                   t.addString(entry.name.substr(0, entry.name.size() - 4)));
    }
    return doc;
}

} // namespace

Document readSkops(const std::string& path, const OpenOptions& options)
{
    return readSkops(FileHandle::open(path), options);
}

Document readSkops(const FileHandlePtr& file, const OpenOptions& options)
{
    // The first rows for a window that asked for them, made beside this read
    // (skops/SchemaOutline.h); joined before it returns, or throws.
    const std::jthread outline = outlineInBackground(file, options);
    Document doc;
    doc.path = file->path();
    doc.file = file;
    doc.format = "skops";
    const std::string& path = doc.path;
    ZipArchive zip(file, options.limits);
    if (!zip.find("schema.json")) {
        // A zip of .npy members is what numpy.savez writes, and also what a
        // skops file that lost its schema.json looks like: the name decides.
        const bool npzName = path.size() > 4 && path.compare(path.size() - 4, 4, ".npz") == 0;
        if (isNpz(zip) && npzName)
            return readNpz(zip, std::move(doc), options);
        throw ReadError(std::string("not a skops file: the archive has no schema.json")
                        + (isNpz(zip) ? " (its members are .npy arrays: an .npz archive opens when named *.npz)" : ""));
    }
    // A stored schema.json (skops' default) is scanned in place in the mapped
    // archive and its pages are dropped behind the scan: the scanner copies
    // what it keeps (interned strings), so a 167 MB schema never sits in
    // memory whole. A deflated one is inflated first (bounded, as before).
    std::string inflated;
    std::string_view text = zip.storedView("schema.json", options.limits.maxSchemaBytes);
    const bool mapped = text.data() != nullptr;
    if (!mapped) {
        inflated = zip.read("schema.json", options.limits.maxSchemaBytes, options.limits.maxSchemaRatio);
        text = inflated;
    }
    // The builder reads every array's npy header (1,500 for a 300-tree
    // forest, a syscall each): read them on a second core during the parse,
    // which touches the archive only to release the schema's pages. Only the
    // first few thousand: runs of small members (a vocabulary's million
    // scalars) are read 64 KiB at a time by the builder itself, and holding
    // their prefixes would cost more memory than the reads cost time.
    // Best effort: without a thread to be had, the builder reads them itself.
    // (A jthread: joined on every way out, declared after the archive it reads.)
    std::jthread prefetch;
    try {
        prefetch = std::jthread([&zip] {
            try {
                zip.prefetchPrefixes(".npy", 512, 8192);
            } catch (...) { // out of memory: the builder reads what is missing
            }
        });
    } catch (const std::system_error&) {
    }
    if (options.progress)
        options.progress(text.size() / 3, text.size());
    if (options.cancelled())
        throw Cancelled();
    const SchemaJson schema = SchemaJson::parse(text, options.limits.maxDepth, [&](std::size_t upTo) {
        if (mapped)
            zip.releaseView(text, upTo);
        if (options.progress)
            options.progress(text.size() / 3 + upTo / 3, text.size());
        if (options.cancelled())
            throw Cancelled();
    });
    if (mapped)
        zip.releaseView(text, text.size());
    if (prefetch.joinable()) // before the builder reads the archive
        prefetch.join();
    std::string().swap(inflated);
#ifdef __GLIBC__
    // The scan's scratch tables (intern table, open frames, shape keys grown
    // by doubling) leave free holes in malloc's main heap that it keeps, about
    // 26 MB for an 800,000-member vocabulary: hand those pages back now, as
    // the tree is about to be built beside the schema.
    malloc_trim(0);
#endif
    if (options.cancelled())
        throw Cancelled();

    SchemaContext ctx{schema, doc, zip, options,
                      [&](const std::string& member) { return npyMemberInfo(zip, member, options.limits); }};
    runWithLargeStack([&] { buildSkopsTree(ctx); });
    if (options.progress)
        options.progress(1, 1);
    return doc;
}

} // namespace skopos
