#pragma once
// A flat opcode walk, as static scanners (picklescan) do it: no stack, no
// tree, no limits on nodes or memo, just every opcode of every pickle in the
// stream, and every global it imports. Used when the machine cannot build
// the tree (a limit, a malformed opcode, a bad stack) so that nothing named
// after the failure stays hidden.

#include "pickle/Input.h"
#include "tree/Limits.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace skopos::pickle {

struct FlatGlobal {
    std::uint64_t offset = 0;
    std::string name;      // module.name as written, or kComputedImport
    std::string dangerous; // what makes it dangerous ("" when nothing does)
    std::string imported;  // module.name as imported (fix_imports renames Python 2 names below protocol 3)
};

struct FlatScanResult {
    std::vector<FlatGlobal> globals;
    std::uint64_t calls = 0;   // REDUCE, INST, OBJ, NEWOBJ, NEWOBJ_EX, BUILD, PERSID, BINPERSID
    std::uint64_t pickles = 0; // STOPs seen
    std::string stoppedBy;     // why the walk ended before the data did ("" at the end)
};

// Walks from the input's position to its end. Never throws ReadError: a
// malformed opcode ends the walk (stoppedBy says where and why).
FlatScanResult flatScan(Input& in, const Limits& limits, const std::function<bool()>& cancelled = {});

} // namespace skopos::pickle
