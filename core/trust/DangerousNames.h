#pragma once
// The one documented table of globals that can execute code or touch the
// system when a pickle (or a skops FunctionNode/TypeNode) makes them callable.
// Every reader uses it through isDangerous(). See DangerousNames.cpp.

#include <string>
#include <string_view>
#include <vector>

namespace skopos {

enum class Match : unsigned char {
    Exact,     // "module.attr" and anything reached through it ("module.attr.x")
    Module,    // "module": the module, its submodules and every attribute
    Prefix,    // "module.fetch_*": names that start with the text before '*'
    AnyModule, // "*.name": the name under any module (re-exports of a callable)
};

struct DangerousEntry {
    std::string_view name;
    Match match;
    std::string_view why;
};

const std::vector<DangerousEntry>& dangerousTable();

// Names the pickle machine gives to what no literal global names: a
// STACK_GLOBAL whose operands are computed at load time, and a joblib
// companion file outside the model's folder. Both are in the table.
inline constexpr std::string_view kComputedImport = "(computed import)";
inline constexpr std::string_view kCompanionOutside = "(companion file outside the model folder)";
// BUILD whose target is an imported module or class: it sets attributes there
// (monkeypatching what the loading program, or a later import, calls).
inline constexpr std::string_view kPatchedGlobal = "(attributes set on an imported module or class)";

// Returns the matching entry for a fully qualified global ("os.system",
// "__builtin__.eval", "builtins.len.__self__"), or nullptr. Every prefix of
// the dotted name is judged (an attribute of a dangerous object is
// dangerous), and an attribute traversal through a dunder (__self__,
// __globals__, __dict__, __subclasses__, ...) is always dangerous. A name
// that reaches a table object under another spelling (AliasTable.h) is
// dangerous with that object's entry.
const DangerousEntry* findDangerous(std::string_view qualifiedName);
inline bool isDangerous(std::string_view qualifiedName) { return findDangerous(qualifiedName) != nullptr; }

// When `qualifiedName` is dangerous only as another spelling of a table
// object (trust/AliasTable.h: "sklearn.utils.fixes.np.load"), the canonical
// name that made it so ("numpy.load"); otherwise "".
std::string dangerousAliasOf(std::string_view qualifiedName);

// Protocol 4 resolves `module` + `a.b.c` attribute by attribute, so the name
// part can reach objects of other modules (`sklearn` + `os.system` is the os
// module sklearn imported). Judges the module with every prefix of the name
// and every tail of the name ("os.system"); returns the name that makes the
// global dangerous ("" when none does).
std::string dangerousReach(std::string_view module, std::string_view name);

} // namespace skopos
