#pragma once
// The reader helper's side (the skopos-reader executable, app/reader_main.cpp):
//   skopos-reader read FD PATH   confine, read PATH, write the result to memfd FD
//   skopos-reader serve FD MEM   confine, then read one file per request on socket FD
//                                (ReaderSession: a scan of many small files)
//   skopos-reader probe          confine, try every forbidden operation, print
//                                "sandbox: ...", "exec|socket|write: blocked|ALLOWED"
// The helper confines itself before it reads a byte of the file.
//
// Fault injection (test builds only, CMake SKOPOS_FAULT_INJECTION): with
// SKOPOS_FAULT=crash|oom|hang|sigbus the helper fails that way after
// confining itself, instead of reading (hang-after-outline: it stops for good
// once an asked-for outline is written); with SKOPOS_FAULT_FILE=TEXT only for
// paths containing TEXT.

namespace skopos::sandbox {

int runReaderHelper(int argc, char** argv);

} // namespace skopos::sandbox
