#include "pickle/ObjectArrays.h"

#include "io/ByteSource.h"
#include "io/ZipArchive.h"
#include "pickle/PickleStream.h"
#include "tree/Error.h"

#include <algorithm>
#include <cstring>

namespace skopos {

namespace {
std::unique_ptr<ByteSource> openPickled(const Document& doc, const ArrayInfo& a, const Limits& limits)
{
    std::unique_ptr<ByteSource> src;
    switch (a.pickled) {
    case Where::FileRange: src = doc.file ? openFileSource(doc.file) : openFileSource(doc.path); break;
    case Where::External: src = openFileSource(a.source); break;
    case Where::ZipMember: {
        const auto zip = doc.file ? std::make_unique<ZipArchive>(doc.file, limits)
                                  : std::make_unique<ZipArchive>(doc.path, limits);
        // A zip member inflated in memory (object arrays are small: their
        // elements are Python objects, not numbers).
        src = openMemorySource(zip->read(a.source, limits.maxStringBytes, limits.maxDecompressionRatio));
        break;
    }
    default: return nullptr;
    }
    if (src->skip(a.offset) != a.offset)
        throw ReadError("object array data starts past the end of its file", a.offset);
    return src;
}

std::string dirOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}
} // namespace

void scanObjectArrays(Document& doc, const OpenOptions& options)
{
    ObjectTree& t = doc.tree;
    std::vector<std::pair<NodeId, ArrayInfo>> found;
    for (NodeId n = 0; n < t.size(); ++n)
        if (const ArrayInfo* a = t.array(n); a && a->pickled != Where::Absent)
            found.emplace_back(n, *a); // copies: adding nodes below may move the arrays
    for (const auto& item : found) {
        const NodeId node = item.first;
        const ArrayInfo& a = item.second; // a plain reference: lambdas below capture it
        const std::string what = a.source.empty() ? std::string("the object array") : "object array " + a.source;
        const std::string refused = doc.format == "skops"
            ? " (skops itself refuses to load it: numpy.load with allow_pickle=False; any other loader of the archive "
              "unpickles it)"
            : " (numpy.load with allow_pickle=True and joblib unpickle it)";
        try {
            const auto open = [&] { return openPickled(doc, a, options.limits); };
            if (!open())
                continue;
            const NodeId first = static_cast<NodeId>(t.size());
            const pickle::StreamResult r = pickle::readPickleStream(open, doc, options, Where::Absent, dirOf(doc.path),
                                                                    " (in " + what + ")");
            t.setRawOffsetFrom(first, ObjectTree::kNoOffset); // offsets of another stream than the file's listing
            t.addChild(node, r.root, "pickled elements");
            pickle::attachDangerousNames(t, node, r.dangerous);
            doc.notes.push_back(what + ": its data is a pickle, read here" + refused);
            for (const auto& gname : r.globals)
                if (std::find(doc.globals.begin(), doc.globals.end(), gname) == doc.globals.end())
                    doc.globals.push_back(gname);
        } catch (const ReadError& e) {
            doc.notes.push_back(what + ": its pickle cannot be read (" + e.what() + ")" + refused);
        }
    }
    std::sort(doc.globals.begin(), doc.globals.end());
}

} // namespace skopos
