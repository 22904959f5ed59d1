#include "pickle/PickleReader.h"

#include "io/Decompress.h"
#include "pickle/PickleStream.h"
#include "tree/Error.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <set>
#include <vector>

namespace skopos {

namespace {
std::string dirOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

// Printers and views walk the tree; refuse trees deeper than the limit here,
// with an explicit stack, instead of letting them recurse.
void checkDepth(const ObjectTree& t, const Limits& limits)
{
    if (t.root == kNoNode)
        return;
    std::vector<std::uint8_t> seen(t.size(), 0);
    std::vector<std::pair<NodeId, std::uint32_t>> stack{{t.root, 0}};
    while (!stack.empty()) {
        const auto [n, d] = stack.back();
        stack.pop_back();
        if (seen[n])
            continue;
        seen[n] = 1;
        if (d > limits.maxDepth)
            throw ReadError("objects nested deeper than Limits::maxDepth (" + std::to_string(limits.maxDepth) + ")");
        for (auto e = t.firstEdge(n); e != ObjectTree::kEnd; e = t.edge(e).next)
            if (!seen[t.edge(e).child])
                stack.emplace_back(t.edge(e).child, d + 1);
    }
}
} // namespace

Document readPickleFile(const std::string& path, const OpenOptions& options)
{
    return readPickleFile(FileHandle::open(path), options);
}

Document readPickleFile(const FileHandlePtr& file, const OpenOptions& options)
{
    Document doc;
    doc.path = file->path();
    doc.file = file;
    const std::string& path = doc.path;
    std::string container;
    const auto open = [&] { return openModelStream(file, options.limits, container); };
    // The first open also tells the container (joblib's compressions).
    {
        auto probe = open();
    }
    const std::string inStream = container.empty() ? std::string() : " (in the " + container + "-decompressed stream)";
    pickle::StreamResult r = pickle::readPickleStream(
        open, doc, options, container.empty() ? Where::FileRange : Where::StreamRange, dirOf(path), inStream);
    // A broken harmless file stays an error; a broken file that named
    // something dangerous before (or after) the break is shown, with the
    // error as a note, so the verdict says what pickle.load has already run.
    if (r.firstFailed && r.dangerous.empty())
        throw ReadError(r.failure + inStream);
#ifdef __GLIBC__
    // The machine's tables (memo chunks, dropped scalars, node bits) are
    // freed; malloc keeps such holes in its main heap (~12 MB of memo for an
    // 800,000-entry vocabulary) while convert or the window builds beside the tree.
    if (doc.tree.size() > (1u << 16))
        malloc_trim(0);
#endif
    doc.protocol = r.protocol;
    doc.format = r.joblib ? "joblib" : "pickle";
    if (!container.empty())
        doc.format += "+" + container;
    doc.globals.assign(r.globals.begin(), r.globals.end());
    ObjectTree& t = doc.tree;
    t.root = r.root;
    if (!r.dangerous.empty()) {
        // The root is wrapped and the names kept as hidden children.
        NodeId wrap = t.root;
        if (!(t.node(wrap).kind == Kind::Opaque && t.typeName(wrap) == "(pickle stream)")) {
            wrap = t.add(Kind::Opaque, t.intern("(pickle stream)"));
            t.addChild(wrap, t.root, "value");
        }
        pickle::attachDangerousNames(t, wrap, r.dangerous);
        t.root = wrap;
    }
    checkDepth(doc.tree, options.limits);
    return doc;
}

} // namespace skopos
