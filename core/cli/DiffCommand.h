#pragma once
// `skopos diff A B [--json] [--profile FILE]`: what changed between two model
// files (any formats Skopos reads, neither executed), and what new trust B
// asks for. Exit codes: 0 same model, 1 they differ, 2 error, 4 either names
// a dangerous global (the diff is still printed).

#include <ostream>

namespace skopos {

int runDiffCommand(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace skopos
