#include "pickle/PickleReader.h"

#include "io/Decompress.h"
#include "pickle/Input.h"
#include "pickle/PickleMachine.h"
#include "tree/Error.h"

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
    Document doc;
    doc.path = path;
    std::string container;
    auto src = openModelStream(path, options.limits, container);
    pickle::Input in(*src);
    pickle::Machine m(in, doc, options, container.empty() ? Where::FileRange : Where::StreamRange, dirOf(path));
    try {
        doc.tree.root = m.run();
    } catch (const ReadError& e) {
        if (!container.empty())
            throw ReadError(std::string(e.what()) + " (in the " + container + "-decompressed stream)");
        throw;
    }
    doc.protocol = m.protocol();
    const bool joblib = m.sawNumpyWrapper() || m.sawOldWrapper();
    doc.format = joblib ? "joblib" : "pickle";
    if (!container.empty())
        doc.format += "+" + container;
    doc.globals.assign(m.globals().begin(), m.globals().end());

    // A dangerous global the stream names is flagged even when the value it
    // produced was discarded (POP) or hidden where the tree does not reach:
    // the root is wrapped and the names kept as hidden children.
    const auto dangerous = m.dangerousNamed();
    if (!dangerous.empty()) {
        ObjectTree& t = doc.tree;
        const NodeId wrap = t.add(Kind::Opaque, t.intern("(pickle stream)"));
        t.addChild(wrap, t.root, "value");
        for (const auto& name : dangerous) {
            const NodeId g = t.addGlobal(name);
            t.node(g).flags |= FlagHidden;
            t.addChild(wrap, g, "names");
        }
        t.root = wrap;
    }
    checkDepth(doc.tree, options.limits);
    return doc;
}

} // namespace skopos
