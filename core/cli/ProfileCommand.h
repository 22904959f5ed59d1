#pragma once
// `skopos profile [--python PYTHON] [-o FILE] [--timeout SECONDS]`: writes
// a trust profile computed by the user's Python (trust/ProfileGenerator.h)
// to FILE (atomically) or stdout. Use it with --profile FILE or
// SKOPOS_PROFILE=FILE. Exit code 0, or 2 with a message naming the problem.

#include <ostream>

namespace skopos {

int runProfileCommand(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace skopos
