#pragma once
// Python 3 unpicklers rename Python 2 globals for protocols 0-2 (fix_imports,
// Lib/_compat_pickle.py): `__builtin__.xrange` loads `builtins.range`,
// `commands.getoutput` loads `subprocess.getoutput`. The machine names (and
// judges) what Python would actually import.

#include <string>

namespace skopos::pickle {

// Renames (module, name) in place as Python 3 does for protocol < 3; returns
// true when something changed.
bool mapPython2Global(std::string& module, std::string& name);

} // namespace skopos::pickle
