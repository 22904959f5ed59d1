#include "pickle/PickleZip.h"

#include "io/ZipArchive.h"
#include "pickle/PickleStream.h"
#include "tree/Error.h"

#include <cstring>

namespace skopos {

namespace {
bool endsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// A member a loader would unpickle: named like a pickle, or starting with
// PROTO (protocol 2+), whatever its name.
bool looksLikePickle(const std::string& name, std::string_view head)
{
    for (std::string_view ext : {".pkl", ".pickle", ".joblib", ".pck", ".pt", ".pth", ".bin", ".dat", ".data"})
        if (endsWith(name, ext))
            return true;
    return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x80 && static_cast<unsigned char>(head[1]) <= 5;
}
} // namespace

std::optional<Document> readPickleMembers(const std::string& path, const OpenOptions& options)
{
    return readPickleMembers(FileHandle::open(path), options);
}

std::optional<Document> readPickleMembers(const FileHandlePtr& file, const OpenOptions& options)
{
    ZipArchive zip(file, options.limits);
    if (zip.find("schema.json"))
        return std::nullopt;
    Document doc;
    doc.path = file->path();
    doc.file = file;
    doc.format = "zip+pickle";
    ObjectTree& t = doc.tree;
    std::set<std::string> dangerous, globals;
    NodeId root = kNoNode;
    for (const auto& entry : zip.entries()) {
        const struct {
            std::string name;
        } e{std::string(entry.name)};
        if (e.name.ends_with('/') || !looksLikePickle(e.name, zip.readPrefix(e.name, 2)))
            continue;
        if (root == kNoNode)
            root = t.add(Kind::Dict, t.intern("(zip of pickles)"));
        try {
            const std::string data = zip.read(e.name, options.limits.maxStringBytes,
                                              options.limits.maxDecompressionRatio);
            const auto open = [&] { return openMemoryView(data); };
            const NodeId first = static_cast<NodeId>(t.size());
            const pickle::StreamResult r = pickle::readPickleStream(open, doc, options, Where::Absent, {},
                                                                    " (in member " + e.name + ")");
            t.setRawOffsetFrom(first, ObjectTree::kNoOffset); // offsets inside a member, not the file
            if (r.firstFailed && r.dangerous.empty())
                doc.notes.push_back("member " + e.name + " is not a pickle Skopos can read: " + r.failure);
            t.addChild(root, r.root, t.addString(e.name));
            dangerous.insert(r.dangerous.begin(), r.dangerous.end());
            globals.insert(r.globals.begin(), r.globals.end());
            doc.protocol = std::max(doc.protocol, r.protocol);
        } catch (const ReadError& err) {
            doc.notes.push_back("member " + e.name + " cannot be read: " + err.what());
        }
    }
    if (root == kNoNode)
        return std::nullopt;
    doc.notes.insert(doc.notes.begin(), "a zip archive of pickles (not a skops file): each pickle member is read");
    pickle::attachDangerousNames(t, root, dangerous);
    t.root = root;
    doc.globals.assign(globals.begin(), globals.end());
    return doc;
}

} // namespace skopos
