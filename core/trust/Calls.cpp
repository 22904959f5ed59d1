#include "trust/Calls.h"

#include "trust/DangerousNames.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace skopos {

const char* callFindingName(CallFinding f)
{
    switch (f) {
    case CallFinding::Untrusted: return "untrusted";
    case CallFinding::Arguments: return "arguments";
    case CallFinding::CodeString: return "code";
    }
    return "?";
}

std::string CallReport::message() const
{
    std::string how;
    for (const auto& v : via)
        how += (how.empty() ? "" : ", ") + v;
    const std::string times = count > 1 ? ", " + std::to_string(count) + " times" : std::string();
    switch (finding) {
    case CallFinding::Untrusted: return "calls " + name + " with arguments from the file (" + how + times + ")";
    case CallFinding::Arguments:
        return "calls " + name + " with arguments Python never writes for it: " + detail + " (" + how + times + ")";
    case CallFinding::CodeString:
        return "passes a string that reads as code to " + name + ": " + detail + " (" + how + times + ")";
    }
    return {};
}

bool CallsResult::untrustedCalls() const
{
    return std::any_of(reports.begin(), reports.end(),
                       [](const CallReport& r) { return r.finding == CallFinding::Untrusted; });
}

bool CallsResult::suspiciousCalls() const
{
    return std::any_of(reports.begin(), reports.end(),
                       [](const CallReport& r) { return r.finding != CallFinding::Untrusted; });
}

// --- strings that read as code -------------------------------------------

namespace {
bool wordAt(std::string_view s, std::size_t at, std::string_view word)
{
    if (s.substr(at, word.size()) != word)
        return false;
    const std::size_t end = at + word.size();
    return end == s.size() || !(std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '_' || s[end] == '-');
}

// A shell command word right after a separator (";", "&&", "||", "|", a newline).
bool shellWordAfter(std::string_view s, std::size_t at)
{
    while (at < s.size() && (s[at] == ' ' || s[at] == '\t'))
        ++at;
    static const std::string_view words[] = {
        "sh",       "bash",    "zsh",  "ls",         "cat",  "id",   "whoami", "rm",     "curl",  "wget",
        "python",   "python3", "perl", "nc",         "ncat", "echo", "touch",  "chmod",  "uname", "env",
        "printenv", "sleep",   "ping", "powershell", "cmd",  "sudo", "kill",   "mkfifo", "base64"};
    for (std::string_view w : words)
        if (wordAt(s, at, w))
            return true;
    return false;
}
} // namespace

bool readsAsCode(std::string_view text)
{
    // Neither the shell (os.system) nor exec/eval take text holding a NUL:
    // such a string is data (protocol 0-2 bytes travel as latin-1 text).
    if (text.size() < 4 || text.find('\0') != std::string_view::npos)
        return false;
    // Text with control characters or mostly non-ASCII is data (latin-1 bytes).
    std::size_t high = 0;
    for (unsigned char c : text.substr(0, 4096)) {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
        high += c >= 0x80;
    }
    if (high * 4 > std::min<std::size_t>(text.size(), 4096))
        return false;
    std::string s(text.substr(0, 4096));
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const std::string_view anywhere[] = {
        "__import__", "os.system", "os.popen",  "os.exec",      "subprocess.", "exec(",   "eval(",     "compile(",
        "builtins.",  "$(",        "${ifs}",    "rm -rf",       "rm -fr",      "/bin/sh", "/bin/bash", "/dev/tcp/",
        "nc -e",      "base64 -d", "chmod +x",  "powershell -", "cmd.exe",     "cmd /c",  "| sh",      "|sh",
        "| bash",     "|bash",     "curl http", "wget http",    "curl -",      "wget -",  "pty.spawn", "socket.socket"};
    for (std::string_view p : anywhere)
        if (s.find(p) != std::string::npos)
            return true;
    // Backticks around a command (printable ASCII): command substitution.
    for (auto b = s.find('`'); b != std::string::npos; b = s.find('`', b + 1)) {
        const auto e = s.find('`', b + 1);
        if (e == std::string::npos)
            break;
        const std::string_view inner = std::string_view(s).substr(b + 1, e - b - 1);
        if (inner.size() >= 2 && std::isalpha(static_cast<unsigned char>(inner[0]))
            && std::all_of(inner.begin(), inner.end(), [](char c) { return c >= 0x20 && c < 0x7f; }))
            return true;
        b = e;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool lineStart = i == 0 || s[i - 1] == '\n' || s[i - 1] == ';';
        // "import os; ..." / "from os import system\n..." opening a program of
        // several statements (a lone "import dinner" is a vocabulary n-gram).
        if (lineStart) {
            std::size_t j = i;
            while (j < s.size() && s[j] == ' ')
                ++j;
            if (wordAt(s, j, "import") || wordAt(s, j, "from")) {
                const std::size_t end = s.find_first_of(";\n", j);
                const std::string_view stmt = std::string_view(s).substr(
                    j, end == std::string::npos ? std::string::npos : end - j);
                const bool complete = stmt.starts_with("import ") || stmt.find(" import ") != std::string_view::npos;
                if (complete && end != std::string::npos && s.find_first_not_of(" \t\n;", end) != std::string::npos)
                    return true;
            }
        }
        // Command separators followed by a shell command.
        if (s[i] == ';' || s[i] == '\n' || (s[i] == '&' && i + 1 < s.size() && s[i + 1] == '&')
            || (s[i] == '|' && i + 1 < s.size() && s[i + 1] == '|')) {
            const std::size_t after = i + ((s[i] == '&' || s[i] == '|') ? 2 : 1);
            if (shellWordAfter(s, after))
                return true;
        }
    }
    return false;
}

// --- the calls -------------------------------------------------------------

namespace {

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool endsWith(std::string_view s, std::string_view p)
{
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// What a reconstruction helper does with its arguments.
enum class Helper : std::uint8_t {
    None,
    Reconstructor, // copyreg._reconstructor(cls, base, state): calls base(cls, state) unless base is object
    NewObj,        // copyreg.__newobj__(cls, *args), sklearn newObj(cls): cls.__new__(cls, *args)
    NewObjEx,      // copyreg.__newobj_ex__(cls, args, kwargs)
    Cython,        // module.__pyx_unpickle_Cls(cls, checksum, state): cls.__new__ + __setstate_cython__
    NdReconstruct, // numpy _reconstruct(subtype, shape, typecode)
    MaReconstruct, // numpy.ma.core._mareconstruct(subtype, baseclass, baseshape, basetype)
    Scalar,        // numpy scalar(dtype, bytes-or-object)
    FromBuffer,    // numpy _frombuffer(buffer, dtype, shape, order)
    RandomCtor,    // numpy.random pickle constructors (a bit generator's name)
    CodecsEncode,  // _codecs.encode(latin-1 text, "latin1"): protocol 0-2 bytes
    Getattr,       // builtins.getattr(obj, "literal"): the result is named (and judged) where it is called
    OperatorFunc,  // operator.attrgetter/itemgetter/methodcaller(...): builds a callable, calls nothing
    JoblibWrapper, // joblib array wrappers: instantiated, then joblib reads the array itself
};

Helper helperOf(std::string_view n)
{
    if (n == "copyreg._reconstructor" || n == "copy_reg._reconstructor")
        return Helper::Reconstructor;
    if (n == "copyreg.__newobj__" || n == "copy_reg.__newobj__"
        || (startsWith(n, "sklearn.") && endsWith(n, ".newObj")))
        return Helper::NewObj;
    if (n == "copyreg.__newobj_ex__")
        return Helper::NewObjEx;
    if (n.find(".__pyx_unpickle_") != std::string_view::npos)
        return Helper::Cython;
    if (n == "numpy.core.multiarray._reconstruct" || n == "numpy._core.multiarray._reconstruct")
        return Helper::NdReconstruct;
    if (n == "numpy.ma.core._mareconstruct")
        return Helper::MaReconstruct;
    if (n == "numpy.core.multiarray.scalar" || n == "numpy._core.multiarray.scalar")
        return Helper::Scalar;
    if (n == "numpy.core.numeric._frombuffer" || n == "numpy._core.numeric._frombuffer")
        return Helper::FromBuffer;
    if (n == "numpy.random.__RandomState_ctor" || n == "numpy.random.mtrand.__RandomState_ctor"
        || (startsWith(n, "numpy.random._pickle.") && endsWith(n, "_ctor")))
        return Helper::RandomCtor;
    if (n == "_codecs.encode")
        return Helper::CodecsEncode;
    if (n == "builtins.getattr" || n == "__builtin__.getattr")
        return Helper::Getattr;
    if (n == "operator.attrgetter" || n == "operator.itemgetter" || n == "operator.methodcaller")
        return Helper::OperatorFunc;
    const bool joblib = startsWith(n, "joblib.") || startsWith(n, "sklearn.externals.joblib.");
    if (joblib
        && (endsWith(n, ".NumpyArrayWrapper") || endsWith(n, ".NDArrayWrapper") || endsWith(n, ".ZNDArrayWrapper")))
        return Helper::JoblibWrapper;
    return Helper::None;
}

bool isObjectBase(std::string_view n) { return n == "builtins.object" || n == "__builtin__.object"; }

// numpy array classes a pickle rebuilds through _reconstruct.
bool isNumpyArrayClass(std::string_view n)
{
    return n == "numpy.ndarray" || n == "numpy.memmap" || n == "numpy.matrix" || n == "numpy.core.memmap.memmap"
        || n == "numpy._core.memmap.memmap" || n == "numpy.matrixlib.defmatrix.matrix" || n == "numpy.recarray"
        || n == "numpy.core.records.recarray" || n == "numpy._core.records.recarray"
        || n == "numpy.ma.core.MaskedArray";
}

// numpy's bit generators: numpy.random's own pickle constructors make them
// from a fixed table, then BUILD sets their state.
bool isNumpyBitGenerator(std::string_view n)
{
    if (!startsWith(n, "numpy.random."))
        return false;
    const std::string_view last = n.substr(n.rfind('.') + 1);
    return last == "MT19937" || last == "PCG64" || last == "PCG64DXSM" || last == "Philox" || last == "SFC64"
        || last == "SeedSequence";
}

bool isSparseClass(std::string_view n)
{
    return startsWith(n, "scipy.sparse.") && (endsWith(n, "_matrix") || endsWith(n, "_array"));
}

// Names every loader trusts whatever the profile: the fixed lists of the
// loader table (builtins.dict, collections.OrderedDict, numpy.ndarray, ...).
const std::unordered_set<std::string_view>& fixedTrustedNames()
{
    static const auto names = [] {
        std::unordered_set<std::string_view> s;
        for (int l = 0; l < static_cast<int>(Loader::Count); ++l) {
            std::string_view list = loaderInfo(static_cast<Loader>(l)).fixedTrusted;
            while (!list.empty()) {
                const auto semi = list.find(';');
                s.insert(list.substr(0, semi));
                if (semi == std::string_view::npos)
                    break;
                list.remove_prefix(semi + 1);
            }
        }
        return s;
    }();
    return names;
}

class Judge {
public:
    Judge(const ObjectTree& t, const std::vector<Verdict>& v, const TrustProfile& p, const std::set<std::string>& u)
        : t_(t), verdicts_(v), profile_(p), user_(u)
    {
    }

    CallsResult run()
    {
        std::vector<std::uint8_t> judged(t_.size(), 0);
        for (const CallSite& c : t_.calls()) {
            site(c);
            if (c.result < judged.size())
                judged[c.result] = 1;
        }
        skopsNodes(judged);
        CallsResult r;
        for (auto& [key, rep] : found_) {
            std::sort(rep.via.begin(), rep.via.end());
            rep.via.erase(std::unique(rep.via.begin(), rep.via.end()), rep.via.end());
            r.reports.push_back(std::move(rep));
        }
        return r;
    }

private:
    const ObjectTree& t_;
    const std::vector<Verdict>& verdicts_;
    const TrustProfile& profile_;
    const std::set<std::string>& user_;
    std::map<std::pair<int, std::string>, CallReport> found_;

    Verdict verdict(NodeId n) const { return n < verdicts_.size() ? verdicts_[n] : Verdict::Neutral; }
    bool is(NodeId n, Kind k) const { return t_.valid(n) && t_.node(n).kind == k; }
    std::string_view text(NodeId n) const { return is(n, Kind::Str) ? t_.strValue(n) : std::string_view{}; }
    std::vector<NodeId> items(NodeId n) const
    {
        std::vector<NodeId> v;
        for (auto e = t_.firstEdge(n); e != ObjectTree::kEnd; e = t_.edge(e).next)
            if (!(t_.node(t_.edge(e).child).flags & FlagHidden))
                v.push_back(t_.edge(e).child);
        return v;
    }
    std::string kinds(const std::vector<NodeId>& a) const
    {
        std::string s = "(";
        for (std::size_t i = 0; i < a.size(); ++i)
            s += (i ? ", " : "")
                + std::string(t_.node(a[i]).kind == Kind::Global ? "global" : kindName(t_.node(a[i]).kind));
        return s + (a.size() == 1 ? ",)" : ")");
    }

    bool trusted(std::string_view name) const
    {
        return profile_.inLists(0xFFFF, name) || fixedTrustedNames().count(name) || user_.count(std::string(name))
            || isNumpyArrayClass(name) || isSparseClass(name) || isNumpyBitGenerator(name) || shapeKnown(name);
    }

    void report(CallFinding f, const std::string& name, std::string_view via, const CallSite* c, NodeId node,
                const std::string& detail = {})
    {
        auto [it, fresh] = found_.try_emplace({static_cast<int>(f), name});
        CallReport& r = it->second;
        if (fresh) {
            r.name = name;
            r.finding = f;
            r.detail = detail;
            r.node = node;
            r.offset = c ? c->offset : t_.rawOffset(node);
            r.dangerous = isDangerous(name);
        }
        ++r.count;
        r.via.emplace_back(via);
    }

    // --- argument shapes of trusted reconstruction targets ----------------

    static bool shapeKnown(std::string_view n)
    {
        static const std::unordered_set<std::string_view> known = {
            "collections.OrderedDict", "collections.defaultdict", "builtins.set",
            "builtins.frozenset",      "builtins.bytearray",      "builtins.bytes",
            "builtins.slice",          "builtins.complex",        "numpy.dtype",
            "sklearn.tree._tree.Tree", "functools.partial"};
        return known.count(n) != 0;
    }

    bool callableLike(NodeId n) const
    {
        if (!t_.valid(n))
            return false;
        switch (t_.node(n).kind) {
        case Kind::Global:
        case Kind::Method:
        case Kind::Partial:
        case Kind::Reduce:
        case Kind::Object:
        case Kind::None: return true;
        default: return false;
        }
    }
    bool intLike(NodeId n) const { return is(n, Kind::Int) || is(n, Kind::BigInt) || is(n, Kind::Bool); }
    bool numberLike(NodeId n) const { return intLike(n) || is(n, Kind::Float); }
    bool sequence(NodeId n) const { return is(n, Kind::List) || is(n, Kind::Tuple); }

    // "" when `a` is what Python writes for a call of `name`, else what is odd.
    std::string unusualArgs(std::string_view name, CallVia via, const std::vector<NodeId>& a) const
    {
        const bool newobj = via == CallVia::NewObj || via == CallVia::NewObjEx;
        if (name == "collections.OrderedDict") {
            // () (Python 3: items follow by SETITEMS), or Python 2's ([[key, value], ...],)
            if (a.empty())
                return {};
            if (a.size() == 1 && !newobj && sequence(a[0])) {
                for (NodeId kv : items(a[0]))
                    if (!sequence(kv) || items(kv).size() != 2)
                        return "an item that is not a (key, value) pair";
                return {};
            }
            return kinds(a);
        }
        if (name == "collections.defaultdict")
            return a.empty() || (a.size() == 1 && callableLike(a[0])) ? std::string() : kinds(a);
        if (name == "builtins.set" || name == "builtins.frozenset")
            return a.empty() || (a.size() == 1 && (sequence(a[0]) || is(a[0], Kind::Set))) ? std::string() : kinds(a);
        if (name == "builtins.bytes" || name == "builtins.bytearray") {
            // () ; (bytes,) ; protocols 0-2: (latin-1 text, "latin-1")
            if (a.empty() || (a.size() == 1 && (is(a[0], Kind::Bytes) || is(a[0], Kind::ByteArray))))
                return {};
            if (a.size() == 2 && is(a[0], Kind::Str) && (text(a[1]) == "latin-1" || text(a[1]) == "latin1"))
                return {};
            return kinds(a);
        }
        if (name == "builtins.slice") {
            if (a.empty() || a.size() > 3)
                return kinds(a);
            for (NodeId x : a)
                if (!intLike(x) && !is(x, Kind::None))
                    return kinds(a);
            return {};
        }
        if (name == "builtins.complex")
            return a.size() <= 2 && std::all_of(a.begin(), a.end(), [&](NodeId x) { return numberLike(x); })
                ? std::string()
                : kinds(a);
        if (name == "numpy.dtype") {
            // (typestr, align, copy): ("f8", False, True); Python 2 wrote 0 and 1
            if (a.size() == 3 && is(a[0], Kind::Str) && intLike(a[1]) && intLike(a[2]))
                return {};
            return kinds(a);
        }
        if (name == "sklearn.tree._tree.Tree") {
            // (n_features, n_classes array, n_outputs)
            if (a.size() == 3 && intLike(a[0]) && (is(a[1], Kind::Array) || sequence(a[1])) && intLike(a[2]))
                return {};
            return kinds(a);
        }
        if (name == "functools.partial")
            return a.size() == 1 && callableLike(a[0]) ? std::string() : kinds(a);
        return {};
    }

    // Shapes of the helpers' own arguments.
    std::string unusualHelperArgs(Helper h, const std::vector<NodeId>& a) const
    {
        const auto global = [&](std::size_t i) { return i < a.size() && is(a[i], Kind::Global); };
        switch (h) {
        case Helper::Reconstructor: return global(0) && global(1) && a.size() == 3 ? std::string() : kinds(a);
        case Helper::NewObj:
        case Helper::Cython: return global(0) ? std::string() : kinds(a);
        case Helper::NewObjEx: return global(0) && a.size() == 3 ? std::string() : kinds(a);
        case Helper::NdReconstruct:
            return global(0) && a.size() == 3 && sequence(a[1]) && (is(a[2], Kind::Bytes) || is(a[2], Kind::Str))
                ? std::string()
                : kinds(a);
        case Helper::CodecsEncode:
            return a.size() == 2 && is(a[0], Kind::Str) && (text(a[1]) == "latin1" || text(a[1]) == "latin-1")
                ? std::string()
                : kinds(a);
        case Helper::Getattr: return a.size() == 2 && is(a[1], Kind::Str) ? std::string() : kinds(a);
        default: return {};
        }
    }

    // Strings among the arguments (and one level into containers) that read as code.
    void codeStrings(std::string_view name, std::string_view via, const CallSite* c, NodeId node,
                     const std::vector<NodeId>& a, int depth = 0)
    {
        for (NodeId x : a) {
            if (is(x, Kind::Str)) {
                const std::string_view s = t_.strValue(x);
                if (readsAsCode(s))
                    report(CallFinding::CodeString, std::string(name), via, c, node,
                           "\"" + std::string(s.substr(0, 60)) + (s.size() > 60 ? "..." : "") + "\"");
            } else if (depth < 2 && (sequence(x) || is(x, Kind::Dict) || is(x, Kind::Set))) {
                codeStrings(name, via, c, node, items(x), depth + 1);
            }
        }
    }

    // What a name is, decided once per interned name (a forest pickle makes
    // hundreds of thousands of calls to a handful of names).
    struct NameInfo {
        Helper helper = Helper::None;
        bool trusted = false;
    };
    std::unordered_map<StrId, NameInfo> names_;
    std::vector<NodeId> args_, inner_;

    NameInfo describe(std::string_view name) const { return {helperOf(name), trusted(name)}; }
    const NameInfo& info(StrId s)
    {
        auto [it, fresh] = names_.try_emplace(s);
        if (fresh)
            it->second = describe(t_.str(s));
        return it->second;
    }

    // The class or function a helper reaches, judged as a callee.
    void callee(NodeId cls, std::string_view via, std::string_view helper, const CallSite& c)
    {
        if (!is(cls, Kind::Global) || t_.node(cls).type == kNoStr)
            return;
        const NameInfo& ni = info(t_.node(cls).type);
        if (!ni.trusted && ni.helper == Helper::None)
            report(CallFinding::Untrusted, std::string(t_.typeName(cls)), std::string(via) + " " + std::string(helper),
                   &c, c.result);
    }

    std::string calleeName(NodeId callable) const
    {
        if (!t_.valid(callable))
            return "(missing callable)";
        const Node& n = t_.node(callable);
        const std::string type(t_.typeName(callable));
        if (n.kind == Kind::Global)
            return type;
        if (n.kind == Kind::Method)
            return type + "." + std::string(t_.strValue(callable));
        if (n.kind == Kind::Partial) {
            const NodeId f = t_.child(callable, "func");
            return f != kNoNode ? calleeName(f) : type;
        }
        return "(result of " + (type.empty() ? std::string("a call") : type) + ")";
    }

    void fillItems(NodeId n, std::vector<NodeId>& v) const
    {
        v.clear();
        for (auto e = t_.firstEdge(n); e != ObjectTree::kEnd; e = t_.edge(e).next)
            if (!(t_.node(t_.edge(e).child).flags & FlagHidden))
                v.push_back(t_.edge(e).child);
    }

    void site(const CallSite& c)
    {
        const std::string_view via = callViaName(c.via);
        if (c.via == CallVia::Build) {
            // __setstate__ (or setattr of slot state) of the object's class.
            const NodeId obj = c.callable;
            if (!t_.valid(obj) || t_.node(obj).kind == Kind::Global || t_.node(obj).type == kNoStr)
                return; // setattr on a module or class is dangerous already (kPatchedGlobal)
            const NameInfo& ni = info(t_.node(obj).type);
            if (!ni.trusted && ni.helper == Helper::None)
                report(CallFinding::Untrusted, std::string(t_.typeName(obj)), via, &c, c.result);
            return;
        }
        fillItems(c.args, args_);
        if (c.via == CallVia::NewObjEx) { // (args, kwargs): judge args
            fillItems(args_.empty() ? kNoNode : args_[0], inner_);
            args_.swap(inner_);
        }
        const std::vector<NodeId>& a = args_;
        const bool global = is(c.callable, Kind::Global) && t_.node(c.callable).type != kNoStr;
        const std::string owned = global ? std::string() : calleeName(c.callable);
        const std::string_view name = global ? t_.typeName(c.callable) : std::string_view(owned);
        const NameInfo ni = global ? info(t_.node(c.callable).type) : describe(name);
        const bool newobj = c.via == CallVia::NewObj || c.via == CallVia::NewObjEx
            || ((c.via == CallVia::Inst || c.via == CallVia::Obj) && a.empty());
        if (ni.helper != Helper::None) {
            if (const std::string odd = unusualHelperArgs(ni.helper, a); !odd.empty())
                report(CallFinding::Arguments, std::string(name), via, &c, c.result, odd);
            switch (ni.helper) {
            case Helper::Reconstructor: // base.__new__(cls, state) unless base is object
                if (a.size() > 1 && !isObjectBase(t_.typeName(a[1])))
                    callee(a[1], via, name, c);
                break;
            case Helper::NewObj:
            case Helper::NewObjEx:
            case Helper::Cython:
                if (!a.empty())
                    callee(a[0], via, name, c);
                break;
            case Helper::NdReconstruct:
            case Helper::MaReconstruct:
                if (!a.empty() && !isNumpyArrayClass(t_.typeName(a[0])))
                    callee(a[0], via, name, c);
                return; // the rest is a shape and a type code (checked above)
            case Helper::CodecsEncode:
            case Helper::Scalar:
            case Helper::FromBuffer:
            case Helper::JoblibWrapper: return; // data, not code
            default: break;
            }
        } else if (ni.trusted) {
            if (const std::string odd = unusualArgs(name, c.via, a); !odd.empty())
                report(CallFinding::Arguments, std::string(name), via, &c, c.result, odd);
            else if (!a.empty() && !shapeKnown(name)
                     && profile_.inLists(ListSklearnEstimator | ListSklearnInternal, name))
                report(CallFinding::Arguments, std::string(name), via, &c, c.result, kinds(a));
        } else {
            report(CallFinding::Untrusted, std::string(name),
                   newobj ? std::string(via) + " (cls.__new__)" : std::string(via), &c, c.result);
        }
        codeStrings(name, via, &c, c.result, a);
    }

    // Skops nodes whose loader calls the declared type (pickle nodes were
    // judged by their call sites).
    void skopsNodes(const std::vector<std::uint8_t>& judged)
    {
        for (NodeId n = 0; n < t_.size(); ++n) {
            const Node& node = t_.node(n);
            bool calls = false;
            switch (node.loader) {
            case Loader::ObjectNode:
            case Loader::ConstructorFromReduceNode:
            case Loader::DictNode:
            case Loader::ListNode:
            case Loader::SetNode:
            case Loader::TupleNode:
            case Loader::RandomStateNode:
            case Loader::RandomGeneratorNode:
            case Loader::TreeNode:
            case Loader::LossNode:
            case Loader::SGDNode:
            case Loader::OperatorFuncNode: calls = true; break;
            case Loader::NdArrayNode: // gettype(...)(content) for a subclass stored as .npy
                calls = node.kind == Kind::Array && t_.typeName(n) != "numpy.ndarray" && t_.array(n)
                    && t_.array(n)->where != Where::Children;
                break;
            default: break;
            }
            if (!calls || judged[n] || verdict(n) == Verdict::Neutral)
                continue;
            const bool unsafe = verdict(n) == Verdict::Untrusted || verdict(n) == Verdict::Dangerous;
            const bool withArgs = node.loader == Loader::ConstructorFromReduceNode || node.loader == Loader::TreeNode
                || node.loader == Loader::LossNode || node.loader == Loader::SGDNode
                || node.loader == Loader::OperatorFuncNode;
            if (!unsafe && !withArgs && node.loader != Loader::RandomGeneratorNode)
                continue; // a trusted type called with what skops wrote
            const std::string_view name = t_.typeName(n);
            const std::string_view via = loaderName(node.loader);
            if (node.loader == Loader::RandomGeneratorNode) {
                // skops imports numpy.random.<bit_generator> named in the file and calls it.
                const std::string_view bg = text(t_.child(t_.child(n, "bit_generator_state"), "bit_generator"));
                static const std::unordered_set<std::string_view> known = {"MT19937", "PCG64", "PCG64DXSM", "Philox",
                                                                           "SFC64"};
                if (!bg.empty() && !known.count(bg))
                    report(CallFinding::Untrusted, "numpy.random." + std::string(bg), via, nullptr, n);
            }
            if (unsafe && !trusted(name))
                report(CallFinding::Untrusted, std::string(name), via, nullptr, n);
            if (withArgs)
                if (const NodeId args = t_.child(n, node.loader == Loader::OperatorFuncNode ? "attrs" : "args");
                    args != kNoNode) {
                    const std::vector<NodeId> a = items(args);
                    if (node.loader == Loader::TreeNode && !unsafe) // Tree(n_features, n_classes, n_outputs)
                        if (const std::string odd = unusualArgs(name, CallVia::Reduce, a); !odd.empty())
                            report(CallFinding::Arguments, std::string(name), via, nullptr, n, odd);
                    codeStrings(name, via, nullptr, n, a);
                }
        }
    }
};

} // namespace

CallsResult findCalls(const ObjectTree& tree, const std::vector<Verdict>& verdicts, const TrustProfile& profile,
                      const std::set<std::string>& userTrusted)
{
    return Judge(tree, verdicts, profile, userTrusted).run();
}

} // namespace skopos
