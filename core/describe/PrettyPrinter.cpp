#include "describe/PrettyPrinter.h"

#include <string_view>

namespace skopos {

namespace {

constexpr std::size_t kWidth = 80;        // PrettyPrinter's default width
constexpr std::size_t kMaxItems = 30;     // N_MAX_ELEMENTS_TO_SHOW
constexpr std::size_t kMaxNonBlank = 700; // N_CHAR_MAX

bool laidOut(const PyValue& v)
{
    // The shapes pprint has a layout for when the one-line form is too long;
    // anything else (numpy arrays, functions...) is written as its repr.
    return v.shape != PyValue::Shape::Atom;
}

// Signed widths: the printer's budgets go below zero on deep nesting.
using Width = long long;

class Printer {
public:
    std::string out;

    void format(const PyValue& v, Width indent, Width allowance)
    {
        const std::string rep = oneLineRepr(v);
        if (static_cast<Width>(pyLen(rep)) > static_cast<Width>(kWidth) - indent - allowance && laidOut(v)) {
            switch (v.shape) {
            case PyValue::Shape::Estimator:
                out += v.text;
                out += '(';
                entries(v, indent + static_cast<Width>(pyLen(v.text)), allowance + 1, false);
                out += ')';
                return;
            case PyValue::Shape::Dict:
                out += '{';
                entries(v, indent, allowance + 1, true);
                out += '}';
                return;
            case PyValue::Shape::List:
                out += '[';
                items(v, indent, allowance + 1);
                out += ']';
                return;
            case PyValue::Shape::Tuple: {
                const char* end = v.items.size() == 1 ? ",)" : ")";
                out += '(';
                items(v, indent, allowance + static_cast<Width>(std::string_view(end).size()));
                out += end;
                return;
            }
            case PyValue::Shape::Atom: break;
            }
        }
        out += rep;
    }

private:
    // One "key=value" (or "'key': value") that did not fit on its line:
    // the value laid out after the key.
    void keyValue(const std::string& key, bool isDict, const PyValue& value, Width indent, Width allowance)
    {
        const char* middle = isDict ? ": " : "=";
        out += key;
        out += middle;
        format(value, indent + static_cast<Width>(pyLen(key) + std::string_view(middle).size()), allowance);
    }

    // Parameters of an estimator or items of a dict, packed several to a
    // line while they fit (the printer is compact), one per line otherwise.
    void entries(const PyValue& v, Width indent, Width allowance, bool isDict)
    {
        packed(
            v.entries.size(), indent, allowance,
            [&](std::size_t i) {
                return v.entries[i].first + (isDict ? ": " : "=") + oneLineRepr(v.entries[i].second);
            },
            [&](std::size_t i, Width at, Width left) {
                keyValue(v.entries[i].first, isDict, v.entries[i].second, at, left);
            });
    }

    // Items of a list or tuple, packed the same way.
    void items(const PyValue& v, Width indent, Width allowance)
    {
        packed(
            v.items.size(), indent, allowance, [&](std::size_t i) { return oneLineRepr(v.items[i]); },
            [&](std::size_t i, Width at, Width left) { format(v.items[i], at, left); });
    }

    // The packing both share: element i on the current line as oneLine(i)
    // while it fits, else on a new line; one that fits on no line is laid
    // out by layOut(i, indent, allowance) over several lines.
    template <typename OneLine, typename LayOut>
    void packed(std::size_t n, Width indent, Width allowance, OneLine oneLine, LayOut layOut)
    {
        indent += 1;
        const std::string newline = ",\n" + std::string(static_cast<std::size_t>(std::max<Width>(indent, 0)), ' ');
        std::string delim;
        Width width = static_cast<Width>(kWidth) - indent + 1;
        Width maxWidth = width;
        for (std::size_t i = 0; i < n; ++i) {
            if (i == kMaxItems) {
                out += ", ...";
                break;
            }
            const bool last = i + 1 == n;
            if (last) {
                maxWidth -= allowance;
                width -= allowance;
            }
            const std::string rep = oneLine(i);
            const Width w = static_cast<Width>(pyLen(rep)) + 2;
            if (width < w) {
                width = maxWidth;
                if (!delim.empty())
                    delim = newline;
            }
            if (width >= w) {
                width -= w;
                out += delim;
                delim = ", ";
                out += rep;
                continue;
            }
            out += delim;
            delim = newline;
            layOut(i, indent, last ? allowance : 1);
        }
    }
};

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool isLead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Bytes from the start that hold the first `count` non-blank characters.
std::size_t prefixWithNonBlank(std::string_view s, std::size_t count)
{
    std::size_t seen = 0, i = 0;
    while (i < s.size() && seen < count) {
        if (!isBlank(s[i]) && isLead(s[i]))
            ++seen;
        ++i;
        while (i < s.size() && !isLead(s[i]))
            ++i;
    }
    return seen == count ? i : std::string_view::npos;
}

// Bytes from the end that hold the last `count` non-blank characters.
std::size_t suffixWithNonBlank(std::string_view s, std::size_t count)
{
    std::size_t seen = 0, i = s.size();
    while (i > 0 && seen < count) {
        --i;
        while (i > 0 && !isLead(s[i]))
            --i;
        if (!isBlank(s[i]))
            ++seen;
    }
    return seen == count ? s.size() - i : std::string_view::npos;
}

} // namespace

std::size_t pyLen(std::string_view utf8)
{
    std::size_t n = 0;
    for (char c : utf8)
        n += isLead(c);
    return n;
}

std::string oneLineRepr(const PyValue& v)
{
    std::string s;
    switch (v.shape) {
    case PyValue::Shape::Atom: return v.text;
    case PyValue::Shape::List:
    case PyValue::Shape::Tuple: {
        const bool list = v.shape == PyValue::Shape::List;
        s += list ? '[' : '(';
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            if (i)
                s += ", ";
            s += oneLineRepr(v.items[i]);
        }
        if (!list && v.items.size() == 1)
            s += ',';
        s += list ? ']' : ')';
        return s;
    }
    case PyValue::Shape::Dict:
    case PyValue::Shape::Estimator: {
        const bool dict = v.shape == PyValue::Shape::Dict;
        s += dict ? "{" : v.text + "(";
        for (std::size_t i = 0; i < v.entries.size(); ++i) {
            if (i)
                s += ", ";
            s += v.entries[i].first;
            s += dict ? ": " : "=";
            s += oneLineRepr(v.entries[i].second);
        }
        s += dict ? '}' : ')';
        return s;
    }
    }
    return s;
}

std::string prettyFormat(const PyValue& v)
{
    Printer p;
    p.format(v, 0, 0);
    return std::move(p.out);
}

std::string estimatorRepr(const PyValue& v)
{
    std::string r = prettyFormat(v);
    std::size_t nonBlank = 0;
    for (char c : r)
        nonBlank += !isBlank(c) && isLead(c);
    if (nonBlank <= kMaxNonBlank)
        return r;
    // Keep about half of the budget at each end; when the cut spans lines,
    // the kept end starts at a line of its own.
    const std::size_t half = kMaxNonBlank / 2;
    const std::size_t left = prefixWithNonBlank(r, half);
    std::size_t right = suffixWithNonBlank(r, half);
    if (left == std::string::npos || right == std::string::npos)
        return r;
    if (left < r.size() - right
        && std::string_view(r).substr(left, r.size() - right - left).find('\n') != std::string_view::npos) {
        const std::size_t nl = r.rfind('\n', r.size() - right - 1);
        if (nl != std::string::npos)
            right = r.size() - nl;
    }
    if (pyLen(std::string_view(r).substr(0, left)) + 3 < pyLen(r) - pyLen(std::string_view(r).substr(r.size() - right)))
        r = r.substr(0, left) + "..." + r.substr(r.size() - right);
    return r;
}

} // namespace skopos
