#pragma once
// `skopos describe FILE [--json] [--profile FILE] [--trust TYPE]...`: the
// estimator as scikit-learn's repr prints it, then what was fitted
// (describe/Description.h); --json adds the diagram blocks. Exit codes as
// `untrusted`: 0 clean, 1 untrusted, 2 error, 4 dangerous.

#include <ostream>

namespace skopos {

int runDescribeCommand(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace skopos
