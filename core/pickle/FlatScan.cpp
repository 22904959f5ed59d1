#include "pickle/FlatScan.h"

#include "pickle/CompatNames.h"
#include "pickle/Opcodes.h"
#include "tree/Error.h"
#include "trust/DangerousNames.h"
#include "tree/Limits.h"

#include <algorithm>
#include <unordered_map>

namespace skopos::pickle {

namespace {
// Operands are not kept: only short texts, enough for module and name strings.
constexpr std::uint64_t kInline = 1024;
constexpr std::size_t kMaxStack = limits::kMaxFlatScanStack; // tree/Limits.h

struct Val {
    enum Kind : unsigned char { Text, Call, Other } kind = Other;
    std::string text;
};
} // namespace

FlatScanResult flatScan(Input& in, const Limits& limits, const std::function<bool()>& cancelled)
{
    FlatScanResult r;
    // The stack as the opcode table's stack effects leave it: text for string
    // opcodes, a call's or an import's result (an imported attribute can
    // hold any str), or another value (which STACK_GLOBAL refuses: Python
    // fails there). Underflows are not errors here: the walk goes on.
    std::vector<Val> stack;
    std::vector<std::size_t> marks;
    std::unordered_map<std::uint64_t, Val> memo;
    int proto = 0;
    Limits walk = limits;
    walk.maxStringBytes = ~std::uint64_t{0} >> 1; // payloads are skipped, never held
    Operand arg;
    std::uint64_t ops = 0;
    const auto record = [&](std::uint64_t at, std::string module, std::string name) {
        if (module.empty())
            return; // Python imports nothing for an empty module name
        const std::string written = module + "." + name;
        const bool renamed = proto < 3 && mapPython2Global(module, name);
        std::string why = dangerousReach(module, name);
        if (why.empty() && renamed) {
            const auto dot = written.find('.');
            why = dangerousReach(written.substr(0, dot), written.substr(dot + 1));
        }
        r.globals.push_back({at, written, why, module + "." + name});
    };
    const auto base = [&] { return marks.empty() ? std::size_t{0} : marks.back(); };
    const auto pop = [&]() -> Val {
        if (stack.size() <= base())
            return Val{};
        Val v = std::move(stack.back());
        stack.pop_back();
        return v;
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
        if (op->is(OpCall))
            ++r.calls;
        if (op->consumesMark) {
            const std::size_t b = marks.empty() ? 0 : marks.back();
            if (!marks.empty())
                marks.pop_back();
            stack.resize(std::min(stack.size(), b));
        }
        if (op->is(OpStackPop)) {
            // POP with nothing above the top-most mark pops the mark (both unpicklers do)
            if (stack.size() > base())
                stack.pop_back();
            else if (!marks.empty())
                marks.pop_back();
            continue;
        }
        if (op->is(OpStackMark)) {
            marks.push_back(stack.size());
            continue;
        }
        // The values the opcode takes, the top one last.
        Val taken[3];
        const int n = op->pops;
        for (int k = n - 1; k >= 0; --k)
            taken[std::min(k, 2)] = pop();
        if (op->is(OpStackDup)) {
            stack.push_back(taken[0]);
            stack.push_back(taken[0]);
            continue;
        }
        Val pushed;
        switch (op->code) {
        case 'c':
        case 'i':
            record(at, arg.s, arg.s2);
            pushed.kind = Val::Call;
            break;
        case 0x93:
            if (taken[0].kind == Val::Text && taken[1].kind == Val::Text)
                record(at, taken[0].text, taken[1].text);
            else if (taken[0].kind == Val::Call || taken[1].kind == Val::Call)
                r.globals.push_back(
                    {at, std::string(kComputedImport), std::string(kComputedImport), std::string(kComputedImport)});
            pushed.kind = Val::Call;
            break;
        case 0x82:
        case 0x83:
        case 0x84: {
            std::string ext = "copyreg.extension." + std::to_string(arg.i);
            r.globals.push_back({at, ext, isDangerous(ext) ? ext : std::string(), ext});
        }
            pushed.kind = Val::Call;
            break;
        case '.':
            ++r.pickles;
            stack.clear();
            marks.clear();
            memo.clear();
            proto = 0;
            continue;
        case 0x80: proto = static_cast<int>(arg.i); break;
        default: break;
        }
        if (op->is(OpMemoPut)) {
            const std::uint64_t key = op->code == 0x94 ? memo.size() : static_cast<std::uint64_t>(arg.i);
            if (memo.size() < limits.maxMemo)
                memo[key] = stack.size() > base() ? stack.back() : Val{};
        } else if (op->is(OpMemoGet)) {
            const auto it = memo.find(static_cast<std::uint64_t>(arg.i));
            pushed = it != memo.end() ? it->second : Val{};
        } else if (op->is(OpText) && !arg.located) {
            pushed = Val{Val::Text, arg.s};
        } else if (op->is(OpCall)) {
            pushed.kind = Val::Call;
        }
        for (int k = 0; k < op->pushes; ++k)
            stack.push_back(pushed);
        if (stack.size() > kMaxStack) {
            stack.erase(stack.begin(), stack.begin() + static_cast<std::ptrdiff_t>(kMaxStack / 2));
            for (auto& m : marks)
                m = m > kMaxStack / 2 ? m - kMaxStack / 2 : 0;
        }
    }
}

} // namespace skopos::pickle
