#pragma once
// --approvals FILE / $SKOPOS_APPROVALS for inspect, untrusted, dis and
// convert: the Trusted Types export of the GUI (trust/Approvals.h), so a
// type a reviewer approved in the window is approved on the command line
// too, with the same scope (all files, or the file with the reviewed bytes).

#include "trust/Approvals.h"

#include <optional>
#include <string>

namespace skopos {

// The option's file, else $SKOPOS_APPROVALS, else none (nullopt).
// Throws ApprovalsError when the file named cannot be read or parsed.
std::optional<Approvals> resolveApprovals(const std::string& option);

} // namespace skopos
