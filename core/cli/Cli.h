#pragma once
// The command line: inspect, untrusted, dis. Shared by the `skopos`
// executable and the tests; knows nothing about widgets.
//
// Exit codes (every subcommand): 0 clean, 1 untrusted types present,
// 2 error (usage, unreadable, corrupt), 4 dangerous names present.

#include <ostream>

namespace skopos {

struct AuditResult;

// ExitNoModels: `skopos scan` found no model file at all (cli/ScanCommand.h).
enum ExitCode { ExitClean = 0, ExitUntrusted = 1, ExitError = 2, ExitNoModels = 3, ExitDangerous = 4 };

// The exit code an audit gives (untrusted, describe): dangerous names or
// suspicious calls 4, untrusted types or calls 1, else 0.
int verdictExit(const AuditResult& r);

bool isCliInvocation(int argc, char** argv);
int runCli(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace skopos
