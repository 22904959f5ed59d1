#include "pickle/PickleMachine.h"

#include "tree/Error.h"
#include "pickle/CompatNames.h"
#include "trust/DangerousNames.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <utility>

namespace skopos::pickle {

namespace {
// Byte payloads up to this size are read (names, small scalars, dtype chars);
// larger ones are skipped and only located.
constexpr std::uint64_t kInlineMax = 256;
// numpy scalar types: classes (TypeNode) despite their lowercase names.
bool isNumpyScalarType(std::string_view q)
{
    if (!q.starts_with("numpy."))
        return false;
    std::string_view last = q.substr(6);
    static const std::set<std::string_view> named = {
        "bool_",      "bytes_",      "str_",  "object_", "void", "datetime64", "timedelta64", "longlong", "ulonglong",
        "longdouble", "clongdouble", "intc",  "uintc",   "intp", "uintp",      "half",        "single",   "double",
        "csingle",    "cdouble",     "short", "ushort",  "byte", "ubyte",      "bool"};
    if (named.count(last))
        return true;
    for (std::string_view stem : {"uint", "int", "float", "complex"})
        if (last.starts_with(stem) && last.size() > stem.size()
            && std::all_of(last.begin() + static_cast<std::ptrdiff_t>(stem.size()), last.end(),
                           [](char c) { return c >= '0' && c <= '9'; }))
            return true;
    return false;
}
} // namespace

Machine::Machine(Input& in, Document& doc, const OpenOptions& options, Where where, std::string dir)
    : in_(in), doc_(doc), t_(doc.tree), opt_(options), where_(where), dir_(std::move(dir))
{
}

void Machine::fail(const std::string& why) const { throw ReadError(why, opOffset_); }

NodeId Machine::pop()
{
    if (stack_.size() <= frameBase())
        fail(marks_.empty() || stack_.size() < frameBase() ? "stack underflow"
                                                           : "stack underflow (only a MARK is left)");
    const NodeId n = stack_.back();
    stack_.pop_back();
    return n;
}

NodeId Machine::top()
{
    if (stack_.size() <= frameBase())
        fail("stack underflow");
    return stack_.back();
}

std::vector<NodeId> Machine::popMark(std::uint64_t* markAt)
{
    if (marks_.empty())
        fail("opcode needs a MARK but none is open");
    const std::size_t base = marks_.back();
    if (markAt)
        *markAt = markOffsets_.back();
    lastMarkAt_ = static_cast<std::int64_t>(markOffsets_.back());
    marks_.pop_back();
    markOffsets_.pop_back();
    std::vector<NodeId> v(stack_.begin() + static_cast<std::ptrdiff_t>(base), stack_.end());
    stack_.resize(base);
    return v;
}

void Machine::memoPut(std::uint64_t key, NodeId n)
{
    static_assert(MemoTable::kEmpty == kNoNode);
    lastMemo_ = static_cast<std::int64_t>(key);
    NodeId& slot = memo_.slot(key);
    const bool fresh = slot == kNoNode;
    slot = n;
    if (fresh && ++memo_.count > opt_.limits.maxMemo)
        fail("memo has more entries than Limits::maxMemo (" + std::to_string(opt_.limits.maxMemo) + ")");
}

NodeId Machine::memoGet(std::uint64_t key)
{
    NodeId n = memo_.get(key);
    if (n == kNoNode)
        fail("memo key " + std::to_string(key) + " was never stored");
    if (n & kTagMask) { // the bytes or args tuple of a numpy scalar, dropped: rebuilt once
        n = revive(n);
        memo_.slot(key) = n;
    }
    return n;
}

NodeId Machine::prim(NodeId n)
{
    t_.node(n).loader = Loader::JsonNode;
    return n;
}

NodeId Machine::newContainer(Kind k)
{
    switch (k) {
    case Kind::List: return t_.add(k, t_.intern("builtins.list"), Loader::ListNode);
    case Kind::Tuple: return t_.add(k, t_.intern("builtins.tuple"), Loader::TupleNode);
    case Kind::Set: return t_.add(k, t_.intern("builtins.set"), Loader::SetNode);
    // skops has no frozenset node: SetNode trusts only builtins.set, so it is reported.
    case Kind::FrozenSet: return t_.add(k, t_.intern("builtins.frozenset"), Loader::SetNode);
    default: return newDict();
    }
}

NodeId Machine::newDict(std::string_view type, Loader l) { return t_.add(Kind::Dict, t_.intern(type), l); }

void Machine::setRole(NodeId n, Role r)
{
    if (role_.size() <= n)
        role_.resize(std::max<std::size_t>(n + 1, t_.size()), RoleNone);
    role_[n] = r;
}

void Machine::addChildL(NodeId parent, NodeId child, StrId label)
{
    std::uint8_t& bits = nodeBit(child);
    if (bits & kParented)
        t_.node(child).flags |= FlagSharedRef;
    bits |= kParented;
    t_.addChild(parent, child, label);
}

void Machine::addChild(NodeId parent, NodeId child, std::string_view label)
{
    addChildL(parent, child, label.empty() ? kNoStr : t_.intern(label));
}

std::vector<NodeId> Machine::items(NodeId n) const
{
    std::vector<NodeId> v;
    if (n == kNoNode)
        return v;
    for (auto e = t_.firstEdge(n); e != ObjectTree::kEnd; e = t_.edge(e).next)
        if (!(t_.node(t_.edge(e).child).flags & FlagHidden))
            v.push_back(t_.edge(e).child);
    return v;
}

std::string_view Machine::text(NodeId n) const { return isKind(n, Kind::Str) ? t_.strValue(n) : std::string_view{}; }

Loader Machine::globalLoader(std::string_view q) const
{
    // A global used as a value is a class (TypeNode) or a function
    // (FunctionNode), as skops' get_state dispatch decides by the object's
    // type. Without importing, the spelling decides: builtin and numpy scalar
    // types are classes, CamelCase names are classes, the rest functions
    // (numpy and scipy ufuncs included).
    const auto dot = q.rfind('.');
    const std::string_view last = dot == std::string_view::npos ? q : q.substr(dot + 1);
    static const std::set<std::string_view> builtinTypes = {
        "int",   "float",  "str",  "bytes", "bytearray", "list",  "dict",  "set",      "frozenset",
        "tuple", "object", "type", "bool",  "complex",   "range", "slice", "NoneType", "map"};
    if (q.starts_with("builtins.") && builtinTypes.count(last))
        return Loader::TypeNode;
    if (isNumpyScalarType(q))
        return Loader::TypeNode;
    if (!last.empty() && std::isupper(static_cast<unsigned char>(last[0])))
        return Loader::TypeNode;
    return Loader::FunctionNode;
}

NodeId Machine::globalNode(std::string_view q, bool record)
{
    const NodeId g = t_.addGlobal(q, globalLoader(q));
    if (record)
        globals_.insert(std::string(q));
    if (isDangerous(q))
        dangerous_[g] = std::string(q);
    return g;
}

NodeId Machine::makeGlobal(std::string module, std::string name)
{
    if (module.empty())
        fail("global with an empty module name");
    if (name.empty()) {
        // Python imports the module (running its code), then finds no attribute ''.
        std::string m = module, n;
        if (pythonProtocol() < 3)
            mapPython2Global(m, n);
        globals_.insert(module + ".");
        const NodeId g = globalNode(m + ".", false);
        if (std::string reach = dangerousReach(m, ""); !reach.empty())
            dangerous_[g] = reach;
        else if (isDangerous(m))
            dangerous_[g] = m; // a dangerous module
        fail("global with an empty name (module " + module + ")");
    }
    globals_.insert(module + "." + name);
    const std::string writtenModule = module, writtenName = name;
    // Python 3 renames Python 2 globals when the stream's PROTO is below 3.
    const bool renamed = pythonProtocol() < 3 && mapPython2Global(module, name);
    const NodeId g = globalNode(module + "." + name, false);
    // A dotted name is resolved attribute by attribute: judge what it reaches
    // (and the spelling as written, in case the rename hid it).
    std::string reach = dangerousReach(module, name);
    if (reach.empty() && renamed)
        reach = dangerousReach(writtenModule, writtenName);
    if (!reach.empty())
        dangerous_[g] = reach;
    return g;
}

NodeId Machine::computedGlobal(NodeId module, NodeId name)
{
    // STACK_GLOBAL whose module or name is the result of a call (codecs,
    // operator, a memoised call...): what Python imports is decided at load
    // time, so no static reading can name it.
    const auto part = [&](NodeId n) {
        return isKind(n, Kind::Str) && !isComputed(n) ? "'" + std::string(text(n)) + "'"
                                                      : "computed by " + std::string(t_.typeName(n));
    };
    const std::string note = "STACK_GLOBAL at offset " + std::to_string(opOffset_)
        + " imports a name computed at load time" + " (module: " + part(module) + ", name: " + part(name) + ")";
    if (std::find(doc_.notes.begin(), doc_.notes.end(), note) == doc_.notes.end())
        doc_.notes.push_back(note);
    const NodeId g = t_.addGlobal(kComputedImport, Loader::FunctionNode);
    globals_.insert(std::string(kComputedImport));
    dangerous_[g] = std::string(kComputedImport);
    addChild(g, module, "module");
    addChild(g, name, "name");
    return g;
}

NodeId Machine::bytesNode(const Operand& o, Kind k, bool raw)
{
    const std::string_view type = k == Kind::ByteArray ? "builtins.bytearray" : "builtins.bytes";
    const Loader l = k == Kind::ByteArray ? Loader::BytearrayNode : Loader::BytesNode;
    NodeId n;
    if (o.located) {
        n = t_.add(k, t_.intern(type), l);
        ArrayInfo a;
        a.descr = "|u1";
        a.shape = {static_cast<std::int64_t>(o.length)};
        a.itemsize = 1;
        a.where = where_;
        a.offset = o.offset;
        a.length = o.length;
        t_.attachArray(n, std::move(a));
    } else {
        n = t_.addBytes(o.s, k);
        t_.node(n).type = t_.intern(type);
        t_.node(n).loader = l;
    }
    if (raw)
        rawLoc_.set(n, {o.offset, o.length});
    return n;
}

void Machine::append(NodeId list, NodeId v)
{
    Node& n = t_.node(list);
    if (n.kind == Kind::Object && (role(list) == RoleObject || role(list) == RoleNone)) {
        // A list subclass: skops would hold it in a ListNode of that type.
        n.kind = Kind::List;
        n.loader = Loader::ListNode;
    }
    addChild(list, v);
}

void Machine::setItem(NodeId d, NodeId k, NodeId v)
{
    if (auto it = itemTarget_.find(d); it != itemTarget_.end())
        d = it->second;
    Node& n = t_.node(d);
    if (n.kind == Kind::Object && (role(d) == RoleObject || role(d) == RoleNone)) {
        // A dict subclass (sklearn Bunch): skops holds it in a DictNode of its type.
        n.kind = Kind::Dict;
        n.loader = Loader::DictNode;
    }
    // Label: the key's text; skops audits only the key's type (key_types).
    const Node& key = t_.node(k);
    StrId label;
    std::string_view keyType = t_.typeName(k);
    switch (key.kind) {
    // A str key labels its value with the key's own string (no copy, no
    // interning: 400,000 distinct vocabulary keys would fill the intern table).
    case Kind::Str:
        label = (key.flags & FlagStrValue) ? static_cast<StrId>(key.value.u) : t_.intern(t_.strValue(k));
        break;
    case Kind::Global:
        label = t_.intern(t_.typeName(k));
        keyType = "builtins.type";
        break;
    // A numpy scalar key (class labels of LogisticRegressionCV.scores_):
    // its whole value, so convert can write it as skops does (key.item()).
    case Kind::Array:
        if (const std::string_view v = t_.scalarText(k); !v.empty()) {
            label = t_.intern(v);
            break;
        }
        if (const std::string v = droppedScalarText(k); !v.empty()) {
            label = t_.intern(v);
            break;
        }
        label = t_.intern(t_.valueText(k, 60));
        break;
    default: label = t_.intern(t_.valueText(k, 60)); break;
    }
    if (t_.node(d).kind == Kind::Dict && t_.node(d).loader != Loader::DefaultDictNode) {
        NodeId kt;
        if (auto it = keyTypes_.find(d); it != keyTypes_.end()) {
            kt = it->second;
        } else {
            kt = newContainer(Kind::List);
            t_.node(kt).flags |= FlagHidden;
            addChild(d, kt, "key_types");
            keyTypes_.emplace(d, kt);
        }
        const StrId ts = t_.intern(keyType.empty() ? std::string_view("builtins.object") : keyType);
        if (keyTypeSeen_.insert((static_cast<std::uint64_t>(kt) << 32) | ts).second)
            addChild(kt, t_.add(Kind::Global, ts, Loader::TypeNode));
    }
    addChildL(d, v, label);
}

void Machine::emitPayload(std::uint64_t offset, std::uint64_t length, std::string what)
{
    if (!trace)
        return;
    TraceEvent e;
    e.offset = offset;
    e.length = length;
    e.depth = marks_.size();
    e.payload = std::move(what);
    trace(e);
}

std::vector<std::string> Machine::dangerousNamed() const
{
    std::set<std::string> s;
    for (const auto& [n, name] : dangerous_)
        s.insert(name);
    return {s.begin(), s.end()};
}

NodeId Machine::partialRoot()
{
    const NodeId root = t_.add(Kind::Opaque, t_.intern("(incomplete pickle)"));
    std::unordered_set<NodeId> seen;
    const auto keep = [&](NodeId n) {
        if (n != kNoNode && n < t_.size() && n != root && seen.insert(n).second)
            addChild(root, n, "decoded");
    };
    for (const Frame& f : outer_)
        for (NodeId n : f.stack)
            keep(n);
    for (NodeId n : stack_)
        keep(n);
    keep(result_);
    return root;
}

NodeId Machine::run()
{
    Operand arg;
    std::uint64_t ops = 0;
    const std::uint64_t total = in_.source().sizeHint();
    while (!done_) {
        opOffset_ = in_.pos();
        const int c = in_.get();
        if (c < 0)
            fail("truncated pickle: the stream ends before STOP");
        const OpInfo* op = opInfo(static_cast<std::uint8_t>(c));
        if (!op) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", c);
            fail(std::string("unknown opcode ") + hex);
        }
        maxOpProto_ = std::max<int>(maxOpProto_, op->proto);
        try {
            readOperand(in_, *op, arg, opt_.limits, kInlineMax);
        } catch (const ReadError& e) {
            // An operand that fails to decode read on past a FRAME's end: the
            // C unpickler without peek() reads other bytes there.
            if (frameEnd_ && opOffset_ + 1 < frameEnd_ && in_.pos() > frameEnd_)
                ambiguity(std::string(e.what()) + ", reading past the end of the FRAME at offset "
                          + std::to_string(frameEnd_) + ": CPython's unpicklers read these bytes differently");
            throw;
        }
        // Frames matter only at their ends (and at FRAME opcodes): an opcode
        // inside a frame costs one compare (frameEnd_ - 1 wraps to the largest
        // value when there is no frame).
        if (in_.pos() > frameEnd_ - 1 || op->code == 0x95)
            checkFrame(*op, arg, total);
        lastMemo_ = lastMarkAt_ = -1;
        const std::size_t depthBefore = marks_.size();
        const std::uint64_t at = opOffset_;
        // Trace before executing so a failing opcode is still listed.
        if (trace && op->code != 'b') {
            TraceEvent e;
            e.offset = at;
            e.op = op;
            e.arg = &arg;
            e.depth = depthBefore;
            if (op->code == 0x94)
                e.memoIndex = static_cast<std::int64_t>(memo_.count);
            else if (op->code == 'p' || op->code == 'q' || op->code == 'r')
                e.memoIndex = arg.i;
            if (!marks_.empty() && op->consumesMark) {
                e.markAt = static_cast<std::int64_t>(markOffsets_.back());
                e.depth = depthBefore - 1;
            }
            trace(e);
        } else if (trace) {
            TraceEvent e; // BUILD: listed before joblib payloads it triggers
            e.offset = at;
            e.op = op;
            e.arg = &arg;
            e.depth = depthBefore;
            trace(e);
        }
        const NodeId firstNew = static_cast<NodeId>(t_.size());
#ifndef NDEBUG
        const std::size_t depth = stack_.size()
            - (op->consumesMark && !marks_.empty() ? stack_.size() - marks_.back() : 0);
        const std::size_t nested = outer_.size();
#endif
        step(*op, arg, at);
#ifndef NDEBUG
        // The stack effects of the one opcode table (Opcodes.cpp), which the
        // flat walk runs on, are what the machine does (nested joblib pickles
        // swap stacks; POP may pop a MARK instead).
        if (outer_.size() == nested && op->code != '.' && !op->is(OpStackPop))
            assert(stack_.size() == depth - op->pops + op->pushes);
#endif
        // Nodes this opcode made: their place in the listing (views). A
        // numpy scalar reuses the ids of the argument nodes it dropped; nodes
        // rebuilt from the memo keep their own opcode's place.
        t_.setRawOffsetFrom(std::min(firstNew, newFloor_), at);
        newFloor_ = kNoNode;
        if (!revivedOffsets_.empty()) {
            for (const auto& [n, offset] : revivedOffsets_)
                t_.setRawOffset(n, offset);
            revivedOffsets_.clear();
        }
        trackScalarPattern(*op, at);
        if (t_.size() > opt_.limits.maxNodes)
            fail("more nodes than Limits::maxNodes (" + std::to_string(opt_.limits.maxNodes) + ")");
        if (t_.calls().size() > opt_.limits.maxNodes) // BUILD, or a REDUCE answered by an existing node, adds none
            fail("more calls than Limits::maxNodes (" + std::to_string(opt_.limits.maxNodes) + ")");
        if ((++ops & 0xFFFF) == 0) {
            if (opt_.cancelled())
                throw Cancelled();
            if (opt_.progress)
                opt_.progress(in_.source().inputPosition(), total);
        }
    }
    return result_;
}

void Machine::checkFrame(const OpInfo& op, const Operand& arg, std::uint64_t total)
{
    // CPython reads the same bytes in more than one way once a read runs
    // past the end of a FRAME. pickle.loads, and the C unpickler on a file it
    // can peek() into, read on as if there were no frame. The C unpickler on
    // a stream without peek() (or on a frame bigger than what peek() gives)
    // holds exactly the frame: a read that starts inside it and needs more
    // (the operand, its length or payload, a text line) drops the rest of the
    // frame and is served from the bytes after it. The pure-Python unpickler
    // (joblib's) fails. Two readings that can import different names: refused.
    const std::uint64_t end = in_.pos();
    if (frameEnd_ && opOffset_ >= frameEnd_)
        frameEnd_ = 0; // the frame was used up at an opcode boundary
    if (frameEnd_ && end > frameEnd_) {
        const std::uint64_t split = arg.split ? arg.split : end;
        // bytes payloads are read past the frame in place (the C unpickler
        // copies what it holds, then reads on): only their length counts
        const std::uint64_t pieceEnd = op.is(OpBytesPayload) ? split : end;
        const bool crossing = (opOffset_ + 1 < frameEnd_ && split > frameEnd_)
            || (split < frameEnd_ && pieceEnd > frameEnd_);
        if (crossing)
            ambiguity(std::string(op.name) + " at offset " + std::to_string(opOffset_)
                      + " reads past the end of the FRAME at offset " + std::to_string(frameEnd_)
                      + ": CPython's unpicklers read these bytes differently");
        frameEnd_ = 0;
    }
    if (op.code != 0x95)
        return;
    const auto len = static_cast<std::uint64_t>(arg.i);
    if (total && (len > total || end + len > total)) {
        // The C unpickler reads a whole frame before unpickling it: a frame
        // that runs past the end of the file is a truncated pickle there.
        fail("truncated pickle: FRAME promises " + std::to_string(len) + " bytes but the file ends after "
             + std::to_string(total - std::min(total, end)));
    }
    if (frameEnd_ && frameEnd_ > end && end + len > frameEnd_)
        ambiguity("FRAME at offset " + std::to_string(opOffset_) + " starts before the FRAME ending at offset "
                  + std::to_string(frameEnd_)
                  + " ends and runs past it: CPython's unpicklers read these bytes differently");
    if (!frameEnd_)
        frameEnd_ = end + len;
}

void Machine::ambiguity(const std::string& why)
{
    ambiguous_ = true;
    fail(why);
}

void Machine::rawPayloadStarts()
{
    // joblib reads array data from its file object directly: the
    // pure-Python unpickler has already read the whole frame, so data inside
    // one is read from after it, while the rest of the frame is unpickled.
    if (frameEnd_ && in_.pos() < frameEnd_)
        ambiguity("joblib array data at offset " + std::to_string(in_.pos()) + " lies inside a FRAME (ending at offset "
                  + std::to_string(frameEnd_) + "): joblib would read it from after the frame");
}

void Machine::stop()
{
    const NodeId r = pop();
    if (outer_.empty()) {
        // A MARK still open is no error to either unpickler: STOP returns the
        // value above it.
        result_ = r;
        done_ = true;
        return;
    }
    // End of a nested joblib pickle (object array): resume the outer one.
    Frame f = std::move(outer_.back());
    outer_.pop_back();
    stack_ = std::move(f.stack);
    marks_ = std::move(f.marks);
    markOffsets_.resize(marks_.size());
    memo_ = std::move(f.memo);
    protocol_ = f.protocol;
    const NodeId wrapper = nestedWrappers_.back();
    nestedWrappers_.pop_back();
    // The wrapper on the stack becomes the array (its memo slot keeps the wrapper).
    if (!stack_.empty() && stack_.back() == wrapper)
        stack_.back() = r;
    else
        push(r);
}

void Machine::step(const OpInfo& op, const Operand& a, std::uint64_t at)
{
    switch (op.code) {
    case '(':
        if (marks_.size() >= opt_.limits.maxDepth)
            fail("MARKs nested deeper than Limits::maxDepth (" + std::to_string(opt_.limits.maxDepth) + ")");
        marks_.push_back(stack_.size());
        markOffsets_.push_back(at);
        return;
    case '.': stop(); return;
    case '0':
        if (stack_.size() > frameBase())
            stack_.pop_back();
        else
            popMark();
        return;
    case '1': popMark(); return;
    case '2': push(top()); return;
    case 'F':
    case 'G': push(prim(t_.addFloat(a.f))); return;
    case 'I':
        if (a.s2 == "bool")
            push(prim(t_.addBool(a.i != 0)));
        else
            push(prim(a.isBig ? t_.addBigInt(a.s) : t_.addInt(a.i)));
        return;
    case 'J':
    case 'K':
    case 'M': push(prim(t_.addInt(a.i))); return;
    case 'L':
    case 0x8a:
    case 0x8b: push(prim(a.isBig ? t_.addBigInt(a.s) : t_.addInt(a.i))); return;
    case 'N': push(prim(t_.addNone())); return;
    case 0x88: push(prim(t_.addBool(true))); return;
    case 0x89: push(prim(t_.addBool(false))); return;
    case 'P':
    case 'Q': {
        // A reference the loading program resolves: shown, never followed.
        const NodeId p = t_.add(Kind::Persistent, t_.intern("pickle.persistent_id"));
        if (op.code == 'P')
            t_.setStrValue(p, t_.addString(a.s));
        else
            addChild(p, pop(), "pid");
        push(p);
        return;
    }
    case 'S':
    case 'T':
    case 'U': {
        // Python 2 str: bytes read as latin-1. Short ASCII ones are names and
        // keys (Python 3 loads them as str); the rest are byte strings.
        const bool ascii = !a.located && a.s.size() <= kInlineMax
            && std::all_of(a.s.begin(), a.s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
        if (ascii && !a.s.empty()) {
            const NodeId n = prim(t_.addStr(a.s));
            if (op.code != 'S')
                rawLoc_.set(n, {a.offset, a.length});
            push(n);
        } else {
            push(bytesNode(a, Kind::Bytes, op.code != 'S'));
        }
        return;
    }
    case 'V':
    case 'X':
    case 0x8c:
    case 0x8d: push(prim(t_.addStr(a.s))); return;
    case 'B':
    case 'C':
    case 0x8e: push(bytesNode(a, Kind::Bytes, true)); return;
    case 0x96: push(bytesNode(a, Kind::ByteArray, true)); return;
    case 'a': {
        const NodeId v = pop();
        append(top(), v);
        return;
    }
    case 'e': {
        const auto v = popMark();
        const NodeId l = top();
        for (NodeId x : v)
            append(l, x);
        return;
    }
    case 'b': {
        const NodeId state = pop();
        const NodeId obj = top();
        if (isKind(obj, Kind::Global)) {
            // setattr on a module or class: later imports see what it wrote.
            const NodeId g = t_.addGlobal(kPatchedGlobal, Loader::FunctionNode);
            dangerous_[g] = std::string(kPatchedGlobal);
            const std::string note = "BUILD at offset " + std::to_string(at) + " sets attributes of "
                + std::string(t_.typeName(obj));
            if (std::find(doc_.notes.begin(), doc_.notes.end(), note) == doc_.notes.end())
                doc_.notes.push_back(note);
        }
        build(obj, state);
        t_.addCall({CallVia::Build, obj, state, stack_.empty() ? obj : stack_.back(), at}); // __setstate__ / setattr
        if (!stack_.empty())
            markComputed(stack_.back()); // __setstate__ / setattr ran on it
        return;
    }
    case 'c': push(makeGlobal(a.s, a.s2)); return;
    case 0x93: {
        const NodeId name = pop(), module = pop();
        // An operand that is a call's result, or an imported attribute (BUILD
        // can have set it to any str), names what only load time decides.
        if (isComputed(name) || isComputed(module) || isKind(name, Kind::Global) || isKind(module, Kind::Global))
            push(computedGlobal(module, name));
        else if (!isKind(name, Kind::Str) || !isKind(module, Kind::Str))
            fail("STACK_GLOBAL needs two str operands");
        else
            push(makeGlobal(std::string(text(module)), std::string(text(name))));
        return;
    }
    case 'd':
    case '}': {
        const auto v = op.code == 'd' ? popMark() : std::vector<NodeId>{};
        if (v.size() % 2)
            fail("DICT with an odd number of items");
        const NodeId d = newDict();
        for (std::size_t i = 0; i < v.size(); i += 2)
            setItem(d, v[i], v[i + 1]);
        push(d);
        return;
    }
    case 'l':
    case ']':
    case 't':
    case ')':
    case 0x8f:
    case 0x91: {
        const Kind k = (op.code == 'l' || op.code == ']') ? Kind::List
            : (op.code == 't' || op.code == ')')          ? Kind::Tuple
            : op.code == 0x8f                             ? Kind::Set
                                                          : Kind::FrozenSet;
        const auto v = (op.code == 'l' || op.code == 't' || op.code == 0x91) ? popMark() : std::vector<NodeId>{};
        const NodeId n = newContainer(k);
        for (NodeId x : v)
            addChild(n, x);
        push(n);
        return;
    }
    case 0x85:
    case 0x86:
    case 0x87: {
        const std::size_t k = op.code - 0x84u;
        if (stack_.size() < frameBase() + k)
            fail("stack underflow");
        const NodeId n = newContainer(Kind::Tuple);
        for (std::size_t i = stack_.size() - k; i < stack_.size(); ++i)
            addChild(n, stack_[i]);
        stack_.resize(stack_.size() - k);
        push(n);
        return;
    }
    case 0x90: {
        const auto v = popMark();
        const NodeId s = top();
        for (NodeId x : v)
            addChild(s, x);
        return;
    }
    case 'g':
    case 'h':
    case 'j': push(memoGet(static_cast<std::uint64_t>(a.i))); return;
    case 'p':
    case 'q':
    case 'r': memoPut(static_cast<std::uint64_t>(a.i), top()); return;
    case 0x94: memoPut(memo_.count, top()); return;
    case 'i': {
        const auto args = popMark();
        const NodeId cls = makeGlobal(a.s, a.s2);
        const NodeId tup = newContainer(Kind::Tuple);
        for (NodeId x : args)
            addChild(tup, x);
        push(called(args.empty() ? newObject(cls, tup) : reduce(cls, tup)));
        t_.addCall({CallVia::Inst, cls, tup, stack_.back(), at});
        return;
    }
    case 'o': {
        auto v = popMark();
        if (v.empty())
            fail("OBJ without a class after the MARK");
        const NodeId tup = newContainer(Kind::Tuple);
        for (std::size_t i = 1; i < v.size(); ++i)
            addChild(tup, v[i]);
        push(called(v.size() > 1 ? reduce(v[0], tup) : newObject(v[0], tup)));
        t_.addCall({CallVia::Obj, v[0], tup, stack_.back(), at});
        return;
    }
    case 0x81: {
        const NodeId args = pop(), cls = pop();
        push(called(newObject(cls, args)));
        t_.addCall({CallVia::NewObj, cls, args, stack_.back(), at});
        return;
    }
    case 0x92: {
        const NodeId kwargs = pop(), args = pop(), cls = pop();
        const NodeId o = called(newObject(cls, args));
        if (!items(kwargs).empty())
            addChild(o, kwargs, "kwargs");
        push(o);
        t_.addCall({CallVia::NewObjEx, cls, args, o, at});
        return;
    }
    case 'R': {
        const NodeId args = pop(), callable = pop();
        push(called(reduce(callable, args)));
        // A numpy scalar's dropped (dtype, bytes) tuple: no node to name
        // (core/trust/Calls judges scalar() calls by name alone).
        t_.addCall({CallVia::Reduce, callable, std::exchange(argsDropped_, false) ? kNoNode : args, stack_.back(), at});
        return;
    }
    case 's': {
        const NodeId v = pop(), k = pop();
        setItem(top(), k, v);
        return;
    }
    case 'u': {
        const auto v = popMark();
        if (v.size() % 2)
            fail("SETITEMS with an odd number of items");
        const NodeId d = top();
        for (std::size_t i = 0; i < v.size(); i += 2)
            setItem(d, v[i], v[i + 1]);
        return;
    }
    case 0x80:
        if (a.i > 5)
            fail("unsupported pickle protocol " + std::to_string(a.i));
        protocol_ = static_cast<int>(a.i);
        return;
    case 0x82:
    case 0x83:
    case 0x84: {
        // copyreg extension codes: the loading program's registry decides.
        const std::string name = "copyreg.extension." + std::to_string(a.i);
        const NodeId n = t_.add(Kind::Global, t_.intern(name), Loader::TypeNode);
        globals_.insert(name);
        const std::string note = "uses copyreg extension code " + std::to_string(a.i)
            + ": what it names depends on the loading program's registry";
        if (std::find(doc_.notes.begin(), doc_.notes.end(), note) == doc_.notes.end())
            doc_.notes.push_back(note);
        push(n);
        return;
    }
    case 0x95: return; // FRAME: a read-ahead hint only
    case 0x97: {
        const NodeId b = t_.add(Kind::Buffer, t_.intern("pickle.PickleBuffer"));
        ArrayInfo info;
        info.descr = "|u1";
        info.where = Where::Absent;
        t_.attachArray(b, std::move(info));
        push(b);
        return;
    }
    case 0x98: top(); return;
    default: fail("unhandled opcode " + std::string(op.name));
    }
}

} // namespace skopos::pickle
