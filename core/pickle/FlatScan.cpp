#include "pickle/FlatScan.h"

#include "pickle/CompatNames.h"
#include "pickle/Opcodes.h"
#include "tree/Error.h"
#include "trust/DangerousNames.h"

#include <unordered_map>

namespace skopos::pickle {

namespace {
// Operands are not kept: only short texts, enough for module and name strings.
constexpr std::uint64_t kInline = 1024;

bool pushesText(std::uint8_t c)
{
    switch (c) {
    case 'S': case 'T': case 'U': case 'V': case 'X': case 0x8c: case 0x8d:
        return true;
    default:
        return false;
    }
}

// Opcodes that leave the stack's top as it was (or only drop it): they do
// not disturb which texts STACK_GLOBAL finds on top.
bool keepsTop(std::uint8_t c)
{
    switch (c) {
    case 'p': case 'q': case 'r': case 0x94: case 0x95: case 0x80: case '(':
        return true;
    default:
        return false;
    }
}
struct Val {
    enum Kind : unsigned char { Text, Call, Other } kind = Other;
    std::string text;
};

// Calls, and imports (a module attribute can hold any str).
bool isCall(std::uint8_t c) { return c == 'R' || c == 'o' || c == 'i' || c == 0x81 || c == 0x92 || c == 'c' || c == 0x93; }
} // namespace

FlatScanResult flatScan(Input& in, const Limits& limits, const std::function<bool()>& cancelled)
{
    FlatScanResult r;
    // The stack's recent pushes: text for string opcodes, a call's result,
    // or another literal (which STACK_GLOBAL refuses: Python fails there).
    std::vector<Val> recent;
    std::unordered_map<std::uint64_t, Val> memo;
    int proto = 0;
    Limits walk = limits;
    walk.maxStringBytes = ~std::uint64_t{0} >> 1; // payloads are skipped, never held
    Operand arg;
    std::uint64_t ops = 0;
    const auto record = [&](std::uint64_t at, std::string module, std::string name) {
        const std::string written = module + "." + name;
        const bool renamed = proto < 3 && mapPython2Global(module, name);
        std::string why = dangerousReach(module, name);
        if (why.empty() && renamed) {
            const auto dot = written.find('.');
            why = dangerousReach(written.substr(0, dot), written.substr(dot + 1));
        }
        r.globals.push_back({at, module + "." + name, why});
    };
    for (;;) {
        if (cancelled && (++ops & 0xFFFF) == 0 && cancelled())
            throw Cancelled();
        const std::uint64_t at = in.pos();
        int c;
        try {
            c = in.get();
        } catch (const ReadError& e) {
            r.stoppedBy = e.what();
            return r;
        }
        if (c < 0)
            return r;
        const OpInfo* op = opInfo(static_cast<std::uint8_t>(c));
        if (!op) {
            r.stoppedBy = "unknown opcode at offset " + std::to_string(at);
            return r;
        }
        try {
            readOperand(in, *op, arg, walk, kInline);
        } catch (const ReadError& e) {
            r.stoppedBy = e.what();
            return r;
        }
        const std::uint8_t code = op->code;
        switch (code) {
        case 'c': case 'i':
            record(at, arg.s, arg.s2);
            if (code == 'i')
                ++r.calls;
            break;
        case 0x93: {
            const auto n = recent.size();
            if (n >= 2 && recent[n - 1].kind == Val::Text && recent[n - 2].kind == Val::Text)
                record(at, recent[n - 2].text, recent[n - 1].text);
            else if (n >= 2 && (recent[n - 1].kind == Val::Call || recent[n - 2].kind == Val::Call))
                r.globals.push_back({at, std::string(kComputedImport), std::string(kComputedImport)});
            break;
        }
        case 'R': case 'o': case 0x81: case 0x92: case 'b':
            ++r.calls;
            break;
        case '.':
            ++r.pickles;
            recent.clear();
            memo.clear();
            proto = 0;
            break;
        case 0x80:
            proto = static_cast<int>(arg.i);
            break;
        default:
            break;
        }
        if (pushesText(code)) {
            recent.push_back(arg.located ? Val{} : Val{Val::Text, arg.s});
        } else if (code == 'g' || code == 'h' || code == 'j') {
            const auto it = memo.find(static_cast<std::uint64_t>(arg.i));
            recent.push_back(it != memo.end() ? it->second : Val{});
        } else if (code == 'p' || code == 'q' || code == 'r' || code == 0x94) {
            const std::uint64_t key = code == 0x94 ? memo.size() : static_cast<std::uint64_t>(arg.i);
            if (memo.size() < limits.maxMemo)
                memo[key] = recent.empty() ? Val{} : recent.back();
        } else if (code == 'b') {
            if (!recent.empty())
                recent.pop_back(); // the state
            if (!recent.empty())
                recent.back() = Val{Val::Call, {}}; // __setstate__/setattr ran on the object
        } else if (isCall(code)) {
            recent.push_back(Val{Val::Call, {}});
        } else if (!keepsTop(code) && code != '.') {
            recent.push_back(Val{});
        }
        if (recent.size() > 64)
            recent.erase(recent.begin(), recent.begin() + 32);
    }
}

} // namespace skopos::pickle
