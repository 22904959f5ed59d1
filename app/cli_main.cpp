// Entry point of `skopos-cli`: the command line without the GUI, so scripts,
// CI machines and the core tests need no widget libraries. `skopos` accepts
// the same subcommands.
#include "HugePages.h"
#include "cli/Cli.h"

#include <iostream>

int main(int argc, char** argv)
{
    skopos::app::useHugePages(argv, skopos::app::bigInputs(argc, argv));
    return skopos::runCli(argc, argv, std::cout, std::cerr);
}
