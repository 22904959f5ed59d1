#include "cli/TreePrinter.h"

#include "tree/JsonQuote.h"

#include <vector>

namespace skopos {

namespace {

bool isPrimitive(Kind k)
{
    return k == Kind::None || k == Kind::Bool || k == Kind::Int || k == Kind::BigInt || k == Kind::Float
        || k == Kind::Str;
}

std::string describe(const ObjectTree& t, const AuditResult& audit, NodeId n)
{
    const Node& node = t.node(n);
    std::string s(t.typeName(n));
    if (isPrimitive(node.kind)) {
        s += " = " + t.valueText(n, 60);
    } else if (node.kind == Kind::Array || node.kind == Kind::DType) {
        s += " " + t.valueText(n, 60);
    } else if (node.kind == Kind::Method) {
        s += "." + std::string(t.strValue(n));
    } else if (node.kind == Kind::Sparse && !t.strValue(n).empty()) {
        s += " (" + std::string(t.strValue(n)) + ")";
    }
    if (audit.verdict(n) == Verdict::Dangerous)
        s += " [DANGEROUS]";
    else if (audit.verdict(n) == Verdict::Untrusted)
        s += " [UNSAFE]";
    return s;
}

std::string labelOf(const ObjectTree& t, StrId label, std::uint32_t index)
{
    if (label != kNoStr)
        return std::string(t.str(label));
    return "[" + std::to_string(index) + "]";
}

} // namespace

void printTreeText(const Document& doc, std::ostream& out, Show show)
{
    printTreeText(doc, audit(doc.tree), out, show);
}

void printTreeText(const Document& doc, const AuditResult& audit, std::ostream& out, Show show)
{
    const ObjectTree& t = doc.tree;
    if (t.root == kNoNode)
        return;
    const std::vector<std::uint8_t> unsafeBelow = unsafeSubtrees(t, audit);
    std::vector<std::uint8_t> printed(t.size(), 0);
    out << "root: " << describe(t, audit, t.root) << '\n';
    printed[t.root] = 1;
    // One prefix buffer for the whole walk: a frame remembers only how much of
    // it is its own, so memory stays linear in depth (a copy per frame held
    // depth^2 bytes: ~300 MB for 10,000 levels).
    struct Frame {
        NodeId node;
        std::uint32_t edge;
        std::uint32_t index;
        std::size_t prefixLength;
    };
    std::string prefix;
    std::vector<Frame> stack{{t.root, t.firstEdge(t.root), 0, 0}};
    const auto visible = [&](NodeId c) {
        const Node& node = t.node(c);
        const bool sub = unsafeBelow[c] != 0;
        if ((node.flags & FlagHidden) && !sub)
            return false;
        switch (show) {
        case Show::All: return true;
        case Show::Untrusted: return sub;
        case Show::Trusted: return !isUnsafe(audit.verdict(c));
        }
        return true;
    };
    while (!stack.empty()) {
        Frame& f = stack.back();
        // find the next visible child, to know whether it is the last one
        while (f.edge != ObjectTree::kEnd && !visible(t.edge(f.edge).child)) {
            f.edge = t.edge(f.edge).next;
            ++f.index;
        }
        if (f.edge == ObjectTree::kEnd) {
            stack.pop_back();
            continue;
        }
        const Edge& e = t.edge(f.edge);
        const std::uint32_t index = f.index;
        auto next = e.next;
        std::uint32_t nextIndex = index + 1;
        while (next != ObjectTree::kEnd && !visible(t.edge(next).child)) {
            next = t.edge(next).next;
            ++nextIndex;
        }
        const bool last = next == ObjectTree::kEnd;
        f.edge = next;
        f.index = nextIndex;
        prefix.resize(f.prefixLength); // back from a deeper frame's prefix
        const NodeId c = e.child;
        out << prefix << (last ? "└── " : "├── ") << labelOf(t, e.label, index) << ": " << describe(t, audit, c);
        if (printed[c] && t.firstEdge(c) != ObjectTree::kEnd) {
            out << " (shown above)\n";
            continue;
        }
        out << '\n';
        printed[c] = 1;
        if (t.firstEdge(c) != ObjectTree::kEnd) {
            prefix += last ? "    " : "│   ";
            stack.push_back({c, t.firstEdge(c), 0, prefix.size()});
        }
    }
}

namespace {
void writeList(std::ostream& out, const std::vector<std::string>& v)
{
    out << '[';
    for (std::size_t i = 0; i < v.size(); ++i)
        out << (i ? ", " : "") << jsonQuote(v[i]);
    out << ']';
}

void writeArray(std::ostream& out, const ArrayInfo& a)
{
    static const char* where[] = {"absent", "zip-member", "file-range", "stream-range", "external", "children"};
    out << "{\"dtype\": " << jsonQuote(a.descr) << ", \"shape\": [";
    for (std::size_t i = 0; i < a.shape.size(); ++i)
        out << (i ? ", " : "") << a.shape[i];
    out << "], \"fortran_order\": " << (a.fortranOrder ? "true" : "false") << ", \"where\": \""
        << where[static_cast<int>(a.where)] << "\"";
    if (!a.source.empty())
        out << ", \"source\": " << jsonQuote(a.source);
    out << ", \"offset\": " << a.offset << ", \"length\": " << a.length << "}";
}
} // namespace

void writeCallsJson(std::ostream& out, const CallsResult& calls)
{
    out << '[';
    bool first = true;
    for (const CallReport& c : calls.reports) {
        out << (first ? "" : ", ") << "{\"name\": " << jsonQuote(c.name) << ", \"finding\": \""
            << callFindingName(c.finding) << "\", \"via\": ";
        writeList(out, c.via);
        out << ", \"count\": " << c.count << ", \"detail\": " << jsonQuote(c.detail)
            << ", \"dangerous\": " << (c.dangerous ? "true" : "false") << ", \"offset\": ";
        if (c.offset == ObjectTree::kNoOffset)
            out << "null";
        else
            out << c.offset;
        out << '}';
        first = false;
    }
    out << ']';
}

void printTreeJson(const Document& doc, const AuditResult& audit, std::ostream& out, const TrustProfile* profile)
{
    const ObjectTree& t = doc.tree;
    out << "{\"file\": " << jsonQuote(doc.path) << ", \"format\": " << jsonQuote(doc.format)
        << ", \"protocol\": " << doc.protocol << ", \"untrusted\": ";
    writeList(out, audit.untrusted);
    out << ", \"dangerous\": ";
    writeList(out, audit.dangerous);
    out << ", \"calls\": ";
    writeCallsJson(out, audit.calls);
    out << ", \"notes\": ";
    writeList(out, doc.notes);
    if (doc.format != "skops") {
        out << ", \"globals\": ";
        writeList(out, doc.globals);
    }
    if (profile)
        out << ", \"profile\": " << profile->versionsJson();
    out << ", \"root\": ";
    if (t.root == kNoNode) {
        out << "null}\n";
        return;
    }
    // Iterative writer: a node reached again is written as {"ref": id}.
    std::vector<std::uint8_t> written(t.size(), 0);
    struct Frame {
        NodeId node;
        std::uint32_t edge;
        bool first;
        bool inEdge; // opened as the "node" of an edge object, which closes with it
    };
    std::vector<Frame> stack;
    const auto open = [&](NodeId n) {
        const Node& node = t.node(n);
        out << "{\"id\": " << n;
        if (written[n]) {
            out << ", \"ref\": true, \"type\": " << jsonQuote(t.typeName(n)) << "}";
            return false;
        }
        written[n] = 1;
        out << ", \"kind\": \"" << kindName(node.kind) << "\", \"type\": " << jsonQuote(t.typeName(n))
            << ", \"loader\": " << jsonQuote(loaderName(node.loader)) << ", \"verdict\": \""
            << verdictName(audit.verdict(n)) << "\"";
        if (node.flags & FlagHidden)
            out << ", \"hidden\": true";
        if (isPrimitive(node.kind) || node.kind == Kind::DType || node.kind == Kind::Method
            || ((node.kind == Kind::Bytes || node.kind == Kind::ByteArray) && (node.flags & FlagStrValue)))
            out << ", \"value\": " << jsonQuote(t.valueText(n, 1 << 20));
        if (const ArrayInfo* a = t.array(n)) {
            out << ", \"array\": ";
            writeArray(out, *a);
        }
        if (node.firstEdge == ObjectTree::kEnd) {
            out << "}";
            return false;
        }
        out << ", \"children\": [";
        return true;
    };
    if (open(t.root))
        stack.push_back({t.root, t.firstEdge(t.root), true, false});
    while (!stack.empty()) {
        Frame& f = stack.back();
        if (f.edge == ObjectTree::kEnd) {
            out << (f.inEdge ? "]}}" : "]}");
            stack.pop_back();
            continue;
        }
        const Edge e = t.edge(f.edge);
        f.edge = e.next;
        if (!f.first)
            out << ", ";
        f.first = false;
        out << "{\"key\": ";
        if (e.label == kNoStr)
            out << "null";
        else
            out << jsonQuote(t.str(e.label));
        out << ", \"node\": ";
        if (open(e.child))
            stack.push_back({e.child, t.firstEdge(e.child), true, true});
        else
            out << "}";
    }
    out << "}\n";
}

} // namespace skopos
