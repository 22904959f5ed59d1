#include "npy/PyLiteral.h"

#include "tree/Error.h"

#include <cctype>
#include <limits>

namespace skopos {

namespace {
class Parser {
public:
    Parser(std::string_view t, unsigned maxDepth) : t_(t), maxDepth_(maxDepth) {}

    PyValue parseTop()
    {
        PyValue v = value(0);
        skipWs();
        if (p_ != t_.size())
            fail("unexpected text after the value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& why) const
    {
        throw ReadError("npy header: " + why + " (column " + std::to_string(p_) + ")");
    }
    void skipWs()
    {
        while (p_ < t_.size() && (t_[p_] == ' ' || t_[p_] == '\t' || t_[p_] == '\n' || t_[p_] == '\r'))
            ++p_;
    }
    bool eat(char c)
    {
        skipWs();
        if (p_ < t_.size() && t_[p_] == c) {
            ++p_;
            return true;
        }
        return false;
    }
    PyValue value(unsigned depth)
    {
        if (depth > maxDepth_)
            fail("nested too deeply");
        skipWs();
        if (p_ >= t_.size())
            fail("unexpected end");
        const char c = t_[p_];
        if (c == '{')
            return sequence(depth, '}', PyValue::Dict);
        if (c == '[')
            return sequence(depth, ']', PyValue::List);
        if (c == '(')
            return sequence(depth, ')', PyValue::Tuple);
        if (c == '\'' || c == '"')
            return string();
        if (c == '-' || std::isdigit(static_cast<unsigned char>(c)))
            return integer();
        for (auto [word, type, b] : {std::tuple{"True", PyValue::Bool, true}, std::tuple{"False", PyValue::Bool, false},
                                     std::tuple{"None", PyValue::None, false}}) {
            const std::string_view w(word);
            if (t_.substr(p_, w.size()) == w) {
                p_ += w.size();
                PyValue v;
                v.type = type;
                v.b = b;
                return v;
            }
        }
        fail(std::string("unexpected character '") + c + "'");
    }
    PyValue sequence(unsigned depth, char close, PyValue::Type type)
    {
        ++p_;
        PyValue v;
        v.type = type;
        bool sawComma = false;
        while (true) {
            if (eat(close))
                break;
            if (!v.items.empty() && !sawComma)
                fail("missing ','");
            v.items.push_back(value(depth + 1));
            if (type == PyValue::Dict) {
                if (!eat(':'))
                    fail("missing ':' in dict");
                v.items.push_back(value(depth + 1));
            }
            sawComma = eat(',');
        }
        // A one-element tuple without a trailing comma is just parentheses.
        if (type == PyValue::Tuple && v.items.size() == 1 && !sawComma)
            return std::move(v.items[0]);
        return v;
    }
    PyValue string()
    {
        const char q = t_[p_++];
        PyValue v;
        v.type = PyValue::Str;
        while (true) {
            if (p_ >= t_.size())
                fail("unterminated string");
            const char c = t_[p_++];
            if (c == q)
                break;
            if (c == '\\') {
                if (p_ >= t_.size())
                    fail("unterminated string");
                const char e = t_[p_++];
                switch (e) {
                case 'n': v.s += '\n'; break;
                case 't': v.s += '\t'; break;
                case '\\': case '\'': case '"': v.s += e; break;
                default: v.s += '\\'; v.s += e; break; // keep other escapes verbatim
                }
            } else {
                v.s += c;
            }
        }
        return v;
    }
    PyValue integer()
    {
        bool neg = false;
        if (t_[p_] == '-') {
            neg = true;
            ++p_;
        }
        if (p_ >= t_.size() || !std::isdigit(static_cast<unsigned char>(t_[p_])))
            fail("bad number");
        std::uint64_t n = 0;
        while (p_ < t_.size() && std::isdigit(static_cast<unsigned char>(t_[p_]))) {
            const unsigned d = static_cast<unsigned>(t_[p_++] - '0');
            if (n > (static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) - d) / 10)
                fail("number too large");
            n = n * 10 + d;
        }
        if (p_ < t_.size() && (t_[p_] == 'L' || t_[p_] == 'l'))
            ++p_; // Python 2 long suffix
        PyValue v;
        v.type = PyValue::Int;
        v.i = neg ? -static_cast<std::int64_t>(n) : static_cast<std::int64_t>(n);
        return v;
    }

    std::string_view t_;
    std::size_t p_ = 0;
    unsigned maxDepth_;
};

std::string quote(const std::string& s)
{
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}
} // namespace

const PyValue* PyValue::get(std::string_view key) const
{
    if (type != Dict)
        return nullptr;
    for (std::size_t k = 0; k + 1 < items.size(); k += 2)
        if (items[k].type == Str && items[k].s == key)
            return &items[k + 1];
    return nullptr;
}

std::string PyValue::repr() const
{
    switch (type) {
    case None: return "None";
    case Bool: return b ? "True" : "False";
    case Int: return std::to_string(i);
    case Str: return quote(s);
    case List:
    case Tuple: {
        std::string out = type == List ? "[" : "(";
        for (std::size_t k = 0; k < items.size(); ++k) {
            if (k)
                out += ", ";
            out += items[k].repr();
        }
        if (type == Tuple && items.size() == 1)
            out += ",";
        return out + (type == List ? "]" : ")");
    }
    case Dict: {
        std::string out = "{";
        for (std::size_t k = 0; k + 1 < items.size(); k += 2) {
            if (k)
                out += ", ";
            out += items[k].repr() + ": " + items[k + 1].repr();
        }
        return out + "}";
    }
    }
    return {};
}

PyValue parsePyLiteral(std::string_view text, unsigned maxDepth)
{
    return Parser(text, maxDepth).parseTop();
}

} // namespace skopos
