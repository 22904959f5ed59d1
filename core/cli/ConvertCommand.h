#pragma once
// `skopos convert INPUT [-o OUTPUT] [--trust TYPE]... [-v] [--json]`:
// pickle / joblib / old skops -> protocol-2 skops, without running anything.
// Exit codes: 0 written, 2 error or refusal, 4 refused for dangerous names.

#include <ostream>

namespace skopos {

int runConvertCommand(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace skopos
