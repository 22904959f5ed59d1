// Entry point of `skopos`, the command users type. A subcommand runs here;
// anything else (no arguments, files to open, --screenshot, the window's
// --help-all) is the window, which is a separate program (GuiLauncher.h):
// so a command never loads the widget libraries. Links QtCore only.
#include "BeforeWindow.h"
#include "GuiLauncher.h"
#include "HugePages.h"
#include "cli/Cli.h"

#include <iostream>

int main(int argc, char** argv)
{
    if (skopos::isCliInvocation(argc, argv)) {
        // A command pays for the huge-pages re-execution only for big inputs.
        skopos::app::useHugePages(argv, skopos::app::bigInputs(argc, argv));
        return skopos::runCli(argc, argv, std::cout, std::cerr);
    }
    // Mistyped commands and a missing display are answered here, at
    // command-line speed, with the messages and exit code they always had.
    if (const int refused = skopos::app::refuseBeforeWindow(argc, argv); refused >= 0)
        return refused;
    // The window may open a big file at any time: skopos-gui starts with
    // huge pages from this one exec, not a second one of its own.
    skopos::app::useHugePagesInExec();
    return skopos::app::execGui(argv);
}
