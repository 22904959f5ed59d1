#include "pickle/PickleStream.h"

#include "pickle/FlatScan.h"
#include "pickle/Input.h"
#include "pickle/PickleMachine.h"
#include "tree/Error.h"
#include "tree/Limits.h"

#include <algorithm>
#include <vector>

namespace skopos::pickle {

namespace {
constexpr std::size_t kMaxPickles = limits::kMaxPicklesPerStream; // tree/Limits.h
}

void attachDangerousNames(ObjectTree& t, NodeId parent, const std::set<std::string>& names)
{
    for (const auto& name : names) {
        const NodeId g = t.addGlobal(name);
        t.node(g).flags |= FlagHidden;
        t.addChild(parent, g, "names");
    }
}

StreamResult readPickleStream(const std::function<std::unique_ptr<ByteSource>()>& open, Document& doc,
                              const OpenOptions& options, Where where, const std::string& dir,
                              const std::string& inStream)
{
    StreamResult r;
    ObjectTree& t = doc.tree;
    auto src = open();
    Input in(*src);
    // A plain file's size bounds its opcodes, hence its nodes: reserving
    // avoids the growth copies that briefly hold the node table (and edges,
    // strings, offsets) twice. A pickled vocabulary makes a node every ~11
    // bytes (key, bytes, args tuple, scalar: 45 bytes); 8 leaves room. Capped,
    // so a huge array pickle reserves address space for 16 M nodes at most,
    // and untouched reserve costs no memory.
    if (const std::uint64_t size = src->sizeHint(); size > 0 && t.size() == 0) {
        const auto nodes = static_cast<std::size_t>(std::min<std::uint64_t>(size / 8 + 64, 16u << 20));
        t.reserve(nodes, nodes);
    }

    // The first pickle: what joblib.load and pickle.load return.
    Machine m(in, doc, options, where, dir);
    try {
        r.root = m.run();
    } catch (const ReadError& e) {
        r.failure = e.what();
        r.firstFailed = true;
        r.root = m.partialRoot();
    }
    r.protocol = m.protocol();
    r.joblib = m.sawNumpyWrapper() || m.sawOldWrapper();
    r.globals.insert(m.globals().begin(), m.globals().end());
    for (const auto& n : m.dangerousNamed())
        r.dangerous.insert(n);

    // A STOP inside a FRAME with bytes of the frame left over: a loader that
    // reads on starts the next pickle right after the STOP (the C unpickler
    // on a file it can peek() into) or after the frame (pure Python, the C
    // unpickler without peek()): two readings when anything follows the frame.
    const std::uint64_t total = src->sizeHint();
    const auto checkLeftover = [&](const Machine& done) {
        const std::uint64_t end = done.openFrameEnd();
        if (end && (total == 0 || end < total) && r.failure.empty()) {
            r.failure = "STOP at offset " + std::to_string(in.pos() - 1) + " leaves the FRAME ending at offset "
                + std::to_string(end) + " unfinished, and data follows: CPython's unpicklers start the next pickle at "
                + "either place" + inStream;
            r.firstFailed = true; // refused unless something dangerous is named
            doc.notes.push_back(r.failure);
        }
    };
    if (!r.firstFailed)
        checkLeftover(m);

    // More pickles after the first STOP.
    std::vector<std::pair<std::uint64_t, NodeId>> more;
    std::size_t complete = 0;
    while (!r.firstFailed && r.failure.empty()) {
        const std::uint64_t at = in.pos();
        try {
            if (in.atEnd())
                break;
        } catch (const ReadError& e) {
            doc.notes.push_back(std::string("data after the pickle cannot be read: ") + e.what() + inStream);
            break;
        }
        if (more.size() + 1 >= kMaxPickles) {
            doc.notes.push_back("more than " + std::to_string(kMaxPickles)
                                + " pickles in one stream: the rest is not read");
            break;
        }
        Machine next(in, doc, options, where, dir);
        try {
            more.emplace_back(at, next.run());
            ++complete;
            checkLeftover(next);
        } catch (const ReadError& e) {
            // No pickle from here on: pickle.load stops with this error, after
            // running what it decoded.
            const NodeId part = next.partialRoot();
            if (t.firstEdge(part) != ObjectTree::kEnd)
                more.emplace_back(at, part);
            r.failure = e.what();
            // Bytes Python's readers read in two ways refuse the whole stream.
            r.firstFailed = r.firstFailed || next.ambiguous();
            doc.notes.push_back("trailing bytes after the pickle's STOP, from offset " + std::to_string(at) + inStream
                                + ": not a complete pickle (" + e.what() + ")");
        }
        r.globals.insert(next.globals().begin(), next.globals().end());
        for (const auto& n : next.dangerousNamed())
            r.dangerous.insert(n);
    }
    if (complete)
        doc.notes.push_back(
            std::to_string(complete)
            + " more pickle(s) follow the first one's STOP: a loader that calls pickle.load again runs them");

    // An error (or a limit) stopped the tree: walk the opcodes flat, as static
    // scanners do, so that no global named anywhere stays hidden.
    if (!r.failure.empty()) {
        auto again = open();
        Input in2(*again);
        const FlatScanResult flat = flatScan(in2, options.limits, [&options] { return options.cancelled(); });
        std::string hidden;
        for (const auto& g : flat.globals) {
            r.globals.insert(g.name);
            if (!g.dangerous.empty() && r.dangerous.insert(g.dangerous).second)
                hidden += (hidden.empty() ? "" : ", ") + g.dangerous + " (offset " + std::to_string(g.offset) + ")";
        }
        if (!hidden.empty())
            doc.notes.push_back("a flat opcode walk past the error names dangerous globals the tree does not reach: "
                                + hidden);
        if (r.firstFailed)
            doc.notes.insert(doc.notes.begin(),
                             "the pickle stops with an error: " + r.failure + inStream
                                 + "; pickle.load has already run what was decoded before it, shown here");
    }

    if (!more.empty()) {
        const NodeId wrap = t.add(Kind::Opaque, t.intern("(pickle stream)"));
        t.addChild(wrap, r.root, "value");
        for (std::size_t i = 0; i < more.size(); ++i)
            t.addChild(wrap, more[i].second,
                       t.addString("pickle " + std::to_string(i + 2) + " at offset " + std::to_string(more[i].first)));
        r.root = wrap;
    }
    return r;
}

} // namespace skopos::pickle
