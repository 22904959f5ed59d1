#pragma once
// `skopos doctor [--python PYTHON] [--profile FILE]`: what a reviewer needs
// to trust the tool. Whether the reader sandbox is active, and each forbidden
// operation tried inside a confined reader helper (exec, a network socket,
// opening a file for writing) with `blocked` or `ALLOWED`; the per-file
// memory and time limits; the trust profile in use; the Python interpreter
// `skopos profile` would use and whether it has skops. Exit code 0 only when
// every operation is blocked, else 2.

#include <ostream>

namespace skopos {

int runDoctorCommand(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace skopos
