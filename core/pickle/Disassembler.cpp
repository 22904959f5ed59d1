#include "pickle/Disassembler.h"

#include <algorithm>

#include "io/Decompress.h"
#include "pickle/Input.h"
#include "pickle/PickleMachine.h"
#include "tree/Error.h"
#include "tree/PyFloat.h"

#include <cstdio>

namespace skopos {

namespace {
using pickle::Arg;

// Python-like repr of a str or bytes operand, cut after maxLen characters.
std::string repr(const std::string& s, bool bytes, std::size_t maxLen = 60)
{
    std::string out = bytes ? "b'" : "'";
    std::size_t shown = 0;
    for (std::size_t i = 0; i < s.size() && shown < maxLen; ++i, ++shown) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\'' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else if (!bytes && c >= 0x80) {
            out += static_cast<char>(c); // UTF-8 text passes through
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        }
    }
    out += '\'';
    if (shown < s.size())
        out += "... (" + std::to_string(s.size()) + " bytes)";
    return out;
}

std::string argText(const pickle::OpInfo& op, const pickle::Operand& a)
{
    switch (op.arg) {
    case Arg::None: return {};
    case Arg::F8BE:
    case Arg::FloatLine: return pyFloatRepr(a.f);
    case Arg::IntLine:
        if (a.s2 == "bool")
            return a.i ? "True" : "False";
        [[fallthrough]];
    case Arg::LongLine:
    case Arg::Long1:
    case Arg::Long4: return a.isBig ? a.s : std::to_string(a.i);
    case Arg::TwoLines: return "'" + a.s + " " + a.s2 + "'";
    case Arg::StringLine:
    case Arg::String1:
    case Arg::String4:
    case Arg::Bytes1:
    case Arg::Bytes4:
    case Arg::Bytes8:
        if (a.located)
            return "<" + std::to_string(a.length) + " bytes at offset " + std::to_string(a.offset) + ">";
        return repr(a.s, true);
    case Arg::UnicodeLine:
    case Arg::Unicode1:
    case Arg::Unicode4:
    case Arg::Unicode8:
    case Arg::AsciiLine: return repr(a.s, false);
    default: return std::to_string(a.i);
    }
}

std::string codeText(std::uint8_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return std::string(1, static_cast<char>(c));
    char hex[8];
    std::snprintf(hex, sizeof hex, "\\x%02x", c);
    return hex;
}
} // namespace

void disassemble(const std::string& path, std::ostream& out, const OpenOptions& options)
{
    std::string container;
    auto src = openModelStream(path, options.limits, container);
    if (!container.empty())
        out << "# " << container << "-compressed; offsets are in the decompressed stream\n";
    Document doc; // the machine builds a tree as it goes; the listing is the product
    pickle::Input in(*src);
    const auto slash = path.find_last_of('/');
    pickle::Machine m(in, doc, options, container.empty() ? Where::FileRange : Where::StreamRange,
                      slash == std::string::npos ? "." : path.substr(0, slash));
    m.trace = [&out](const pickle::TraceEvent& e) {
        char off[32];
        std::snprintf(off, sizeof off, "%8llu: ", static_cast<unsigned long long>(e.offset));
        std::string line = off;
        // Indentation shows MARK nesting, capped so that deep nesting keeps the
        // listing linear in the file size (a bar counts the levels beyond).
        constexpr std::size_t kMaxIndent = 24;
        std::string indent(4 * std::min<std::size_t>(e.depth, kMaxIndent), ' ');
        if (e.depth > kMaxIndent)
            indent += "|" + std::to_string(e.depth) + "| ";
        if (!e.op) {
            line += "     " + indent + "[" + e.payload + "] " + std::to_string(e.length) + " bytes";
            out << line << '\n';
            return;
        }
        std::string code = codeText(e.op->code);
        code.resize(std::max<std::size_t>(code.size(), 5), ' ');
        std::string name(e.op->name);
        name.resize(std::max<std::size_t>(name.size(), 16), ' ');
        line += code + indent + name;
        const std::string arg = argText(*e.op, *e.arg);
        if (!arg.empty())
            line += " " + arg;
        if (e.memoIndex >= 0)
            line += " (memo " + std::to_string(e.memoIndex) + ")";
        if (e.markAt >= 0)
            line += " (MARK at " + std::to_string(e.markAt) + ")";
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    };
    try {
        m.run();
    } catch (...) {
        out.flush();
        throw;
    }
    out << "protocol " << m.protocol() << ", " << in.pos() << " bytes" << (container.empty() ? "" : " decompressed")
        << '\n';
}

} // namespace skopos
