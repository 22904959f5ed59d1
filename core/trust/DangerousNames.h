#pragma once
// The one documented table of globals that can execute code or touch the
// system when a pickle (or a skops FunctionNode/TypeNode) makes them callable.
// Every reader uses it through isDangerous(). See DangerousNames.cpp.

#include <string>
#include <string_view>
#include <vector>

namespace skopos {

struct DangerousEntry {
    std::string_view name;   // "module" (the whole module and its submodules) or "module.attr"
    bool wholeModule;
    std::string_view why;
};

const std::vector<DangerousEntry>& dangerousTable();

// Returns the matching entry for a fully qualified global ("os.system",
// "__builtin__.eval", "numpy.testing._private.utils.runstring"), or nullptr.
const DangerousEntry* findDangerous(std::string_view qualifiedName);
inline bool isDangerous(std::string_view qualifiedName) { return findDangerous(qualifiedName) != nullptr; }

} // namespace skopos
