// Entry point of `skopos-reader`, the confined helper that reads one file for
// the window and for `skopos scan` (core/sandbox/ReaderHelper.h). Installed in
// libexec/skopos; never run by people.
#include "sandbox/ReaderHelper.h"

int main(int argc, char** argv) { return skopos::sandbox::runReaderHelper(argc, argv); }
