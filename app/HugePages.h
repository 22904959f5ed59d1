#pragma once
// Transparent huge pages for the heap, asked for once at start.
//
// Reading a big model builds a tree of tens of megabytes; with 4 KiB pages
// every page is a fault on first touch, and on virtual machines a fault
// costs microseconds: for a 400,000-entry vocabulary the faults were half of
// the CPU time (bench/README.md). glibc (2.35+) backs malloc with huge pages
// when the tunable glibc.malloc.hugetlb=1 is set, but reads tunables only
// when a process starts; so the entry point re-executes itself once with the
// tunable added. Nothing else changes: same pid, same arguments, and the
// previous GLIBC_TUNABLES is restored for child processes (Load in Python).
//
// SKOPOS_HUGEPAGES=0 turns it off.

namespace skopos::app {

// When `worthIt` and the tunable is not yet set, re-executes the program with
// it (does not return on success). Otherwise restores the environment seen
// before the re-execution and returns.
void useHugePages(char** argv, bool worthIt);

// For a program about to exec another (the `skopos` launcher starting
// skopos-gui): puts the tunable into the environment under the same rules,
// so the new program starts with huge pages at once; its own useHugePages
// then restores the previous GLIBC_TUNABLES instead of re-executing.
void useHugePagesInExec();

// For the window: every thread allocates from the main heap (one malloc
// arena). glibc backs the main heap with huge pages (the tunable above) but
// not the heaps it makes for other threads, and the window reads a file's
// tree in a worker thread: at 800,000 terms taking the reader's answer cost
// ~0.6 s CPU in 4 KiB page faults there, ~0.2 s on the main heap
// (bench/handover_phases). Call before any thread starts.
void oneMallocArena();

// True when the command line names a directory or files of at least 8 MiB
// in total (for a skops archive, its schema.json: a 66 MB forest of arrays
// builds a small tree): the small case would only pay the second start.
bool bigInputs(int argc, char** argv);

} // namespace skopos::app
