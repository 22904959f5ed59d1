#pragma once
// A trust profile computed by the user's own Python: runs PYTHON as a child
// process with resources/trust/skops_trusted_lists.py (compiled in), which
// imports skops and prints skops' default trusted lists with the versions
// of skops, scikit-learn, numpy and scipy. No model file is ever involved,
// and nothing runs inside Skopos: the child is a separate interpreter.

#include "trust/TrustProfile.h"

#include <atomic>
#include <string>

namespace skopos {

struct GeneratedProfile {
    std::string json;     // the profile file's text (bundled schema + "versions", "python")
    TrustProfile profile; // the same, loaded
};

// Throws ReadError with a message naming the problem: the interpreter
// cannot be started, it timed out, skops or scikit-learn is not importable,
// or it printed no profile / something that is not a valid profile.
// `cancel` (optional), when set, stops the interpreter within a tenth of a
// second and throws Cancelled (a window closing while it runs).
GeneratedProfile generateProfile(const std::string& python, int timeoutMs = 120'000,
                                 const std::atomic<bool>* cancel = nullptr);

} // namespace skopos
