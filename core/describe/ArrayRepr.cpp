#include "describe/ArrayRepr.h"

#include "describe/PrettyPrinter.h"
#include "describe/PyText.h"
#include "io/ArrayReader.h"
#include "tree/PyFloat.h"

#include <cmath>
#include <cstdio>
#include <functional>

namespace skopos {

namespace {

constexpr std::size_t kLineWidth = 75;
constexpr std::int64_t kThreshold = 1000;
constexpr std::int64_t kEdgeItems = 3;

// Digits of one float as numpy's maxprec mode keeps them: the shortest
// text that reads back, cut to 8 fractional digits.
struct FloatParts {
    std::string intPart; // with sign
    std::string frac;    // without trailing zeros
};

FloatParts positional(double x)
{
    FloatParts p;
    std::string r = pyFloatRepr(x);
    const bool sci = r.find('e') != std::string::npos;
    // Shortest round-trip digits that need more than 8 decimals, or scientific
    // ones: print with 8 decimals and trim zeros (maxprec).
    std::string fixed = r;
    const auto dot = r.find('.');
    if (sci || (dot != std::string::npos && r.size() - dot - 1 > 8)) {
        char buf[512];
        std::snprintf(buf, sizeof buf, "%.8f", x);
        fixed = buf;
        if (r.find('e') != std::string::npos && std::fabs(x) >= 1e16) {
            // Integral and huge: all digits, no fraction.
            std::snprintf(buf, sizeof buf, "%.0f", x);
            fixed = std::string(buf) + ".0";
        }
    }
    const auto d = fixed.find('.');
    p.intPart = fixed.substr(0, d);
    p.frac = d == std::string::npos ? std::string() : fixed.substr(d + 1);
    while (!p.frac.empty() && p.frac.back() == '0')
        p.frac.pop_back();
    return p;
}

struct Scientific {
    std::string mant; // digits after the point
    std::string lead; // sign and first digit
    int exp = 0;
};

Scientific scientific(double x)
{
    Scientific s;
    char buf[64];
    // Shortest digits that read back, at most 9 significant (precision 8).
    for (int prec = 0; prec <= 8; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*e", prec, x);
        if (prec == 8 || std::strtod(buf, nullptr) == x)
            break;
    }
    std::string t = buf;
    const auto e = t.find('e');
    s.exp = std::atoi(t.c_str() + e + 1);
    std::string m = t.substr(0, e);
    const auto dot = m.find('.');
    s.lead = m.substr(0, dot);
    s.mant = dot == std::string::npos ? std::string() : m.substr(dot + 1);
    while (!s.mant.empty() && s.mant.back() == '0')
        s.mant.pop_back();
    return s;
}

std::vector<std::string> formatFloats(const std::vector<double>& xs)
{
    std::vector<std::string> out;
    double maxAbs = 0, minAbs = INFINITY;
    bool anyFinite = false;
    for (double x : xs) {
        if (!std::isfinite(x))
            continue;
        const double a = std::fabs(x);
        if (a == 0)
            continue;
        anyFinite = true;
        maxAbs = std::max(maxAbs, a);
        minAbs = std::min(minAbs, a);
    }
    const bool exp = anyFinite && (maxAbs >= 1e8 || minAbs < 1e-4 || maxAbs / minAbs > 1e3);
    if (exp) {
        std::vector<Scientific> parts;
        std::size_t lead = 0, mant = 0, ex = 2;
        for (double x : xs) {
            if (!std::isfinite(x)) {
                parts.push_back({});
                continue;
            }
            Scientific s = scientific(x);
            lead = std::max(lead, s.lead.size());
            mant = std::max(mant, s.mant.size());
            ex = std::max(ex, std::to_string(std::abs(s.exp)).size());
            parts.push_back(s);
        }
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double x = xs[i];
            const std::size_t width = lead + 1 + mant + 2 + ex;
            if (!std::isfinite(x)) {
                std::string t = std::isnan(x) ? "nan" : x > 0 ? "inf" : "-inf";
                out.push_back(std::string(width > t.size() ? width - t.size() : 0, ' ') + t);
                continue;
            }
            const Scientific& s = parts[i];
            std::string e = std::to_string(std::abs(s.exp));
            e = std::string(ex - e.size(), '0') + e;
            out.push_back(std::string(lead - s.lead.size(), ' ') + s.lead + "." + s.mant
                          + std::string(mant - s.mant.size(), '0') + "e" + (s.exp < 0 ? "-" : "+") + e);
        }
        return out;
    }
    std::vector<FloatParts> parts;
    std::size_t left = 0, right = 0;
    for (double x : xs) {
        if (!std::isfinite(x)) {
            parts.push_back({});
            continue;
        }
        FloatParts p = positional(x);
        left = std::max(left, p.intPart.size());
        right = std::max(right, p.frac.size());
        parts.push_back(p);
    }
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double x = xs[i];
        if (!std::isfinite(x)) {
            std::string t = std::isnan(x) ? "nan" : x > 0 ? "inf" : "-inf";
            const std::size_t width = left + 1 + right;
            out.push_back(std::string(width > t.size() ? width - t.size() : 0, ' ') + t);
            continue;
        }
        const FloatParts& p = parts[i];
        out.push_back(std::string(left - p.intPart.size(), ' ') + p.intPart + "." + p.frac
                      + std::string(right - p.frac.size(), ' '));
    }
    return out;
}

std::string intText(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

// Lays out the elements of an N-d array as numpy's _formatArray does:
// rows wrapped at the line width (less the closing text), nested brackets,
// one more newline between blocks per axis, "..." where summarised.
class Layout {
public:
    Layout(const std::vector<std::string>& words, const std::vector<std::int64_t>& shape, bool summarise)
        : words_(words), shape_(shape), summarise_(summarise)
    {
    }

    std::string text(std::size_t lineWidth)
    {
        std::size_t index = 0;
        // "array(" and the opening bracket: continuation lines start under the first element.
        return recurse(0, std::string(7, ' '), lineWidth, index);
    }

private:
    std::string recurse(std::size_t axis, const std::string& hanging, std::size_t width, std::size_t& index)
    {
        const std::size_t axesLeft = shape_.size() - axis;
        if (axesLeft == 0)
            return words_[index++];
        const std::string nextHanging = hanging + ' ';
        const std::int64_t n = shape_[axis];
        const bool cut = summarise_ && 2 * kEdgeItems < n;
        const std::int64_t leading = cut ? kEdgeItems : 0;
        const std::int64_t trailing = cut ? kEdgeItems : n;
        std::string s;
        if (axesLeft == 1) {
            const std::size_t elemWidth = width - 1; // room for the ","
            std::string line = hanging;
            const auto extend = [&](const std::string& word, std::size_t w) {
                if (line.size() + pyLen(word) > w && line.size() > hanging.size()) {
                    s += rstrip(line) + "\n";
                    line = hanging;
                }
                line += word;
            };
            for (std::int64_t i = 0; i < leading; ++i) {
                extend(words_[index++], elemWidth);
                line += ", ";
            }
            if (cut) {
                extend("...", elemWidth);
                line += ", ";
            }
            for (std::int64_t i = 0; i < trailing; ++i) {
                const bool last = i + 1 == trailing;
                extend(words_[index++], last ? width : elemWidth);
                if (!last)
                    line += ", ";
            }
            s += line;
        } else {
            const std::string lineSep = "," + std::string(axesLeft - 1, '\n');
            for (std::int64_t i = 0; i < leading; ++i)
                s += hanging + recurse(axis + 1, nextHanging, width - 1, index) + lineSep;
            if (cut)
                s += hanging + "..." + lineSep;
            for (std::int64_t i = 0; i < trailing; ++i) {
                s += hanging + recurse(axis + 1, nextHanging, width - 1, index);
                if (i + 1 < trailing)
                    s += lineSep;
            }
        }
        return "[" + s.substr(std::min(hanging.size(), s.size())) + "]";
    }

    static std::string rstrip(std::string s)
    {
        while (!s.empty() && s.back() == ' ')
            s.pop_back();
        return s;
    }

    const std::vector<std::string>& words_;
    const std::vector<std::int64_t>& shape_;
    bool summarise_;
};

// Indices (in C order) of the elements numpy shows of a summarised array.
void shownIndices(const std::vector<std::int64_t>& shape, bool summarise, std::size_t axis, std::int64_t base,
                  std::vector<std::int64_t>& out)
{
    if (axis == shape.size()) {
        out.push_back(base);
        return;
    }
    std::int64_t stride = 1;
    for (std::size_t a = axis + 1; a < shape.size(); ++a)
        stride *= shape[a];
    const std::int64_t n = shape[axis];
    const bool cut = summarise && 2 * kEdgeItems < n;
    for (std::int64_t i = 0; i < n; ++i) {
        if (cut && i == kEdgeItems)
            i = n - kEdgeItems;
        shownIndices(shape, summarise, axis + 1, base + i * stride, out);
    }
}

} // namespace

std::string layoutArray(const std::vector<std::string>& words, const std::vector<std::int64_t>& shape, bool summarised,
                        const std::string& suffix)
{
    return "array(" + Layout(words, shape, summarised).text(kLineWidth - pyLen(suffix) - 1) + suffix + ")";
}

std::vector<std::int64_t> shownElements(const std::vector<std::int64_t>& shape)
{
    std::int64_t total = 1;
    for (auto d : shape)
        total *= d;
    std::vector<std::int64_t> idx;
    shownIndices(shape, total > kThreshold, 0, 0, idx);
    return idx;
}

bool readArrayValues(const Document& doc, NodeId n, std::int64_t max, ArrayPreview& out)
{
    const ArrayInfo* info = doc.tree.array(n);
    if (!info)
        return false;
    const SimpleDType dt = parseSimpleDType(info->descr);
    if (!dt.valid())
        return false;
    const std::int64_t total = info->elementCount();
    if (info->where == Where::Absent) {
        const NodeId data = doc.tree.child(n, "data");
        if (!doc.tree.valid(data) || total < 0)
            return false;
        std::string_view bytes = doc.tree.strValue(data);
        std::string latin1;
        if (doc.tree.node(data).kind == Kind::Str) {
            // Protocol 0 keeps the bytes as latin-1 text: one character per byte.
            for (std::size_t i = 0; i < bytes.size();) {
                const auto b = static_cast<unsigned char>(bytes[i]);
                if (b < 0x80) {
                    latin1 += static_cast<char>(b);
                    i += 1;
                } else if ((b & 0xE0) == 0xC0 && i + 1 < bytes.size()) {
                    latin1 += static_cast<char>(((b & 0x1F) << 6) | (static_cast<unsigned char>(bytes[i + 1]) & 0x3F));
                    i += 2;
                } else {
                    return false;
                }
            }
            bytes = latin1;
        } else if (doc.tree.node(data).kind != Kind::Bytes) {
            return false;
        }
        const std::int64_t count = std::min(max, total);
        if (static_cast<std::uint64_t>(count) * static_cast<std::uint64_t>(dt.size) > bytes.size())
            return false;
        out = ArrayPreview{};
        out.dtype = dt;
        out.total = total;
        out.fortranOrder = info->fortranOrder;
        decodeElements(dt, bytes.data(), count, out);
        out.count = count;
        return true;
    }
    try {
        out = readArrayPreview(doc.path, *info, max);
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

std::string arrayRepr(const Document& doc, NodeId n)
{
    const ArrayInfo* info = doc.tree.array(n);
    if (!info)
        return "array(...)";
    const SimpleDType dt = parseSimpleDType(info->descr);
    const std::int64_t total = info->elementCount();
    if (!dt.valid() || dt.kind == 'c' || total < 0 || total > kMaxReprElements)
        return "array(...)";
    ArrayPreview p;
    if (!readArrayValues(doc, n, total, p) || p.count != total)
        return "array(...)";
    const bool summarise = total > kThreshold;
    std::vector<std::int64_t> idx;
    shownIndices(info->shape, summarise, 0, 0, idx);
    if (info->fortranOrder) {
        // The bytes are in Fortran order: where each C-order element lives.
        for (auto& i : idx) {
            std::int64_t rest = i, f = 0, stride = 1;
            std::vector<std::int64_t> multi(info->shape.size());
            for (std::size_t a = info->shape.size(); a-- > 0;) {
                multi[a] = info->shape[a] ? rest % info->shape[a] : 0;
                rest = info->shape[a] ? rest / info->shape[a] : 0;
            }
            for (std::size_t a = 0; a < info->shape.size(); ++a) {
                f += multi[a] * stride;
                stride *= info->shape[a];
            }
            i = f;
        }
    }
    std::vector<std::string> words;
    words.reserve(idx.size());
    if (dt.kind == 'f') {
        std::vector<double> xs;
        for (auto i : idx)
            xs.push_back(p.values[static_cast<std::size_t>(i)]);
        words = formatFloats(xs);
    } else {
        std::size_t width = 0;
        for (auto i : idx) {
            std::string w;
            if (dt.kind == 'b')
                w = p.values[static_cast<std::size_t>(i)] != 0 ? "True" : "False";
            else if (dt.isText())
                w = dt.kind == 'S' ? pyBytesRepr(p.text[static_cast<std::size_t>(i)])
                                   : pyStrRepr(p.text[static_cast<std::size_t>(i)]);
            else
                w = intText(p.values[static_cast<std::size_t>(i)]);
            width = std::max(width, pyLen(w));
            words.push_back(std::move(w));
        }
        if (!dt.isText())
            for (auto& w : words)
                w = std::string(width - pyLen(w), ' ') + w;
    }
    std::string suffix;
    const std::string name = numpyDtypeName(info->descr);
    const bool defaultType = name == "float64" || name == "int64" || name == "bool";
    if (!defaultType)
        suffix = dt.isText() ? ", dtype='" + name + "'" : ", dtype=" + name;
    std::string body;
    if (total == 0) {
        body = "[]";
        if (info->shape.size() != 1) {
            std::string shape = "(";
            for (std::size_t i = 0; i < info->shape.size(); ++i)
                shape += (i ? ", " : "") + std::to_string(info->shape[i]);
            shape += info->shape.size() == 1 ? ",)" : ")";
            suffix = ", shape=" + shape + (defaultType ? ", dtype=" + name : suffix.empty() ? "" : suffix);
        }
    } else {
        body = Layout(words, info->shape, summarise).text(kLineWidth - pyLen(suffix) - 1);
    }
    return "array(" + body + suffix + ")";
}

} // namespace skopos
